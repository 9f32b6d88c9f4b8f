import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Header, Pax } from 'tar';
import { IntegrityError } from '../core/errors.js';
import { sha256Hex } from '../core/hash.js';
import { sortBytewiseBy } from '../core/bytewise-order.js';
import type { RunTree } from './run-tree.js';
import { headerSum } from './ustar-fields.js';

/** Modes every entry gets, whatever the umask or chmod on disk: evidence is data, never executable. */
export const FILE_MODE = 0o644;
export const DIR_MODE = 0o755;

const BLOCK = 512;
// Small files are read whole and batched with their headers: thousands of tiny chunks through the gzip
// stream cost far more than the copying. Larger files are read into the batches a piece at a time, so
// memory stays flat.
const SMALL_FILE = 256 * 1024;
const BATCH = 1024 * 1024;
const ZEROS = Buffer.alloc(BLOCK * 2);
const NOFOLLOW = fs.constants.O_NOFOLLOW ?? 0;
const NONBLOCK = fs.constants.O_NONBLOCK ?? 0;

export interface TarItem {
  /** Path inside the archive, without a trailing slash. */
  name: string;
  /** Absolute path on disk; undefined for folders and for files given as `data`. */
  abs?: string;
  /** A file's bytes, when they are in memory already (a bundle being verified). */
  data?: Uint8Array;
  /** Path inside the run folder, for files. */
  rel?: string;
}

/**
 * The 512-byte header of one entry, plus a PAX header when the name is too long or not ASCII, or the time
 * is before 1970 or after 2242. Only the fields below are set, so nothing about the machine leaks in:
 * uid/gid 0, no owner names, no atime/ctime. Header and Pax come from the `tar` package so the encoding is
 * the one it reads back.
 */
export function entryHeader(name: string, type: 'File' | 'Directory', size: number, mtime: Date): Buffer {
  const header = prepareHeader(name, type, size, mtime);
  if (Buffer.isBuffer(header)) return header;
  const block = Buffer.allocUnsafe(BLOCK);
  writeShortHeader(block, 0, header, size);
  return block;
}

/** An entry's header ready to be put: its name and one-block template, or its bytes when it needs more. */
type PreparedHeader = { archivePath: string; template: ShortTemplate } | Buffer;

function prepareHeader(name: string, type: 'File' | 'Directory', size: number, mtime: Date): PreparedHeader {
  // A folder's archive path ends with a slash.
  const archivePath = type === 'Directory' ? `${name}/` : name;
  const template = shortTemplate(archivePath, type, size, mtime);
  return template ? { archivePath, template } : tarHeader(archivePath, type, size, mtime);
}

const headerLength = (header: PreparedHeader) => (Buffer.isBuffer(header) ? header.length : BLOCK);

function tarHeader(archivePath: string, type: 'File' | 'Directory', size: number, mtime: Date): Buffer {
  const long = Buffer.byteLength(archivePath) > LONGEST_SPLIT + 1;
  const header = new Header({
    path: long ? '' : archivePath,
    mode: type === 'Directory' ? DIR_MODE : FILE_MODE,
    uid: 0,
    gid: 0,
    size,
    mtime,
    type,
    uname: '',
    gname: '',
  });
  const needPax = header.encode() || long;
  const block = header.block as Buffer;
  if (long) writeLongName(block, archivePath);
  if (!needPax) return block;
  const pax = new Pax({ path: archivePath, size: size > 0o77777777777 ? size : undefined });
  return Buffer.concat([pax.encode(), block]);
}

/** The most bytes a path split into the ustar name (100) and prefix (155) fields can have. */
const LONGEST_SPLIT = 256;
const PREFIX_AT = 345;
const PREFIX_FIELD = 155;

/**
 * Writes the name and prefix fields of a path too long for them, and the checksum again, as the `tar`
 * package's `splitPrefix` does (a PAX header carries the path): the prefix is the longest run of leading
 * folders that fits its 155 bytes, the name the first 99 characters of the rest; with no such folder, the
 * name is the path's first 99 characters. The package finds that by joining and measuring the whole rest
 * once per folder, which costs the square of a deep path's length for every header under it.
 */
