import * as fs from 'node:fs';
import * as path from 'node:path';
import * as zlib from 'node:zlib';
import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Parser, type ReadEntry } from 'tar';
import { EntryAdmission, type Limits } from './entry-admission.js';
import { refuseEntry, shownName, type EntrySink } from './entry-sink.js';
import { folderSink } from './folder-sink.js';
import { TarEndTracker } from './tar-end.js';
import { NotPlainUstar, UstarWalker } from './ustar-walk.js';
import { GzipHeaderProblem, gzipHeaderLength, inflateMember } from './gzip-member.js';
import { AwoError, InputError, IntegrityError, NotFoundError, messageOf } from '../core/errors.js';
import { makeFolders, removeEmptyFolders } from '../store/make-folders.js';
import { onInterrupt } from '../store/interrupt-cleanup.js';
import { MAX_BUNDLE_BYTES, openInputFile } from '../store/read-input-file.js';

/** Limits for {@link unpackBundle}; a bundle that needs more is refused as a possible decompression bomb. */
export interface UnpackOptions {
  /** `sha256:<hex>` or `<hex>`: checked against the bundle's bytes before anything inside is read. */
  expectedSha256?: string;
  /** Bound on the uncompressed tar stream (and so on everything written). Default 4 GiB. */
  maxBytes?: number;
  /** Bound on the number of entries. Default 200,000. */
  maxEntries?: number;
}

export interface Unpacked {
  /** The extracted run folder: `<targetDir>/<top folder>`. */
  runDir: string;
  sha256: `sha256:${string}`;
  /** Hex SHA-256 of every extracted file, keyed by its path inside the run folder, taken while writing it. */
  digests: Map<string, string>;
}

export const DEFAULT_MAX_BYTES = 4 * 1024 ** 3;
export const DEFAULT_MAX_ENTRIES = 200_000;

const HEX = /^[0-9a-f]{64}$/;

/** Accepts `sha256:<hex>` or bare hex (any case) and returns lowercase hex; anything else is a usage error. */
export function parseSha256(value: string): string {
  const hex = (value.startsWith('sha256:') ? value.slice(7) : value).trim().toLowerCase();
  if (!HEX.test(hex))
    throw new InputError(`expected a SHA-256 as sha256:<64 hex> or <64 hex>, found "${value}"`);
  return hex;
}

/** Hex SHA-256 of a file, streamed. */
export async function hashFile(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of fs.createReadStream(file, { highWaterMark: 1 << 20 }))
    hash.update(chunk as Buffer);
  return hash.digest('hex');
}

function bundleProblem(bundlePath: string, why: string): IntegrityError {
  return new IntegrityError(`refused bundle ${bundlePath}: ${why}`, bundlePath);
}

/** A bundle to read: a file, or bytes already in memory (a shard bundle inside a bundle). */
export type BundleSource = string | Uint8Array;

/** How a bundle is named in messages: its path, or the label given for bytes. */
const labelOf = (source: BundleSource, label?: string) =>
  typeof source === 'string' ? source : (label ?? 'bundle');

/**
 * The tar inside the gzip, hashed while it was read (no second inflate to compare it): all of it (`tar`), or,
 * when read by the plain ustar reader, all but the files' contents (`skeleton`, see `tarSkeleton`).
 */
export interface TarDigest {
  of: 'tar' | 'skeleton';
  hex: string;
}

/** What {@link extractInto} learned while reading a bundle. */
export interface Extracted {
  top: string;
  hex: string;
  tar: TarDigest;
  /** Hex SHA-256 of every file, keyed by its path inside the run folder. */
  digests: Map<string, string>;
  /** The gzip member's 10-byte header, as read. */
  gzipHeader: Buffer;
}

/**
 * Streams the bundle through gunzip and the `tar` package's parser into `sink`, refusing the first entry
 * that is unsafe. Returns the top folder's name, the bundle's and the tar's hex digests and every file's.
 */
export async function extractInto(
  source: BundleSource,
  sink: EntrySink,
  limits: Limits,
  label?: string,
  plain = true,
): Promise<Extracted> {
  try {
    return await readEntries(source, sink, limits, label, plain);
  } catch (err) {
    // A refusal can come while files are still being written: none is left open or still being created.
    await sink.settle?.();
    throw err;
  }
}

