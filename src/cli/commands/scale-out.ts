import * as fs from 'node:fs';
import * as path from 'node:path';
import { InputError } from '../../core/errors.js';
import { prettyJson } from '../../core/hash.js';
import { parseShardCount } from '../../core/shard-count.js';
import { planMatrix } from '../../core/shard-plan.js';
import { packRun } from '../../bundle/pack.js';
import { mergeShards } from '../../store/shard-merge.js';
import { makePlan } from '../../store/shard-planning.js';
import { packShard, runShard } from '../../store/shard-run.js';
import type { Command } from '../command.js';
import { onePositional, parse } from '../arguments.js';
import { actorOf, backendOf, backendOptions } from '../options.js';
import { printOutcome } from '../print-outcome.js';

const planUsage = `usage: awo plan <workflow.json> --shards N [--cost-from RUN] [--policy FILE] [--out plan.json]

Freezes a scale-out plan: which inputs of the workflow's leading llm_map steps each of N shards runs
(1 to 256), balanced by input count, or by the tokens a previous run folder (--cost-from) recorded.
The same workflow, policy, N and costs give the same plan. Writes the plan (default: stdout) and prints
its digest and the matrix for strategy.matrix (fromJSON).`;

const shardUsage = `usage: awo shard <workflow.json> --plan FILE --index I [--plan-digest sha256:<hex>] [--attempt N]
               [--runs-dir runs] [--out DIR] [--policy FILE] [--backend NAME] [--model M] [--base-url URL] [--actor NAME]

Runs shard I's share of the plan as a run of its own (full evidence, policy on every call) and packs it
into --out (default: .) as awo-<run id>-<sha>-shard<NNN>-p<plan>-<stage>-a<attempt>-<digest>.tar.gz.
Prints the run folder, the bundle and its digest. Exit codes as awo run.`;

const mergeUsage = `usage: awo merge <workflow.json> --plan FILE --bundles DIR [--plan-digest sha256:<hex>] [--runs-dir runs]
               [--out DIR] [--policy FILE] [--backend NAME] [--model M] [--base-url URL] [--actor NAME]

Verifies every shard bundle in --bundles against the plan (refusing a missing, duplicated, foreign or
unverifiable shard, by name), then writes the parent run: the shard bundles and their checkpoints bound
into its audit trail, the sharded outputs in original input order, then the workflow's later steps.
With --out, also packs the parent run there. Exit codes as awo run.`;

const planOptions = {
  shards: { type: 'string' },
  'cost-from': { type: 'string' },
  policy: { type: 'string' },
  out: { type: 'string' },
} as const;

const shareOptions = {
  ...backendOptions,
  plan: { type: 'string' },
  'plan-digest': { type: 'string' },
  'runs-dir': { type: 'string' },
  policy: { type: 'string' },
  out: { type: 'string' },
} as const;

function required(value: string | undefined, name: string, usage: string): string {
  if (value === undefined) throw new InputError(`--${name} is required\n${usage}`);
  return value;
}

function attemptOf(raw: string | undefined, env: NodeJS.ProcessEnv): number {
  const text = raw ?? env.GITHUB_RUN_ATTEMPT ?? '1';
  if (!/^[1-9]\d{0,5}$/.test(text))
    throw new InputError(`--attempt must be a whole number from 1, got ${JSON.stringify(text)}`);
  return Number(text);
}

export const plan: Command = {
  name: 'plan',
  summary: "split a workflow's llm_map inputs into a shard plan for a matrix",
  usage: planUsage,
  run(args, io) {
    const { values, positionals } = parse(args, planOptions, planUsage);
    if (values.help) return (io.out(planUsage), Promise.resolve(0));
    const workflowPath = onePositional(positionals, 'workflow file', planUsage);
    const made = makePlan({
      workflowPath,
      policyPath: values.policy,
      cwd: io.cwd,
      shards: parseShardCount(required(values.shards, 'shards', planUsage), '--shards'),
      costFrom: values['cost-from'],
    });
    if (values.out === undefined) {
      io.out(prettyJson(made).trimEnd());
    } else {
      fs.writeFileSync(path.resolve(io.cwd, values.out), prettyJson(made));
      io.out(`plan: ${values.out}`);
    }
    io.err(`plan-digest: ${made.plan_digest}`);
    io.err(`matrix: ${JSON.stringify(planMatrix(made))}`);
    return Promise.resolve(0);
  },
};

export const shard: Command = {
  name: 'shard',
  summary: "run one shard's share of a plan as a run of its own",
  usage: shardUsage,
  async run(args, io) {
    const { values, positionals } = parse(
      args,
      { ...shareOptions, index: { type: 'string' }, attempt: { type: 'string' } },
      shardUsage,
    );
    if (values.help) return (io.out(shardUsage), 0);
    const workflowPath = onePositional(positionals, 'workflow file', shardUsage);
    const index = required(values.index, 'index', shardUsage);
    if (!/^\d{1,3}$/.test(index))
      throw new InputError(`--index must be a shard index from 0 to 255, got ${JSON.stringify(index)}`);
    const attempt = attemptOf(values.attempt, io.env);
    const runsDir = values['runs-dir'] ?? 'runs';
    const { outcome, plan: used } = await runShard({
      workflowPath,
      policyPath: values.policy,
      runsDir,
      plan: required(values.plan, 'plan', shardUsage),
      planDigest: values['plan-digest'],
      shard: Number(index),
      backend: backendOf(values, io, 'echo', runsDir),
      actor: actorOf(values, io),
      env: io.env,
      cwd: io.cwd,
    });
    const code = printOutcome(outcome, io);
    const bundle = await packShard(outcome.runDir, path.resolve(io.cwd, values.out ?? '.'), {
      plan: used,
      shard: Number(index),
      attempt,
      status: outcome.status,
    });
    io.out(bundle.path);
    io.out(bundle.sha256);
    return code;
  },
};

export const merge: Command = {
  name: 'merge',
  summary: 'verify every shard bundle and merge them into the parent run',
  usage: mergeUsage,
  async run(args, io) {
    const { values, positionals } = parse(args, { ...shareOptions, bundles: { type: 'string' } }, mergeUsage);
    if (values.help) return (io.out(mergeUsage), 0);
    const workflowPath = onePositional(positionals, 'workflow file', mergeUsage);
    const dir = path.resolve(io.cwd, required(values.bundles, 'bundles', mergeUsage));
    if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory())
      throw new InputError(
        `--bundles ${values.bundles}: not a folder; give the folder the shard bundles were downloaded to`,
      );
    const runsDir = values['runs-dir'] ?? 'runs';
    const { outcome } = await mergeShards({
      workflowPath,
      policyPath: values.policy,
      runsDir,
      plan: required(values.plan, 'plan', mergeUsage),
      planDigest: values['plan-digest'],
      bundles: fs
        .readdirSync(dir)
        .sort()
        .map((name) => ({ artifact: name, file: path.join(dir, name) })),
      backend: backendOf(values, io, 'echo', runsDir),
      actor: actorOf(values, io),
      env: io.env,
      cwd: io.cwd,
    });
    const code = printOutcome(outcome, io);
    if (values.out !== undefined) {
      const bundle = await packRun(outcome.runDir, path.resolve(io.cwd, values.out));
      io.out(bundle.path);
      io.out(bundle.sha256);
    }
    return code;
  },
};

/** The scale-out commands, registered with one line in commands/index.ts. */
export const scaleOutCommands: Command[] = [plan, shard, merge];
