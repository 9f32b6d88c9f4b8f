import { afterAll, beforeAll, expect, it } from '@jest/globals';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { startGitHub, type StartedGitHub } from '../servers/start-github.js';
import { placeWorkflow, runAction } from './action-runner.js';
import { describeE2E, nodeBinary } from './e2e-setup.js';
import { awoVerify, downloadArtifact, extract, readJson, sha256File } from './evidence.js';

const NAME =
  /^awo-run_\d{4}-\d\d-\d\dT\d\d-\d\d-\d\dZ(-\d+)?-0123456-(completed|paused|failed|rejected)-a\d+-[A-Za-z0-9._-]+-[0-9a-f]{12}\.tar\.gz$/;

describeE2E('action mode run: the built dist/index.js under Node 24 against the artifact service', () => {
  let gh: StartedGitHub;
  let node: string;
  beforeAll(async () => {
    node = nodeBinary();
    gh = await startGitHub({ repository: 'waveframe/awo-demo', runId: 5001, actor: 'octocat' });
  });
  afterAll(async () => {
    await gh?.stop();
  });

  it('completes a run, uploads one unzipped bundle whose digest matches, and reports it in outputs and the summary', async () => {
    const job = await gh.job({ runId: 5001, jobName: 'evidence' });
    const workflow = placeWorkflow(job, 'simple.json');
    const { main, post } = await runAction({
      node,
      job,
      token: gh.token,
      inputs: { workflow, 'retention-days': '7' },
    });
    expect(main.failure).toBeUndefined();
    expect(main.code).toBe(0);
    const out = main.outputs;
    expect(out.status).toBe('completed');
    expect(out['run-id']).toMatch(/^run_\d{4}-/);
    expect(out['run-dir']).toBe(path.join(job.env.GITHUB_WORKSPACE, 'runs', out['run-id']));
    expect(out['artifact-name']).toMatch(NAME);
    expect(out['artifact-name']).toContain('-completed-a1-evidence-');
    expect(path.basename(out['bundle-path'])).toBe(out['artifact-name']);
    expect(sha256File(out['bundle-path'])).toBe(out['bundle-sha256']);
    expect(out['workflow-hash']).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(out['gate-id']).toBeUndefined();
    const id = Number(out['artifact-id']);
    expect(out['artifact-url']).toBe(
      `http://github.localhost/waveframe/awo-demo/actions/runs/5001/artifacts/${id}`,
    );

    const stored = gh.artifacts.get(id)!;
    expect(stored.name).toBe(out['artifact-name']);
    expect(stored.mimeType).toBe('application/gzip');
    expect(stored.digest).toBe(out['bundle-sha256']);
    expect(stored.blobDigest).toBe(out['bundle-sha256']);
    const days = (stored.expiresAt!.getTime() - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(6.9);
    expect(days).toBeLessThan(7.1);

    expect(main.summary).toContain(`# AWO run report: ${out['run-id']}`);
    expect(main.summary).toContain('**completed**');
    expect(main.summary).toContain(out['artifact-name']);
    expect(main.summary).toContain(out['bundle-sha256']);
    expect(main.summary).toContain(`awo verify ${out['artifact-name']} --sha256 ${out['bundle-sha256']}`);
    expect(main.summary).toContain(out['artifact-url']);

    // The post step sees a finished main step and uploads nothing more.
    expect(post.code).toBe(0);
    expect(post.stdout).toContain('nothing to seal');
    expect(gh.artifacts.list({ runId: 5001 })).toHaveLength(1);

    const downloaded = await downloadArtifact(job, id);
    expect(path.basename(downloaded)).toBe(out['artifact-name']);
    const verified = awoVerify(node, downloaded, out['bundle-sha256']);
    expect(verified.stderr).toBe('');
    expect(verified.code).toBe(0);
    expect(verified.stdout).toContain(`verified: ${downloaded}`);
    const runDir = extract(job, downloaded);
    expect(readJson(runDir, 'metadata.json')).toMatchObject({
      status: 'completed',
      github: { run_id: '5001', job: 'evidence', actor: 'octocat' },
    });
  });

  it('fails at once on a missing input: one ::error::, the secrets masked first, nothing written but the step files', async () => {
    const job = await gh.job({ runId: 5001, jobName: 'no-workflow' });
    const before = fs.readdirSync(job.root, { recursive: true, encoding: 'utf8' }).sort();
    const { main, post } = await runAction({
      node,
      job,
      token: 'tok%en\nsecond line',
      inputs: { 'api-key': 'key:1,2' },
    });
    const message =
      'input workflow is required in mode run: the path of the workflow JSON file, relative to the workspace';
    expect(main.code).toBe(1);
    expect(main.stderr).toBe('');
    // As @actions/core prints them: masks first (escaped), then the one failure.
    expect(main.stdout.split(os.EOL)).toEqual([
      '::add-mask::key:1,2',
      '::add-mask::tok%25en%0Asecond line',
      `::error::${message}`,
      '',
    ]);
    expect(main.failure).toBe(message);
    expect(main.outputs).toEqual({});
    expect(main.summary).toBe(`> **AWO action failed:** ${message}\n${os.EOL}`);
    expect(main.state).toEqual({ 'awo-post': 'true', 'awo-finished': 'true' });
    expect(post.code).toBe(0);
    expect(post.stdout).toContain('nothing to seal');
    // No runs folder, no temp file: only the runner's file-command files of the two steps are new.
    const after = fs.readdirSync(job.root, { recursive: true, encoding: 'utf8' }).sort();
    const added = after.filter((name) => !before.includes(name));
    expect(added.length).toBeGreaterThan(0);
    expect(added.every((name) => /^step\d+-github_(output|step_summary|state|env)$/.test(name))).toBe(true);
    expect(fs.readdirSync(job.env.GITHUB_WORKSPACE)).toEqual([]);
    expect(gh.artifacts.list({ runId: 5001 }).filter((a) => a.name.includes('no-workflow'))).toHaveLength(0);
  });

  it('fails the step on a policy deny with an error annotation, and still uploads the failed run', async () => {
    const job = await gh.job({ runId: 5001, jobName: 'denied' });
    const workflow = placeWorkflow(job, 'denied.json');
    const { main } = await runAction({ node, job, token: gh.token, inputs: { workflow } });
    expect(main.code).toBe(1);
    expect(main.outputs.status).toBe('failed');
    expect(main.failure).toMatch(
      /AWO run run_\S+ failed: step "decide" denied by policy no-decisions: no-autonomous-decisions: autonomous decisions are not permitted\. The evidence is uploaded as awo-\S+-failed-a1-denied-/,
    );
    const annotation = main.commands.find(
      (c) => c.command === 'error' && c.properties.startsWith('title=AWO policy deny'),
    );
    expect(annotation?.message).toBe(
      'step "decide" denied by policy no-decisions: no-autonomous-decisions: autonomous decisions are not permitted',
    );
    expect(main.outputs['artifact-name']).toContain('-failed-a1-denied-');
    expect(main.summary).toContain('**failed**');
    const file = await downloadArtifact(job, Number(main.outputs['artifact-id']));
    expect(awoVerify(node, file, main.outputs['bundle-sha256']).code).toBe(0);
  });

  it('pauses at a flagged step with a warning annotation and ends the step successfully with status=paused', async () => {
    const job = await gh.job({ runId: 5001, jobName: 'flagged' });
    const workflow = placeWorkflow(job, 'flagged.json');
    const { main } = await runAction({ node, job, token: gh.token, inputs: { workflow } });
    expect(main.failure).toBeUndefined();
    expect(main.code).toBe(0);
    expect(main.outputs.status).toBe('paused');
    expect(main.outputs['gate-id']).toBe('flag-decide');
    expect(main.outputs['artifact-name']).toContain('-paused-a1-flagged-');
    const warning = main.commands.find(
      (c) => c.command === 'warning' && c.properties.startsWith('title=AWO policy flag'),
    );
    expect(warning?.message).toBe(
      'step "decide" flagged by policy flag-decisions: review-decisions: a decision needs a human reviewer',
    );
    expect(main.summary).toContain(
      'Paused at gate `flag-decide`: a reviewer of environment `awo-audit` must approve',
    );
    const file = await downloadArtifact(job, Number(main.outputs['artifact-id']));
    expect(awoVerify(node, file, main.outputs['bundle-sha256']).code).toBe(0);
    expect(readJson(extract(job, file), 'gate_pending.json')).toMatchObject({
      gate_id: 'flag-decide',
      status: 'pending',
    });
  });

  it('masks the api-key and token and writes neither into the evidence', async () => {
    const job = await gh.job({ runId: 5001, jobName: 'secrets' });
    const workflow = placeWorkflow(job, 'simple.json');
    const apiKey = 'sk-test-DO-NOT-LEAK-0123456789';
    const { main } = await runAction({ node, job, token: gh.token, inputs: { workflow, 'api-key': apiKey } });
    expect(main.code).toBe(0);
    const masks = main.commands.filter((c) => c.command === 'add-mask').map((c) => c.message);
    expect(masks).toEqual(expect.arrayContaining([apiKey, gh.token]));
    // A secret may only appear in its add-mask command.
    const rest = main.stdout
      .split('\n')
      .filter((line) => !line.startsWith('::add-mask::'))
      .join('\n');
    expect(rest).not.toContain(apiKey);
    expect(rest).not.toContain(gh.token);
    const bundle = fs.readFileSync(main.outputs['bundle-path']);
    const runDir = extract(job, main.outputs['bundle-path']);
    const everything = fs
      .readdirSync(runDir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => fs.readFileSync(path.join(entry.parentPath, entry.name), 'utf8'))
      .join('\n');
    expect(everything).toContain('Summarize');
    expect(everything).not.toContain(apiKey);
    expect(everything).not.toContain(gh.token);
    expect(bundle.includes(Buffer.from(apiKey))).toBe(false);
  });

  it('never collides on artifact names across two jobs with the same id (a matrix) and a re-run attempt', async () => {
    const runId = 5002;
    const legA = await gh.job({ runId, jobName: 'matrix' });
    const legB = await gh.job({ runId, jobName: 'matrix' });
    const rerun = await gh.job({ runId, runAttempt: 2, jobName: 'matrix' });
    const runs = await Promise.all(
      [legA, legB, rerun].map((job) =>
        runAction({ node, job, token: gh.token, inputs: { workflow: placeWorkflow(job, 'gated.json') } }),
      ),
    );
    for (const { main } of runs) {
      expect(main.failure).toBeUndefined();
      expect(main.outputs.status).toBe('paused');
    }
    const names = runs.map(({ main }) => main.outputs['artifact-name']);
    expect(new Set(names).size).toBe(3);
    expect(names[2]).toContain('-paused-a2-matrix-');
    const stored = gh.artifacts
      .list({ runId, finalizedOnly: true })
      .map((a) => a.name)
      .sort();
    expect(stored).toEqual([...names].sort());
    expect(gh.artifacts.calls.filter((c) => c.method === 'CreateArtifact' && c.status === 409)).toHaveLength(
      0,
    );
    for (const { main } of runs) {
      const file = await downloadArtifact(legA, Number(main.outputs['artifact-id']));
      expect(awoVerify(node, file, main.outputs['bundle-sha256']).code).toBe(0);
    }
  });

  it('retries an artifact service 5xx and succeeds', async () => {
    const job = await gh.job({ runId: 5003, jobName: 'flaky' });
    gh.artifacts.failNext('CreateArtifact', 1, { status: 503 });
    const { main } = await runAction({
      node,
      job,
      token: gh.token,
      inputs: { workflow: placeWorkflow(job, 'simple.json') },
    });
    expect(main.failure).toBeUndefined();
    expect(main.code).toBe(0);
    expect(main.stdout).toMatch(/Attempt 1 of 5 failed with error: Failed request: \(503\)/);
    const creates = gh.artifacts.calls.filter(
      (c) =>
        c.method === 'CreateArtifact' && (c.body as { name?: string }).name === main.outputs['artifact-name'],
    );
    expect(creates.map((c) => c.status)).toEqual([503, 200]);
    const file = await downloadArtifact(job, Number(main.outputs['artifact-id']));
    expect(awoVerify(node, file, main.outputs['bundle-sha256']).code).toBe(0);
  });

  it('fails with a clear message on a 409 name clash, keeping the local bundle and its outputs', async () => {
    const job = await gh.job({ runId: 5004, jobName: 'clash' });
    gh.artifacts.failNext('CreateArtifact', 1, {
      status: 409,
      code: 'already_exists',
      msg: 'an artifact with this name already exists on the workflow run',
    });
    const { main, post } = await runAction({
      node,
      job,
      token: gh.token,
      inputs: { workflow: placeWorkflow(job, 'simple.json') },
    });
    expect(main.code).toBe(1);
    expect(main.failure).toContain(
      `uploading artifact ${main.outputs['artifact-name']} failed: an artifact with this name already exists in this workflow run (409 Conflict)`,
    );
    expect(main.outputs.status).toBe('completed');
    expect(main.outputs['artifact-id']).toBeUndefined();
    expect(main.summary).toContain('not uploaded');
    expect(sha256File(main.outputs['bundle-path'])).toBe(main.outputs['bundle-sha256']);
    expect(awoVerify(node, main.outputs['bundle-path'], main.outputs['bundle-sha256']).code).toBe(0);
    // The run itself completed; the post step does not re-seal it.
    expect(post.stdout).toContain('nothing to seal');
    expect(gh.artifacts.list({ runId: 5004 })).toHaveLength(0);
  });
  it('verifies a bundle artifact of this workflow run in mode verify, and fails on a digest that does not match', async () => {
    const job = await gh.job({ runId: 5005, jobName: 'produce' });
    const { main: produced } = await runAction({
      node,
      job,
      token: gh.token,
      inputs: { workflow: placeWorkflow(job, 'simple.json') },
    });
    expect(produced.code).toBe(0);
    const sha = produced.outputs['bundle-sha256'];
    const verifier = await gh.job({ runId: 5005, jobName: 'verify' });
    const { main: ok } = await runAction({
      node,
      job: verifier,
      token: gh.token,
      inputs: { mode: 'verify', 'bundle-sha256': sha },
    });
    expect(ok.failure).toBeUndefined();
    expect(ok.code).toBe(0);
    expect(ok.outputs).toMatchObject({
      'artifact-name': produced.outputs['artifact-name'],
      'artifact-id': produced.outputs['artifact-id'],
      'bundle-sha256': sha,
      'run-id': produced.outputs['run-id'],
      status: 'completed',
      'workflow-hash': produced.outputs['workflow-hash'],
    });
    expect(ok.summary).toContain(`its SHA-256 equals bundle-sha256 ${sha}`);
    expect(awoVerify(node, ok.outputs['bundle-path'], sha).code).toBe(0);

    const wrong = `sha256:${'0'.repeat(64)}`;
    const { main: bad } = await runAction({
      node,
      job: verifier,
      token: gh.token,
      inputs: { mode: 'verify', 'bundle-path': produced.outputs['bundle-path'], 'bundle-sha256': wrong },
    });
    expect(bad.code).toBe(1);
    expect(bad.failure).toContain(
      `does not verify: bundle digest mismatch for ${produced.outputs['bundle-path']}: expected ${wrong}, found ${sha}`,
    );
    expect(bad.summary).toContain('Verification FAILED');
    expect(gh.artifacts.list({ runId: 5005 })).toHaveLength(1);
  });
});
