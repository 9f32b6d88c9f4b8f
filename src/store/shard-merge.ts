import * as fs from 'node:fs';
import type { RunOutcome } from '../core/engine.js';
import { InputError } from '../core/errors.js';
import { digestBytes, prettyJson } from '../core/hash.js';
import type { BoundFile } from '../core/verify-files.js';
import { evaluatePolicy } from '../core/policy.js';
import { backendParams, effectiveModel } from '../core/run-plan.js';
import type { ShardPlan } from '../core/shard-plan.js';
import {
  MERGE_FILE,
  parseShardArtifact,
  PLAN_FILE,
  selectShards,
  shardRecord,
  shardsRoot,
  type MergeRecord,
} from '../core/shard-record.js';
import { mergeShardOutputs, shardWorkflowBytes } from '../core/shard-share.js';
import { resolveInput } from '../core/step-ops.js';
import { startRun, type StartOptions } from './run-service.js';
import { loadPlanned, readPlan, type PlannedWorkflow } from './shard-planning.js';
import { verifyShardBundle, type ShardEvidence } from './shard-verify.js';

/** A bundle offered to the merge: its artifact (file) name, where it is, and the service's digest. */
export interface OfferedBundle {
  artifact: string;
  file: string;
  sha256?: string;
}

export interface MergeOptions extends StartOptions {
  /** The plan: a file path, or its JSON text. */
  plan: string;
  planDigest?: string;
  /** Every shard bundle found (all attempts); names that are not shard names are passed over. */
  bundles: OfferedBundle[];
}

/**
 * A sharded step the merge's policy flags would wait for a gate whose resume has no shards to take its
 * outputs from, and the shards' own approvals cannot stand in for the merge's: refused before anything runs.
 */
function refuseFlaggedSteps(
  planned: PlannedWorkflow,
  plan: ShardPlan,
  backend: StartOptions['backend'],
): void {
  for (const { step_id } of plan.steps) {
    const step = planned.workflow.steps.find((candidate) => candidate.id === step_id)!;
    const input = resolveInput(step, new Map());
    const decision = evaluatePolicy(planned.policy.policy, {
      step,
      prompts: input.prompts as string[],
      params: { ...backendParams(step), model: effectiveModel(step, backend) },
    });
    if (decision.decision === 'flag')
      throw new InputError(
        `step ${step_id} is flagged by policy ${decision.policy_id} (${decision.reason}); a sharded step must be allowed without a gate, so put the gate after the sharded steps`,
      );
  }
}

/**
 * `mode: merge`, `awo merge`: picks one bundle per shard (newest attempt; older ones recorded as replaced),
 * verifies each in full against the plan (fails closed naming the shard), then creates the parent run with
 * the plan, the shard bundles and `shards/merge.json` inside it and one `shards.merged` audit line binding
 * the Merkle root over the shard records, and runs the workflow: the sharded steps take the shards'
 * outputs in original input order, the later steps run as usual.
 */
export async function mergeShards(
  options: MergeOptions,
): Promise<{ outcome: RunOutcome; record: MergeRecord }> {
  const planned = loadPlanned(options);
  const plan = readPlan(options.plan, planned, options.cwd, options.planDigest);
  const candidates = options.bundles.flatMap((bundle) => {
    const candidate = parseShardArtifact(bundle.artifact, bundle.sha256);
    return candidate ? [{ ...candidate, file: bundle.file }] : [];
  });
  const { chosen, replaced } = selectShards(plan, candidates);
  refuseFlaggedSteps(planned, plan, options.backend);
  const backend = { name: options.backend.name, model: options.backend.model ?? null };
  const evidence: ShardEvidence[] = [];
  for (const candidate of chosen) {
    evidence.push(
      await verifyShardBundle(candidate.file, {
        plan,
        shard: candidate.shard,
        artifact: candidate.artifact,
        attempt: candidate.attempt,
        workflowBytes: shardWorkflowBytes(planned.workflow, plan, candidate.shard),
        expectedSha256: candidate.sha256,
        backend,
      }),
    );
  }
  const outputs = mergeShardOutputs(plan, (shard, step) => evidence[shard]?.calls.get(step));
  const shards = chosen.map((candidate, i) => shardRecord(candidate, evidence[i]));
  const record: MergeRecord = {
    plan_digest: plan.plan_digest,
    shards,
    shards_root: shardsRoot(shards),
    replaced,
  };
  const outcome = await startRun({
    ...options,
    precomputed: outputs,
    seed: (run, ctx) => {
      // Files the chain did not write itself: the shards.merged line binds each by its digest.
      const files: BoundFile[] = [];
      const bring = (path: string, bytes: string | Uint8Array) => {
        ctx.store.write(path, bytes);
        files.push({ path, sha256: digestBytes(bytes) });
      };
      bring(PLAN_FILE, prettyJson(plan));
      for (const [i, shard] of shards.entries()) bring(shard.path, fs.readFileSync(chosen[i].file));
      bring(MERGE_FILE, prettyJson(record));
      run.journal.audit({
        actor: ctx.actor,
        event: 'shards.merged',
        evidence_ref: MERGE_FILE,
        reason:
          replaced.length > 0
            ? replaced
                .map(
                  (r) =>
                    `shard ${r.shard} attempt ${r.attempt} (${r.stage}) replaced by attempt ${r.replaced_by_attempt}`,
                )
                .join('; ')
            : undefined,
        details: {
          plan_digest: plan.plan_digest,
          shards: shards.length,
          shards_root: record.shards_root,
          bundles: shards.map((shard) => shard.bundle_sha256),
          checkpoints: shards.map((shard) => shard.checkpoint),
          replaced: replaced.length,
          files,
        },
      });
    },
  });
  return { outcome, record };
}
