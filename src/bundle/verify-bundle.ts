import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { createHash } from 'node:crypto';
import { IntegrityError } from '../core/errors.js';
import { checkManifest } from './manifest.js';
import { GZIP_OS_UNIX, runTar } from './pack.js';
import { listRunTree } from './run-tree.js';
import { unpackBundle } from './safe-extract.js';

/** The engine's own folder verification (audit chain, receipts, ...), injected so this module stays small. */
export type VerifyFolder = (
  runDir: string,
  /** Every file's hex digest, taken while extracting: the manifest check need not read them again. */
  knownDigests?: ReadonlyMap<string, string>,
) => FolderVerdict | Promise<FolderVerdict>;

/** What {@link VerifyFolder} says of the extracted run folder. */
export interface FolderVerdict {
  ok: boolean;
  where?: string;
  message?: string;
  /** False unless the run ends at a stop whose seal is present and holds. */
  sealed?: boolean;
  verdict?: 'verified' | 'incomplete' | 'mismatch';
  checkpoint?: { run_id: string; size: number; root: `sha256:${string}` } | null;
  /** The run id input.json names, the run's status and workflow hash, when the folder check reads them. */
  runId?: string | null;
  status?: string | null;
  workflowHash?: string | null;
  notes?: string[];
}

export interface VerifyBundleOptions {
  /** `sha256:<hex>` or `<hex>`; when given it is checked before anything inside the bundle is read. */
  expectedSha256?: string;
  verifyFolder: VerifyFolder;
  /** Extraction limits (see `unpackBundle`). */
  maxBytes?: number;
  maxEntries?: number;
  /** Where the temporary extraction goes; the OS temp folder by default. It is removed afterwards. */
  tmpDir?: string;
}

export interface BundleVerdict {
  ok: boolean;
  /** The first file or entry that does not match (or the bundle path itself for a digest mismatch). */
  where?: string;
  message?: string;
  /** The run id (the bundle's top folder), once the bundle could be extracted. */
  runId?: string;
  /** The bundle's `sha256:` digest, once it could be read. */
  sha256?: string;
  /** The run's status and workflow hash (the anchor published with the run), when it verifies. */
  status?: string | null;
  workflowHash?: string | null;
  /** The RFC 9162 tree head over the run's audit lines, when it verifies. */
  checkpoint?: { run_id: string; size: number; root: `sha256:${string}` } | null;
  notes?: string[];
}

/**
 * Why a bundle is not what `awo pack` makes of the run it holds, if it is not: a gzip header with a name,
 * comment, extra field, time or foreign OS byte, or a tar that differs from the deterministic packing of the
 * extracted files (extra folders, other modes, owners, times or order). Compared before gzip, so another
 * zlib's compression does not matter.
 */
/** `a`, `a/b` for `a/b/c.txt`. */
function ancestors(file: string): string[] {
  const parts = file.split('/');
  return parts.slice(1).map((_, i) => parts.slice(0, i + 1).join('/'));
}

async function packingProblem(
  bundlePath: string,
  runDir: string,
  tarSha256: string,
): Promise<string | undefined> {
  const header = Buffer.alloc(10);
  const fd = fs.openSync(bundlePath, 'r');
  try {
    fs.readSync(fd, header, 0, 10, 0);
  } finally {
    fs.closeSync(fd);
  }
  if (header[3] !== 0 || header.readUInt32LE(4) !== 0 || header[9] !== GZIP_OS_UNIX)
    return `${path.basename(bundlePath)}: its gzip header carries a name, comment, extra field, time or OS byte that awo pack never writes`;
  // A run writes files, never an empty folder; one in a bundle was added, and could only mislead a reader.
  const tree = listRunTree(runDir);
  const holding = new Set(tree.files.flatMap((file) => ancestors(file.path)));
  const empty = tree.dirs.find((dir) => !holding.has(dir));
  if (empty !== undefined) return `${empty}/: an empty folder that no run writes`;
  // The bundle's own tar was hashed while it was extracted; only the re-packing is computed here.
  const expected = createHash('sha256');
  for await (const chunk of runTar(runDir, tree)) expected.update(chunk);
  if (tarSha256 !== expected.digest('hex'))
    return `${path.basename(bundlePath)}: its tar is not the deterministic packing of the run it holds (an entry added, or a mode, owner, time or order changed after awo pack)`;
  return undefined;
}

/**
 * Verifies a bundle: its digest when one is given, then safe extraction into a temp folder, then
 * `SHA256SUMS.txt`, then everything `verifyFolder` checks on the run folder, then that the bundle is the
 * one `awo pack` makes of that run (top folder, tar bytes, gzip header). Refused or mismatching
 * evidence gives `{ ok: false, where, message }`; bad arguments and a missing bundle throw.
 * The temp folder is always removed. Works on bundles of paused runs as on finished ones.
 */
export async function verifyBundle(bundlePath: string, opts: VerifyBundleOptions): Promise<BundleVerdict> {
  const tmp = fs.mkdtempSync(path.join(opts.tmpDir ?? os.tmpdir(), 'awo-verify-'));
  try {
    let runDir: string;
    let sha256: string;
    let tarSha256: string;
    let digests: Map<string, string>;
    try {
      ({ runDir, sha256, tarSha256, digests } = await unpackBundle(bundlePath, tmp, {
        expectedSha256: opts.expectedSha256,
        maxBytes: opts.maxBytes,
        maxEntries: opts.maxEntries,
      }));
    } catch (err) {
      if (err instanceof IntegrityError) return { ok: false, where: err.where, message: err.message };
      throw err;
    }
    const runId = path.basename(runDir);
    const manifest = checkManifest(runDir, digests);
    if (!manifest.ok) return { ok: false, where: manifest.where, message: manifest.message, runId, sha256 };
    const folder = await opts.verifyFolder(runDir, digests);
    if (!folder.ok) return { ok: false, where: folder.where, message: folder.message, runId, sha256 };
    if (folder.runId && folder.runId !== runId)
      return {
        ok: false,
        where: runId,
        message: `${runId}: the bundle's top folder is not the run it holds (input.json names ${folder.runId})`,
        runId,
        sha256,
      };
    // Bundles are packed at a sealed stop; one whose run is not sealed was changed after packing.
    if (folder.sealed === false)
      return {
        ok: false,
        where: 'audit/log.jsonl',
        message: `audit/log.jsonl: the run does not end at a sealed stop, and every bundle is packed at one (${folder.notes?.[0] ?? 'no seal'})`,
        runId,
        sha256,
      };
    const packing = await packingProblem(bundlePath, runDir, tarSha256);
    if (packing) return { ok: false, where: path.basename(bundlePath), message: packing, runId, sha256 };
    return {
      ok: true,
      runId,
      sha256,
      status: folder.status,
      workflowHash: folder.workflowHash,
      ...(folder.checkpoint ? { checkpoint: folder.checkpoint } : {}),
      notes: folder.notes,
    };
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}
