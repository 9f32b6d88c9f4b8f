import * as path from 'node:path';
import { checkpointOf, CHECKPOINT_FILE, formatCheckpoint, type Checkpoint } from '../core/checkpoint.js';
import { AwoError, IntegrityError, messageOf } from '../core/errors.js';
import { jsonEqual } from '../core/json-equal.js';
import type { RunInput, LockSnapshot } from '../core/run-plan.js';
import { AUDIT_LOG } from '../core/audit-chain.js';
import { checkPlan, type ShardPlan } from '../core/shard-plan.js';
import { MERGE_FILE, PLAN_FILE, SHARDS_DIR, shardsRoot, type MergeRecord } from '../core/shard-record.js';
import { mergeShardOutputs, shardWorkflowBytes, type RecordedCall } from '../core/shard-share.js';
import { loadWorkflow } from '../core/workflow-load.js';
import type { RunReader, VerifyOptions, VerifyReport } from '../core/verify-report.js';
import { verifyBundle, type BundleRun, type FolderVerdict } from '../bundle/verify-bundle.js';
import { requireRunFolder } from './run-folder.js';
import { FsRunStore } from './run-store.js';
import { verifyFolder } from './run-service.js';

/** What a verified shard bundle gives the merge. */
export interface ShardEvidence {
  sha256: string;
  checkpoint: Checkpoint;
  /** Its calls per sharded step, in its share's order. */
  calls: Map<string, RecordedCall[]>;
}

/** What a shard must be: this share of this plan, run on the merge's backend. */
export interface ShardExpectation {
  plan: ShardPlan;
  shard: number;
  artifact: string;
  attempt?: number;
  /** The workflow the shard must have run (`shardWorkflowBytes`). */
  workflowBytes: Uint8Array;
  expectedSha256?: string;
  backend: { name: string; model: string | null };
  /** How the bundle is named in messages when it is given as bytes (its path inside the merged run). */
  label?: string;
}

interface ShardFolder {
  snapshot: Buffer;
  input: RunInput;
  status: unknown;
  attempt: string | number | null | undefined;
  lines: string[];
  checkpointFile: Checkpoint | undefined;
  calls: Map<string, RecordedCall[]>;
}

