/** The order `SHA256SUMS.txt` and the bundle list paths in: bytewise over UTF-8, as `LC_ALL=C sort` gives. */

/** Bytewise comparison of UTF-8 paths: the same order on every machine and locale, unlike `localeCompare`. */
export function compareBytewise(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x === y) continue;
    // Below the surrogates, UTF-16 code units order as code points do, and so as their UTF-8 bytes do.
    if (x < 0xd800 && y < 0xd800) return x - y;
    return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
  }
  return a.length - b.length;
}

const SURROGATE = /[\ud800-\udfff]/;

/** Sorts strings bytewise (a copy); {@link compareBytewise} encodes nothing for names below U+D800. */
export function sortBytewise(paths: string[]): string[] {
  // Without a surrogate (a character past U+FFFF), UTF-16 code-unit order, JavaScript's own sort, is code
  // point order and so UTF-8 byte order: the native sort is then exact, and faster than any comparator.
  if (!paths.some((name) => SURROGATE.test(name))) return [...paths].sort();
  return [...paths].sort(compareBytewise);
}

/** Sorts `items` in place, bytewise by the name `key` gives (see sortBytewise for the native comparison). */
export function sortBytewiseBy<T>(items: T[], key: (item: T) => string): T[] {
  if (items.some((item) => SURROGATE.test(key(item))))
    return items.sort((a, b) => compareBytewise(key(a), key(b)));
  return items.sort((a, b) => {
    const x = key(a);
    const y = key(b);
    return x < y ? -1 : x > y ? 1 : 0;
  });
}
