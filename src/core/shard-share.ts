import { IntegrityError } from './errors.js';
import { prettyJson } from './hash.js';
import type { ShardPlan } from './shard-plan.js';
import type { LoadedWorkflow } from './workflow-load.js';

/** Zero-padded shard index used in file and artifact names (`007`). */
export function shardLabel(index: number): string {
  return String(index).padStart(3, '0');
}

/**
 * The workflow a shard runs as a run of its own: the plan's sharded steps cut to the shard's ranges
 * (prompt, params, type and id unchanged), under the workflow's own `policy` field, named after the
 * shard and the plan. Its bytes are the shard run's `workflow.snapshot.json`, so a merge recomputes them
 * to check a shard ran exactly its share of exactly this plan.
 */
export function shardWorkflowBytes(workflow: LoadedWorkflow, plan: ShardPlan, shard: number): Uint8Array {
  const assignment = plan.assignments[shard];
  if (!assignment) throw new RangeError(`shard ${shard} is not in a plan of ${plan.shards} shards`);
  const steps = assignment.ranges.map((range) => {
    const step = workflow.steps.find((candidate) => candidate.id === range.step_id);
    if (step?.op !== 'llm_map' || !step.inputs) throw new RangeError(`step ${range.step_id} is not sharded`);
    return { ...step, inputs: step.inputs.slice(range.from, range.to) };
  });
  const derived = {
    name: `awo shard ${shard} of ${plan.shards}, plan ${plan.plan_digest}`,
    ...(workflow.file.policy !== undefined ? { policy: workflow.file.policy } : {}),
    steps,
  };
  return Buffer.from(prettyJson(derived), 'utf8');
}

/** One recorded backend call of an llm_map (`outputs/<id>.json` → `output.calls[i]`). */
export type RecordedCall = Record<string, unknown> & { text?: unknown };

/**
 * The outputs of the sharded steps as one job would have written them: each step's calls from its
 * shards, in shard order (the original input order), and the text joined as `runLlmMap` joins it.
 * `callsOf(shard, step)` gives a shard's calls for one step. Fails closed when a share's count is wrong.
 */
export function mergeShardOutputs(
  plan: ShardPlan,
  callsOf: (shard: number, stepId: string) => RecordedCall[] | undefined,
): Map<string, { text: string; calls: RecordedCall[] }> {
  const merged = new Map<string, { text: string; calls: RecordedCall[] }>();
  for (const { step_id } of plan.steps) merged.set(step_id, { text: '', calls: [] });
  for (const assignment of plan.assignments) {
    for (const range of assignment.ranges) {
      const calls = callsOf(assignment.shard, range.step_id);
      if (!calls || calls.length !== range.to - range.from) {
        throw new IntegrityError(
          `shard ${assignment.shard}: outputs/${range.step_id}.json holds ${calls?.length ?? 0} calls, its share is ${range.to - range.from}`,
          `shard ${shardLabel(assignment.shard)}`,
        );
      }
      merged.get(range.step_id)?.calls.push(...calls);
    }
  }
  for (const output of merged.values())
    output.text = output.calls.map((call) => String(call.text)).join('\n');
  return merged;
}
