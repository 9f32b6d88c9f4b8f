import { describe, expect, it } from '@jest/globals';
import { AwoError, InputError, IntegrityError } from '../../src/core/errors.js';
import { digestBytes, digestObject } from '../../src/core/hash.js';
import { DEFAULT_POLICY } from '../../src/core/policy-schema.js';
import { parseShardCount } from '../../src/core/shard-count.js';
import { buildPlan, checkPlan, planMatrix, type ShardPlan } from '../../src/core/shard-plan.js';
import {
  parseShardArtifact,
  selectShards,
  shardArtifactName,
  shardsRoot,
  type ShardCandidate,
} from '../../src/core/shard-record.js';
import { mergeShardOutputs, shardWorkflowBytes } from '../../src/core/shard-share.js';
import { loadWorkflow } from '../../src/core/workflow-load.js';

const items = (n: number, prefix = 'item') => Array.from({ length: n }, (_, i) => `${prefix} ${i}`);

function workflowOf(file: unknown) {
  return loadWorkflow(Buffer.from(JSON.stringify(file)), 'wf.json');
}

const WORKFLOW = workflowOf({
  steps: [
    { id: 'a', op: 'llm_map', prompt: 'Rate {{item}}', inputs: items(10) },
    { id: 'b', op: 'llm_map', prompt: 'Tag {{item}}', inputs: items(3, 'tag') },
    { id: 'note', op: 'write_text', args: { path: 'n.txt', text: '{{steps.a.text}}' } },
  ],
});
const HASHES = { workflow: digestBytes(WORKFLOW.bytes), policy: digestObject(DEFAULT_POLICY) };
const plan = (n: number) => buildPlan(WORKFLOW, HASHES.policy, n, HASHES.workflow);

function thrown(fn: () => unknown): AwoError {
  try {
    fn();
  } catch (err) {
    return err as AwoError;
  }
  throw new Error('did not throw');
}

describe('shard plan', () => {
  it('is deterministic and balanced by input count over the leading llm_map steps', () => {
    const four = plan(4);
    expect(plan(4)).toEqual(four);
    expect(checkPlan(JSON.parse(JSON.stringify(four)), 'p', WORKFLOW, HASHES)).toEqual(four);
    expect(four.steps).toEqual([
      { step_id: 'a', inputs: 10 },
      { step_id: 'b', inputs: 3 },
    ]);
    expect(four.assignments.map((a) => a.weight)).toEqual([4, 3, 3, 3]);
    expect(four.assignments[3].ranges).toEqual([{ step_id: 'b', from: 0, to: 3 }]);
    // A share may span two steps: 13 inputs over 3 shards.
    expect(plan(3).assignments.map((a) => a.ranges)).toEqual([
      [{ step_id: 'a', from: 0, to: 5 }],
      [{ step_id: 'a', from: 5, to: 9 }],
      [
        { step_id: 'a', from: 9, to: 10 },
        { step_id: 'b', from: 0, to: 3 },
      ],
    ]);
    expect(planMatrix(four)).toEqual({ shard: [0, 1, 2, 3] });
    expect(plan(3).plan_digest).not.toBe(four.plan_digest);
  });

  it('balances by recorded cost when a previous run gives one', () => {
    // Item 0 of step a cost 100 tokens, every other prompt 1: shard 0 gets it alone.
    const costs = {
      source: 'run_x',
      costOf: (step: string, prompt: string) => (prompt === 'Rate item 0' ? 100 : 1),
    };
    const byCost = buildPlan(WORKFLOW, HASHES.policy, 2, HASHES.workflow, costs);
    expect(byCost.balance).toEqual({ by: 'cost', metric: 'total_tokens', source: 'run_x' });
    expect(byCost.assignments.map((a) => a.weight)).toEqual([100, 12]);
    expect(byCost.assignments[0].ranges).toEqual([{ step_id: 'a', from: 0, to: 1 }]);
  });

  it('refuses more than 256 shards, more shards than inputs, and a workflow with nothing to shard', () => {
    expect(thrown(() => parseShardCount('257', '--shards')).message).toMatch(
      /--shards must be a whole number of shards from 1 to 256/,
    );
    expect(thrown(() => parseShardCount('2.5', 'input shards'))).toBeInstanceOf(InputError);
    expect(parseShardCount('256', '--shards')).toBe(256);
    expect(thrown(() => plan(14)).message).toMatch(/14 shards for 13 inputs/);
    const nothing = workflowOf({ steps: [{ op: 'llm_map', prompt: 'no inputs' }] });
    expect(thrown(() => buildPlan(nothing, HASHES.policy, 2, digestBytes(nothing.bytes))).message).toMatch(
      /steps\[0\] is not an llm_map over inputs/,
    );
  });

  it('refuses a changed plan, another digest, another workflow or policy', () => {
    const four = plan(4);
    const edited = JSON.parse(JSON.stringify(four)) as ShardPlan;
    edited.assignments[0].ranges[0].to = 5;
    expect(thrown(() => checkPlan(edited, 'p.json', WORKFLOW, HASHES)).message).toMatch(
      /p.json: plan_digest does not match/,
    );
    expect(thrown(() => checkPlan(four, 'p', WORKFLOW, HASHES, `sha256:${'0'.repeat(64)}`)).message).toMatch(
      /plan-digest/,
    );
    expect(
      thrown(() => checkPlan(four, 'p', WORKFLOW, { ...HASHES, policy: HASHES.workflow })).message,
    ).toMatch(/policy/);
    expect(thrown(() => checkPlan({ version: 2 }, 'p', WORKFLOW, HASHES))).toBeInstanceOf(InputError);
  });
});

