import { isUtf8 } from 'node:buffer';
import { Header, Pax } from 'tar';
import { foreignFields, octal } from './ustar-fields.js';

const BLOCK = 512;
const ZERO_BLOCK = Buffer.alloc(BLOCK);
/**
 * The entry types a bundle's headers may have: what `awo pack` writes (a file, a folder, a PAX header), the
 * old-style file and GNU tar's long name (`tar -czf` writes them), and those the entry checks refuse by name
 * (links, devices, FIFOs). Any other (a PAX global header, an old GNU long name, a sparse file, a vendor
 * type) is read differently by different tar readers.
 */
const KNOWN_TYPES = new Set(['0', '\0', '1', '2', '3', '4', '5', '6', 'x', 'L']);
/** The PAX keys `awo pack` writes: a long or non-ASCII name, and a size beyond the octal field. */
const PAX_KEYS = new Set(['path', 'size']);
const META_TYPES = new Set([
  'ExtendedHeader',
  'OldExtendedHeader',
  'GlobalExtendedHeader',
  'NextFileHasLongPath',
  'OldGnuLongPath',
  'NextFileHasLongLinkpath',
]);
/** Larger extended headers are refused by the parser anyway; past this they are skipped, not collected. */
const MAX_META = 1024 * 1024;

/**
 * Gathers 512-byte header blocks from a stream's chunks: a block within one chunk is read in place, one
 * split across chunks is copied together first.
 */
export class HeaderBlocks {
  private pending = Buffer.alloc(0);

  /** True while part of a block is waiting for the next chunk. */
  get partial(): boolean {
    return this.pending.length > 0;
  }

  /** Takes bytes at `off` towards the next block; returns the block once whole, and how many bytes it took. */
  take(chunk: Buffer, off: number): { block: Buffer | undefined; used: number } {
    const used = Math.min(BLOCK - this.pending.length, chunk.length - off);
    if (this.pending.length === 0 && used === BLOCK) return { block: chunk.subarray(off, off + used), used };
    this.pending = Buffer.concat([this.pending, chunk.subarray(off, off + used)]);
    if (this.pending.length < BLOCK) return { block: undefined, used };
    const block = this.pending;
    this.pending = Buffer.alloc(0);
    return { block, used };
  }
}

/**
 * Follows a tar stream block by block, decoding headers with the same `tar` classes the parser uses, only
 * to learn where the end-of-archive marker (two zero blocks) is. Tar readers stop there and silently
 * ignore what follows, so data hidden after it would be invisible to every check; this finds it.
 */
export class TarEndTracker {
  /** Offset just past the end-of-archive marker, once seen. */
  eofAt: number | undefined;
  /**
   * The first header that tar readers do not all read alike, named by its entry, and why; the bundle is
   * refused before the parser gets it:
   * - a folder entry that declares data (type 5 with a size, an old-style file whose name ends in "/", a
   *   PAX size): the `tar` package reads it as empty and its data as more headers, GNU tar skips the data;
   * - POSIX magic with a version other than "00" (GNU tar applies the prefix, the `tar` package not), any
   *   magic but POSIX's and GNU tar's, a number that is not plain octal, an entry type outside `KNOWN_TYPES`;
   * - a PAX header with a key other than `path` and `size`, a value holding a line feed, or records whose
   *   lengths do not add up (the `tar` package splits on line feeds, GNU tar follows the lengths), or a
   *   value holding a NUL (the `tar` package cuts the name there);
   * - a second extended header for one entry (PAX or GNU long name): the `tar` package merges two PAX
   *   headers and takes the last name, GNU tar keeps the last PAX header and prefers a PAX name;
   * - a lone zero block before more entries (GNU tar stops there, the `tar` package reads on).
   */
  refusal: { name: string; why: string } | undefined;
  private broken = false;
  private pos = 0;
  private skip = 0;
  private zeroBlocks = 0;
  private readonly headers = new HeaderBlocks();
  private meta: { type: string; size: number; parts: Buffer[]; collected: number } | undefined;
  private ex: Pax | undefined;
  /** Whether an extended header (PAX or GNU long name) already came for the coming entry. */
  private extended = false;
  private gex: Pax | undefined;

