import { createHash } from 'node:crypto';
import * as path from 'node:path';
import { IntegrityError } from '../core/errors.js';
import { BundleRun, checkBundleManifest, readBundle } from './bundle-run.js';
import { bundleRunTar, GZIP_OS_UNIX } from './pack.js';
import { foldersHolding } from './run-tree.js';
import type { BundleSource } from './safe-extract.js';

export { BundleRun } from './bundle-run.js';

/**
 * The engine's own folder verification (audit chain, receipts, ...), injected so this module stays small.
 * It is given the run as read out of the bundle: its files (a RunReader), each with the digest taken while
 * it was extracted, so nothing is written to disk or read twice.
 */
export type VerifyFolder = (run: BundleRun) => FolderVerdict | Promise<FolderVerdict>;

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
  /** Where files beyond the memory budget go; the OS temp folder by default. It is removed afterwards. */
  tmpDir?: string;
  /** How a bundle given as bytes is named in messages. */
  label?: string;
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
function packingProblem(run: BundleRun, label: string): string | undefined {
  const header = run.gzipHeader;
  if (header.length < 10 || header[3] !== 0 || header.readUInt32LE(4) !== 0 || header[9] !== GZIP_OS_UNIX)
    return `${path.basename(label)}: its gzip header carries a name, comment, extra field, time or OS byte that awo pack never writes`;
  // A run writes files, never an empty folder; one in a bundle was added, and could only mislead a reader.
  const holding = foldersHolding(run.list());
  const empty = [...run.folders].find((dir) => !holding.has(dir));
  if (empty !== undefined) return `${empty}/: an empty folder that no run writes`;
  // The bundle's own tar (or its skeleton) was hashed while it was read; only the re-packing is computed here.
  const expected = createHash('sha256');
  for (const chunk of bundleRunTar(run, run.tar.of === 'skeleton')) expected.update(chunk);
  if (run.tar.hex !== expected.digest('hex'))
    return `${path.basename(label)}: its tar is not the deterministic packing of the run it holds (an entry added, or a mode, owner, time or order changed after awo pack)`;
  return undefined;
}

/**
 * Verifies a bundle (a file, or its bytes): its digest when one is given, then safe extraction into memory
 * (every check of `unpackBundle`; files beyond a memory budget go to a temp folder that is always removed),
 * then `SHA256SUMS.txt`, then everything `verifyFolder` checks on the run, then that the bundle is the one
 * `awo pack` makes of that run (top folder, tar bytes, gzip header). Each file is read once, from the tar
 * stream. Refused or mismatching evidence gives `{ ok: false, where, message }`; bad arguments and a
 * missing bundle throw. Works on bundles of paused runs as on finished ones.
 */
export async function verifyBundle(bundle: BundleSource, opts: VerifyBundleOptions): Promise<BundleVerdict> {
  const label = typeof bundle === 'string' ? bundle : (opts.label ?? 'bundle');
  let run: BundleRun;
  try {
    run = await readBundle(bundle, {
      expectedSha256: opts.expectedSha256,
      maxBytes: opts.maxBytes,
      maxEntries: opts.maxEntries,
      tmpDir: opts.tmpDir,
      label: opts.label,
    });
  } catch (err) {
    if (err instanceof IntegrityError) return { ok: false, where: err.where, message: err.message };
    throw err;
  }
  try {
    const runId = run.name;
    const sha256 = run.sha256;
    const manifest = checkBundleManifest(run);
    if (!manifest.ok) return { ok: false, where: manifest.where, message: manifest.message, runId, sha256 };
    const folder = await opts.verifyFolder(run);
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
    const packing = packingProblem(run, label);
    if (packing) return { ok: false, where: path.basename(label), message: packing, runId, sha256 };
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
    run.close();
  }
}
