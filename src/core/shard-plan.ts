import { z } from 'zod';
import { InputError } from './errors.js';
import { MAX_SHARDS } from './shard-count.js';
import { digestObject, isDigest, type Digest } from './hash.js';
import { jsonEqual } from './json-equal.js';
import { renderTemplate, stepReferences } from './template.js';
import type { LoadedWorkflow } from './workflow-load.js';
import type { NormalisedStep } from './workflow-schema.js';

const DigestField = z.string().refine(isDigest, { message: 'must be sha256:<64 lowercase hex>' });

/** Items `[from, to)` of one llm_map step's `inputs`. */
const ShardRange = z.strictObject({
  step_id: z.string(),
  from: z.number().int().nonnegative(),
  to: z.number().int().positive(),
});

/** The plan file (`awo plan`): which inputs of which llm_map steps each shard runs. */
export const ShardPlanSchema = z.strictObject({
  version: z.literal(1),
  /** `sha256:` of the workflow file's bytes, as its runs' lock records it. */
  workflow_hash: DigestField,
  /** Hash of the resolved policy, as its runs' lock records it: every shard and the merge run under it. */
  policy_hash: DigestField,
  shards: z.number().int().min(1).max(MAX_SHARDS),
  /** How the split was weighted: input count, or a previous run's recorded token usage. */
  balance: z.union([
    z.strictObject({ by: z.literal('count') }),
    z.strictObject({ by: z.literal('cost'), metric: z.literal('total_tokens'), source: z.string() }),
  ]),
  /** The sharded steps (the workflow's leading llm_map steps over `inputs`) and their input counts. */
  steps: z.array(z.strictObject({ step_id: z.string(), inputs: z.number().int().positive() })).min(1),
  /** Shard `shard` runs these contiguous ranges; `weight` is what the balance counted for them. */
  assignments: z.array(
    z.strictObject({
      shard: z.number().int().nonnegative(),
      ranges: z.array(ShardRange).min(1),
      weight: z.number().nonnegative(),
    }),
  ),
  /** Digest of the plan without this field (RFC 8785): what shard and merge jobs are given. */
  plan_digest: DigestField,
});
export type ShardPlan = z.infer<typeof ShardPlanSchema>;
export type ShardRange = z.infer<typeof ShardRange>;

/** The digest of a plan: its canonical JSON without `plan_digest`. */
export function planDigest(plan: Omit<ShardPlan, 'plan_digest'> & { plan_digest?: string }): Digest {
  const { plan_digest: _ignored, ...body } = plan;
  return digestObject(body);
}

/**
 * The steps a plan shards: the workflow's leading `llm_map` steps mapped over `inputs` whose prompt uses
 * no earlier step's output (a shard runs them alone). Everything from the first other step on runs in
 * the merge, over the merged outputs.
 */
export function shardableSteps(workflow: LoadedWorkflow): (NormalisedStep & { op: 'llm_map' })[] {
  const steps: (NormalisedStep & { op: 'llm_map' })[] = [];
  for (const step of workflow.steps) {
    if (step.op !== 'llm_map' || !step.inputs || stepReferences(step.prompt).length > 0) break;
    steps.push(step);
  }
  if (steps.length === 0) {
    throw new InputError(
      `${workflow.source}: steps[0] is not an llm_map over inputs; a plan shards the workflow's leading llm_map steps that have "inputs" and use no other step's output`,
    );
  }
  return steps;
}

/** What a previous run says one prompt cost, when a plan is balanced by cost. */
export interface CostSource {
  /** The run (folder or bundle) the costs were read from, recorded in the plan. */
  source: string;
  /** Cost of a prompt of a step (its recorded total tokens), undefined when the run did not send it. */
  costOf(stepId: string, prompt: string): number | undefined;
}

/**
 * Splits the sharded steps' inputs, in workflow order, into `shards` contiguous shares of near-equal
 * weight (one per input, or its recorded cost). Deterministic: the same workflow, policy, count and
 * costs give the same plan, byte for byte. Every shard gets at least one input.
 */
