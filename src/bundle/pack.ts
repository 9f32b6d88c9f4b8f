import * as fs from 'node:fs';
import * as path from 'node:path';
import * as zlib from 'node:zlib';
import { createHash } from 'node:crypto';
import { pipeline } from 'node:stream/promises';
import { InputError, messageOf } from '../core/errors.js';
import { deterministicTar, sortItems, tarItems, tarSkeleton, type TarItem } from './deterministic-tar.js';
import type { BundleRun } from './bundle-run.js';
import { foldersHolding, listRunTree, type RunTree } from './run-tree.js';
import { makeFolders } from '../store/make-folders.js';
import { RUN_ID } from '../store/run-folder.js';
import { MAX_RUN_FILE_BYTES, readFilePart, readInputFile } from '../store/read-input-file.js';
import { utf8Text } from '../core/utf8-text.js';
import { parseMembersBefore, parseObjectBefore } from '../core/run-files.js';

/** What {@link packRun} wrote. */
export interface PackedBundle {
  /** Absolute path of the `.tar.gz`. */
  path: string;
  /** `awo-<run id>-<short sha>.tar.gz` */
  name: string;
  sha256: `sha256:${string}`;
  bytes: number;
  /** Hex SHA-256 of every file packed, by its path in the run folder, from the bytes that went into the tar. */
  fileDigests: Map<string, string>;
}

/** The gzip level: what `tar -czf` uses. Part of the bundle's bytes: keep it fixed. */
const GZIP_LEVEL = 6;

/** RFC 1952 OS byte for "Unix". zlib writes its build platform here (3, 10 on Windows, 19 on macOS). */
export const GZIP_OS_UNIX = 3;

interface RunFacts {
  runId: string;
  shortSha: string;
  mtime: Date;
}

/**
 * A run file's bytes by its path inside the run folder, or its first `head` bytes (more is fine); undefined
 * when it does not exist.
 */
type ReadRunFile = (rel: string, head?: number) => Uint8Array | undefined;

/** Reads a run folder's files, refusing (not waiting on) a FIFO or a device. */
function folderFiles(runDir: string): ReadRunFile {
  return (rel, head) => {
    const file = path.join(runDir, rel);
    if (!fs.existsSync(file)) return undefined;
    const options = { maxBytes: MAX_RUN_FILE_BYTES };
    return head === undefined
      ? readInputFile(file, 'run file', options)
      : readFilePart(file, 'run file', head, 'head', options);
  };
}

/**
 * How much of input.json and metadata.json is read first: the members before their `steps` (all a bundle's
 * name and date need) take a kilobyte or two, the steps megabytes at 10,000 steps.
 */
const HEAD_BYTES = 64 * 1024;

/** What {@link headOf} gives for a file that is not there. */
const ABSENT = Symbol('absent');

/**
 * The run id `input.json` names (a copied or renamed folder is still that run), else `fallback` (the folder's
 * name). `shown` names a file in messages.
 */
function runIdOf(read: ReadRunFile, fallback: string, shown: (rel: string) => string): string {
  const inputPath = shown('input.json');
  const input = headOf<{ run_id?: unknown }>(read, 'input.json');
  if (input === ABSENT) return fallback;
  if (input === null) throw new InputError(`${inputPath} is not valid JSON; cannot name the bundle`);
  const runId = input?.run_id;
  // It names the bundle file and its top folder: anything but a run id is refused rather than trusted.
  if (typeof runId !== 'string' || !RUN_ID.test(runId))
    throw new InputError(
      `${inputPath}: run_id must be a run id (run_YYYY-MM-DDTHH-MM-SSZ), found ${JSON.stringify(runId)}`,
    );
  return runId;
}

/**
 * A record's members before its `steps`, from the file's first HEAD_BYTES when they hold them (the same
 * members `parseObjectBefore` finds in the whole file: the cut is the first one either way), else from the
 * whole file. ABSENT when there is no such file, undefined for JSON that is not an object, null for bytes
 * that are not JSON.
 */
