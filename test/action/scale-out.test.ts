import { afterAll, beforeAll, expect, it } from '@jest/globals';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { packRun } from '../../src/bundle/pack.js';
import { awo } from '../helpers.js';
import { callArtifactClient } from '../servers/client-process.js';
import { startGitHub, type GitHubJob, type StartedGitHub } from '../servers/start-github.js';
import { placeWorkflow, runAction, type StepRun } from './action-runner.js';
import { describeE2E, nodeBinary } from './e2e-setup.js';
import { awoVerify, downloadArtifact, extract, readJson } from './evidence.js';

const SHARD_NAME =
  /^awo-run_[0-9TZ-]+-0123456-shard00(\d)-p[0-9a-f]{12}-completed-a(\d)-[0-9a-f]{12}\.tar\.gz$/;

describeE2E(
  'scale-out: plan, 4 shard jobs in parallel and merge, the built dist/ against the artifact service',
  () => {
    let gh: StartedGitHub;
    let node: string;
    let plan: StepRun['outputs'];
    /** The four shard bundles of the main run, by shard, as downloaded. */
    const shardFiles: string[] = [];

    const action = (job: GitHubJob, inputs: Record<string, string>) =>
      runAction({
        node,
        job,
        token: gh.token,
        inputs: { workflow: placeWorkflow(job, 'sharded.json'), ...inputs },
      });
    const planInputs = () => ({ plan: plan.plan, 'plan-digest': plan['plan-digest'] });

    /** Uploads a file as an artifact of a workflow run, as a shard job would (unzipped, its file name). */
    async function upload(job: GitHubJob, file: string, name: string): Promise<void> {
      const dir = fs.mkdtempSync(path.join(job.root, 'up-'));
      fs.copyFileSync(file, path.join(dir, name));
      const out = await callArtifactClient(job.env, 'uploadArtifact', [
        name,
        [path.join(dir, name)],
        dir,
        { skipArchive: true },
      ]);
      if (out.error) throw new Error(`upload ${name}: ${out.error.message}`);
    }

    /** A new workflow run holding the given files as artifacts; returns the merge's outcome there. */
    async function mergeIn(runId: number, files: { file: string; name: string }[]): Promise<StepRun> {
      const job = await gh.job({ runId, jobName: 'merge' });
      for (const { file, name } of files) await upload(job, file, name);
      return (await action(job, { mode: 'merge', ...planInputs() })).main;
    }
    const named = (i: number) => ({ file: shardFiles[i], name: path.basename(shardFiles[i]) });

    beforeAll(async () => {
      node = nodeBinary();
      gh = await startGitHub({ repository: 'waveframe/awo-demo', runId: 7001, actor: 'octocat' });
    });
    afterAll(async () => {
      await gh?.stop();
    });

    it('merges 4 shards run in parallel into a parent that verifies and reproduces the single job byte for byte', async () => {
      const planned = await action(await gh.job({ runId: 7001, jobName: 'plan' }), {
        mode: 'plan',
        shards: '4',
      });
      expect(planned.main.failure).toBeUndefined();
      plan = planned.main.outputs;
      expect(JSON.parse(plan.matrix)).toEqual({ shard: [0, 1, 2, 3] });
      expect(plan['plan-digest']).toMatch(/^sha256:[0-9a-f]{64}$/);
      expect(JSON.parse(plan.plan)).toMatchObject({ shards: 4, plan_digest: plan['plan-digest'] });

      // The matrix: four jobs of one job id, started together, each its own process.
      const jobs = await Promise.all([0, 1, 2, 3].map(() => gh.job({ runId: 7001, jobName: 'shard' })));
      const shards = await Promise.all(
        jobs.map((job, i) => action(job, { mode: 'shard', 'shard-index': String(i), ...planInputs() })),
      );
      for (const [i, { main }] of shards.entries()) {
        expect(main.failure).toBeUndefined();
        expect(main.outputs.status).toBe('completed');
        expect(main.outputs['artifact-name']).toMatch(SHARD_NAME);
        expect(SHARD_NAME.exec(main.outputs['artifact-name'])?.[1]).toBe(String(i));
        shardFiles.push(await downloadArtifact(jobs[i], Number(main.outputs['artifact-id'])));
      }

      const single = await action(await gh.job({ runId: 7001, jobName: 'single' }), { mode: 'run' });
      expect(single.main.outputs.status).toBe('completed');

      const mergeJob = await gh.job({ runId: 7001, jobName: 'merge' });
      const merged = (await action(mergeJob, { mode: 'merge', ...planInputs() })).main;
      expect(merged.failure).toBeUndefined();
      expect(merged.outputs.status).toBe('completed');
      expect(merged.outputs['shards-root']).toMatch(/^sha256:[0-9a-f]{64}$/);

      const bundle = await downloadArtifact(mergeJob, Number(merged.outputs['artifact-id']));
      const verified = awoVerify(node, bundle, merged.outputs['bundle-sha256']);
      expect(verified.code).toBe(0);
      expect(verified.stdout).toContain('verified:');
      expect(verified.stderr).toContain('4 shard bundles inside verified');

      const parent = extract(mergeJob, bundle);
      const alone = extract(
        mergeJob,
        await downloadArtifact(mergeJob, Number(single.main.outputs['artifact-id'])),
      );
      for (const file of [
        'outputs/rate.json',
        'outputs/tag.json',
        'outputs/summary.json',
        'artifacts/summary.txt',
      ])
        expect(fs.readFileSync(path.join(parent, file)).equals(fs.readFileSync(path.join(alone, file)))).toBe(
          true,
        );
      const record = readJson<{
        shards: { shard: number; bundle_sha256: string; path: string }[];
        shards_root: string;
      }>(parent, 'shards/merge.json');
      expect(record.shards_root).toBe(merged.outputs['shards-root']);
      expect(record.shards.map((s) => s.shard)).toEqual([0, 1, 2, 3]);
      for (const [i, shard] of record.shards.entries())
        expect(fs.readFileSync(path.join(parent, shard.path)).equals(fs.readFileSync(shardFiles[i]))).toBe(
          true,
        );
      const bound = fs
        .readFileSync(path.join(parent, 'audit/log.jsonl'), 'utf8')
        .split('\n')
        .filter((line) => line.includes('"shards.merged"'))
        .map((line) => JSON.parse(line) as { details: { shards_root: string; plan_digest: string } });
      expect(bound).toHaveLength(1);
      expect(bound[0].details).toMatchObject({
        shards_root: record.shards_root,
        plan_digest: plan['plan-digest'],
      });
    });

    it('refuses more than 256 shards and a shard index outside the plan, before running anything', async () => {
      const job = await gh.job({ runId: 7001, jobName: 'plan-too-many' });
      const tooMany = (await action(job, { mode: 'plan', shards: '257' })).main;
      expect(tooMany.code).not.toBe(0);
      expect(tooMany.failure).toBe(
        'input shards must be a whole number of shards from 1 to 256 (a GitHub Actions matrix runs at most 256 jobs), got "257"',
      );
      const outside = (await action(job, { mode: 'shard', 'shard-index': '4', ...planInputs() })).main;
      expect(outside.failure).toBe(
        "shard index 4 is not in the plan: it has shards 0 to 3 (the matrix's shard value)",
      );
      expect(fs.existsSync(path.join(job.env.GITHUB_WORKSPACE, 'runs'))).toBe(true);
      expect(fs.readdirSync(path.join(job.env.GITHUB_WORKSPACE, 'runs'))).toEqual([]);
    });

    it('refuses a missing shard, naming it', async () => {
      const merged = await mergeIn(7101, [named(0), named(1), named(3)]);
      expect(merged.code).not.toBe(0);
      expect(merged.failure).toMatch(/^shard 2 of plan sha256:[0-9a-f]{64} has no bundle/);
    });

    it('refuses a duplicated shard, naming both bundles', async () => {
      const copy = named(1).name.replace(/-[0-9a-f]{12}\.tar\.gz$/, '-ffffffffffff.tar.gz');
      const merged = await mergeIn(7102, [0, 1, 2, 3].map(named).concat({ file: shardFiles[1], name: copy }));
      expect(merged.failure).toMatch(
        /^shard 1 is duplicated: .*shard001.* and .*shard001.* are both attempt 1/,
      );
    });

    it('refuses a shard of another plan, and a bundle posing as another shard', async () => {
      // A shard of a 3-shard plan of the same workflow, made with the CLI.
      const job = await gh.job({ runId: 7103, jobName: 'other' });
      const cwd = job.env.GITHUB_WORKSPACE;
      const workflow = placeWorkflow(job, 'sharded.json');
      const env = { AWO_ACTOR: 'tester', GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567' };
      expect((await awo(['plan', workflow, '--shards', '3', '--out', 'p3.json'], { cwd, env })).code).toBe(0);
      const shard = await awo(['shard', workflow, '--plan', 'p3.json', '--index', '2', '--out', 'b3'], {
        cwd,
        env,
      });
      expect(shard.code).toBe(0);
      const foreign = path.join(cwd, 'b3', fs.readdirSync(path.join(cwd, 'b3'))[0]);
      const other = await mergeIn(
        7103,
        [0, 1, 2, 3].map(named).concat({ file: foreign, name: path.basename(foreign) }),
      );
      expect(other.failure).toMatch(/^shard bundle awo-.*-shard002-p[0-9a-f]{12}-.* belongs to another plan/);

      // Shard 1's bundle uploaded under shard 2's name: its content is another share.
      const posing = named(2).name;
      const swapped = await mergeIn(7104, [
        named(0),
        named(1),
        { file: shardFiles[1], name: posing },
        named(3),
      ]);
      expect(swapped.failure).toContain(`shard 2 (${posing}): is not shard 2 of plan ${plan['plan-digest']}`);
    });

    it('refuses a tampered shard bundle, naming it', async () => {
      const job = await gh.job({ runId: 7105, jobName: 'tamper' });
      const dir = extract(job, shardFiles[2]);
      const output = path.join(dir, 'outputs/rate.json');
      fs.writeFileSync(output, fs.readFileSync(output, 'utf8').replace('echo: Rate', 'echo: RATE'));
      const tampered = await packRun(dir, path.join(job.root, 'tampered'));
      const merged = await mergeIn(7105, [
        named(0),
        named(1),
        { file: tampered.path, name: named(2).name },
        named(3),
      ]);
      expect(merged.failure).toContain(`shard 2 (${named(2).name}): does not verify: `);
    });

    it("uses a re-run shard's newer attempt and records the attempt it replaced", async () => {
      const runId = 7106;
      const failedName = named(2).name.replace('-completed-a1-', '-failed-a1-');
      const merge = await gh.job({ runId, jobName: 'merge' });
      for (const item of [named(0), named(1), { file: shardFiles[2], name: failedName }, named(3)])
        await upload(merge, item.file, item.name);
      const retry = await gh.job({ runId, runAttempt: 2, jobName: 'shard' });
      const rerun = (await action(retry, { mode: 'shard', 'shard-index': '2', ...planInputs() })).main;
      expect(rerun.outputs['artifact-name']).toContain('-shard002-');
      expect(rerun.outputs['artifact-name']).toContain('-completed-a2-');
      const job = await gh.job({ runId, runAttempt: 2, jobName: 'merge' });
      const merged = (await action(job, { mode: 'merge', ...planInputs() })).main;
      expect(merged.failure).toBeUndefined();
      expect(merged.summary).toContain(`Shard 2: attempt 1 (failed, ${failedName}) replaced by attempt 2.`);
      const parent = extract(job, await downloadArtifact(job, Number(merged.outputs['artifact-id'])));
      const record = readJson<{ shards: { attempt: number }[]; replaced: unknown[] }>(
        parent,
        'shards/merge.json',
      );
      expect(record.shards.map((s) => s.attempt)).toEqual([1, 1, 2, 1]);
      expect(record.replaced).toEqual([
        { shard: 2, attempt: 1, stage: 'failed', artifact: failedName, replaced_by_attempt: 2 },
      ]);
    });
  },
);
