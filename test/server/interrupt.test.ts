import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Backend } from '../../src/core/ports.js';
import { verifyFolder } from '../../src/store/run-service.js';
import { startApi, TOKENS, type TestApi } from './api-harness.js';

/** A model that takes a few milliseconds per call, as a real provider takes longer: a run is long enough to interrupt. */
const slow: Backend = {
  name: 'echo',
  async generate(prompt) {
    await sleep(3);
    return { text: `echo: ${prompt}` };
  },
};

let api: TestApi;
beforeAll(async () => {
  api = await startApi(slow);
});
afterAll(async () => {
  await api.close();
});

const longRun = () => ({
  steps: Array.from({ length: 300 }, (_, i) => ({ id: `s${i}`, op: 'llm_map', prompt: `item ${i}` })),
});

/** Starts a long run and resolves its id once its folder exists (the create request is still executing). */
async function executing(): Promise<{ runId: string; created: Promise<{ status: number; body: unknown }> }> {
  const before = new Set(fs.existsSync(api.runsDir) ? fs.readdirSync(api.runsDir) : []);
  const created = api.client.post('/workflows/runs', { workflow: longRun() });
  for (let i = 0; i < 500; i++) {
    const fresh = (fs.existsSync(api.runsDir) ? fs.readdirSync(api.runsDir) : []).find(
      (name) => name.startsWith('run_') && !before.has(name),
    );
    if (fresh && fs.existsSync(path.join(api.runsDir, fresh, 'steps'))) return { runId: fresh, created };
    await sleep(5);
  }
  throw new Error('the run never started');
}

const statuses = (body: { steps: { status: string }[] }) => new Set(body.steps.map((step) => step.status));

describe('interrupting a run while it executes', () => {
  test('cancel stops it before its next step, not at its end, and both requests answer with the cancelled run', async () => {
    const { runId, created } = await executing();
    const cancelled = await api.client.patch(`/workflows/runs/${runId}/status`, {
      action: 'cancel',
      reason: 'wrong input file',
    });
    expect(cancelled.status).toBe(200);
    expect(cancelled.body).toMatchObject({
      status: 'failed',
      failure: { kind: 'cancelled', reason: 'wrong input file' },
    });
    expect(statuses(cancelled.body)).toEqual(new Set(['completed', 'skipped']));
    const done = await created;
    expect(done.status).toBe(201);
    expect(done.body).toMatchObject({ status: 'failed', failure: { kind: 'cancelled' } });
    expect(verifyFolder(path.join(api.runsDir, runId))).toMatchObject({ ok: true, status: 'failed' });
  });

  test('pause opens a manual gate at the next step; approve and resume finish the run', async () => {
    const { runId, created } = await executing();
    const paused = await api.client.patch(`/workflows/runs/${runId}/status`, { action: 'pause' });
    expect(paused.status).toBe(200);
    expect(paused.body).toMatchObject({
      status: 'paused',
      gate: { gate_id: 'manual-001', status: 'pending' },
    });
    expect(statuses(paused.body)).toEqual(new Set(['completed', 'pending']));
    expect((await created).status).toBe(201);
    await api.client.patch(`/workflows/runs/${runId}/gates/manual-001`, { decision: 'approved' }, TOKENS.bob);
    const resumed = await api.client.patch(`/workflows/runs/${runId}/status`, { action: 'resume' });
    expect(resumed.body.status).toBe('completed');
    expect(verifyFolder(path.join(api.runsDir, runId))).toMatchObject({ ok: true, status: 'completed' });
  });

  test('a cancel of a run that is not executing acts at once, as before', async () => {
    const held = await api.client.post('/workflows/runs', { workflow: longRun(), start: false });
    const cancelled = await api.client.patch(`/workflows/runs/${held.body.run_id}/status`, {
      action: 'cancel',
    });
    expect(cancelled.body).toMatchObject({ status: 'failed', failure: { kind: 'cancelled' } });
    const again = await api.client.patch(`/workflows/runs/${held.body.run_id}/status`, { action: 'cancel' });
    expect(again.status).toBe(409);
  });
});