function writeLongName(block: Buffer, archivePath: string): void {
  // Measured without the folder's trailing slash, as `path.dirname` and `path.basename` see it.
  const trimmed = archivePath.endsWith('/') ? archivePath.slice(0, -1) : archivePath;
  let cut = -1;
  let bytes = 0;
  for (let at = trimmed.indexOf('/'); at !== -1; at = trimmed.indexOf('/', at + 1)) {
    bytes += Buffer.byteLength(trimmed.slice(cut + 1, at)) + (cut === -1 ? 0 : 1);
    if (bytes > PREFIX_FIELD) break;
    cut = at;
  }
  let name = archivePath.slice(0, NAME_FIELD - 1);
  let prefix = '';
  if (!trimmed.includes('/')) {
    // One component: its folder is "." (as `path.dirname` has it), which fits the prefix.
    name = trimmed.slice(0, NAME_FIELD - 1);
    prefix = '.';
  } else if (cut !== -1) {
    name = trimmed.slice(cut + 1).slice(0, NAME_FIELD - 1);
    prefix = trimmed.slice(0, cut);
  }
  block.write(name, 0, NAME_FIELD, 'utf8');
  block.write(prefix, PREFIX_AT, PREFIX_FIELD, 'utf8');
  block.write(octalField(headerSum(block), CKSUM_FIELD), CKSUM_AT, CKSUM_FIELD, 'latin1');
}

// Nearly every entry of a run has a short ASCII name: its header is the `tar` package's header for an
// empty name and size 0 (the same for every entry of a type and time), with the name, the size and the
// checksum written in as that package writes them. The bytes are the same (a test compares them);
// encoding 15,000 headers this way costs a tenth of constructing a Header for each.
const templates = new Map<string, ShortTemplate | undefined>();
const NAME_FIELD = 100;
const SIZE_AT = 124;
const SIZE_FIELD = 12;
const CKSUM_AT = 148;
const CKSUM_FIELD = 8;

/** Octal digits zero-padded to `field - 2`, then a space and a NUL, cut to the field (the package's padOctal). */
function octalField(value: number, field: number): string {
  const digits = value.toString(8);
  return (digits.length === field - 1 ? digits : `${digits.padStart(field - 2, '0')} `) + '\0';
}

/** The byte sum of a latin1 string (what it adds to a header's checksum). */
function byteSum(text: string): number {
  let sum = 0;
  for (let i = 0; i < text.length; i++) sum += text.charCodeAt(i);
  return sum;
}

/** The one-block header of an empty name for an entry's type and time, and its byte sum less the size field. */
interface ShortTemplate {
  block: Buffer;
  sum: number;
}

/**
 * The template an entry's one-block header is written from, when it has one: a short ASCII name, a size that
 * fits the octal field, and a time the header's own field holds (1970 to 2242; outside it even an empty
 * name needs a PAX header).
 */
function shortTemplate(
  archivePath: string,
  type: 'File' | 'Directory',
  size: number,
  mtime: Date,
): ShortTemplate | undefined {
  if (archivePath.length >= NAME_FIELD || size > 0o77777777777) return undefined;
  for (let i = 0; i < archivePath.length; i++) if (archivePath.charCodeAt(i) >= 0x80) return undefined;
  const key = `${type}:${mtime.getTime()}`;
  if (templates.has(key)) return templates.get(key);
  const block = tarHeader('', type, 0, mtime);
  let template: ShortTemplate | undefined;
  if (block.length === BLOCK) {
    // The checksum counts its own field as spaces, and the template's size field is replaced below.
    template = {
      block,
      sum: headerSum(block) - byteSum(block.toString('latin1', SIZE_AT, SIZE_AT + SIZE_FIELD)),
    };
  }
  templates.set(key, template);
  return template;
}

/** Writes an entry's one-block header (see shortTemplate) into `target` at `at`. */
function writeShortHeader(
  target: Buffer,
  at: number,
  { archivePath, template }: { archivePath: string; template: ShortTemplate },
  size: number,
): void {
  template.block.copy(target, at);
  // The template's name field is all NULs: writing the name leaves the NULs after it, as the package does.
  target.write(archivePath, at, NAME_FIELD, 'latin1');
  const sizeField = octalField(size, SIZE_FIELD).slice(0, SIZE_FIELD);
  target.write(sizeField, at + SIZE_AT, SIZE_FIELD, 'latin1');
  const sum = template.sum + byteSum(archivePath) + byteSum(sizeField);
  target.write(octalField(sum, CKSUM_FIELD), at + CKSUM_AT, CKSUM_FIELD, 'latin1');
}

function changed(name: string, expected: number): IntegrityError {
  return new IntegrityError(
    `refused ${JSON.stringify(name)}: the file changed while it was being packed (expected ${expected} bytes)`,
    name,
  );
}

