import { afterAll, beforeAll, expect, it } from '@jest/globals';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { readFileCommands, startGitHub, type StartedGitHub } from '../servers/start-github.js';
import { placeWorkflow, startStep } from './action-runner.js';
import { describeE2E, nodeBinary } from './e2e-setup.js';
import { awoVerify, downloadArtifact, extract, readJson } from './evidence.js';
import { startHangingModel, type HangingModel } from './hanging-model.js';

describeE2E('action post step: a job killed mid-run still uploads its partial evidence (Node 24)', () => {
  let gh: StartedGitHub;
  let model: HangingModel;
  let node: string;
  beforeAll(async () => {
    node = nodeBinary();
    [gh, model] = await Promise.all([
      startGitHub({ repository: 'waveframe/awo-demo', runId: 7001 }),
      startHangingModel(),
    ]);
  });
  afterAll(async () => {
    await Promise.all([gh?.stop(), model?.stop()]);
  });

  it('seals the interrupted run as failed (cancelled), packs it and uploads it from the post step', async () => {
    const job = await gh.job({ runId: 7001, jobName: 'killed' });
    const apiKey = 'sk-killed-run-secret-42';
    const inputs = {
      workflow: placeWorkflow(job, 'simple.json'),
      backend: 'openai',
      'base-url': model.url,
      model: 'test-model',
      'api-key': apiKey,
    };
    const main = startStep({ node, job, token: gh.token, entry: 'main', inputs });
    const request = await model.requested;
    expect(request.path).toBe('/v1/chat/completions');
    expect(request.authorization).toBe(`Bearer ${apiKey}`);
    // The runner kills the step (cancellation, timeout); the process gets no chance to clean up.
    main.child.kill('SIGKILL');
    const killed = await main.done;
    expect(killed.signal).toBe('SIGKILL');
    expect(killed.state['awo-finished']).toBeUndefined();
    expect(killed.state['awo-post']).toBe('true');
    expect(killed.outputs.status).toBeUndefined();
    expect(gh.artifacts.list({ runId: 7001 })).toHaveLength(0);

    const post = await startStep({
      node,
      job,
      token: gh.token,
      entry: 'post',
      inputs,
      state: killed.state,
    }).done;
    expect(post.failure).toBeUndefined();
    expect(post.code).toBe(0);
    const warning = post.commands.find(
      (c) => c.command === 'warning' && c.properties === 'title=AWO partial evidence',
    );
    expect(warning?.message).toContain(
      'was sealed as failed (cancelled): the action main step did not finish',
    );
    expect(post.outputs.status).toBe('failed');
    expect(post.outputs['artifact-name']).toContain('-failed-a1-killed-');
    expect(post.summary).toContain('Run sealed as failed (cancelled)');
    expect(post.summary).toContain(post.outputs['bundle-sha256']);

    const [artifact] = gh.artifacts.list({ runId: 7001 });
    expect(artifact.name).toBe(post.outputs['artifact-name']);
    expect(artifact.digest).toBe(post.outputs['bundle-sha256']);
    const file = await downloadArtifact(job, artifact.id);
    const verified = awoVerify(node, file, post.outputs['bundle-sha256']);
    expect(verified.stderr).toBe('');
    expect(verified.code).toBe(0);
    const runDir = extract(job, file);
    const metadata = readJson<{ status: string }>(runDir, 'metadata.json');
    expect(metadata.status).toBe('failed');
    expect(JSON.stringify(metadata)).toContain('"kind":"cancelled"');
    expect(fs.readFileSync(path.join(runDir, 'audit/log.jsonl'), 'utf8')).toContain(
      'the action main step did not finish',
    );
    expect(fs.readFileSync(file).includes(Buffer.from(apiKey))).toBe(false);
  });

  it('does nothing when the main step never got as far as a run folder', async () => {
    const job = await gh.job({ runId: 7002, jobName: 'early' });
    const post = await startStep({
      node,
      job,
      token: gh.token,
      entry: 'post',
      // All a main step killed at once has saved: the flag that makes the next start the post step.
      state: { ...readFileCommands(job.env.GITHUB_STATE), 'awo-post': 'true' },
    }).done;
    expect(post.code).toBe(0);
    expect(post.stdout).toContain('nothing to seal');
    expect(gh.artifacts.list({ runId: 7002 })).toHaveLength(0);
  });
});
