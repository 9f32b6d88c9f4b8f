import { afterAll, describe, expect, it } from '@jest/globals';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { verifyShardsIn, verifyWithShards } from '../../src/store/shard-verify.js';
import { awo, tempDir, writeWorkflow } from '../helpers.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

const WORKFLOW = {
  steps: [
    {
      id: 'rate',
      op: 'llm_map',
      prompt: 'Rate {{item}}',
      inputs: Array.from({ length: 9 }, (_, i) => `answer ${i} ${'word '.repeat(i * 3)}`),
    },
    { id: 'note', op: 'write_text', args: { path: 'n.txt', text: '{{steps.rate.text}}' } },
  ],
};

async function merged(shards: number) {
  const cwd = tempDir('awo-shards-');
  dirs.push(cwd);
  writeWorkflow(cwd, WORKFLOW, 'wf.json');
  expect(
    (await awo(['plan', 'wf.json', '--shards', String(shards), '--out', 'plan.json'], { cwd })).code,
  ).toBe(0);
  for (let i = 0; i < shards; i++)
    expect(
      (
        await awo(
          [
            'shard',
            'wf.json',
            '--plan',
            'plan.json',
            '--index',
            String(i),
            '--out',
            'b',
            '--runs-dir',
            `r${i}`,
          ],
          { cwd },
        )
      ).code,
    ).toBe(0);
  const merge = await awo(['merge', 'wf.json', '--plan', 'plan.json', '--bundles', 'b'], { cwd });
  expect(merge.code).toBe(0);
  return { cwd, runDir: path.join(cwd, merge.out.split('\n')[0]) };
}

describe('shards inside a merged run', () => {
  it('verifies every shard inside, and names a shard bundle swapped for another', async () => {
    const { runDir } = await merged(3);
    const report = await verifyWithShards(runDir);
    expect(report.ok).toBe(true);
    expect(report.notes).toContain('3 shard bundles inside verified, and bound by shards/merge.json');
    expect(await verifyShardsIn(runDir)).toBe(3);

    const [one, two] = ['001', '002'].map((label) => {
      const dir = path.join(runDir, 'shards', label);
      return path.join(dir, fs.readdirSync(dir)[0]);
    });
    fs.copyFileSync(one, two);
    await expect(verifyShardsIn(runDir)).rejects.toThrow(
      new RegExp(
        `^shards/002/${path.basename(two).replace(/[.]/g, '\\.')}: shard 2 .*does not verify: .*digest mismatch`,
      ),
    );
    // The parent's own chain names the changed file first: its shards.merged line binds every shard file.
    expect((await verifyWithShards(runDir)).message).toMatch(
      /^shards\/002\/.*does not match the digest audit\/log\.jsonl line \d+ binds it to/,
    );
  });

  it('balances a plan by the tokens a previous run recorded', async () => {
    const { cwd, runDir } = await merged(2);
    const byCount = JSON.parse(fs.readFileSync(path.join(cwd, 'plan.json'), 'utf8')) as {
      assignments: { ranges: { to: number }[] }[];
    };
    const plan = await awo(['plan', 'wf.json', '--shards', '2', '--cost-from', runDir], { cwd });
    expect(plan.code).toBe(0);
    const byCost = JSON.parse(plan.out) as {
      balance: unknown;
      assignments: { ranges: { to: number }[]; weight: number }[];
    };
    expect(byCost.balance).toEqual({ by: 'cost', metric: 'total_tokens', source: path.basename(runDir) });
    // Later answers are longer: the first shard takes more of them when weighed by tokens.
    expect(byCount.assignments[0].ranges[0].to).toBe(5);
    expect(byCost.assignments[0].ranges[0].to).toBeGreaterThan(5);
    expect((await awo(['plan', 'wf.json', '--shards', '257'], { cwd })).err).toMatch(
      /--shards must be a whole number of shards from 1 to 256/,
    );
  });
});
