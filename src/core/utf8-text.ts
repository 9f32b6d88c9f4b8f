import { InputError } from './errors.js';

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * The byte offset of the first byte that does not start (or continue) a well-formed UTF-8 sequence, or
 * undefined when all of `bytes` is UTF-8. Well-formed as the WHATWG decoder means it: no overlong forms,
 * no surrogates, nothing above U+10FFFF, no sequence cut short.
 */
export function firstInvalidUtf8(bytes: Uint8Array): number | undefined {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let lower = 0x80;
    let upper = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lower = 0xa0;
      if (b === 0xed) upper = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lower = 0x90;
      if (b === 0xf4) upper = 0x8f;
    } else return i;
    for (let k = 1; k <= need; k++) {
      const next = bytes[i + k];
      if (next === undefined || next < lower || next > upper) return i;
      [lower, upper] = [0x80, 0xbf];
    }
    i += need + 1;
  }
  return undefined;
}

/**
 * Decodes `bytes` as UTF-8, refusing (InputError naming `source` and the byte offset) anything that is not:
 * a replacement character would make the text that runs differ from the bytes kept as evidence.
 * A leading byte order mark is dropped.
 */
export function decodeUtf8(bytes: Uint8Array, source: string): string {
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    const at = firstInvalidUtf8(bytes) ?? 0;
    const shown = Array.from(bytes.subarray(at, at + 4), (b) =>
      b.toString(16).padStart(2, '0').toUpperCase(),
    );
    throw new InputError(
      `${source}: is not valid UTF-8 text: byte offset ${at} (bytes ${shown.join(' ')}) does not start a well-formed character; save the file as UTF-8`,
    );
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * Bytes as UTF-8 text, decoded in place: `Buffer.from(bytes)` would first copy them (a copy as large as the
 * file, for an audit trail of many megabytes). Invalid sequences become U+FFFD, as `Buffer#toString` does.
 */
export function utf8Text(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
}
