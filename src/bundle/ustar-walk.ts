/**
 * Reads the plain subset of POSIX ustar that `awo pack` writes for short ASCII names: regular files and
 * folders, checksums valid, no prefix, no link name, no extended header. It exists for speed: verifying a
 * 10,000-step bundle meets 15,000 entries, and the `tar` package's stream per entry costs ten times this.
 * Anything else (a long or non-ASCII name's PAX header, a link, a bad checksum, a truncated stream) throws
 * {@link NotPlainUstar}, and the caller reads the bundle again with the `tar` package, whose refusals are
 * the contract. What this accepts, that package reads the same way; every entry goes through the same
 * admission checks either way, and a bundle that verifies must still equal `awo pack`'s bytes.
 */

import { HeaderBlocks } from './tar-end.js';
import { allZero, headerSum, NUMERIC_FIELDS, octal, plainNumber, USTAR_MAGIC } from './ustar-fields.js';

const BLOCK = 512;
const ZERO_BLOCK = Buffer.alloc(BLOCK);
/** The tar holds something beyond the plain subset; read it with the `tar` package instead. */
export class NotPlainUstar extends Error {}

/** One entry of a plain ustar stream. */
export interface PlainEntry {
  name: string;
  type: 'File' | 'Directory';
  size: number;
}

/**
 * Called per entry with its header; for a file, returns who receives its bytes, all at once, as one buffer
 * the receiver may keep. The walker copies each piece into it as the stream brings it (the pieces are views
 * of the stream's chunks), so a file costs its size once, not its pieces and then their concatenation.
 */
export type OnPlainEntry = (entry: PlainEntry) => ((data: Buffer) => void) | undefined;

function plainHeader(block: Buffer): PlainEntry {
  const flag = block[156];
  if (flag !== 0x30 && flag !== 0x35) throw new NotPlainUstar('entry type');
  if (!block.subarray(257, 265).equals(USTAR_MAGIC)) throw new NotPlainUstar('magic');
  const sum = headerSum(block);
  // At most 7 digits and a terminator: the `tar` package reads the field on into the type flag otherwise.
  if (octal(block, 148, 7) !== sum || (block[155] !== 0 && block[155] !== 0x20))
    throw new NotPlainUstar('checksum');
  // Every number plain octal (or left empty), as `awo pack` and GNU tar write them; a base-256 or garbled
  // field is for the `tar` package to read (or refuse), so both readers accept the same bundles.
  for (const [from, length] of NUMERIC_FIELDS)
    if (!plainNumber(block, from, length)) throw new NotPlainUstar('numeric field');
  if (!allZero(block, 157, 257) || !allZero(block, 345, 500)) throw new NotPlainUstar('link or prefix');
  let end = 0;
  while (end < 100 && block[end] !== 0) {
    if (block[end] < 0x20 || block[end] > 0x7e) throw new NotPlainUstar('name');
    end++;
  }
  if (end === 0 || !allZero(block, end, 100)) throw new NotPlainUstar('name');
  const size = octal(block, 124, 12);
  if (size === undefined) throw new NotPlainUstar('size');
  const type = flag === 0x35 ? 'Directory' : 'File';
  if (type === 'Directory' && size !== 0) throw new NotPlainUstar('folder with data');
  return { name: block.toString('latin1', 0, end), type, size };
}

/** Walks a plain ustar stream chunk by chunk (see the file's comment). */
export class UstarWalker {
  /** True once the end-of-archive marker (two zero blocks) was read. */
  eof = false;
  private readonly headers = new HeaderBlocks();
  private zeroBlocks = 0;
  private file: { data: Buffer; got: number; take: (data: Buffer) => void } | undefined;
  private skip = 0;

  /**
   * @param skeleton receives every byte of the stream but the files' contents (headers, padding, the end
   *   blocks and whatever follows them), in order: what `tarSkeleton` gives for the tar `awo pack` writes.
   */
  constructor(
    private readonly onEntry: OnPlainEntry,
    private readonly skeleton?: { update(bytes: Uint8Array): unknown },
  ) {}

  /** Feeds the next bytes of the tar; returns false when non-zero data follows the end-of-archive marker. */
  push(chunk: Buffer): boolean {
    let off = 0;
    while (off < chunk.length) {
      if (this.eof) {
        this.skeleton?.update(chunk.subarray(off));
        return allZero(chunk, off, chunk.length);
      }
      if (this.file) {
        const { data } = this.file;
        const n = chunk.copy(
          data,
          this.file.got,
          off,
          Math.min(chunk.length, off + data.length - this.file.got),
        );
        this.file.got += n;
        off += n;
        if (this.file.got === data.length) {
          const { take } = this.file;
          this.file = undefined;
          take(data);
          this.skip = (BLOCK - (data.length % BLOCK)) % BLOCK;
        }
        continue;
      }
      if (this.skip > 0) {
        const n = Math.min(this.skip, chunk.length - off);
        this.skeleton?.update(chunk.subarray(off, off + n));
        this.skip -= n;
        off += n;
        continue;
      }
      const { block, used } = this.headers.take(chunk, off);
      off += used;
      if (!block) continue;
      this.onBlock(block);
    }
    return true;
  }

  /** The stream ended: it must end at the marker, not inside an entry. */
  end(): void {
    if (!this.eof || this.file || this.headers.partial) throw new NotPlainUstar('truncated');
  }

  private onBlock(block: Buffer): void {
    this.skeleton?.update(block);
    if (block.equals(ZERO_BLOCK)) {
      this.zeroBlocks += 1;
      if (this.zeroBlocks === 2) this.eof = true;
      return;
    }
    if (this.zeroBlocks > 0) throw new NotPlainUstar('a lone zero block');
    const entry = plainHeader(block);
    const take = this.onEntry(entry);
    if (entry.type === 'File' && take) {
      // Allocated unfilled: a header that declares more than the stream brings costs no memory it did not.
      if (entry.size === 0) take(Buffer.alloc(0));
      else this.file = { data: Buffer.allocUnsafe(entry.size), got: 0, take };
    }
  }
}
