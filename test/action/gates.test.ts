import { afterAll, beforeAll, expect, it } from '@jest/globals';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CONTAINER } from '../servers/artifact-service.js';
import { callArtifactClient } from '../servers/client-process.js';
import { startGitHub, type GitHubJob, type JobOptions, type StartedGitHub } from '../servers/start-github.js';
import { placeWorkflow, runAction, type StepRun } from './action-runner.js';
import { describeE2E, nodeBinary } from './e2e-setup.js';
import { awoVerify, downloadArtifact, extract, readJson } from './evidence.js';

interface GateReceipt {
  decision: string;
  actor: string;
  comment: string;
  at: string;
  source: string;
  details?: Record<string, unknown>;
}

const REPO = 'waveframe/awo-gates';
const ISSUE = 7;

describeE2E(
  'gates on every plan: one review per gate, comment and dispatch channels, quorum, deadlines',
  () => {
    let gh: StartedGitHub;
    let node: string;
    beforeAll(async () => {
      node = nodeBinary();
      gh = await startGitHub({
        repository: REPO,
        runId: 8000,
        actor: 'octocat',
        tokenPermissions: { actions: 'read', issues: 'write' },
      });
      for (const writer of ['alice', 'bob', 'carol', 'octocat']) gh.api.setPermission(REPO, writer, 'write');
      gh.api.setPermission(REPO, 'reader', 'read');
    });
    afterAll(async () => {
      await gh?.stop();
    });

    async function step(job: GitHubJob, inputs: Record<string, string>, extraEnv?: Record<string, string>) {
      const { main, post } = await runAction({ node, job, token: gh.token, inputs, extraEnv });
      expect(post.code).toBe(0);
      return main;
    }

    async function pausedRun(
      runId: number,
      fixture: string,
      inputs: Record<string, string> = {},
      options: JobOptions = {},
    ) {
      const job = await gh.job({ runId, jobName: 'run', ...options });
      const out = await step(job, { workflow: placeWorkflow(job, fixture), ...inputs });
      expect(out.failure).toBeUndefined();
      expect(out.outputs.status).toBe('paused');
      return { job, out };
    }

    async function verifiedRun(job: GitHubJob, out: StepRun): Promise<string> {
      const file = await downloadArtifact(job, Number(out.outputs['artifact-id']));
      const verified = awoVerify(node, file, out.outputs['bundle-sha256']);
      expect(verified.stderr).toBe('');
      expect(verified.code).toBe(0);
      return extract(job, file);
    }

    /** A job of a workflow run started by a comment on the gate's issue, as GitHub runs it. */
    async function commentJob(
      runId: number,
      comment: {
        id: number;
        body: string;
        user: { login: string; id: number; type: string };
        created_at: string;
        updated_at: string;
        html_url: string;
      },
      action = 'created',
    ) {
      const job = await gh.job({ runId, jobName: 'decide', actor: comment.user.login });
      fs.writeFileSync(
        job.env.GITHUB_EVENT_PATH,
        JSON.stringify({
          action,
          comment,
          issue: { number: ISSUE },
          sender: comment.user,
          repository: { default_branch: 'main' },
        }),
      );
      return job;
    }

    /** Runs the decide workflow's step (mode resume, channel comment) in a job started by a comment. */
    const decide = async (job: GitHubJob | Promise<GitHubJob>, inputs: Record<string, string> = {}) =>
      step(
        await job,
        { mode: 'resume', 'approval-channel': 'comment', ...inputs },
        { GITHUB_EVENT_NAME: 'issue_comment' },
      );

    const comment = (user: string, body: string, extra: { createdAt?: string; editedAt?: string } = {}) =>
      gh.api.addComment(REPO, ISSUE, { user, body, ...extra });

    it("ties each gate to its own review: gate 2 does not pass on gate 1's approval, and its rejection is recorded", async () => {
      const { out: run } = await pausedRun(8001, 'two-gates.json');
      expect(run.outputs['gate-id']).toBe('gate_a');
      const notice = run.commands.find((c) => c.command === 'notice');
      expect(notice?.properties).toBe('title=AWO run paused for review');
      expect(notice?.message).toContain('Paused at gate gate_a');
      expect(run.summary).toContain('To continue: a reviewer of environment `production` must approve');
      expect(run.summary).not.toContain('awo approve');
      gh.api.addApproval(REPO, 8001, {
        state: 'approved',
        user: 'alice',
        comment: 'A ok',
        environments: 'production',
      });

      const first = await step(await gh.job({ runId: 8001, jobName: 'review-a' }), {
        mode: 'resume',
        'bundle-sha256': run.outputs['bundle-sha256'],
      });
      expect(first.failure).toBeUndefined();
      expect(first.outputs.status).toBe('paused');
      expect(first.outputs['gate-id']).toBe('gate_b');

      // No new review: alice's approval of gate_a is in gate_b's baseline and does not open it.
      const secondJob = await gh.job({ runId: 8001, jobName: 'review-b' });
      const refused = await step(secondJob, {
        mode: 'resume',
        'bundle-sha256': first.outputs['bundle-sha256'],
      });
      expect(refused.code).toBe(1);
      expect(refused.failure).toContain(
        'no approval is recorded for environment production in workflow run 8001 since gate gate_b opened',
      );
      expect(refused.outputs.status).toBeUndefined();

      gh.api.addApproval(REPO, 8001, {
        state: 'rejected',
        user: 'bob',
        comment: 'B wrong',
        environments: 'production',
      });
      const finalizeJob = await gh.job({ runId: 8001, jobName: 'finalize-b' });
      const finalized = await step(finalizeJob, {
        mode: 'finalize',
        'bundle-sha256': first.outputs['bundle-sha256'],
      });
      expect(finalized.outputs.status).toBe('rejected');
      const runDir = await verifiedRun(finalizeJob, finalized);
      const a = readJson<GateReceipt>(runDir, 'receipts/gates/gate_a.json');
      const b = readJson<GateReceipt>(runDir, 'receipts/gates/gate_b.json');
      expect(a).toMatchObject({
        decision: 'approved',
        actor: 'alice',
        comment: 'A ok',
        source: 'github-environment',
      });
      expect(a.details).toMatchObject({
        consumed_reviews: 1,
        at_source: expect.stringContaining('clock of the resuming job'),
      });
      expect(b).toMatchObject({
        decision: 'rejected',
        actor: 'bob',
        comment: 'B wrong',
        source: 'github-environment',
      });
      const gateB = readJson<{ request: { context: { review_baseline: { login: string }[] } } }>(
        runDir,
        'audit/gates/gate_b.json',
      );
      expect(gateB.request.context.review_baseline.map((r) => r.login)).toEqual(['alice']);
      expect(readJson(runDir, 'metadata.json')).toMatchObject({ status: 'rejected' });

      // Re-running gate_a's review job, even with a new approval, cannot resolve gate_a a second time.
      gh.api.addApproval(REPO, 8001, { state: 'approved', user: 'carol', environments: 'production' });
      const rerun = await step(await gh.job({ runId: 8001, runAttempt: 2, jobName: 'review-a' }), {
        mode: 'resume',
        'bundle-sha256': run.outputs['bundle-sha256'],
      });
      expect(rerun.code).toBe(1);
      expect(rerun.failure).toContain('gate gate_a of run');
      expect(rerun.failure).toContain('was already resolved in this workflow run');
    });

    it('never lets a review of an earlier attempt approve the gate of a re-run attempt', async () => {
      const { out: first } = await pausedRun(8002, 'gated.json');
      gh.api.addApproval(REPO, 8002, { state: 'approved', user: 'alice', environments: 'production' });
      // Attempt 2 re-runs every job: a new run pauses; alice's review of attempt 1 is in its baseline.
      const { out: second } = await pausedRun(8002, 'gated.json', {}, { runAttempt: 2 });
      expect(second.outputs['bundle-sha256']).not.toBe(first.outputs['bundle-sha256']);
      const refused = await step(await gh.job({ runId: 8002, runAttempt: 2, jobName: 'review' }), {
        mode: 'resume',
        'bundle-sha256': second.outputs['bundle-sha256'],
        'artifact-name': second.outputs['artifact-name'],
      });
      expect(refused.code).toBe(1);
      expect(refused.failure).toContain('since gate gate_review opened');
      gh.api.addApproval(REPO, 8002, { state: 'approved', user: 'carol', environments: 'production' });
      const job = await gh.job({ runId: 8002, runAttempt: 2, jobName: 'review2' });
      const out = await step(job, {
        mode: 'resume',
        'bundle-sha256': second.outputs['bundle-sha256'],
        'artifact-name': second.outputs['artifact-name'],
      });
      expect(out.outputs.status).toBe('completed');
      const runDir = await verifiedRun(job, out);
      expect(readJson<GateReceipt>(runDir, 'receipts/gates/gate_review.json').actor).toBe('carol');
    });

    it('comment channel: a writer approves with /awo approve; the evidence names the comment', async () => {
      const { out: run } = await pausedRun(8003, 'gated.json', {
        'approval-channel': 'comment',
        'issue-number': String(ISSUE),
      });
      expect(run.summary).toContain('comment `/awo approve <comment>` on #7');
      const marker = gh.api.listComments(REPO, ISSUE).at(-1)!;
      expect(marker.user.login).toBe('github-actions[bot]');
      expect(marker.body).toContain(run.outputs['bundle-sha256']);

      // Refused, each changing nothing: a reader, the run's own actor, a bot, an edited comment.
      const cases: [string, string, { editedAt?: string }, string][] = [
        ['reader', '/awo approve fine', {}, 'reader has read permission'],
        ['octocat', '/awo approve mine', {}, 'octocat started this run or opened the gate'],
        ['dependabot[bot]', '/awo approve', {}, 'written by a bot'],
        [
          'bob',
          '/awo approve edited later',
          { editedAt: '2999-01-01T00:00:00Z' },
          'edited after it was written',
        ],
      ];
      let runId = 8100;
      for (const [user, body, extra, why] of cases) {
        const c = comment(user, body, extra);
        const out = await step(
          await commentJob((runId += 1), c),
          { mode: 'resume', 'approval-channel': 'comment' },
          { GITHUB_EVENT_NAME: 'issue_comment' },
        );
        expect(out.code).toBe(1);
        expect(out.failure).toContain(why);
        expect(out.outputs.status).toBeUndefined();
      }

      const approval = comment('alice', '/awo approve checked the numbers');
      const job = await commentJob(8110, approval);
      const out = await decide(job);
      expect(out.failure).toBeUndefined();
      expect(out.outputs.status).toBe('completed');
      const runDir = await verifiedRun(job, out);
      const receipt = readJson<GateReceipt>(runDir, 'receipts/gates/gate_review.json');
      expect(receipt).toMatchObject({
        decision: 'approved',
        actor: 'alice',
        comment: 'checked the numbers',
        source: 'github-comment',
        at: approval.created_at,
      });
      expect(receipt.details).toMatchObject({
        issue_number: ISSUE,
        at_source: 'created_at of the decisive comment',
        comments: [
          {
            id: approval.id,
            url: approval.html_url,
            login: 'alice',
            user_id: approval.user.id,
            created_at: approval.created_at,
            body_sha256: expect.stringMatching(/^sha256:[0-9a-f]{64}$/),
          },
        ],
      });
      // The thread now says the run completed: a later approval decides nothing.
      const late = comment('bob', '/awo approve me too');
      const again = await step(
        await commentJob(8111, late),
        { mode: 'resume', 'approval-channel': 'comment' },
        { GITHUB_EVENT_NAME: 'issue_comment' },
      );
      expect(again.code).toBe(1);
      expect(again.failure).toContain('is already completed; a gate is decided once');
    });

    it('comment channel: quorum 2 of 3 distinct writers, and a decision after the deadline is timed_out', async () => {
      const { out: run } = await pausedRun(8004, 'quorum.json', {
        'approval-channel': 'comment',
        'issue-number': String(ISSUE),
      });
      expect(run.summary).toContain('2 distinct users with write permission');
      const one = await decide(await commentJob(8201, comment('alice', '/awo approve one')));
      expect(one.failure).toBeUndefined();
      expect(one.outputs.status).toBeUndefined();
      expect(one.commands.find((c) => c.command === 'notice')?.message).toContain(
        'has 1 of 2 distinct approvals',
      );
      // The same person twice is still one.
      const again = await decide(await commentJob(8202, comment('Alice', '/awo approve again')));
      expect(again.outputs.status).toBeUndefined();
      const job = await commentJob(8203, comment('bob', '/awo approve two'));
      const out = await decide(job);
      expect(out.outputs.status).toBe('completed');
      const runDir = await verifiedRun(job, out);
      const receipt = readJson<GateReceipt>(runDir, 'receipts/gates/gate_q.json');
      expect(receipt.actor).toBe('alice, bob');
      expect(receipt.details?.approvers).toEqual(['alice', 'bob']);
      // Each approver as a code span, then the count: one name holding a comma or a count is plain text.
      expect(fs.readFileSync(path.join(runDir, 'report.md'), 'utf8')).toContain(
        '| `alice`, `bob` (2 approvers) |',
      );
      expect((receipt.details?.comments as unknown[]).length).toBe(2);

      // Deadline: the gate opened now with 60 minutes; a decision written in 2999 is timed_out, not approved.
      const { out: late } = await pausedRun(8005, 'quorum.json', {
        'approval-channel': 'comment',
        'issue-number': String(ISSUE),
        'min-approvals': '1',
      });
      expect(late.outputs.status).toBe('paused');
      const lateJob = await commentJob(
        8301,
        comment('carol', '/awo approve too late', { createdAt: '2999-01-01T00:00:00Z' }),
      );
      const timedOut = await step(
        lateJob,
        { mode: 'resume', 'approval-channel': 'comment', 'min-approvals': '1' },
        { GITHUB_EVENT_NAME: 'issue_comment' },
      );
      // min_approvals 2 in the workflow wins over the input's 1: one approval is not enough yet.
      expect(timedOut.outputs.status).toBeUndefined();
      const lateJob2 = await commentJob(
        8302,
        comment('bob', '/awo approve also late', { createdAt: '2999-01-01T00:01:00Z' }),
      );
      const sealed = await decide(lateJob2);
      expect(sealed.code).toBe(1);
      expect(sealed.outputs.status).toBe('failed');
      const lateDir = await verifiedRun(lateJob2, sealed);
      const lateReceipt = readJson<GateReceipt>(lateDir, 'receipts/gates/gate_q.json');
      expect(lateReceipt).toMatchObject({
        decision: 'timed_out',
        source: 'github-comment',
        at: '2999-01-01T00:01:00Z',
      });
      expect(lateReceipt.details).toMatchObject({ decided: 'approved' });
      expect(readJson<{ failure: { kind: string } }>(lateDir, 'metadata.json').failure.kind).toBe(
        'timed_out',
      );
    });

    it("comment channel: the run's own actor approves with allow-self-approval, and the override is recorded", async () => {
      await pausedRun(8006, 'gated.json', { 'approval-channel': 'comment', 'issue-number': String(ISSUE) });
      const job = await commentJob(8401, comment('octocat', '/awo approve my own'));
      const out = await step(
        job,
        { mode: 'resume', 'approval-channel': 'comment', 'allow-self-approval': 'true' },
        { GITHUB_EVENT_NAME: 'issue_comment' },
      );
      expect(out.failure).toBeUndefined();
      expect(out.outputs.status).toBe('completed');
      const receipt = readJson<GateReceipt>(await verifiedRun(job, out), 'receipts/gates/gate_review.json');
      expect(receipt).toMatchObject({ decision: 'approved', actor: 'octocat', source: 'github-comment' });
      expect(receipt.details).toMatchObject({
        approvers: ['octocat'],
        self_approval_override: true,
        self_approval_allowed_by: 'allow-self-approval',
      });
    });

    it('comment and dispatch channels: whoever re-ran the attempt that paused is self too', async () => {
      // octocat's push started workflow run 8010; carol re-ran the attempt that reached the gate.
      const re = { actor: 'octocat', triggeringActor: 'carol', runAttempt: 2 };
      await pausedRun(
        8010,
        'gated.json',
        { 'approval-channel': 'comment', 'issue-number': String(ISSUE) },
        re,
      );
      const byComment = await decide(commentJob(8601, comment('Carol', '/awo approve my re-run')));
      expect(byComment.code).toBe(1);
      expect(byComment.failure).toContain('Carol started this run or opened the gate');

      const { out: run } = await pausedRun(8011, 'gated.json', { 'approval-channel': 'dispatch' }, re);
      const job = await gh.job({ runId: 8602, jobName: 'decide', actor: 'carol' });
      fs.writeFileSync(
        job.env.GITHUB_EVENT_PATH,
        JSON.stringify({
          inputs: {},
          ref: 'refs/heads/main',
          sender: { login: 'carol', id: 503, type: 'User' },
          repository: { default_branch: 'main' },
        }),
      );
      const byDispatch = await step(
        job,
        {
          mode: 'resume',
          'approval-channel': 'dispatch',
          'workflow-run-id': '8011',
          'bundle-sha256': run.outputs['bundle-sha256'],
          decision: 'approve',
        },
        { GITHUB_EVENT_NAME: 'workflow_dispatch', GITHUB_REF: 'refs/heads/main' },
      );
      expect(byDispatch.code).toBe(1);
      expect(byDispatch.failure).toContain('carol started run');
    });

    it('comment channel: a substituted bundle is refused by digest before anything is read', async () => {
      const { out: run } = await pausedRun(8006, 'gated.json', {
        'approval-channel': 'comment',
        'issue-number': String(ISSUE),
      });
      const stored = gh.artifacts.get(Number(run.outputs['artifact-id']))!;
      const bytes = await gh.artifacts.readBytes(stored.id);
      bytes[bytes.length - 20] ^= 0xff;
      await gh.azurite.service
        .getContainerClient(CONTAINER)
        .getBlockBlobClient(stored.blobName)
        .uploadData(bytes);
      const job = await commentJob(8401, comment('alice', '/awo approve'));
      const out = await decide(job);
      expect(out.code).toBe(1);
      expect(out.failure).toContain('bundle digest mismatch');
      expect(
        fs.readdirSync(path.join(job.env.GITHUB_WORKSPACE, 'runs')).filter((n) => n.startsWith('run_')),
      ).toEqual([]);
    });

    it('dispatch channel: a writer on the default branch approves; another ref is refused', async () => {
      const { out: run } = await pausedRun(8007, 'gated.json', { 'approval-channel': 'dispatch' });
      expect(run.summary).toContain('workflow-run-id `8007`');
      const inputs = {
        mode: 'resume',
        'approval-channel': 'dispatch',
        'workflow-run-id': '8007',
        'bundle-sha256': run.outputs['bundle-sha256'],
        decision: 'approve',
        comment: 'dispatched ok',
      };
      const dispatchJob = async (runId: number, ref: string) => {
        const job = await gh.job({ runId, jobName: 'decide', actor: 'alice' });
        fs.writeFileSync(
          job.env.GITHUB_EVENT_PATH,
          JSON.stringify({
            inputs: {},
            ref,
            sender: { login: 'alice', id: 501, type: 'User' },
            repository: { default_branch: 'main' },
          }),
        );
        return job;
      };
      const branch = await step(await dispatchJob(8501, 'refs/heads/feature'), inputs, {
        GITHUB_EVENT_NAME: 'workflow_dispatch',
        GITHUB_REF: 'refs/heads/feature',
      });
      expect(branch.code).toBe(1);
      expect(branch.failure).toContain('not the default branch main');
      const job = await dispatchJob(8502, 'refs/heads/main');
      const out = await step(job, inputs, {
        GITHUB_EVENT_NAME: 'workflow_dispatch',
        GITHUB_REF: 'refs/heads/main',
      });
      expect(out.failure).toBeUndefined();
      expect(out.outputs.status).toBe('completed');
      const runDir = await verifiedRun(job, out);
      const receipt = readJson<GateReceipt>(runDir, 'receipts/gates/gate_review.json');
      expect(receipt).toMatchObject({
        decision: 'approved',
        actor: 'alice',
        comment: 'dispatched ok',
        source: 'github-dispatch',
      });
      expect(receipt.details).toMatchObject({
        dispatcher: { login: 'alice', id: 501 },
        paused_workflow_run_id: '8007',
        at_source: 'clock of the resuming job',
      });
    });

    it('waits out a rate-limited 403 from the approvals API; a permission 403 asks for actions: read', async () => {
      const { out: run } = await pausedRun(8008, 'gated.json');
      gh.api.addApproval(REPO, 8008, { state: 'approved', user: 'alice', environments: 'production' });
      const limited = 'ghs_noactions';
      gh.api.addToken(limited, { actions: 'none' });
      const denied = await step(await gh.job({ runId: 8008, jobName: 'review-denied' }), {
        mode: 'resume',
        'bundle-sha256': run.outputs['bundle-sha256'],
        token: limited,
      });
      expect(denied.code).toBe(1);
      expect(denied.failure).toContain('(403 Resource not accessible by integration');
      expect(denied.failure).toContain('permissions: actions: read');
      gh.api.failNext('approvals', 1, {
        status: 403,
        message: 'API rate limit exceeded for installation ID 1.',
        headers: { 'retry-after': '1', 'x-ratelimit-remaining': '0' },
      });
      const out = await step(await gh.job({ runId: 8008, jobName: 'review' }), {
        mode: 'resume',
        'bundle-sha256': run.outputs['bundle-sha256'],
      });
      expect(out.failure).toBeUndefined();
      expect(out.outputs.status).toBe('completed');
      const statuses = gh.api.requests
        .filter((r) => r.path.endsWith('/runs/8008/approvals'))
        .map((r) => r.status);
      expect(statuses).toContain(403);
      expect(statuses.at(-1)).toBe(200);
    });

    it('without artifact-name, skips a newer artifact that claims the digest but holds other bytes', async () => {
      const { job: runJob, out: run } = await pausedRun(8009, 'gated.json');
      gh.api.addApproval(REPO, 8009, { state: 'approved', user: 'alice', environments: 'production' });
      // Another job uploads the genuine bytes under a name of the same pattern, then its blob changes: the
      // service still records the digest its client claimed at upload.
      const genuine = await downloadArtifact(runJob, Number(run.outputs['artifact-id']));
      const otherJob = await gh.job({ runId: 8009, jobName: 'other' });
      const decoyName = run.outputs['artifact-name'].replace('-a1-run-', '-a1-other-');
      const decoy = path.join(otherJob.root, decoyName);
      fs.copyFileSync(genuine, decoy);
      const uploaded = await callArtifactClient<{ id: number }>(otherJob.env, 'uploadArtifact', [
        decoyName,
        [decoy],
        otherJob.root,
        { skipArchive: true },
      ]);
      expect(uploaded.error).toBeUndefined();
      const stored = gh.artifacts.get(uploaded.result!.id)!;
      expect(stored.digest).toBe(run.outputs['bundle-sha256']);
      const bytes = await gh.artifacts.readBytes(stored.id);
      bytes[bytes.length - 20] ^= 0xff;
      await gh.azurite.service
        .getContainerClient(CONTAINER)
        .getBlockBlobClient(stored.blobName)
        .uploadData(bytes);

      const out = await step(await gh.job({ runId: 8009, jobName: 'review' }), {
        mode: 'resume',
        'bundle-sha256': run.outputs['bundle-sha256'],
      });
      expect(out.failure).toBeUndefined();
      expect(out.outputs.status).toBe('completed');
      expect(out.stdout).toContain(`Skipped artifact ${decoyName} (id ${stored.id})`);
    });
  },
);