/**
 * {@link extractInto} with the plain ustar reader first (when the sink takes whole files), and for a bundle
 * beyond the plain subset that `awo pack` writes for short names, once more with the `tar` package. `sinkFor`
 * gives the sink of each reading; the second starts from nothing the first one kept.
 */
export async function extractPlainFirst(
  source: BundleSource,
  sinkFor: (reading: 'plain' | 'tar') => EntrySink,
  limits: Limits,
  label?: string,
): Promise<Extracted> {
  try {
    return await extractInto(source, sinkFor('plain'), limits, label);
  } catch (err) {
    if (!(err instanceof NotPlainUstar)) throw err;
  }
  return extractInto(source, sinkFor('tar'), limits, label, false);
}

async function readEntries(
  source: BundleSource,
  sink: EntrySink,
  limits: Limits,
  label: string | undefined,
  plain: boolean,
): Promise<Extracted> {
  const bundlePath = labelOf(source, label);
  const controller = new AbortController();
  let failure: Error | undefined;
  const fail = (err: Error): void => {
    if (failure) return;
    failure = err;
    controller.abort(err);
  };

  const hash = createHash('sha256');
  // The plain reader hashes the tar without the files' contents (see TarDigest); the `tar` package's, all of it.
  const tarHash = createHash('sha256');
  const digests = new Map<string, string>();
  let inBytes = 0;
  let gzipHeader: Buffer | undefined;
  // The member's header is parsed here and only its deflate stream inflated (see gzip-member.ts).
  let head: Buffer | undefined = Buffer.alloc(0);
  let headLength = 0;
  const inflate = zlib.createInflateRaw({ chunkSize: 256 * 1024 });
  let tail = Buffer.alloc(0);
  let outBytes = 0;
  let crc = 0;
  const end = new TarEndTracker();
  const admission = new EntryAdmission(limits);
  const writes: Promise<void>[] = [];
  const take = plain ? sink.bytes?.bind(sink) : undefined;
  const walker =
    take &&
    new UstarWalker((entry) => {
      const parts = admission.admit(entry.name, entry.type, entry.size);
      if (entry.type === 'Directory') return void sink.folder(parts);
      // Over the sink's budget, the bundle is read again through `file` (which can spill to disk): decided
      // from the header, so a file's bytes are never gathered in memory first.
      if (sink.fits?.(entry.size) === false) throw new NotPlainUstar('over the memory budget');
      return (data) => {
        const hex = take(parts, data);
        if (hex === undefined) throw new NotPlainUstar('over the memory budget');
        digests.set(parts.slice(1).join('/'), hex);
      };
    }, tarHash);

  const parser = new Parser({ strict: true, zstd: false, brotli: false });
  parser.on('error', (err: Error & { tarCode?: string }) => {
    const why = err.message.replace(/^TAR_[A-Z_]+: /, '');
    const { current } = admission;
    const at = current === undefined ? 'its start' : `entry ${shownName(current)}`;
    fail(bundleProblem(bundlePath, `the tar stream is invalid at ${at}: ${why}`));
  });
  parser.on('ignoredEntry', (entry: ReadEntry) => {
    fail(refuseEntry(entry.path, `unsupported entry type "${entry.type}"`));
  });
  parser.on('eof', () => {
    admission.ended = true;
  });
  parser.on('entry', (entry: ReadEntry) => {
    if (failure) {
      entry.resume();
      return;
    }
    try {
      writes.push(onEntry(entry));
    } catch (err) {
      entry.resume();
      fail(err as Error);
    }
  });

  function onEntry(entry: ReadEntry): Promise<void> {
    const isDir = entry.type === 'Directory';
    const parts = admission.admit(entry.path, entry.type, entry.size);

    if (isDir) {
      sink.folder(parts);
      entry.resume();
      return Promise.resolve();
    }
    return sink.file(parts, entry).then(
      (hex) => void digests.set(parts.slice(1).join('/'), hex),
      (err: Error) => fail(err),
    );
  }

  const readBundle = async function* (chunks: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
    for await (const chunk of chunks) {
      if (inBytes === 0 && (chunk.length < 3 || chunk[0] !== 0x1f || chunk[1] !== 0x8b || chunk[2] !== 8)) {
        throw bundleProblem(bundlePath, 'not a gzip file (a bundle is the .tar.gz that awo pack writes)');
      }
      inBytes += chunk.length;
      hash.update(chunk);
      tail = Buffer.concat([tail, chunk.subarray(Math.max(0, chunk.length - 8))]).subarray(-8);
      if (head === undefined) {
        yield chunk;
        continue;
      }
      head = Buffer.concat([head, chunk]);
      let length: number | undefined;
      try {
        length = gzipHeaderLength(head);
      } catch (err) {
        if (err instanceof GzipHeaderProblem) throw bundleProblem(bundlePath, err.message);
        throw err;
      }
      if (length === undefined) continue;
      headLength = length;
      gzipHeader = Buffer.from(head.subarray(0, 10));
      const body = head.subarray(length);
      head = undefined;
      if (body.length > 0) yield body;
    }
  };

  const feedParser = async (chunks: AsyncIterable<Buffer>): Promise<void> => {
    for await (const chunk of chunks) {
      if (outBytes === 0 && chunk[0] === 0x1f && chunk[1] === 0x8b) {
        throw bundleProblem(bundlePath, 'the tar stream is itself compressed (a .tar.gz inside a .gz)');
      }
      outBytes += chunk.length;
      crc = zlib.crc32(chunk, crc);
      if (!walker) tarHash.update(chunk);
      if (outBytes > limits.maxBytes) {
        const { current } = admission;
        const after = current === undefined ? '' : ` (reading past entry ${shownName(current)})`;
        throw bundleProblem(
          bundlePath,
          `the bundle expands beyond the limit of ${limits.maxBytes} bytes${after}: decompression bomb?`,
        );
      }
      if (!(walker ?? end).push(chunk))
        throw bundleProblem(bundlePath, 'data follows the end-of-archive marker');
      if (walker) continue;
      if (end.refusal) throw refuseEntry(end.refusal.name, end.refusal.why);
      // The parser reads nothing past the end-of-archive marker but keeps it, each chunk copied onto the
      // last (the square of the padding in time): what follows the marker, zeros the tracker checked, is
      // not given to it. Were the two ever to disagree on where the marker is, the parser would see a
      // truncated archive and refuse it.
      const toParser =
        end.eofAt === undefined
          ? chunk
          : chunk.subarray(0, Math.max(0, end.eofAt - (outBytes - chunk.length)));
      if (toParser.length > 0 && !parser.write(toParser))
        await once(parser, 'drain', { signal: controller.signal });
      if (failure) throw failure;
    }
    if (walker) {
      walker.end();
      admission.ended = true;
      return;
    }
    const ended = once(parser, 'end', { signal: controller.signal });
    parser.end();
    await ended;
  };

  try {
    await pipeline(
      typeof source === 'string'
        ? fs.createReadStream(source, { highWaterMark: 1 << 20 })
        : Readable.from([Buffer.from(source.buffer, source.byteOffset, source.byteLength)]),
      readBundle,
      (body: AsyncIterable<Buffer>) => inflateMember(body, inflate),
      feedParser,
      { signal: controller.signal },
    );
    await Promise.all(writes);
  } catch (err) {
    if (failure) throw failure;
    if (err instanceof AwoError || err instanceof NotPlainUstar) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'Z_BUF_ERROR') throw bundleProblem(bundlePath, 'the gzip stream is truncated');
    if (code === 'Z_DATA_ERROR') {
      throw bundleProblem(
        bundlePath,
        `the gzip stream is corrupt or has data after its end (${messageOf(err)})`,
      );
    }
    throw err;
  }
  if (failure) throw failure;
  if (gzipHeader === undefined) throw bundleProblem(bundlePath, 'the gzip stream is truncated');
  // One member: its header, its deflate stream and its trailer (CRC-32 and length of everything inflated),
  // which must be the file's last 8 bytes.
  if (
    inBytes !== headLength + inflate.bytesWritten + 8 ||
    tail.length < 8 ||
    tail.readUInt32LE(0) !== crc >>> 0 ||
    tail.readUInt32LE(4) !== outBytes % 2 ** 32
  ) {
    throw bundleProblem(
      bundlePath,
      'data follows the gzip stream (trailing garbage or a second gzip member)',
    );
  }
  const { top } = admission;
  if (top === undefined) throw bundleProblem(bundlePath, 'the bundle holds no entries');
  if (!admission.ended || (!walker && end.eofAt === undefined))
    throw bundleProblem(bundlePath, 'the tar stream has no end-of-archive marker (truncated?)');
  const tar: TarDigest = { of: walker ? 'skeleton' : 'tar', hex: tarHash.digest('hex') };
  return { top, hex: hash.digest('hex'), tar, digests, gzipHeader };
}

