import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { ReadEntry } from 'tar';
import { sha256Hex, type Digest } from '../core/hash.js';
import type { RunReader } from '../core/verify-report.js';
import { IntegrityError } from '../core/errors.js';
import { checkManifestText, MANIFEST_NAME, type ManifestCheck } from './manifest.js';
import { sortBytewise } from '../core/bytewise-order.js';
import { MAX_RUN_FILE_BYTES, readInputFile } from '../store/read-input-file.js';
import { checkBeforeReading, extractPlainFirst, type BundleSource, type TarDigest } from './safe-extract.js';
import { refuseEntry, type EntrySink } from './entry-sink.js';
import { folderSink } from './folder-sink.js';
import { utf8Text } from '../core/utf8-text.js';
import { manifestTooLong } from '../core/run-files.js';
import { onInterrupt } from '../store/interrupt-cleanup.js';

/**
 * Bytes of a bundle's files held in memory at most; past it, files go to a temporary folder (removed by
 * {@link BundleRun.close}). A 10,000-step run is about 60 MB of files, so verification never touches the disk
 * for it, while a bundle holding a multi-gigabyte artifact (the extraction limit is 4 GiB) cannot exhaust memory.
 */
export const MEMORY_BUDGET = 256 * 1024 * 1024;

/** Options of {@link readBundle}. */
export interface ReadBundleOptions {
  /** `sha256:<hex>` or `<hex>`; checked against the bundle's bytes before anything inside is read. */
  expectedSha256?: string;
  /** Extraction limits (see `unpackBundle`). */
  maxBytes?: number;
  maxEntries?: number;
  /** Where files beyond the memory budget go; the OS temp folder by default. */
  tmpDir?: string;
  /** How bytes given as the source are named in messages. */
  label?: string;
  /** Bytes held in memory at most (default {@link MEMORY_BUDGET}). */
  memoryBudget?: number;
}

/**
 * The run folder a bundle holds, read once from the gunzipped tar stream through every check of safe
 * extraction (`unpackBundle`): a {@link RunReader} over the files as extracted, each file's digest taken
 * from those very bytes, and nothing written to disk unless the files exceed the memory budget.
 */
export class BundleRun implements RunReader {
  private sorted: string[] | undefined;

  constructor(
    /** The bundle's top folder: the run id it claims. */
    readonly name: string,
    /** Bytes in memory, or the path of a file beyond the memory budget. */
    private readonly files: ReadonlyMap<string, Uint8Array | { spilled: string }>,
    /** Folders the tar holds as entries, relative to the run folder. */
    readonly folders: ReadonlySet<string>,
    /** Hex SHA-256 of every file, from the bytes as extracted. */
    readonly digests: ReadonlyMap<string, string>,
    /** SHA-256 of the bundle file, of the tar inside the gzip (or its skeleton), and the gzip header as read. */
    readonly sha256: Digest,
    readonly tar: TarDigest,
    readonly gzipHeader: Buffer,
    /** Removes the files beyond the memory budget, if any. */
    private readonly removeSpill: () => void,
  ) {}

  read(rel: string): Uint8Array | undefined {
    const file = this.files.get(rel);
    if (file === undefined || file instanceof Uint8Array) return file;
    return readInputFile(file.spilled, 'run file', { maxBytes: MAX_RUN_FILE_BYTES, shownAs: rel });
  }

  /** Every file's path inside the run folder, sorted bytewise (as a run store lists them). */
  list(): string[] {
    this.sorted ??= sortBytewise([...this.files.keys()]);
    return [...this.sorted];
  }

  /** The digest of the bytes {@link read} returns, taken when they were extracted. */
  extractedDigest(rel: string): Digest | undefined {
    const hex = this.digests.get(rel);
    return hex === undefined ? undefined : `sha256:${hex}`;
  }

  /** Bytes in memory, or the path of the file holding them. */
  content(rel: string): Uint8Array | string | undefined {
    const file = this.files.get(rel);
    return file === undefined || file instanceof Uint8Array ? file : file.spilled;
  }

  /** Removes the files beyond the memory budget, if any. */
  close(): void {
    this.removeSpill();
  }
}

/** Keeps entries in memory up to a budget; past it, hands them to a folder sink in a temporary folder. */
class MemorySink implements EntrySink {
  readonly files = new Map<string, Uint8Array | { spilled: string }>();
  readonly folders = new Set<string>();
  spillDir: string | undefined;
  private releaseSpill: (() => void) | undefined;
  private held = 0;
  private disk: EntrySink | undefined;

  constructor(
    private readonly budget: number,
    private readonly tmpDir: string,
  ) {}