/**
 * Opens a file of the folder for packing: never through a symlink, never waiting on a FIFO swapped in since
 * the listing. Its size is taken from the open descriptor, so the listing need not stat every file.
 */
function openFile(item: TarItem & { abs: string }): { fd: number; size: number } {
  const fd = fs.openSync(item.abs, fs.constants.O_RDONLY | NOFOLLOW | NONBLOCK);
  const stat = fs.fstatSync(fd);
  if (!stat.isFile()) {
    fs.closeSync(fd);
    throw new IntegrityError(
      `refused ${JSON.stringify(item.name)}: it is no longer a regular file (changed while it was being packed)`,
      item.name,
    );
  }
  return { fd, size: stat.size };
}

/**
 * Reads a small file straight into `target` at `at` (no buffer of its own, no copy). One byte more than
 * expected is asked for, so a file that grew since the fstat is noticed; a regular file's read returns less
 * than asked only at its end, so a short read needs no second call to find the end.
 */
function readSmallInto(item: TarItem, fd: number, size: number, target: Buffer, at: number): Buffer {
  let got = 0;
  for (;;) {
    const asked = size + 1 - got;
    const n = fs.readSync(fd, target, at + got, asked, null);
    got += n;
    if (n === 0 || n < asked || got === size + 1) break;
  }
  if (got !== size) throw changed(item.name, size);
  return target.subarray(at, at + size);
}

/**
 * The tar's bytes, gathered into buffers of about BATCH bytes: thousands of tiny chunks through the gzip
 * stream cost far more than the copying, and files are read straight into the batch. Two buffers take
 * turns, so packing 88 MB touches 2 MB of fresh memory, not 88 (a page fault per 4 KiB): a batch handed on
 * is filled again two batches later, and its consumer must be done with it by then.
 */
class Batch {
  private readonly buffers = [Buffer.allocUnsafe(BATCH), Buffer.allocUnsafe(BATCH)];
  private turn = 0;
  private buffer = this.buffers[0];
  private used = 0;

  /** Bytes left in the current batch. */
  get free(): number {
    return this.buffer.length - this.used;
  }

  /** Makes room for `bytes`; returns the full batch to hand on when a new one had to be started. */
  room(bytes: number): Buffer | undefined {
    if (this.used + bytes <= this.buffer.length) return undefined;
    return this.take(bytes);
  }

  /** The batch so far; later bytes go into the other buffer (handed on the time before, done with by now). */
  take(next = 0): Buffer {
    const out = this.buffer.subarray(0, this.used);
    this.turn ^= 1;
    // A file given whole (`data`) may be larger than a batch: its buffer is replaced, not reused.
    if (this.buffers[this.turn].length < next) this.buffers[this.turn] = Buffer.allocUnsafe(next);
    this.buffer = this.buffers[this.turn];
    this.used = 0;
    return out;
  }

  /** Puts an entry's header (a one-block header is written in place). */
  header(header: PreparedHeader, size: number): void {
    if (Buffer.isBuffer(header)) return this.put(header);
    writeShortHeader(this.buffer, this.used, header, size);
    this.used += BLOCK;
  }

  put(bytes: Uint8Array): void {
    this.buffer.set(bytes, this.used);
    this.used += bytes.length;
  }

  /** Zero padding to the next 512-byte block after `size` bytes of content. */
  pad(size: number): void {
    const rest = size % BLOCK;
    if (rest === 0) return;
    this.buffer.fill(0, this.used, this.used + BLOCK - rest);
    this.used += BLOCK - rest;
  }

  /** Reads a small file into the batch (see readSmallInto) and returns its bytes there. */
  read(item: TarItem, fd: number, size: number): Buffer {
    const data = readSmallInto(item, fd, size, this.buffer, this.used);
    this.used += size;
    return data;
  }

  /** Reads up to `max` (at most `free`) next bytes of a file into the batch; returns them (none at its end). */
  readSome(fd: number, max: number): Buffer {
    const n = fs.readSync(fd, this.buffer, this.used, Math.min(max, this.free), null);
    this.used += n;
    return this.buffer.subarray(this.used - n, this.used);
  }
}