/** A run file's bytes; a missing one is an error naming it. */
function readBytes(reader: RunReader, file: string): Buffer {
  const bytes = reader.read(file);
  if (bytes === undefined) throw new Error(`${file} is missing`);
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function readJson<T>(reader: RunReader, file: string): T {
  return JSON.parse(readBytes(reader, file).toString('utf8')) as T;
}

/** A run folder on disk as a reader, or the reader given (the run a bundle holds). */
const readerOf = (target: string | RunReader): RunReader =>
  typeof target === 'string' ? new FsRunStore(target) : target;

function readShardFolder(run: RunReader, plan: ShardPlan, shard: number): ShardFolder {
  const metadata = readJson<{ status?: unknown; github?: { run_attempt?: string | number | null } | null }>(
    run,
    'metadata.json',
  );
  const log = readBytes(run, AUDIT_LOG).toString('utf8');
  const calls = new Map<string, RecordedCall[]>();
  for (const range of plan.assignments[shard]?.ranges ?? []) {
    const file = `outputs/${range.step_id}.json`;
    if (run.read(file) === undefined) continue;
    const record = readJson<{ output?: { calls?: RecordedCall[] } }>(run, file);
    calls.set(range.step_id, record.output?.calls ?? []);
  }
  return {
    snapshot: readBytes(run, 'workflow.snapshot.json'),
    input: readJson<RunInput>(run, 'input.json'),
    status: metadata.status,
    attempt: metadata.github?.run_attempt,
    lines: log.split('\n').slice(0, -1),
    checkpointFile:
      run.read(CHECKPOINT_FILE) !== undefined ? readJson<Checkpoint>(run, CHECKPOINT_FILE) : undefined,
    calls,
  };
}

/**
 * Verifies one shard bundle for a merge, failing closed with an `IntegrityError` that names the shard and
 * its bundle: its digest (when the service gave one), everything `awo verify` checks, then that it ran
 * exactly its share of this plan (its workflow snapshot is recomputed from the plan), completed, on the
 * merge's backend, and that its checkpoint is the one its audit trail gives.
 */
export async function verifyShardBundle(
  file: string | Uint8Array,
  expect: ShardExpectation,
): Promise<ShardEvidence> {
  const label = `shard ${expect.shard} (${expect.artifact})`;
  const fail = (message: string) => new IntegrityError(`${label}: ${message}`, expect.artifact);
  let folder: ShardFolder | undefined;
  let problem: string | undefined;
  const verdict = await verifyBundle(file, {
    expectedSha256: expect.expectedSha256,
    label: expect.label,
    verifyFolder: (run) => {
      const report = verifyFolder(run);
      if (report.ok) {
        try {
          folder = readShardFolder(run, expect.plan, expect.shard);
        } catch (err) {
          problem = messageOf(err);
        }
      }
      return report;
    },
  });
  if (!verdict.ok || !verdict.sha256) throw fail(`does not verify: ${verdict.message ?? 'unknown mismatch'}`);
  if (problem || !folder) throw fail(`cannot be read as a shard run: ${problem ?? 'no run folder'}`);
  if (!folder.snapshot.equals(Buffer.from(expect.workflowBytes)))
    throw fail(
      `is not shard ${expect.shard} of plan ${expect.plan.plan_digest}: its workflow.snapshot.json is another share (a shard of another plan, or another shard)`,
    );
  if (folder.status !== 'completed') throw fail(`its run is ${String(folder.status)}, not completed`);
  const backend = { name: folder.input.backend?.name, model: folder.input.backend?.model ?? null };
  if (!jsonEqual(backend, expect.backend))
    throw fail(
      `ran on backend ${backend.name} (model ${String(backend.model)}), the merge on ${expect.backend.name} (model ${String(expect.backend.model)})`,
    );
  if (
    expect.attempt !== undefined &&
    folder.attempt != null &&
    String(folder.attempt) !== String(expect.attempt)
  )
    throw fail(`its name says attempt ${expect.attempt}, its metadata.json says ${String(folder.attempt)}`);
  const checkpoint = checkpointOf(folder.input.run_id, folder.lines);
  if (folder.checkpointFile && !jsonEqual(folder.checkpointFile, checkpoint))
    throw fail(
      `${CHECKPOINT_FILE} says ${formatCheckpoint(folder.checkpointFile)}, its audit trail gives ${formatCheckpoint(checkpoint)}`,
    );
  return { sha256: verdict.sha256, checkpoint, calls: folder.calls };
}

class ShardMismatch extends Error {
  constructor(
    readonly where: string,
    message: string,
  ) {
    super(`${where}: ${message}`);
  }
}

/**
 * Checks the shards a merged run holds (`shards/`): the plan against the run's workflow and policy, the
 * merge record against the `shards.merged` audit line and its Merkle root, every shard bundle in full
 * (as the merge did), and the run's sharded outputs against the shards' outputs in plan order.
 * Returns how many shards verified; undefined for a run that is not a merge.
 */
export async function verifyShardsIn(target: string | RunReader): Promise<number | undefined> {
  const run = readerOf(target);
  if (run.read(MERGE_FILE) === undefined) return undefined;
  const read = <T>(file: string): T => {
    try {
      return readJson<T>(run, file);
    } catch (err) {
      throw new ShardMismatch(file, `cannot be read: ${messageOf(err)}`);
    }
  };
  const record = read<MergeRecord>(MERGE_FILE);
  const lock = read<LockSnapshot>('lock.snapshot.json');
  const input = read<RunInput>('input.json');
  const workflow = loadWorkflow(readBytes(run, 'workflow.snapshot.json'), input.workflow_source, 'recorded');
  let plan: ShardPlan;
  try {
    plan = checkPlan(read(PLAN_FILE), PLAN_FILE, workflow, { workflow: lock.workflow, policy: lock.policy });
  } catch (err) {
    throw new ShardMismatch(PLAN_FILE, messageOf(err));
  }
  if (record.plan_digest !== plan.plan_digest)
    throw new ShardMismatch(MERGE_FILE, 'names another plan than shards/plan.json');
  const bound = readBytes(run, AUDIT_LOG)
    .toString('utf8')
    .split('\n')
    .filter((line) => line.includes('"shards.merged"'))
    .map((line) => JSON.parse(line) as { event: string; details?: Record<string, unknown> })
    .filter((line) => line.event === 'shards.merged');
  if (
    bound.length !== 1 ||
    bound[0].details?.shards_root !== record.shards_root ||
    bound[0].details?.plan_digest !== plan.plan_digest
  )
    throw new ShardMismatch(
      AUDIT_LOG,
      `does not bind ${MERGE_FILE} (one shards.merged line with its plan digest and shards_root)`,
    );
  if (record.shards.length !== plan.shards || record.shards.some((shard, i) => shard.shard !== i))
    throw new ShardMismatch(MERGE_FILE, `must list shards 0 to ${plan.shards - 1} in order`);
  if (shardsRoot(record.shards) !== record.shards_root)
    throw new ShardMismatch(MERGE_FILE, 'shards_root is not the Merkle root of its shard records');
  const kept = new Set([PLAN_FILE, MERGE_FILE, ...record.shards.map((shard) => shard.path)]);
  for (const rel of run.list()) {
    if (rel.startsWith(`${SHARDS_DIR}/`) && !kept.has(rel))
      throw new ShardMismatch(rel, `is not a shard bundle of ${MERGE_FILE}`);
  }
  const evidence: ShardEvidence[] = [];
  for (const shard of record.shards) {
    let found: ShardEvidence;
    try {
      // A folder's shard bundle is streamed from its file; a bundle's is already in memory.
      const bytes = typeof target === 'string' ? path.join(target, shard.path) : run.read(shard.path);
      if (bytes === undefined) throw new ShardMismatch(shard.path, 'is missing');
      found = await verifyShardBundle(bytes, {
        label: shard.path,
        plan,
        shard: shard.shard,
        artifact: shard.artifact,
        workflowBytes: shardWorkflowBytes(workflow, plan, shard.shard),
        expectedSha256: shard.bundle_sha256,
        backend: { name: input.backend.name, model: input.backend.model ?? null },
      });
    } catch (err) {
      throw new ShardMismatch(shard.path, messageOf(err));
    }
    if (formatCheckpoint(found.checkpoint) !== shard.checkpoint || found.checkpoint.run_id !== shard.run_id)
      throw new ShardMismatch(
        MERGE_FILE,
        `shard ${shard.shard}: checkpoint ${shard.checkpoint} is not the bundle's (${formatCheckpoint(found.checkpoint)})`,
      );
    evidence.push(found);
  }
  let merged;
  try {
    merged = mergeShardOutputs(plan, (shard, step) => evidence[shard]?.calls.get(step));
  } catch (err) {
    throw new ShardMismatch(SHARDS_DIR, messageOf(err));
  }
  for (const [step, output] of merged) {
    const file = `outputs/${step}.json`;
    const recorded = read<{ output?: unknown }>(file);
    if (!jsonEqual(recorded.output, output))
      throw new ShardMismatch(file, "output is not its shards' outputs in plan order");
  }
  return plan.shards;
}

/**
 * `awo verify` of a run folder, shards included: everything {@link verifyFolder} checks, then, for a
 * merged run, every shard inside it ({@link verifyShardsIn}). Usable as verifyBundle's `verifyFolder`.
 */
export async function verifyWithShards(
  target: string | BundleRun,
  options: VerifyOptions = {},
): Promise<VerifyReport & FolderVerdict> {
  const report = verifyFolder(target, options);
  if (!report.ok) return report;
  try {
    const shards = await verifyShardsIn(typeof target === 'string' ? requireRunFolder(target) : target);
    if (shards !== undefined)
      report.notes.push(`${shards} shard bundles inside verified, and bound by ${MERGE_FILE}`);
    return report;
  } catch (err) {
    if (err instanceof ShardMismatch) return mismatch(report, err.where, err.message);
    if (err instanceof AwoError) return mismatch(report, SHARDS_DIR, err.message);
    throw err;
  }
}

function mismatch<R extends VerifyReport>(report: R, where: string, message: string): R {
  return { ...report, ok: false, verdict: 'mismatch', sealed: false, where, message };
}
