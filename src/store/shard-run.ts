import * as fs from 'node:fs';
import * as path from 'node:path';
import type { RunOutcome } from '../core/engine.js';
import { InputError } from '../core/errors.js';
import type { ShardPlan } from '../core/shard-plan.js';
import { shardArtifactName, type ShardStage } from '../core/shard-record.js';
import { shardWorkflowBytes } from '../core/shard-share.js';
import { packRun, type PackedBundle } from '../bundle/pack.js';
import { startRun, type SessionOptions } from './run-service.js';
import { loadPlanned, readPlan } from './shard-planning.js';

/** What a shard job is given. */
export interface ShardRunOptions extends SessionOptions {
  workflowPath: string;
  policyPath?: string;
  runsDir: string;
  /** The plan: a file path, or its JSON text (the plan job's output). */
  plan: string;
  /** The plan digest the job was given; the plan is refused unless it has it. */
  planDigest?: string;
  shard: number;
}

/**
 * Runs one shard's share as a run of its own (`mode: shard`, `awo shard`): the plan is checked against
 * the workflow, policy and digest, then the shard's workflow (`shardWorkflowBytes`) runs through the
 * engine as any run does, policy on every step, with its own run folder, receipts and checkpoint.
 */
export async function runShard(options: ShardRunOptions): Promise<{ outcome: RunOutcome; plan: ShardPlan }> {
  const planned = loadPlanned(options);
  const plan = readPlan(options.plan, planned, options.cwd, options.planDigest);
  if (!Number.isInteger(options.shard) || options.shard < 0 || options.shard >= plan.shards)
    throw new InputError(
      `shard index ${options.shard} is not in the plan: it has shards 0 to ${plan.shards - 1} (the matrix's shard value)`,
    );
  const outcome = await startRun({
    ...options,
    workflowBytes: shardWorkflowBytes(planned.workflow, plan, options.shard),
  });
  return { outcome, plan };
}

/** The stage a shard bundle is named with: its run's status (an interrupted one counts as failed). */
export function shardStage(status: RunOutcome['status']): ShardStage {
  return status === 'running' ? 'failed' : status;
}

/** Packs a shard run into `outDir` under its shard name (`shardArtifactName`). */
export async function packShard(
  runDir: string,
  outDir: string,
  facts: { plan: ShardPlan; shard: number; attempt: number; status: RunOutcome['status'] },
): Promise<PackedBundle> {
  const packed = await packRun(runDir, outDir);
  const name = shardArtifactName(packed.name, {
    shard: facts.shard,
    planDigest: facts.plan.plan_digest,
    stage: shardStage(facts.status),
    attempt: facts.attempt,
    sha256: packed.sha256,
  });
  const file = path.join(path.dirname(packed.path), name);
  fs.renameSync(packed.path, file);
  return { ...packed, path: file, name };
}
