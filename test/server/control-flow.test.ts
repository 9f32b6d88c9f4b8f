import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { verifyFolder } from '../../src/store/run-service.js';
import { startApi, threeSteps, TOKENS, type LogPage, type Problem, type TestApi } from './api-harness.js';

let api: TestApi;
beforeAll(async () => {
  api = await startApi();
});
afterAll(async () => {
  await api.close();
});

/** Every audit line of a run, fetched page by page (bounded). */
async function allLogs(
  runId: string,
): Promise<{ event: string; step_id?: string; actor: string; reason?: string; decision?: string }[]> {
  const lines = [];
  let after = 0;
  for (let page = 0; page < 100; page++) {
    const response = await api.client.get<LogPage>(`/workflows/runs/${runId}/logs?after=${after}&limit=5`);
    expect(response.status).toBe(200);
    lines.push(...response.body.lines);
    if (response.body.next_after === null) return lines;
    after = response.body.next_after;
  }
  throw new Error('more than 100 pages of logs');
}

describe('control flow over HTTP', () => {
  test('A: every step allowed: the run completes, each step has a receipt, and the folder verifies', async () => {
    const created = await api.client.post('/workflows/runs?wait=true', { workflow: threeSteps() });
    expect(created.status).toBe(201);
    const runId = created.body.run_id;
    expect(created.headers.get('location')).toBe(`/workflows/runs/${runId}`);
    expect(created.body.status).toBe('completed');

    const got = await api.client.get(`/workflows/runs/${runId}`, TOKENS.carol);
    expect(got.status).toBe(200);
    expect(got.body.status).toBe('completed');
    expect(
      got.body.steps.map((step: { step_id: string; status: string }) => [step.step_id, step.status]),
    ).toEqual([
      ['s1', 'completed'],
      ['s2', 'completed'],
      ['s3', 'completed'],
    ]);
    for (const step of got.body.steps) {
      expect(step.receipt_hash).toMatch(/^sha256:[0-9a-f]{64}$/);
      expect(step.decision?.decision).toBe('allow');
      expect(step.started_at).not.toBeNull();
    }
    expect(got.body.receipts).toBe(3);
    expect(got.body.gate).toBeNull();

    const dir = path.join(api.runsDir, runId);
    expect(fs.readFileSync(path.join(dir, 'artifacts/notes/summary.txt'), 'utf8')).toBe(
      'Note: echo: Summarize: The battery lasts all day',
    );
    expect(verifyFolder(dir).ok).toBe(true);
    const logs = await allLogs(runId);
    expect(logs.length).toBe(got.body.audit.lines);
    expect(logs[0]).toMatchObject({ event: 'run.created', actor: 'alice' });
  });

  test('B: a flagged step pauses the run; a reviewer approves over HTTP; resume completes it', async () => {
    const rules = [
      {
        id: 'review-notes',
        match: { op: 'write_text' },
        decision: 'flag',
        reason: 'notes are reviewed before they are written',
      },
    ];
    const created = await api.client.post('/workflows/runs?wait=true', { workflow: threeSteps(rules) });
    expect(created.status).toBe(201);
    const runId = created.body.run_id;
    expect(created.body.status).toBe('paused');
    expect(created.body.gate).toMatchObject({
      gate_id: 'flag-s2',
      step_id: 's2',
      kind: 'flag',
      status: 'pending',
    });
    expect(created.body.steps.map((step: { status: string }) => step.status)).toEqual([
      'completed',
      'started',
      'pending',
    ]);
    const dir = path.join(api.runsDir, runId);
    expect(fs.existsSync(path.join(dir, 'artifacts/notes/summary.txt'))).toBe(false);
    expect(verifyFolder(dir).ok).toBe(true);

    const approved = await api.client.patch(
      `/workflows/runs/${runId}/gates/flag-s2`,
      { decision: 'approved', comment: 'fine to write' },
      TOKENS.bob,
    );
    expect(approved.status).toBe(200);
    expect(approved.body.status).toBe('paused');
    expect(approved.body.gate).toMatchObject({
      gate_id: 'flag-s2',
      status: 'approved',
      resolution: { actor: 'bob', comment: 'fine to write', source: 'api', decision: 'approved' },
    });

    const resumed = await api.client.patch(`/workflows/runs/${runId}/status?wait=true`, { action: 'resume' });
    expect(resumed.status).toBe(200);
    expect(resumed.body.status).toBe('completed');
    expect(resumed.body.steps.every((step: { status: string }) => step.status === 'completed')).toBe(true);
    expect(fs.readFileSync(path.join(dir, 'artifacts/notes/summary.txt'), 'utf8')).toContain('Note: echo:');

    const receipt = JSON.parse(
      fs.readFileSync(path.join(dir, 'receipts/gates/flag-s2.json'), 'utf8'),
    ) as unknown;
    expect(receipt).toMatchObject({ actor: 'bob', decision: 'approved', source: 'api' });
    const logs = await allLogs(runId);
    expect(logs.find((line) => line.event === 'gate.resolved')).toMatchObject({
      actor: 'bob',
      decision: 'approved',
    });
    expect(verifyFolder(dir).ok).toBe(true);
  });

  test('C: a denied step fails the run closed: later steps never run and the reason is in the logs', async () => {
    const rules = [
      {
        id: 'no-notes',
        match: { step_id: 's2' },
        decision: 'deny',
        reason: 'notes may not be written by this workflow',
      },
    ];
    const created = await api.client.post('/workflows/runs?wait=true', { workflow: threeSteps(rules) });
    expect(created.status).toBe(201);
    const runId = created.body.run_id;
    expect(created.body.status).toBe('failed');
    expect(created.body.failure).toMatchObject({ kind: 'denied', step_id: 's2' });
    expect(created.body.steps.map((step: { status: string }) => step.status)).toEqual([
      'completed',
      'denied',
      'skipped',
    ]);

    const dir = path.join(api.runsDir, runId);
    expect(fs.existsSync(path.join(dir, 'outputs/s3.json'))).toBe(false);
    expect(fs.existsSync(path.join(dir, 'artifacts/notes/summary.txt'))).toBe(false);
    const logs = await allLogs(runId);
    expect(logs.some((line) => line.step_id === 's3')).toBe(false);
    expect(logs.find((line) => line.event === 'step.denied')).toMatchObject({
      step_id: 's2',
      reason: expect.stringContaining('notes may not be written'),
    });

    const retried = await api.client.patch<Problem>(`/workflows/runs/${runId}/status?wait=true`, {
      action: 'retry',
    });
    expect(retried.status).toBe(409);
    expect(retried.body.code).toBe('ILLEGAL_TRANSITION');
    expect(verifyFolder(dir).ok).toBe(true);
  });

  test('a workflow file under the workflows folder runs, with its policy file beside it', async () => {
    fs.mkdirSync(path.join(api.workflowsDir, 'team'), { recursive: true });
    const workflow = threeSteps();
    workflow.policy = 'policy.json';
    fs.writeFileSync(
      path.join(api.workflowsDir, 'team/policy.json'),
      JSON.stringify({ id: 'file-policy', tier: 'low', default: 'allow', rules: [] }),
    );
    fs.writeFileSync(path.join(api.workflowsDir, 'team/wf.json'), JSON.stringify(workflow));
    const created = await api.client.post('/workflows/runs?wait=true', { workflow_path: 'team/wf.json' });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ status: 'completed', policy_id: 'file-policy' });
    const input = fs.readFileSync(path.join(api.runsDir, created.body.run_id, 'input.json'), 'utf8');
    expect(JSON.parse(input)).toMatchObject({ workflow_source: 'team/wf.json' });
  });

  test('pause opens a manual gate on a held run; reject ends it rejected; cancel and retry follow the state machine and never pass the gate', async () => {
    const created = await api.client.post('/workflows/runs?wait=true', {
      workflow: threeSteps(),
      start: false,
    });
    expect(created.body.status).toBe('running');
    const runId = created.body.run_id;
    const paused = await api.client.patch(`/workflows/runs/${runId}/status`, {
      action: 'pause',
      reason: 'hold on',
    });
    expect(paused.status).toBe(200);
    expect(paused.body).toMatchObject({
      status: 'paused',
      gate: { gate_id: 'manual-001', kind: 'manual', status: 'pending', reason: 'hold on', step_id: 's1' },
    });
    const again = await api.client.patch(`/workflows/runs/${runId}/status`, { action: 'pause' });
    expect(again.status).toBe(409);
    const cancelled = await api.client.patch(`/workflows/runs/${runId}/status`, {
      action: 'cancel',
      reason: 'not needed today',
    });
    expect(cancelled.body).toMatchObject({
      status: 'failed',
      failure: { kind: 'cancelled', reason: 'not needed today' },
    });
    // The cancel stopped the session, not the review: a retry waits at the gate nobody decided.
    const retried = await api.client.patch(`/workflows/runs/${runId}/status?wait=true`, { action: 'retry' });
    expect(retried.body).toMatchObject({
      status: 'paused',
      gate: { gate_id: 'manual-001', status: 'pending' },
    });
    expect(retried.body.steps.map((step: { status: string }) => step.status)).toEqual([
      'pending',
      'pending',
      'pending',
    ]);
    const approved = await api.client.patch(
      `/workflows/runs/${runId}/gates/manual-001`,
      { decision: 'approved' },
      TOKENS.bob,
    );
    expect(approved.body.status).toBe('paused');
    const resumed = await api.client.patch(`/workflows/runs/${runId}/status?wait=true`, { action: 'resume' });
    expect(resumed.body.status).toBe('completed');
    expect(verifyFolder(path.join(api.runsDir, runId)).ok).toBe(true);

    const second = await api.client.post('/workflows/runs?wait=true', {
      workflow: threeSteps(),
      start: false,
    });
    const gate = await api.client.post(`/workflows/runs/${second.body.run_id}/gates`, {
      reason: 'legal must look',
      checklist: 'legal.md',
    });
    expect(gate.status).toBe(201);
    expect(gate.body.gate).toMatchObject({ gate_id: 'manual-001', checklist: 'legal.md' });
    const rejected = await api.client.patch(
      `/workflows/runs/${second.body.run_id}/gates/manual-001`,
      { decision: 'rejected', comment: 'no' },
      TOKENS.bob,
    );
    expect(rejected.body).toMatchObject({ status: 'rejected', failure: { kind: 'rejected' } });
    expect(rejected.body.steps.map((step: { status: string }) => step.status)).toEqual([
      'skipped',
      'skipped',
      'skipped',
    ]);
    expect(verifyFolder(path.join(api.runsDir, second.body.run_id)).ok).toBe(true);
  });

  test('every response so far was checked against /openapi.json, and nothing failed inside the server', () => {
    expect(api.client.validator.checked).toBeGreaterThan(20);
    expect(api.logs).toEqual([]);
  });
});