/**
 * The checks made before a bundle's content is parsed: the limits, that a file is a regular file within the
 * bound, and its digest when one is expected. Returns the limits and the expected hex digest.
 */
export async function checkBeforeReading(
  source: BundleSource,
  opts: UnpackOptions,
  label?: string,
): Promise<{ limits: Limits; expected: string | undefined }> {
  const limits: Limits = {
    maxBytes: opts.maxBytes ?? DEFAULT_MAX_BYTES,
    maxEntries: opts.maxEntries ?? DEFAULT_MAX_ENTRIES,
  };
  const expected = opts.expectedSha256 === undefined ? undefined : parseSha256(opts.expectedSha256);
  if (typeof source === 'string') {
    if (!fs.existsSync(source)) throw new NotFoundError(`bundle not found: ${source}`);
    // A regular file within the bound, checked without blocking (a FIFO or a device is refused, not read).
    fs.closeSync(openInputFile(source, 'bundle', { maxBytes: MAX_BUNDLE_BYTES }).fd);
  }
  if (expected !== undefined) {
    const found =
      typeof source === 'string' ? await hashFile(source) : createHash('sha256').update(source).digest('hex');
    if (found !== expected) {
      const name = labelOf(source, label);
      throw new IntegrityError(
        `bundle digest mismatch for ${name}: expected sha256:${expected}, found sha256:${found}; nothing was extracted`,
        name,
      );
    }
  }
  return { limits, expected };
}

