/**
 * Header fields as the readers of a bundle accept them: POSIX magic and version `00` (the `tar` package's
 * path also takes GNU tar's own magic), every number plain octal. A header whose meaning depends on the tar
 * reader (a prefix one applies and the other ignores, a size with trailing garbage) is refused, not read.
 */

/** `ustar\0` then version `00`, at offset 257. */
export const USTAR_MAGIC = Buffer.from('ustar\u000000', 'latin1');
/**
 * GNU tar's own magic and version (`tar -czf` writes it). Neither GNU tar nor the `tar` package reads a
 * prefix under it; POSIX magic with another version is where they part (GNU tar applies the prefix).
 */
const GNU_MAGIC = Buffer.from('ustar  \0', 'latin1');

/** Offset and length of mode, uid, gid, mtime, devmajor and devminor (size is read on its own). */
export const NUMERIC_FIELDS = [
  [100, 8],
  [108, 8],
  [116, 8],
  [136, 12],
  [329, 8],
  [337, 8],
] as const;

/** A header's checksum as ustar defines it: every byte, with the checksum field itself counted as spaces. */
export function headerSum(block: Buffer): number {
  let sum = 8 * 0x20;
  for (let i = 0; i < 148; i++) sum += block[i];
  for (let i = 156; i < 512; i++) sum += block[i];
  return sum;
}

export function allZero(block: Buffer, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (block[i] !== 0) return false;
  return true;
}

/** An octal field as `awo pack` and GNU tar write it: digits, then spaces or NULs; undefined otherwise. */
export function octal(block: Buffer, from: number, size: number): number | undefined {
  let value = 0;
  let i = from;
  for (; i < from + size; i++) {
    const c = block[i];
    if (c < 0x30 || c > 0x37) break;
    value = value * 8 + (c - 0x30);
  }
  if (i === from) return undefined;
  for (; i < from + size; i++) if (block[i] !== 0 && block[i] !== 0x20) return undefined;
  return value;
}

/** Whether a number field is plain octal or left empty (all NULs). */
export function plainNumber(block: Buffer, from: number, length: number): boolean {
  return octal(block, from, length) !== undefined || allZero(block, from, from + length);
}

const SIZE_FIELD = [124, 12] as const;
const EVERY_NUMBER = [...NUMERIC_FIELDS, SIZE_FIELD];
const MTIME_AT = 136;

/**
 * Why a header's magic or numbers are not as `awo pack` writes them; undefined when they are. The one
 * exception to plain octal is a time before 1970 or after 2242, which the `tar` package writes in base-256
 * (and GNU tar reads alike); a time places nothing.
 */
export function foreignFields(block: Buffer): string | undefined {
  const magic = block.subarray(257, 265);
  if (!magic.equals(USTAR_MAGIC) && !magic.equals(GNU_MAGIC))
    return 'a header that is neither POSIX ustar (magic and version "00") nor GNU tar\'s';
  for (const [from, length] of EVERY_NUMBER) {
    if (plainNumber(block, from, length)) continue;
    if (from === MTIME_AT && (block[from] === 0x80 || block[from] === 0xff)) continue;
    return 'a header with a number that is not plain octal';
  }
  return undefined;
}