describe('shard shares and selection', () => {
  const four = plan(4);
  const name = (shard: number, attempt: number, digest = 'ab', stage = 'completed' as const) =>
    shardArtifactName('awo-run_2026-01-01T00-00-00Z-nosha.tar.gz', {
      shard,
      planDigest: four.plan_digest,
      stage,
      attempt,
      sha256: `sha256:${digest.repeat(32)}`,
    });
  const candidate = (shard: number, attempt = 1, digest = 'ab'): ShardCandidate =>
    parseShardArtifact(name(shard, attempt, digest))!;

  it('derives each shard workflow from the plan, deterministically', () => {
    const three = plan(3);
    const bytes = shardWorkflowBytes(WORKFLOW, three, 2);
    expect(Buffer.from(shardWorkflowBytes(WORKFLOW, three, 2)).equals(Buffer.from(bytes))).toBe(true);
    const derived = JSON.parse(Buffer.from(bytes).toString('utf8')) as {
      name: string;
      steps: { inputs: string[] }[];
    };
    expect(derived.name).toBe(`awo shard 2 of 3, plan ${three.plan_digest}`);
    expect(derived.steps.map((s) => s.inputs)).toEqual([['item 9'], ['tag 0', 'tag 1', 'tag 2']]);
  });

  it('merges shard calls back in input order and refuses a short share', () => {
    const callsOf = (shard: number, step: string) =>
      four.assignments[shard].ranges
        .filter((r) => r.step_id === step)
        .flatMap((r) => Array.from({ length: r.to - r.from }, (_, i) => ({ text: `${step}${r.from + i}` })));
    const merged = mergeShardOutputs(four, callsOf);
    expect(merged.get('a')?.text).toBe(
      items(10)
        .map((_, i) => `a${i}`)
        .join('\n'),
    );
    expect(merged.get('b')?.calls).toHaveLength(3);
    expect(
      thrown(() => mergeShardOutputs(four, (s, step) => (s === 2 ? [] : callsOf(s, step)))).message,
    ).toMatch(/^shard 2:/);
  });

  it('picks the newest attempt, records the replaced one, and refuses missing, duplicated and foreign shards by name', () => {
    const all = [candidate(0), candidate(1), candidate(2, 1), candidate(2, 2, 'cd'), candidate(3)];
    const { chosen, replaced } = selectShards(four, all);
    expect(chosen.map((c) => [c.shard, c.attempt])).toEqual([
      [0, 1],
      [1, 1],
      [2, 2],
      [3, 1],
    ]);
    expect(replaced).toEqual([
      { shard: 2, attempt: 1, stage: 'completed', artifact: name(2, 1), replaced_by_attempt: 2 },
    ]);

    const missing = thrown(() => selectShards(four, [candidate(0), candidate(1), candidate(3)]));
    expect(missing).toBeInstanceOf(IntegrityError);
    expect(missing.message).toMatch(/^shard 2 of plan sha256:[0-9a-f]{64} has no bundle/);
    const duplicated = thrown(() => selectShards(four, [...all, candidate(1, 1, 'ef')]));
    expect(duplicated.message).toMatch(
      /^shard 1 is duplicated: .*shard001.* and .*shard001.* are both attempt 1/,
    );
    const foreign = {
      ...candidate(1),
      planPrefix: '0123456789ab',
      artifact: 'awo-x-shard001-p0123456789ab-completed-a1-abababababab.tar.gz',
    };
    expect(thrown(() => selectShards(four, [...all, foreign])).message).toMatch(
      /^shard bundle awo-x-shard001-p0123456789ab.* belongs to another plan/,
    );
    expect(parseShardArtifact('awo-run_x-nosha.tar.gz')).toBeUndefined();
  });

  it('roots the shard records in an RFC 9162 tree that changes with any record', () => {
    const record = {
      shard: 0,
      attempt: 1,
      artifact: 'a',
      path: 'shards/000/a',
      bundle_sha256: 'sha256:1',
      run_id: 'r',
      checkpoint: '1:sha256:2',
    };
    const root = shardsRoot([record, { ...record, shard: 1 }]);
    expect(root).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(shardsRoot([record, { ...record, shard: 1, checkpoint: '2:sha256:2' }])).not.toBe(root);
  });
});