function headOf<T>(read: ReadRunFile, rel: string): T | undefined | null | typeof ABSENT {
  const first = read(rel, HEAD_BYTES);
  if (first === undefined) return ABSENT;
  const members = parseMembersBefore<T>(first, 'steps');
  if (members !== undefined) return members;
  const bytes = first.length < HEAD_BYTES ? first : read(rel);
  if (bytes === undefined) return ABSENT;
  const head = parseObjectBefore<T>(bytes, 'steps');
  if (head !== undefined) return head;
  try {
    JSON.parse(utf8Text(bytes));
    return undefined;
  } catch {
    return null;
  }
}

function readRunFacts(
  read: ReadRunFile,
  fallback: string,
  shown: (rel: string) => string = (rel) => rel,
): RunFacts {
  const facts: RunFacts = { runId: runIdOf(read, fallback, shown), shortSha: 'nosha', mtime: new Date(0) };
  const metaPath = shown('metadata.json');
  const record = headOf<{ created_at?: unknown; git?: { sha?: unknown } | null }>(read, 'metadata.json');
  if (record === null) throw new InputError(`${metaPath} is not valid JSON; cannot name or date the bundle`);
  if (record === undefined || record === ABSENT) return facts;
  if (record.created_at !== undefined) {
    const ms = typeof record.created_at === 'string' ? Date.parse(record.created_at) : NaN;
    if (Number.isNaN(ms)) {
      throw new InputError(
        `${metaPath}: created_at must be an ISO date, found ${JSON.stringify(record.created_at)}`,
      );
    }
    // Whole seconds: tar headers hold seconds, and a fraction would force a PAX header on every entry.
    facts.mtime = new Date(Math.floor(ms / 1000) * 1000);
  }
  const sha = record.git?.sha;
  if (typeof sha === 'string') {
    // The short SHA goes into a file name: anything but hex is refused rather than trusted.
    if (!/^[0-9a-fA-F]{7,64}$/.test(sha)) {
      throw new InputError(`${metaPath}: git.sha must be a hex commit SHA, found ${JSON.stringify(sha)}`);
    }
    facts.shortSha = sha.slice(0, 7).toLowerCase();
  }
  return facts;
}

/** The folder's real path (packing through a symbolic link packs the folder); as given when it does not exist. */
function realFolder(runDir: string): string {
  const abs = path.resolve(runDir);
  return fs.existsSync(abs) ? fs.realpathSync(abs) : abs;
}

