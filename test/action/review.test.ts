import { afterAll, beforeAll, expect, it } from '@jest/globals';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CONTAINER } from '../servers/artifact-service.js';
import { startNamedHostProxy } from '../servers/named-host-proxy.js';
import { startGitHub, type GitHubJob, type JobOptions, type StartedGitHub } from '../servers/start-github.js';
import { placeWorkflow, runAction, type StepRun } from './action-runner.js';
import { describeE2E, nodeBinary } from './e2e-setup.js';
import { awoVerify, downloadArtifact, extract, readJson } from './evidence.js';

interface GateReceipt {
  decision: string;
  actor: string;
  comment: string;
  source: string;
  details?: Record<string, unknown>;
}

describeE2E('action modes resume and finalize: environment approvals, under Node 24', () => {
  let gh: StartedGitHub;
  let node: string;
  beforeAll(async () => {
    node = nodeBinary();
    gh = await startGitHub({ repository: 'waveframe/awo-demo', runId: 6000, actor: 'octocat' });
  });
  afterAll(async () => {
    await gh?.stop();
  });

  /** The run job of a workflow run: runs the fixture and returns its (paused) outputs. */
  async function pausedRun(
    runId: number,
    fixture = 'gated.json',
    options: JobOptions = {},
  ): Promise<StepRun> {
    const job = await gh.job({ runId, jobName: 'run', ...options });
    const { main } = await runAction({
      node,
      job,
      token: gh.token,
      inputs: { workflow: placeWorkflow(job, fixture) },
    });
    expect(main.failure).toBeUndefined();
    expect(main.outputs.status).toBe('paused');
    return main;
  }

  async function step(job: GitHubJob, inputs: Record<string, string>): Promise<StepRun> {
    const { main, post } = await runAction({ node, job, token: gh.token, inputs });
    expect(post.code).toBe(0);
    return main;
  }

  /** Downloads the artifact a step uploaded, checks `awo verify` on it and returns the extracted run folder. */
  async function verifiedRun(job: GitHubJob, out: StepRun): Promise<string> {
    const file = await downloadArtifact(job, Number(out.outputs['artifact-id']));
    const verified = awoVerify(node, file, out.outputs['bundle-sha256']);
    expect(verified.stderr).toBe('');
    expect(verified.code).toBe(0);
    return extract(job, file);
  }

  it('resumes after an approval by another user, records the approver, and completes', async () => {
    const run = await pausedRun(6001);
    expect(run.outputs['gate-id']).toBe('gate_review');
    expect(run.summary).toContain('a reviewer of environment `production` must approve');
    gh.api.addApproval('waveframe/awo-demo', 6001, {
      state: 'approved',
      user: 'alice',
      comment: 'LGTM',
      environments: 'production',
    });
    const job = await gh.job({ runId: 6001, jobName: 'review' });
    const sent = gh.api.requests.length;
    const out = await step(job, { mode: 'resume', 'bundle-sha256': run.outputs['bundle-sha256'] });
    expect(out.failure).toBeUndefined();
    expect(out.code).toBe(0);
    expect(out.outputs.status).toBe('completed');
    expect(out.outputs['run-id']).toBe(run.outputs['run-id']);
    expect(out.outputs['artifact-name']).toContain('-completed-a1-review-');
    expect(out.outputs['gate-id']).toBeUndefined();
    expect(out.summary).toContain('Gate `gate_review` approved by **alice** in environment `production`');
    expect(out.summary).toContain('**completed**');
    expect(out.summary).toContain(out.outputs['bundle-sha256']);
    // Read once as the gate's baseline when the run job paused, then by the review job for the decision
    // and once more as the baseline of any gate the resumed run opens.
    const approvals = gh.api.requests
      .slice(sent)
      .filter((r) => r.path === '/repos/waveframe/awo-demo/actions/runs/6001/approvals');
    expect(approvals).toHaveLength(2);
    expect(approvals[0].token).toBe(gh.token);

    const runDir = await verifiedRun(job, out);
    // The checkpoints: given out at each stage, and the final bundle extends the paused one's.
    expect(run.outputs.checkpoint).toMatch(/^\d+:sha256:[0-9a-f]{64}$/);
    expect(out.outputs.checkpoint).toMatch(/^\d+:sha256:[0-9a-f]{64}$/);
    const file = await downloadArtifact(job, Number(out.outputs['artifact-id']));
    for (const head of [run.outputs.checkpoint, out.outputs.checkpoint])
      expect(awoVerify(node, file, out.outputs['bundle-sha256'], ['--checkpoint', head]).code).toBe(0);
    // The resumed session recorded the bundle it continued (whose digest it checked) in the chain.
    const resumed = fs
      .readFileSync(path.join(runDir, 'audit/log.jsonl'), 'utf8')
      .split('\n')
      .filter((line) => line.includes('"command":"resume"'));
    expect(resumed[0]).toContain(`"bundle_sha256":"${run.outputs['bundle-sha256']}"`);
    const receipt = readJson<GateReceipt>(runDir, 'receipts/gates/gate_review.json');
    expect(receipt).toMatchObject({
      decision: 'approved',
      actor: 'alice',
      comment: 'LGTM',
      source: 'github-environment',
    });
    expect(receipt.details).toMatchObject({
      environment: 'production',
      approval_state: 'approved',
      github_run_id: '6001',
      run_actor: 'octocat',
    });
    expect(receipt.details?.self_approval_override).toBeUndefined();
    const audit = fs
      .readFileSync(path.join(runDir, 'audit/log.jsonl'), 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { event: string; actor: string });
    expect(audit.find((line) => line.event === 'gate.resolved')?.actor).toBe('alice');
    expect(fs.readFileSync(path.join(runDir, 'artifacts/notes/final.txt'), 'utf8')).toContain('Approved:');
  });

  it('reads the approvals through HTTPS_PROXY / HTTP_PROXY on a runner behind a proxy', async () => {
    const run = await pausedRun(6011);
    gh.api.addApproval('waveframe/awo-demo', 6011, {
      state: 'approved',
      user: 'alice',
      comment: 'via the proxy',
      environments: 'production',
    });
    const api = new URL(gh.api.url);
    // A name only the proxy knows: the action reaches the API through it or not at all.
    const proxy = await startNamedHostProxy({ 'api.github.test': Number(api.port) });
    try {
      const job = await gh.job({ runId: 6011, jobName: 'review' });
      const apiUrl = `http://api.github.test:${api.port}`;
      const { main, post } = await runAction({
        node,
        job: { ...job, env: { ...job.env, GITHUB_API_URL: apiUrl } },
        token: gh.token,
        inputs: { mode: 'resume', 'bundle-sha256': run.outputs['bundle-sha256'] },
        // The artifact service and its blob store stand on loopback, as a runner's NO_PROXY lists internal hosts.
        extraEnv: { HTTPS_PROXY: proxy.url, HTTP_PROXY: proxy.url, NO_PROXY: '127.0.0.1,localhost' },
      });
      expect(post.code).toBe(0);
      expect(main.failure).toBeUndefined();
      expect(main.outputs.status).toBe('completed');
      expect(proxy.seen.some((line) => line.includes('api.github.test'))).toBe(true);
      const receipt = readJson<GateReceipt>(await verifiedRun(job, main), 'receipts/gates/gate_review.json');
      expect([receipt.actor, receipt.comment]).toEqual(['alice', 'via the proxy']);
    } finally {
      await proxy.close();
    }
  });

  it('refuses to resume when no approval is recorded, explains what to configure, and changes nothing', async () => {
    const run = await pausedRun(6002);
    const before = gh.artifacts.list({ runId: 6002 }).length;
    const job = await gh.job({ runId: 6002, jobName: 'review' });
    const out = await step(job, {
      mode: 'resume',
      'bundle-sha256': run.outputs['bundle-sha256'],
      'artifact-name': run.outputs['artifact-name'],
    });
    expect(out.code).toBe(1);
    expect(out.failure).toContain('no approval is recorded for environment production in workflow run 6002');
    expect(out.failure).toContain('must have required reviewers');
    expect(out.failure).toContain('need a GitHub plan that supports them');
    expect(out.failure).toContain('nothing was changed');
    expect(out.summary).toContain('no approval is recorded');
    expect(out.outputs.status).toBeUndefined();
    expect(out.outputs['artifact-id']).toBeUndefined();
    expect(gh.artifacts.list({ runId: 6002 })).toHaveLength(before);
    // The paused evidence is untouched and still verifies.
    const runDir = await verifiedRun(job, run);
    expect(readJson(runDir, 'gate_pending.json')).toMatchObject({ gate_id: 'gate_review' });
  });

  it('refuses a self-approval by the user who started the run, and accepts it with allow-self-approval, recording the override', async () => {
    const run = await pausedRun(6003, 'flagged.json');
    expect(run.outputs['gate-id']).toBe('flag-decide');
    gh.api.addApproval('waveframe/awo-demo', 6003, {
      state: 'approved',
      user: 'octocat',
      comment: 'mine',
      environments: 'awo-audit',
    });
    const refusedJob = await gh.job({ runId: 6003, jobName: 'review' });
    const refused = await step(refusedJob, { mode: 'resume', 'bundle-sha256': run.outputs['bundle-sha256'] });
    expect(refused.code).toBe(1);
    expect(refused.failure).toContain(
      'was approved in environment awo-audit only by octocat, who started this workflow run',
    );
    expect(refused.failure).toContain('allow-self-approval: true');
    expect(gh.artifacts.list({ runId: 6003 })).toHaveLength(1);

    const allowedJob = await gh.job({ runId: 6003, jobName: 'review2' });
    const allowed = await step(allowedJob, {
      mode: 'resume',
      'bundle-sha256': run.outputs['bundle-sha256'],
      'allow-self-approval': 'true',
    });
    expect(allowed.failure).toBeUndefined();
    expect(allowed.outputs.status).toBe('completed');
    const warning = allowed.commands.find(
      (c) => c.command === 'warning' && c.properties === 'title=AWO self-approval override',
    );
    expect(warning?.message).toContain('accepted a self-approval by octocat');
    expect(allowed.summary).toContain('self-approval accepted by allow-self-approval');
    const runDir = await verifiedRun(allowedJob, allowed);
    const receipt = readJson<GateReceipt>(runDir, 'receipts/gates/flag-decide.json');
    expect(receipt).toMatchObject({ decision: 'approved', actor: 'octocat', source: 'github-environment' });
    expect(receipt.details).toMatchObject({
      self_approval_override: true,
      self_approval_allowed_by: 'allow-self-approval',
      approvers: ['octocat'],
      environment: 'awo-audit',
    });
    expect(fs.readFileSync(path.join(runDir, 'audit/log.jsonl'), 'utf8')).toContain(
      '"self_approval_override":true',
    );
  });

  it('treats an approval by the user who re-ran the attempt as a self-approval too', async () => {
    const run = await pausedRun(6004, 'gated.json', { actor: 'octocat', triggeringActor: 'mallory' });
    gh.api.addApproval('waveframe/awo-demo', 6004, {
      state: 'approved',
      user: 'Mallory',
      environments: 'production',
    });
    const job = await gh.job({
      runId: 6004,
      jobName: 'review',
      actor: 'octocat',
      triggeringActor: 'mallory',
    });
    const out = await step(job, { mode: 'resume', 'bundle-sha256': run.outputs['bundle-sha256'] });
    expect(out.code).toBe(1);
    expect(out.failure).toContain(
      'only by Mallory, who started this workflow run (GITHUB_ACTOR octocat, GITHUB_TRIGGERING_ACTOR mallory)',
    );
  });

  it('finalizes a rejected review as rejected with the reviewer and comment, and uploads the final bundle', async () => {
    const run = await pausedRun(6005);
    gh.api.addApproval('waveframe/awo-demo', 6005, {
      state: 'rejected',
      user: 'bob',
      comment: 'numbers do not add up',
      environments: 'production',
    });
    const job = await gh.job({ runId: 6005, jobName: 'finalize' });
    const out = await step(job, {
      mode: 'finalize',
      'bundle-sha256': run.outputs['bundle-sha256'],
      'artifact-name': run.outputs['artifact-name'],
    });
    expect(out.code).toBe(1);
    expect(out.outputs.status).toBe('rejected');
    expect(out.failure).toContain(
      `AWO run ${run.outputs['run-id']} rejected: gate "gate_review" rejected by bob: numbers do not add up`,
    );
    expect(out.outputs['artifact-name']).toContain('-rejected-a1-finalize-');
    expect(out.summary).toContain(
      'Gate `gate_review` rejected by **bob** in environment `production`: numbers do not add up',
    );
    expect(out.summary).toContain('**rejected**');
    const runDir = await verifiedRun(job, out);
    expect(readJson<GateReceipt>(runDir, 'receipts/gates/gate_review.json')).toMatchObject({
      decision: 'rejected',
      actor: 'bob',
      comment: 'numbers do not add up',
      source: 'github-environment',
    });
    expect(readJson(runDir, 'metadata.json')).toMatchObject({ status: 'rejected' });
    expect(fs.existsSync(path.join(runDir, 'artifacts/notes/final.txt'))).toBe(false);
  });

  it('finalizes a review that never happened (timed out) as failed with a recorded reason', async () => {
    const run = await pausedRun(6006);
    const job = await gh.job({ runId: 6006, jobName: 'finalize' });
    const out = await step(job, { mode: 'finalize', 'bundle-sha256': run.outputs['bundle-sha256'] });
    expect(out.code).toBe(1);
    expect(out.outputs.status).toBe('failed');
    expect(out.failure).toContain(
      'gate gate_review was not reviewed: no approval or rejection is recorded for environment production in workflow run 6006',
    );
    expect(out.outputs['artifact-name']).toContain('-failed-a1-finalize-');
    const runDir = await verifiedRun(job, out);
    const metadata = readJson<{ status: string; failure?: { kind: string; reason: string } }>(
      runDir,
      'metadata.json',
    );
    expect(metadata.status).toBe('failed');
    expect(JSON.stringify(metadata)).toContain('timed out or was cancelled');
  });

  it('refuses a tampered bundle and a substituted bundle before extracting anything', async () => {
    const first = await pausedRun(6007);
    const second = await pausedRun(6007, 'flagged.json', { jobName: 'run-other' });
    gh.api.addApproval('waveframe/awo-demo', 6007, {
      state: 'approved',
      user: 'alice',
      environments: ['production', 'awo-audit'],
    });

    const sent = gh.api.requests.length;
    // Substituted: the name points at another bundle than the digest the paused job reported.
    const substitutedJob = await gh.job({ runId: 6007, jobName: 'review' });
    const substituted = await step(substitutedJob, {
      mode: 'resume',
      'bundle-sha256': first.outputs['bundle-sha256'],
      'artifact-name': second.outputs['artifact-name'],
    });
    expect(substituted.code).toBe(1);
    expect(substituted.failure).toContain(`bundle digest mismatch`);
    expect(substituted.failure).toContain(
      `expected ${first.outputs['bundle-sha256']}, found ${second.outputs['bundle-sha256']}; nothing was extracted`,
    );
    expect(
      fs
        .readdirSync(path.join(substitutedJob.env.GITHUB_WORKSPACE, 'runs'))
        .filter((n) => n.startsWith('run_')),
    ).toEqual([]);

    // Tampered: the stored bytes change after upload (one byte flipped in the blob).
    const stored = gh.artifacts.get(Number(first.outputs['artifact-id']))!;
    const bytes = await gh.artifacts.readBytes(stored.id);
    bytes[bytes.length - 20] ^= 0xff;
    await gh.azurite.service
      .getContainerClient(CONTAINER)
      .getBlockBlobClient(stored.blobName)
      .uploadData(bytes);
    const tamperedJob = await gh.job({ runId: 6007, jobName: 'review2' });
    const tampered = await step(tamperedJob, {
      mode: 'resume',
      'bundle-sha256': first.outputs['bundle-sha256'],
      'artifact-name': first.outputs['artifact-name'],
    });
    expect(tampered.code).toBe(1);
    expect(tampered.failure).toContain(`bundle digest mismatch`);
    expect(tampered.failure).toContain(`expected ${first.outputs['bundle-sha256']}`);
    expect(
      fs.readdirSync(path.join(tamperedJob.env.GITHUB_WORKSPACE, 'runs')).filter((n) => n.startsWith('run_')),
    ).toEqual([]);
    expect(gh.artifacts.list({ runId: 6007 })).toHaveLength(2);
    expect(gh.api.requests.slice(sent).filter((r) => r.path.endsWith('/runs/6007/approvals'))).toHaveLength(
      0,
    );
  });
});