  folder(parts: readonly string[]): void {
    if (parts.length > 1) this.folders.add(parts.slice(1).join('/'));
  }

  fits(size: number): boolean {
    return this.held + size <= this.budget;
  }

  bytes(parts: readonly string[], data: Buffer): string | undefined {
    if (!this.fits(data.length)) return undefined;
    this.held += data.length;
    this.files.set(parts.slice(1).join('/'), data);
    return sha256Hex(data);
  }

  /** Removes the files beyond the memory budget, if any were written. */
  removeSpill(): void {
    if (this.spillDir !== undefined) fs.rmSync(this.spillDir, { recursive: true, force: true });
    this.releaseSpill?.();
  }

  async settle(): Promise<void> {
    await this.disk?.settle?.();
  }

  file(parts: readonly string[], entry: ReadEntry): Promise<string> {
    const rel = parts.slice(1).join('/');
    if (!this.fits(entry.size)) {
      if (this.spillDir === undefined) {
        const spillDir = fs.mkdtempSync(path.join(this.tmpDir, 'awo-verify-'));
        // Interrupted (Ctrl-C, SIGTERM), verification leaves no file behind either.
        this.releaseSpill = onInterrupt(() => fs.rmSync(spillDir, { recursive: true, force: true }));
        this.spillDir = spillDir;
      }
      this.disk ??= folderSink(this.spillDir);
      this.files.set(rel, { spilled: path.join(this.spillDir, ...parts) });
      return this.disk.file(parts, entry);
    }
    this.held += entry.size;
    // Each chunk is copied in as it comes (they may be views of the parser's buffers): the file costs its
    // size once, not its chunks and then their concatenation.
    const bytes = Buffer.allocUnsafe(entry.size);
    let got = 0;
    entry.on('data', (chunk: Buffer) => {
      if (got + chunk.length <= bytes.length) chunk.copy(bytes, got);
      got += chunk.length;
    });
    return new Promise<string>((resolve, reject) => {
      entry.on('error', reject);
      entry.on('end', () => {
        if (got !== bytes.length)
          return reject(refuseEntry(entry.path, 'its bytes are not the size its header declares'));
        this.files.set(rel, bytes);
        resolve(sha256Hex(bytes));
      });
    });
  }
}

/**
 * Reads a bundle (a file, or its bytes) into a {@link BundleRun} with every check and limit of
 * `unpackBundle`: the digest first when one is expected, then links, devices, `..`, absolute paths,
 * duplicates, entries outside the one top folder, sizes and entry counts, and truncated, corrupt or padded
 * gzip are refused with an IntegrityError naming the entry. Call `close()` on the result when done.
 */
export async function readBundle(source: BundleSource, opts: ReadBundleOptions = {}): Promise<BundleRun> {
  const { limits, expected } = await checkBeforeReading(source, opts, opts.label);
  const fresh = () => new MemorySink(opts.memoryBudget ?? MEMORY_BUDGET, opts.tmpDir ?? os.tmpdir());
  let sink = fresh();
  try {
    // A bundle beyond the plain reader (or over the memory budget) is read again into a fresh sink.
    const read = await extractPlainFirst(
      source,
      (reading) => (reading === 'tar' ? (sink = fresh()) : sink),
      limits,
      opts.label,
    );
    if (expected !== undefined && read.hex !== expected) {
      const name = typeof source === 'string' ? source : (opts.label ?? 'bundle');
      throw new IntegrityError(`bundle ${name} changed while it was being read`, name);
    }
    return new BundleRun(
      read.top,
      sink.files,
      sink.folders,
      read.digests,
      `sha256:${read.hex}`,
      read.tar,
      read.gzipHeader,
      () => sink.removeSpill(),
    );
  } catch (err) {
    sink.removeSpill();
    throw err;
  }
}

/** The bundle's `SHA256SUMS.txt` against its files, with the digests taken while they were extracted. */
export function checkBundleManifest(run: BundleRun): ManifestCheck {
  const bytes = run.read(MANIFEST_NAME);
  if (bytes === undefined)
    return { ok: false, where: MANIFEST_NAME, message: `${MANIFEST_NAME} is missing from ${run.name}` };
  // Measured before it is decoded: the bundle's own files bound what it may cost to read.
  const tooLong = manifestTooLong(bytes.length, run.list());
  if (tooLong) return { ok: false, where: MANIFEST_NAME, message: `${MANIFEST_NAME} ${tooLong}` };
  return checkManifestText(utf8Text(bytes), run.list(), (rel) => run.digests.get(rel));
}