export function buildPlan(
  workflow: LoadedWorkflow,
  policyHash: Digest,
  shards: number,
  workflowHash: Digest,
  costs?: CostSource,
): ShardPlan {
  if (!Number.isInteger(shards) || shards < 1 || shards > MAX_SHARDS)
    throw new InputError(`shards must be a whole number from 1 to ${MAX_SHARDS}, got ${shards}`);
  const steps = shardableSteps(workflow);
  const items = steps.flatMap((step) =>
    (step.inputs ?? []).map((item, index) => ({
      step,
      index,
      prompt: renderTemplate(step.prompt, new Map(), item),
    })),
  );
  if (shards > items.length) {
    throw new InputError(
      `${workflow.source}: ${shards} shards for ${items.length} inputs; every shard needs at least one input, so use at most ${items.length}`,
    );
  }
  const known = costs ? items.map((item) => costs.costOf(item.step.id, item.prompt)) : [];
  const recorded = known.filter((cost): cost is number => cost !== undefined);
  // A prompt the earlier run did not send weighs what an average one did.
  const fallback =
    recorded.length > 0 ? Math.max(1, Math.round(recorded.reduce((a, b) => a + b, 0) / recorded.length)) : 1;
  const weights = items.map((_, i) => (costs ? Math.max(1, Math.round(known[i] ?? fallback)) : 1));
  const prefix = [0];
  for (const weight of weights) prefix.push(prefix[prefix.length - 1] + weight);
  const total = prefix[items.length];

  // Shard k starts at the first item whose prefix weight reaches k/N of the total, leaving one item at
  // least for every shard on either side. Integer comparisons only, so no float rounding decides a cut.
  const starts = [0];
  for (let k = 1; k < shards; k++) {
    let j = starts[k - 1] + 1;
    while (j < items.length - (shards - k) && prefix[j] * shards < k * total) j++;
    starts.push(j);
  }
  starts.push(items.length);

  const assignments = starts.slice(0, -1).map((start, shard) => {
    const end = starts[shard + 1];
    const ranges: ShardRange[] = [];
    for (let i = start; i < end; i++) {
      const last = ranges.at(-1);
      if (last && last.step_id === items[i].step.id) last.to = items[i].index + 1;
      else ranges.push({ step_id: items[i].step.id, from: items[i].index, to: items[i].index + 1 });
    }
    return { shard, ranges, weight: prefix[end] - prefix[start] };
  });
  const body = {
    version: 1 as const,
    workflow_hash: workflowHash,
    policy_hash: policyHash,
    shards,
    balance: costs
      ? { by: 'cost' as const, metric: 'total_tokens' as const, source: costs.source }
      : { by: 'count' as const },
    steps: steps.map((step) => ({ step_id: step.id, inputs: step.inputs?.length ?? 0 })),
    assignments,
  };
  return { ...body, plan_digest: planDigest(body) };
}

/** The `strategy.matrix` a workflow gives `fromJSON`: one job per shard index. */
export function planMatrix(plan: ShardPlan): { shard: number[] } {
  return { shard: plan.assignments.map((assignment) => assignment.shard) };
}

/**
 * Reads a plan file and checks it is a plan of this workflow under this policy: its own digest, the
 * workflow and policy hashes, and ranges that cover every sharded step's inputs once, in order.
 * `expectedDigest` (the plan-digest a job was given) must match when present. Fails closed: `InputError`.
 */
export function checkPlan(
  json: unknown,
  where: string,
  workflow: LoadedWorkflow,
  hashes: { workflow: Digest; policy: Digest },
  expectedDigest?: string,
): ShardPlan {
  const parsed = ShardPlanSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new InputError(
      `${where}: ${issue.path.join('.') || '(root)'} ${issue.message}; not a plan written by awo plan`,
    );
  }
  const plan = parsed.data;
  if (planDigest(plan) !== plan.plan_digest)
    throw new InputError(
      `${where}: plan_digest does not match the plan's content (it was changed after awo plan)`,
    );
  if (expectedDigest !== undefined && expectedDigest !== plan.plan_digest)
    throw new InputError(
      `${where}: the plan's digest is ${plan.plan_digest}, but plan-digest ${expectedDigest} was given`,
    );
  if (plan.workflow_hash !== hashes.workflow)
    throw new InputError(
      `${where}: the plan is of workflow ${plan.workflow_hash}, but ${workflow.source} is ${hashes.workflow}`,
    );
  if (plan.policy_hash !== hashes.policy)
    throw new InputError(
      `${where}: the plan was made under policy ${plan.policy_hash}, but the policy in force is ${hashes.policy}`,
    );
  const steps = shardableSteps(workflow).map((step) => ({
    step_id: step.id,
    inputs: step.inputs?.length ?? 0,
  }));
  if (!jsonEqual(steps, plan.steps))
    throw new InputError(`${where}: steps do not match the sharded steps of ${workflow.source}`);
  if (plan.assignments.length !== plan.shards || plan.assignments.some((a, i) => a.shard !== i))
    throw new InputError(`${where}: assignments must list shards 0 to ${plan.shards - 1} in order`);
  // Concatenated in shard order, the ranges must walk every step's inputs from 0 to its count, once.
  let at = 0;
  let next = 0;
  for (const range of plan.assignments.flatMap((a) => a.ranges)) {
    if (next === plan.steps[at]?.inputs) {
      at += 1;
      next = 0;
    }
    if (range.step_id !== plan.steps[at]?.step_id || range.from !== next || range.to <= range.from)
      throw new InputError(
        `${where}: assignments do not cover each sharded step's inputs exactly once, in order`,
      );
    next = range.to;
  }
  if (at !== plan.steps.length - 1 || next !== plan.steps[at].inputs)
    throw new InputError(
      `${where}: assignments do not cover each sharded step's inputs exactly once, in order`,
    );
  return plan;
}
