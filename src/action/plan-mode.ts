import * as fs from 'node:fs';
import * as path from 'node:path';
import * as core from '@actions/core';
import { prettyJson } from '../core/hash.js';
import { planMatrix } from '../core/shard-plan.js';
import { makePlan } from '../store/shard-planning.js';
import type { GitHubContext } from './github-context.js';
import type { ActionInputs } from './inputs.js';
import type { StepResult } from './outcome.js';
import { setOutputs } from './outputs.js';
import { writeSummary } from './summary.js';

/**
 * `mode: plan`: freezes the shard plan of the workflow and gives it to the next jobs as outputs: `plan`
 * (its JSON, for `mode: shard` and `mode: merge`), `plan-digest`, `matrix` (for `strategy.matrix` through
 * `fromJSON`) and `plan-path` (the plan file on this runner). Runs nothing and uploads nothing.
 */
export async function planMode(inputs: ActionInputs, ctx: GitHubContext): Promise<StepResult> {
  const plan = makePlan({
    workflowPath: inputs.workflow,
    policyPath: inputs.policy,
    cwd: ctx.workspace,
    shards: inputs.scaleOut.shards ?? 1,
    costFrom: inputs.scaleOut.costFrom,
  });
  const file = path.join(ctx.runnerTemp, `awo-plan-${plan.plan_digest.slice(7, 19)}.json`);
  fs.mkdirSync(ctx.runnerTemp, { recursive: true });
  fs.writeFileSync(file, prettyJson(plan));
  setOutputs({
    plan: JSON.stringify(plan),
    'plan-digest': plan.plan_digest,
    matrix: JSON.stringify(planMatrix(plan)),
    'plan-path': file,
  });
  const weights = plan.assignments.map((a) => a.weight);
  const note = `AWO plan ${plan.plan_digest}: ${plan.shards} shards over ${plan.steps.map((s) => `${s.inputs} inputs of ${s.step_id}`).join(', ')}, balanced by ${plan.balance.by} (weights ${Math.min(...weights)} to ${Math.max(...weights)} per shard).`;
  core.info(note);
  await writeSummary({ runDir: undefined, notes: [note] });
  return {};
}
