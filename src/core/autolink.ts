/**
 * Where GitHub would turn text into a link by itself: a URL (`scheme://…`), a `www.` name or an e-mail
 * address. The spans are exactly the matches of
 *
 *     /(?:[a-z][a-z0-9+.-]*:\/\/|www\.)[^\s<>|`]+|[^\s@<>|`()]+@[^\s@<>|`()]+\.[^\s@<>|`()]+/gi
 *
 * found in one linear pass. That regex, run by a backtracking engine, costs O(n²) on a long word with no
 * `@` or `://` (each start position scans to the word's end before failing), so a 120,000-character policy
 * reason held `awo run` and `awo verify` for half a minute. Here each start position is decided in constant
 * time from run ends computed once, right to left.
 */
export interface LinkSpan {
  start: number;
  end: number;
}

/** Ends a URL's tail (`[^\s<>|`]`). */
const isBreak = (c: string) => c === '<' || c === '>' || c === '|' || c === '`' || /\s/.test(c);
/** Ends an address's local part or domain (`[^\s@<>|`()]`). */
const isAddressBreak = (c: string) => isBreak(c) || c === '@' || c === '(' || c === ')';
/** A scheme's characters after its first (`[a-z0-9+.-]`, any case). */
const isSchemeChar = (c: string) => /[a-z0-9+.-]/i.test(c);
const isLetter = (c: string) => /[a-z]/i.test(c);

/** Nothing in `line` could start a link: no `@`, no `:` and no `www.`. Most text takes this way out. */
const CANNOT_LINK = /^[^@:]*$/;
const HAS_WWW = /www\./i;

/** The spans of `line` GitHub would link, left to right, as the regex above finds them. */
export function findAutolinks(line: string): LinkSpan[] {
  if (CANNOT_LINK.test(line) && !HAS_WWW.test(line)) return [];
  const n = line.length;
  // For each index, where the run of characters of one class that holds it ends (n when it reaches the end;
  // the index itself when the character is not of that class).
  const tailEnd = new Int32Array(n + 1);
  const addressEnd = new Int32Array(n + 1);
  const schemeEnd = new Int32Array(n + 1);
  const nextDot = new Int32Array(n + 1);
  tailEnd[n] = addressEnd[n] = schemeEnd[n] = nextDot[n] = n;
  for (let i = n - 1; i >= 0; i--) {
    const c = line[i];
    tailEnd[i] = isBreak(c) ? i : tailEnd[i + 1];
    addressEnd[i] = isAddressBreak(c) ? i : addressEnd[i + 1];
    schemeEnd[i] = isSchemeChar(c) ? schemeEnd[i + 1] : i;
    nextDot[i] = c === '.' ? i : nextDot[i + 1];
  }
  const hasTail = (at: number) => at < n && !isBreak(line[at]);

  /** End of the URL that starts at `at`, or -1. */
  const urlAt = (at: number) => {
    if (isLetter(line[at])) {
      // `[a-z][a-z0-9+.-]*` stops where the scheme characters stop; `://` must follow right there.
      const colon = schemeEnd[at + 1];
      if (line.startsWith('://', colon) && hasTail(colon + 3)) return tailEnd[colon + 3];
    }
    if (
      (line[at] === 'w' || line[at] === 'W') &&
      line.slice(at, at + 4).toLowerCase() === 'www.' &&
      hasTail(at + 4)
    )
      return tailEnd[at + 4];
    return -1;
  };
  /** End of the e-mail address that starts at `at`, or -1. */
  const addressAt = (at: number) => {
    if (isAddressBreak(line[at])) return -1;
    const sign = addressEnd[at];
    if (line[sign] !== '@' || sign + 1 >= n || isAddressBreak(line[sign + 1])) return -1;
    const end = addressEnd[sign + 1];
    // `[^…]+\.[^…]+`: a dot with a character of the domain on each side.
    return nextDot[sign + 2] < end - 1 ? end : -1;
  };

  const spans: LinkSpan[] = [];
  for (let at = 0; at < n;) {
    // At one place the URL is tried first, as the regex's first alternative is.
    const url = urlAt(at);
    const end = url >= 0 ? url : addressAt(at);
    if (end > at) {
      spans.push({ start: at, end });
      at = end;
    } else at++;
  }
  return spans;
}