  /** Feeds the next bytes of the uncompressed tar; returns false when non-zero data follows the marker. */
  push(chunk: Buffer): boolean {
    if (this.broken) return true;
    let off = 0;
    while (off < chunk.length) {
      if (this.eofAt !== undefined) {
        for (let i = off; i < chunk.length; i++) if (chunk[i] !== 0) return false;
        break;
      }
      if (this.skip > 0) {
        const n = Math.min(this.skip, chunk.length - off);
        if (this.meta && this.meta.collected < this.meta.size && this.meta.size <= MAX_META) {
          const want = Math.min(n, this.meta.size - this.meta.collected);
          this.meta.parts.push(chunk.subarray(off, off + want));
          this.meta.collected += want;
        }
        this.skip -= n;
        off += n;
        this.pos += n;
        if (this.skip === 0 && this.meta) this.endMeta();
        continue;
      }
      const { block, used } = this.headers.take(chunk, off);
      off += used;
      this.pos += used;
      if (block) {
        // A header the classes cannot decode is the parser's to refuse; stop tracking rather than guess.
        try {
          this.onHeader(block);
        } catch {
          this.broken = true;
          return true;
        }
      }
    }
    return true;
  }

  private onHeader(block: Buffer): void {
    if (block.equals(ZERO_BLOCK)) {
      this.zeroBlocks += 1;
      if (this.zeroBlocks === 2) this.eofAt = this.pos;
      return;
    }
    const loneZero = this.zeroBlocks === 1;
    this.zeroBlocks = 0;
    const header = new Header(block, 0, this.ex, this.gex);
    const name = header.path ?? '';
    const paxSize = this.ex?.size ?? this.gex?.size;
    if (loneZero) this.refuse(name, 'a lone zero block comes before it (some tar readers stop there)');
    const fields = foreignFields(block);
    if (fields) this.refuse(name, fields);
    // A name that is not UTF-8: the `tar` package decodes it with replacement characters, GNU tar keeps
    // its bytes (the prefix field is read as POSIX magic has it; anything else was refused just above).
    // Under a long name (PAX or GNU, checked where it was read) the fields are a cut copy no reader uses.
    if (this.ex?.path === undefined && (!isUtf8(field(block, 0, 100)) || !isUtf8(field(block, 345, 155))))
      this.refuse(name, NOT_UTF8_NAME);
    const flag = String.fromCharCode(block[156]);
    if (!KNOWN_TYPES.has(flag))
      this.refuse(name, `unsupported entry type "${header.type ?? flag}" (awo pack never writes it)`);
    // The header's own size field, before any PAX size (anything but plain octal was refused just above).
    const declared = octal(block, 124, 12) ?? 0;
    if (header.type === 'Directory' && (declared !== 0 || (paxSize !== undefined && paxSize !== 0)))
      this.refuse(name, 'a folder entry that declares data (read as more entries by some tar readers)');
    const size = header.size ?? 0;
    this.skip = BLOCK * Math.ceil(size / BLOCK);
    if (META_TYPES.has(header.type)) {
      if (this.extended)
        this.refuse(name, 'a second extended header for one entry (tar readers do not combine them alike)');
      this.extended = true;
      this.meta = { type: header.type, size, parts: [], collected: 0 };
      if (this.skip === 0) this.endMeta();
    } else {
      this.ex = undefined;
      this.extended = false;
    }
  }

  /** Keeps the first reason to refuse. */
  private refuse(name: string, why: string): void {
    this.refusal ??= { name, why };
  }