function isInside(child: string, parent: string): boolean {
  const rel = path.relative(parent, child);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

/**
 * The tar `packRun` writes for the run a bundle holds, from the files as they were read out of it: what
 * the bundle's own tar must be, byte for byte. Its folders are those of its files (an empty folder is never
 * packed), whatever folder entries the bundle's tar held. With `skeleton`, its skeleton (`tarSkeleton`).
 */
export function bundleRunTar(run: BundleRun, skeleton = false): Generator<Buffer> {
  const facts = readRunFacts((rel) => run.read(rel), run.name);
  const files = run.list();
  const items: TarItem[] = [{ name: facts.runId }];
  for (const dir of foldersHolding(files)) items.push({ name: `${facts.runId}/${dir}` });
  for (const rel of files) {
    const content = run.content(rel);
    const name = `${facts.runId}/${rel}`;
    if (typeof content === 'string') items.push({ name, abs: content });
    else if (content !== undefined) items.push({ name, data: content });
  }
  return (skeleton ? tarSkeleton : deterministicTar)(sortItems(items), facts.mtime);
}

/** The facts of a run folder on disk, its files named by their absolute path in messages. */
const folderFacts = (absRun: string) =>
  readRunFacts(folderFiles(absRun), path.basename(absRun), (rel) => path.join(absRun, rel));

function tarOf(
  absRun: string,
  facts: RunFacts,
  tree: RunTree,
  digests?: Map<string, string>,
): Generator<Buffer> {
  return deterministicTar(tarItems(absRun, facts.runId, tree), facts.mtime, digests);
}

/**
 * Writes the tar's batches into the gzip stream, each one compressed before the tar's generator fills its
 * buffer again (two yields later, see deterministicTar): while one batch is compressed the next is read.
 * `written` is the output's pipeline: when it fails, so does the feeding. A write zlib paused for a reader
 * that is gone (a full disk, a closed pipe) would never complete, and the pack would never end.
 */
export async function feed(gzip: zlib.Gzip, tar: Iterable<Buffer>, written: Promise<unknown>): Promise<void> {
  const outputFailed = new Promise<never>((_resolve, reject) => void written.catch(reject));
  outputFailed.catch(() => undefined);
  let previous: Promise<void> = Promise.resolve();
  for (const batch of tar) {
    const done = new Promise<void>((resolve, reject) =>
      gzip.write(batch, (err) => (err ? reject(err) : resolve())),
    );
    // Awaited below or on the next turn; a failure meanwhile is the pipeline's to report.
    done.catch(() => undefined);
    await Promise.race([previous, outputFailed]);
    previous = done;
  }
  await Promise.race([previous, outputFailed]);
  gzip.end();
}

/** Bundle file name for a run folder: `awo-<run id>-<short sha>.tar.gz` (docs/format.md#evidence-bundle). */
export function bundleName(runDir: string): string {
  const facts = folderFacts(runDir);
  return `awo-${facts.runId}-${facts.shortSha}.tar.gz`;
}

/**
 * Packs a run folder into `outDir/awo-<run id>-<short sha>.tar.gz` with one top folder (the run id).
 * Deterministic: entries sorted bytewise, mtime from `metadata.json`'s `created_at` (else the epoch),
 * uid/gid 0, modes 0644/0755, no owner names, gzip header with mtime 0 and a fixed OS byte. Streams, so
 * memory stays flat; the bundle's SHA-256 and every file's are computed in the same pass. The bundle appears under its name only
 * when complete.
 *
 * @throws IntegrityError naming the path for a symlink, device or FIFO in the folder, or a file that
 *   changes while packing; InputError for a bad `metadata.json` or an output folder inside the run.
 */
export async function packRun(runDir: string, outDir: string): Promise<PackedBundle> {
  const absRun = realFolder(runDir);
  const absOut = path.resolve(outDir);
  const facts = folderFacts(absRun);
  if (isInside(absOut, absRun)) {
    throw new InputError(`the bundle cannot be written inside the run folder it packs: ${absOut}`);
  }
  // The folder is walked before anything is written: a symlink or device is refused with no partial file.
  const fileDigests = new Map<string, string>();
  const tar = tarOf(absRun, facts, listRunTree(absRun), fileDigests);
  const name = `awo-${facts.runId}-${facts.shortSha}.tar.gz`;
  try {
    makeFolders(absOut);
  } catch (err) {
    throw new InputError(`cannot create output folder ${absOut}: ${messageOf(err)}`);
  }
  const finalPath = path.join(absOut, name);
  const partial = path.join(absOut, `.${name}.${process.pid}.partial`);

  const hash = createHash('sha256');
  let bytes = 0;
  const fixHeaderAndHash = async function* (chunks: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
    for await (const chunk of chunks) {
      // The OS byte is the 10th byte of the stream; zlib's first output chunk always holds the whole
      // 10-byte header, but check rather than assume.
      if (bytes < 10 && bytes + chunk.length > 9) chunk[9 - bytes] = GZIP_OS_UNIX;
      bytes += chunk.length;
      hash.update(chunk);
      yield chunk;
    }
  };
  // zlib leaves the gzip header's mtime at 0 and its name/comment empty, as determinism needs.
  const gzip = zlib.createGzip({ level: GZIP_LEVEL, chunkSize: 256 * 1024 });
  const written = pipeline(gzip, fixHeaderAndHash, fs.createWriteStream(partial, { mode: 0o644 }));
  try {
    await feed(gzip, tar, written);
    await written;
    fs.renameSync(partial, finalPath);
  } catch (err) {
    // The pipeline keeps its first error: the output's own failure when it came first (a full disk, a
    // missing folder), else this one (a file refused while it was packed).
    gzip.destroy(err as Error);
    const failed = await written.then(
      () => undefined,
      (cause: unknown) => cause,
    );
    fs.rmSync(partial, { force: true });
    throw failed ?? err;
  }
  return { path: finalPath, name, sha256: `sha256:${hash.digest('hex')}`, bytes, fileDigests };
}