/**
 * Safely extracts a bundle into `targetDir/<top folder>`. When `expectedSha256` is given, the bundle's
 * digest is checked before anything is parsed. Refuses, naming the entry: absolute paths, `..`, links,
 * devices, FIFOs, duplicates, entries outside the one top folder, output beyond `maxBytes`, and
 * truncated, corrupt or padded gzip. Everything is written to a fresh temp folder inside `targetDir`
 * and renamed into place only when all checks passed, so a refusal leaves nothing behind.
 */
export async function unpackBundle(
  bundlePath: string,
  targetDir: string,
  opts: UnpackOptions = {},
): Promise<Unpacked> {
  const { limits, expected } = await checkBeforeReading(bundlePath, opts);

  const absTarget = path.resolve(targetDir);
  // The target and the parents it lacks, deepest first: what a refusal removes again.
  const created: string[] = [];
  for (let dir = absTarget; !fs.existsSync(dir) && path.dirname(dir) !== dir; dir = path.dirname(dir))
    created.push(dir);
  try {
    makeFolders(absTarget);
  } catch (err) {
    throw new InputError(`cannot unpack into ${absTarget}: ${messageOf(err)}`);
  }
  const tmp = fs.mkdtempSync(path.join(absTarget, '.awo-unpack-'));
  const removeAll = () => {
    fs.rmSync(tmp, { recursive: true, force: true });
    if (created.length > 0) fs.rmSync(absTarget, { recursive: true, force: true });
    // A parent is removed only while empty: whatever another process put there since stays.
    removeEmptyFolders(created.slice(1));
  };
  // Interrupted (Ctrl-C, SIGTERM), unpack leaves nothing behind either.
  const release = onInterrupt(removeAll);
  try {
    const sinkFor = (reading: 'plain' | 'tar') => {
      if (reading === 'tar') {
        // The tar package starts over in an empty temp folder.
        fs.rmSync(tmp, { recursive: true, force: true });
        fs.mkdirSync(tmp, { mode: 0o700 });
      }
      return folderSink(tmp);
    };
    const { top, hex, digests } = await extractPlainFirst(bundlePath, sinkFor, limits);
    if (expected !== undefined && hex !== expected) {
      throw new IntegrityError(`bundle ${bundlePath} changed while it was being extracted`, bundlePath);
    }
    const runDir = path.join(absTarget, top);
    // lstat, not existsSync: a dangling link in the way is there too (rename would fail on it).
    if (fs.lstatSync(runDir, { throwIfNoEntry: false }))
      throw new InputError(`${runDir} already exists; unpack into another folder`);
    fs.renameSync(path.join(tmp, top), runDir);
    fs.rmSync(tmp, { recursive: true, force: true });
    return { runDir, sha256: `sha256:${hex}`, digests };
  } catch (err) {
    removeAll();
    throw err;
  } finally {
    release();
  }
}