  // Mirrors the parser: extended headers change the size (and so the position) of what follows.
  private endMeta(): void {
    const meta = this.meta;
    this.meta = undefined;
    if (!meta || meta.size > MAX_META) return;
    const data = Buffer.concat(meta.parts);
    const text = data.toString('utf8');
    const longName = meta.type === 'NextFileHasLongPath' || meta.type === 'OldGnuLongPath';
    // The parser decodes an extended header chunk by chunk: a character split between two chunks becomes
    // two U+FFFD there, which drops a PAX record or renames a GNU long name for it alone.
    if (meta.parts.length > 1 && meta.parts.map((part) => part.toString('utf8')).join('') !== text)
      this.refuse(
        longName ? '././@LongLink' : 'PaxHeader',
        'an extended header that tar readers decode differently (a character split across reads)',
      );
    if (longName) {
      // An empty long name: GNU tar reads the entry as "", the parser keeps the name in its header.
      if (meta.size === 0)
        return this.refuse(
          '././@LongLink',
          'an empty long name (tar readers name the next entry differently)',
        );
      if (!isUtf8(field(data, 0, data.length))) this.refuse('././@LongLink', NOT_UTF8_NAME);
      // As the parser does: the long name is the next entry's path, and so decides whether it is a folder
      // (an old-style file whose name ends in "/"), and with it where the next header is.
      this.ex ??= Object.create(null) as Pax;
      this.ex.path = text.replace(/\0.*/, '');
    } else if (meta.type === 'GlobalExtendedHeader') this.gex = Pax.parse(text, this.gex, true);
    else if (meta.type === 'ExtendedHeader' || meta.type === 'OldExtendedHeader') {
      this.ex = Pax.parse(text, this.ex);
      const problem = paxProblem(data);
      if (problem) this.refuse(problem.name ?? this.ex.path ?? 'PaxHeader', problem.why);
    }
  }
}

const NOT_UTF8_NAME = 'a name that is not valid UTF-8 (tar readers decode it differently)';

/** A NUL-terminated field's bytes, up to its first NUL. */
function field(bytes: Buffer, from: number, length: number): Buffer {
  const end = bytes.indexOf(0, from);
  return bytes.subarray(from, end === -1 || end > from + length ? from + length : end);
}

/**
 * Why PAX records are not as `awo pack` writes them: each `<length> <key>=<value>\n` exactly `length` bytes
 * long, keys `path` and `size` once each, no line feed or NUL inside a value, nothing after the last record.
 * `name` is the entry's whole name when the `tar` package reads it otherwise (cut at a NUL).
 */
function paxProblem(data: Buffer): { why: string; name?: string } | undefined {
  const problem = (why: string) => ({ why });
  const seen = new Set<string>();
  let at = 0;
  while (at < data.length) {
    const space = data.indexOf(0x20, at);
    const digits = space < 0 ? '' : data.toString('latin1', at, space);
    const length = /^[1-9][0-9]{0,7}$/.test(digits) ? Number(digits) : 0;
    const end = at + length;
    if (length === 0 || end > data.length || data[end - 1] !== 0x0a)
      return problem('a PAX header whose record lengths do not add up');
    // Not UTF-8, the `tar` package drops the record and GNU tar keeps its bytes: two different names.
    if (!isUtf8(data.subarray(space + 1, end - 1))) return problem('a PAX record that is not valid UTF-8');
    const record = data.toString('utf8', space + 1, end - 1);
    const equals = record.indexOf('=');
    const key = record.slice(0, equals);
    if (record.includes('\n')) return problem('a PAX record with a line feed inside its value');
    if (equals <= 0) return problem('a PAX record that is not key=value');
    // The `tar` package ends a value at a NUL: the entry would be named by what comes before it, silently,
    // and the rest of its name never checked.
    if (record.includes('\0'))
      return {
        why: 'a NUL byte inside its PAX record (the tar package cuts the name there; a name holds none)',
        ...(key === 'path' ? { name: record.slice(equals + 1) } : {}),
      };
    if (!PAX_KEYS.has(key) || seen.has(key))
      return problem(
        `a PAX header with key ${JSON.stringify(key)} (awo pack writes only path and size, once each)`,
      );
    if (key === 'size' && !/^[0-9]{1,15}$/.test(record.slice(equals + 1)))
      return problem('a PAX size that is not a plain decimal number');
    seen.add(key);
    at = end;
  }
  return undefined;
}
