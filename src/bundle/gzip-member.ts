/**
 * One gzip member, read as RFC 1952 lays it out: its header, its deflate stream, its 8-byte trailer. zlib's
 * gunzip goes on into a second member, so an empty first member (adding nothing to the trailer's CRC and
 * length) would hide a second one whose header carries anything; here the header is parsed, only the
 * member's deflate stream is inflated, and `InflateRaw`'s `bytesWritten` tells where that stream ended.
 */
import * as zlib from 'node:zlib';

/** A gzip header this long is no bundle's (awo pack writes 10 bytes; an extra field holds 64 KiB at most). */
export const MAX_GZIP_HEADER = 128 * 1024;

const FHCRC = 2;
const FEXTRA = 4;
const FNAME = 8;
const FCOMMENT = 16;
const FRESERVED = 0xe0;

/** The header is not one RFC 1952 allows, or is longer than a bundle's could be. */
export class GzipHeaderProblem extends Error {}

/**
 * The length of the gzip member header at the start of `bytes`: ten bytes, then the optional extra field,
 * name, comment and header CRC its flags announce. Undefined while more bytes are needed.
 */
export function gzipHeaderLength(bytes: Buffer): number | undefined {
  if (bytes.length < 10) return undefined;
  const flags = bytes[3];
  if (flags & FRESERVED) throw new GzipHeaderProblem('its gzip header sets reserved flags');
  let at = 10;
  if (flags & FEXTRA) at = bytes.length < 12 ? Infinity : 12 + bytes.readUInt16LE(10);
  for (const flag of [FNAME, FCOMMENT]) {
    if (!(flags & flag) || at === Infinity) continue;
    const end = bytes.indexOf(0, at);
    at = end === -1 ? Infinity : end + 1;
  }
  if (flags & FHCRC) at += 2;
  // RFC 1952 §2.3.1: the two low bytes of the CRC-32 of the header before them. gzip and the `tar`
  // package refuse a header whose CRC does not hold; so does this.
  if (
    flags & FHCRC &&
    at <= bytes.length &&
    zlib.crc32(bytes.subarray(0, at - 2)) % 0x10000 !== bytes.readUInt16LE(at - 2)
  )
    throw new GzipHeaderProblem('its gzip header CRC does not match the header');
  if (at <= bytes.length) return at;
  if (bytes.length > MAX_GZIP_HEADER)
    throw new GzipHeaderProblem(`its gzip header runs past ${MAX_GZIP_HEADER} bytes`);
  return undefined;
}

/**
 * Inflates the deflate stream at the start of `chunks` (the member's body, its header removed), yielding
 * the output with back-pressure; the bytes after the stream (its trailer, and anything else) are read to
 * the end but not inflated. `inflate.bytesWritten` then counts the stream's bytes alone.
 */
export async function* inflateMember(
  chunks: AsyncIterable<Buffer>,
  inflate: zlib.InflateRaw,
): AsyncGenerator<Buffer> {
  let ended = false;
  inflate.once('end', () => (ended = true));
  // Until the stream takes more input, or will take none (it ended, failed or was closed).
  const room = () =>
    new Promise<void>((resolve) => {
      const events = ['drain', 'end', 'error', 'close'];
      const done = () => {
        for (const event of events) inflate.off(event, done);
        resolve();
      };
      if (ended || inflate.destroyed) return resolve();
      for (const event of events) inflate.on(event, done);
    });
  const writing = (async () => {
    for await (const chunk of chunks) {
      if (ended) continue;
      if (!inflate.write(chunk)) await room();
    }
    inflate.end();
  })();
  // A failure reading the source ends the inflation with it.
  writing.catch((err: Error) => inflate.destroy(err));
  for await (const out of inflate) yield out as Buffer;
  await writing;
}
