import * as fs from 'node:fs';
import * as path from 'node:path';
import { InputError, messageOf } from '../core/errors.js';
import { digestBytes, digestObject } from '../core/hash.js';
import { buildPlan, checkPlan, type CostSource, type ShardPlan } from '../core/shard-plan.js';
import type { LoadedWorkflow, ResolvedPolicy } from '../core/workflow-load.js';
import { loadRunInputs } from './run-service.js';

/** The workflow, policy and their hashes as a run's lock records them. */
export interface PlannedWorkflow {
  workflow: LoadedWorkflow;
  policy: ResolvedPolicy;
  hashes: { workflow: `sha256:${string}`; policy: `sha256:${string}` };
}

/** Loads a workflow and its policy for planning, sharding or merging (nothing written). */
export function loadPlanned(options: {
  workflowPath: string;
  policyPath?: string;
  cwd: string;
}): PlannedWorkflow {
  const { workflow, policy } = loadRunInputs(options);
  return {
    workflow,
    policy,
    hashes: { workflow: digestBytes(workflow.bytes), policy: digestObject(policy.policy) },
  };
}

interface RecordedOutput {
  output?: { calls?: { prompt?: unknown; usage?: Record<string, unknown> }[] };
}

/** Total tokens of a call as the backends record them (`total_tokens`, else input + output). */
function tokensOf(usage: Record<string, unknown> | undefined): number | undefined {
  if (!usage) return undefined;
  if (typeof usage.total_tokens === 'number') return usage.total_tokens;
  const input = usage.input_tokens ?? usage.prompt_tokens;
  const output = usage.output_tokens ?? usage.completion_tokens;
  return typeof input === 'number' && typeof output === 'number' ? input + output : undefined;
}

/**
 * Costs recorded by a previous run folder: for each llm_map step, the total tokens each prompt it sent
 * used. Prompts it did not send weigh the average (see `buildPlan`).
 */
export function costsFromRun(runDir: string, cwd: string): CostSource {
  const dir = path.resolve(cwd, runDir);
  if (!fs.existsSync(path.join(dir, 'input.json')))
    throw new InputError(
      `--cost-from ${runDir}: not a run folder (no input.json); give a previous run's folder`,
    );
  const byStep = new Map<string, Map<string, number>>();
  const outputs = path.join(dir, 'outputs');
  for (const file of fs.existsSync(outputs) ? fs.readdirSync(outputs) : []) {
    if (!file.endsWith('.json')) continue;
    let record: RecordedOutput;
    try {
      record = JSON.parse(fs.readFileSync(path.join(outputs, file), 'utf8')) as RecordedOutput;
    } catch (err) {
      throw new InputError(`--cost-from ${runDir}: outputs/${file} is not valid JSON (${messageOf(err)})`);
    }
    const costs = new Map<string, number>();
    for (const call of record.output?.calls ?? []) {
      const tokens = tokensOf(call.usage);
      if (typeof call.prompt === 'string' && tokens !== undefined) costs.set(call.prompt, tokens);
    }
    byStep.set(file.slice(0, -'.json'.length), costs);
  }
  const runId = (JSON.parse(fs.readFileSync(path.join(dir, 'input.json'), 'utf8')) as { run_id?: unknown })
    .run_id;
  return {
    source: typeof runId === 'string' ? runId : path.basename(dir),
    costOf: (stepId, prompt) => byStep.get(stepId)?.get(prompt),
  };
}

/** `awo plan`: the plan of a workflow over `shards` shards, balanced by count or by a previous run's costs. */
export function makePlan(options: {
  workflowPath: string;
  policyPath?: string;
  cwd: string;
  shards: number;
  costFrom?: string;
}): ShardPlan {
  const planned = loadPlanned(options);
  const costs = options.costFrom ? costsFromRun(options.costFrom, options.cwd) : undefined;
  return buildPlan(planned.workflow, planned.hashes.policy, options.shards, planned.hashes.workflow, costs);
}

/**
 * Reads a plan given as a file path or as the JSON text itself (a job output passed as an input), and
 * checks it is a plan of this workflow under this policy with the digest the job was given.
 */
export function readPlan(
  planArg: string,
  planned: PlannedWorkflow,
  cwd: string,
  expectedDigest?: string,
): ShardPlan {
  let text = planArg;
  let where = 'the plan input';
  if (!planArg.trimStart().startsWith('{')) {
    where = planArg;
    try {
      text = fs.readFileSync(path.resolve(cwd, planArg), 'utf8');
    } catch (err) {
      throw new InputError(`cannot read plan ${planArg}: ${messageOf(err)}`);
    }
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new InputError(`${where}: not valid JSON; give the plan file or the plan output of awo plan`);
  }
  return checkPlan(json, where, planned.workflow, planned.hashes, expectedDigest);
}
