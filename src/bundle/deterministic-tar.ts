import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Header, Pax } from 'tar';
import { IntegrityError } from '../core/errors.js';
import { sha256Hex } from '../core/hash.js';
import { compareBytewise, type RunTree } from './run-tree.js';

/** Modes every entry gets, whatever the umask or chmod on disk: evidence is data, never executable. */
export const FILE_MODE = 0o644;
export const DIR_MODE = 0o755;

const BLOCK = 512;
// Small files are read whole and batched with their headers: thousands of tiny chunks through the gzip
// stream cost far more than the copying. Larger files stream in READ_CHUNK pieces so memory stays flat.
const SMALL_FILE = 256 * 1024;
const READ_CHUNK = 1024 * 1024;
const BATCH = 1024 * 1024;
const ZEROS = Buffer.alloc(BLOCK * 2);
const NOFOLLOW = fs.constants.O_NOFOLLOW ?? 0;

export interface TarItem {
  /** Path inside the archive, without a trailing slash. */
  name: string;
  /** Absolute path on disk; undefined for folders and for files given as `data`. */
  abs?: string;
  /** A file's bytes, when they are in memory already (a bundle being verified). */
  data?: Uint8Array;
  /** Path inside the run folder, for files. */
  rel?: string;
  size: number;
}

/**
 * The 512-byte header (plus a PAX header when the name is too long or not ASCII) of one entry. Only the
 * fields below are set, so nothing about the machine leaks in: uid/gid 0, no owner names, no atime/ctime.
 * Header and Pax come from the `tar` package so the encoding is the one it reads back.
 */
export function entryHeader(name: string, type: 'File' | 'Directory', size: number, mtime: Date): Buffer {
  const archivePath = type === 'Directory' ? `${name}/` : name;
  const header = new Header({
    path: archivePath,
    mode: type === 'Directory' ? DIR_MODE : FILE_MODE,
    uid: 0,
    gid: 0,
    size,
    mtime,
    type,
    uname: '',
    gname: '',
  });
  const needPax = header.encode();
  const block = header.block as Buffer;
  if (!needPax) return block;
  const pax = new Pax({ path: archivePath, size: size > 0o77777777777 ? size : undefined });
  return Buffer.concat([pax.encode(), block]);
}

function padding(size: number): Buffer {
  const rest = size % BLOCK;
  return rest === 0 ? ZEROS.subarray(0, 0) : ZEROS.subarray(0, BLOCK - rest);
}

function changed(name: string, expected: number): IntegrityError {
  return new IntegrityError(
    `refused ${JSON.stringify(name)}: the file changed while it was being packed (expected ${expected} bytes)`,
    name,
  );
}

function readSmall(item: TarItem & { abs: string }): Buffer {
  const fd = fs.openSync(item.abs, fs.constants.O_RDONLY | NOFOLLOW);
  try {
    // One byte more than expected, so a file that grew since listing is noticed. A regular file's read
    // returns less than asked only at its end, so a short read needs no second call to find the end.
    const data = Buffer.allocUnsafe(item.size + 1);
    let got = 0;
    for (;;) {
      const asked = data.length - got;
      const n = fs.readSync(fd, data, got, asked, null);
      got += n;
      if (n === 0 || n < asked || got === data.length) break;
    }
    if (got !== item.size) throw changed(item.name, item.size);
    return data.subarray(0, got);
  } finally {
    fs.closeSync(fd);
  }
}

async function* readLarge(
  item: TarItem & { abs: string },
  digest?: (hex: string) => void,
): AsyncGenerator<Buffer> {
  const content = digest ? createHash('sha256') : undefined;
  const handle = await fs.promises.open(item.abs, fs.constants.O_RDONLY | NOFOLLOW);
  try {
    let left = item.size;
    while (left > 0) {
      // A fresh buffer per chunk: the gzip stream still holds the previous one while it compresses.
      const buffer = Buffer.allocUnsafe(Math.min(READ_CHUNK, left));
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
      if (bytesRead === 0) throw changed(item.name, item.size);
      left -= bytesRead;
      const chunk = bytesRead === buffer.length ? buffer : buffer.subarray(0, bytesRead);
      content?.update(chunk);
      yield chunk;
    }
    const { bytesRead } = await handle.read(Buffer.alloc(1), 0, 1, null);
    if (bytesRead !== 0) throw changed(item.name, item.size);
    if (content && digest) digest(content.digest('hex'));
  } finally {
    await handle.close();
  }
}

/** Every entry of the archive in bytewise path order; a folder always precedes its contents. */
export function tarItems(runDir: string, topName: string, tree: RunTree): TarItem[] {
  const items: TarItem[] = [{ name: topName, size: 0 }];
  for (const dir of tree.dirs) items.push({ name: `${topName}/${dir}`, size: 0 });
  for (const file of tree.files) {
    items.push({
      name: `${topName}/${file.path}`,
      abs: path.join(runDir, file.path),
      rel: file.path,
      size: file.size,
    });
  }
  return sortItems(items);
}

/** Items in bytewise order of their archive names (a folder then precedes its contents). */
export function sortItems(items: TarItem[]): TarItem[] {
  return items.sort((a, b) => compareBytewise(a.name, b.name));
}

/**
 * Yields the bytes of an uncompressed POSIX tar of `items`, in order, ending with the two zero blocks.
 * The bytes depend only on names, sizes, contents and `mtime`: the same folder gives the same tar anywhere.
 * `digests`, when given, receives each file's hex SHA-256 (by `rel`) from the very bytes read for the tar.
 */
export async function* deterministicTar(
  items: readonly TarItem[],
  mtime: Date,
  digests?: Map<string, string>,
): AsyncGenerator<Buffer> {
  let batch: Buffer[] = [];
  let batched = 0;
  const add = (chunk: Buffer): void => {
    batch.push(chunk);
    batched += chunk.length;
  };
  const flush = (): Buffer => {
    const out = batch.length === 1 ? batch[0] : Buffer.concat(batch, batched);
    batch = [];
    batched = 0;
    return out;
  };

  for (const item of items) {
    if (item.data !== undefined) {
      add(entryHeader(item.name, 'File', item.data.length, mtime));
      add(Buffer.from(item.data.buffer, item.data.byteOffset, item.data.byteLength));
      add(padding(item.data.length));
    } else if (item.abs === undefined) {
      add(entryHeader(item.name, 'Directory', 0, mtime));
    } else if (item.size <= SMALL_FILE) {
      const data = readSmall({ ...item, abs: item.abs });
      if (digests && item.rel !== undefined) digests.set(item.rel, sha256Hex(data));
      add(entryHeader(item.name, 'File', item.size, mtime));
      add(data);
      add(padding(item.size));
    } else {
      add(entryHeader(item.name, 'File', item.size, mtime));
      yield flush();
      const rel = item.rel;
      yield* readLarge(
        { ...item, abs: item.abs },
        digests && rel !== undefined ? (hex) => digests.set(rel, hex) : undefined,
      );
      add(padding(item.size));
    }
    if (batched >= BATCH) yield flush();
  }
  add(ZEROS);
  yield flush();
}