/** A large file's bytes, read into the batch a piece at a time (handing on each full batch). */
function* readLarge(
  item: TarItem,
  fd: number,
  size: number,
  batch: Batch,
  digest?: (hex: string) => void,
): Generator<Buffer> {
  const content = digest ? createHash('sha256') : undefined;
  let left = size;
  while (left > 0) {
    if (batch.free === 0) yield batch.take();
    const piece = batch.readSome(fd, left);
    if (piece.length === 0) throw changed(item.name, size);
    left -= piece.length;
    content?.update(piece);
  }
  if (fs.readSync(fd, Buffer.alloc(1), 0, 1, null) !== 0) throw changed(item.name, size);
  if (content && digest) digest(content.digest('hex'));
}

/** Every entry of the archive in bytewise path order; a folder always precedes its contents. */
export function tarItems(runDir: string, topName: string, tree: RunTree): TarItem[] {
  const items: TarItem[] = [{ name: topName }];
  for (const dir of tree.dirs) items.push({ name: `${topName}/${dir}` });
  // The listing's paths are relative and normal already: joined by hand, not re-normalised 35,000 times.
  const base = runDir.endsWith(path.sep) ? runDir : `${runDir}${path.sep}`;
  for (const file of tree.files)
    items.push({ name: `${topName}/${file.path}`, abs: `${base}${file.path}`, rel: file.path });
  return sortItems(items);
}

/** Items in bytewise order of their archive names (a folder then precedes its contents). */
export function sortItems(items: TarItem[]): TarItem[] {
  return sortBytewiseBy(items, (item) => item.name);
}

/**
 * Yields the bytes of an uncompressed POSIX tar of `items`, in order, ending with the two zero blocks.
 * The bytes depend only on names, sizes, contents and `mtime`: the same folder gives the same tar anywhere.
 * `digests`, when given, receives each file's hex SHA-256 (by `rel`) from the very bytes read for the tar.
 *
 * A yielded buffer is filled again two yields later: hash or write it before asking for the one after next,
 * and copy it to keep it longer.
 */
export function* deterministicTar(
  items: readonly TarItem[],
  mtime: Date,
  digests?: Map<string, string>,
): Generator<Buffer> {
  const batch = new Batch();
  let full: Buffer | undefined;
  for (const item of items) {
    if (item.data !== undefined) {
      const header = prepareHeader(item.name, 'File', item.data.length, mtime);
      if ((full = batch.room(headerLength(header) + item.data.length + BLOCK))) yield full;
      batch.header(header, item.data.length);
      batch.put(item.data);
      batch.pad(item.data.length);
    } else if (item.abs === undefined) {
      const header = prepareHeader(item.name, 'Directory', 0, mtime);
      if ((full = batch.room(headerLength(header)))) yield full;
      batch.header(header, 0);
    } else {
      const { fd, size } = openFile({ ...item, abs: item.abs });
      try {
        const header = prepareHeader(item.name, 'File', size, mtime);
        if (size <= SMALL_FILE) {
          // The extra byte asked for (to notice growth) and the padding both fit in BLOCK.
          if ((full = batch.room(headerLength(header) + size + BLOCK))) yield full;
          batch.header(header, size);
          const data = batch.read(item, fd, size);
          if (digests && item.rel !== undefined) digests.set(item.rel, sha256Hex(data));
        } else {
          if ((full = batch.room(headerLength(header)))) yield full;
          batch.header(header, size);
          const rel = item.rel;
          yield* readLarge(
            item,
            fd,
            size,
            batch,
            digests && rel !== undefined ? (hex) => digests.set(rel, hex) : undefined,
          );
        }
      } finally {
        fs.closeSync(fd);
      }
      if ((full = batch.room(BLOCK))) yield full;
      batch.pad(size);
    }
  }
  if ((full = batch.room(ZEROS.length))) yield full;
  batch.put(ZEROS);
  yield batch.take();
}

/**
 * The tar {@link deterministicTar} writes of `items`, without the files' contents: every header, the zero
 * padding after each file, and the end-of-archive blocks, in order. The headers give each file's size, so
 * two tars whose files hold the same bytes (under the same names) are equal exactly when these are: a
 * bundle is checked against its re-packing without copying or hashing its contents a second time.
 */
export function* tarSkeleton(items: readonly TarItem[], mtime: Date): Generator<Buffer> {
  for (const item of items) {
    if (item.data === undefined && item.abs === undefined) {
      yield entryHeader(item.name, 'Directory', 0, mtime);
      continue;
    }
    const size = item.data?.length ?? fs.statSync(item.abs!).size;
    yield entryHeader(item.name, 'File', size, mtime);
    if (size % BLOCK !== 0) yield ZEROS.subarray(0, BLOCK - (size % BLOCK));
  }
  yield ZEROS;
}
