import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Backend } from '../../src/core/ports.js';
import { verifyFolder } from '../../src/store/run-service.js';
import { startApi, TOKENS, type LogPage, type TestApi } from './api-harness.js';

/** A model that takes a few milliseconds per call, as a real provider takes longer: a run is long enough to interrupt. */
const slow: Backend = {
  name: 'echo',
  async generate(prompt) {
    await sleep(3);
    if (prompt === 'item 40') {
      reached();
      await held;
    }
    return { text: `echo: ${prompt}` };
  },
};
/** Step s40's call waits on `held` (after calling `reached`): a test can hold the engine inside a step. */
let held: Promise<void> = Promise.resolve();
let reached: () => void = () => {};

/** Holds the next run's engine inside step s40 until `release`; `atHold` resolves once it is there. */
function holdAtStep40(): { release: () => void; atHold: Promise<void> } {
  let release = () => {};
  held = new Promise((resolve) => (release = resolve));
  const atHold = new Promise<void>((resolve) => (reached = resolve));
  return { release, atHold };
}

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
  const created = api.client.post('/workflows/runs?wait=true', { workflow: longRun() });
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

  test('several cancels and a pause sent together: the first cancel stops the run, the cancels answer with that state, the pause is refused', async () => {
    const { release, atHold } = holdAtStep40();
    const { runId, created } = await executing();
    await atHold;
    const patch = (body: Record<string, unknown>) =>
      api.client.patch(`/workflows/runs/${runId}/status`, body);
    const first = patch({ action: 'cancel', reason: 'first' });
    await sleep(50);
    const rest = [patch({ action: 'cancel', reason: 'second' }), patch({ action: 'pause' })];
    // All three wait while the engine is held inside step s40; it takes them before s41.
    await sleep(200);
    release();
    const answers = await Promise.all([first, ...rest]);
    expect(answers.map((answer) => answer.status)).toEqual([200, 200, 409]);
    for (const answer of answers.slice(0, 2))
      expect(answer.body).toMatchObject({
        status: 'failed',
        failure: { kind: 'cancelled', reason: 'first' },
      });
    // The pause was not taken: it acts itself on the cancelled run, which cannot be paused.
    expect(answers[2].body).toMatchObject({ status: 409, detail: expect.stringMatching(/cannot pause/) });
    await created;
    expect(verifyFolder(path.join(api.runsDir, runId))).toMatchObject({ ok: true, status: 'failed' });
  });

  test("two people's pauses sent together: the first is taken as theirs, the other's is refused, and cannot then approve as another's (helper-50)", async () => {
    const { release, atHold } = holdAtStep40();
    const { runId, created } = await executing();
    await atHold;
    const base = `/workflows/runs/${runId}`;
    const first = api.client.patch(`${base}/status`, { action: 'pause' }, TOKENS.alice);
    await sleep(50);
    const second = api.client.patch(`${base}/status`, { action: 'pause' }, TOKENS.dave);
    await sleep(200);
    release();
    const [byAlice, byDave] = await Promise.all([first, second]);
    expect(byAlice.status).toBe(200);
    expect(byAlice.body.status).toBe('paused');
    // Before: dave was answered 200 "paused" too, the gate recorded alice alone, and dave approved it.
    expect(byDave.status).toBe(409);
    await created;
    const gate = byAlice.body.gate as { gate_id: string };
    const approved = await api.client.patch(
      `${base}/gates/${gate.gate_id}`,
      { decision: 'approved' },
      TOKENS.dave,
    );
    expect(approved.status).toBe(200);
    const lines = fs
      .readFileSync(path.join(api.runsDir, runId, 'audit/log.jsonl'), 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { event: string; actor: string });
    expect(lines.filter((line) => line.event === 'gate.requested').map((line) => line.actor)).toEqual([
      'alice',
    ]);
    expect(verifyFolder(path.join(api.runsDir, runId))).toMatchObject({ ok: true });
  });

  test('a gate requested over POST /gates while the run executes is taken before its next step, with its reason and checklist (helper-50)', async () => {
    const { release, atHold } = holdAtStep40();
    const { runId, created } = await executing();
    await atHold;
    const gate = api.client.post(`/workflows/runs/${runId}/gates`, {
      reason: 'look at s40',
      checklist: 'compare with the draft',
    });
    await sleep(100);
    release();
    const answer = await gate;
    // Before: it waited for the whole run, then answered 409 (the run had completed).
    expect([answer.status, answer.body.status]).toEqual([201, 'paused']);
    expect(answer.headers.get('location')).toBe(`/workflows/runs/${runId}/gates/manual-001`);
    expect(answer.body.steps.filter((step) => step.status === 'completed')).toHaveLength(41);
    await created;
    const file = JSON.parse(
      fs.readFileSync(path.join(api.runsDir, runId, 'audit/gates/manual-001.json'), 'utf8'),
    ) as { request: { reason: string; checklist: string } };
    expect(file.request).toMatchObject({ reason: 'look at s40', checklist: 'compare with the draft' });
    expect(verifyFolder(path.join(api.runsDir, runId))).toMatchObject({ ok: true, status: 'paused' });
  });

  test('a server that stops cancels each run it executes before the next step, sealed (helper-50)', async () => {
    // Its own server over its own folder, which closing it leaves in place.
    const own = await startApi(slow, {
      root: fs.mkdtempSync(path.join(os.tmpdir(), 'awo-stop-')),
    } as TestApi);
    const { release, atHold } = holdAtStep40();
    try {
      const created = await own.client.post('/workflows/runs', { workflow: longRun() });
      const runDir = path.join(own.runsDir, created.body.run_id);
      await atHold;
      const closed = own.close();
      release();
      await closed;
      // Before: the server kept calling the model for the 259 steps left, then stopped.
      const report = verifyFolder(runDir);
      expect(report).toMatchObject({ ok: true, status: 'failed' });
      const metadata = JSON.parse(fs.readFileSync(path.join(runDir, 'metadata.json'), 'utf8')) as {
        failure: { kind: string; reason: string };
        steps: { status: string }[];
      };
      expect(metadata.failure).toMatchObject({
        kind: 'cancelled',
        reason: expect.stringContaining('awo serve stopped'),
      });
      // Within a step or two of the signal (closing and the release race by a few ticks), not 300.
      expect(metadata.steps.filter((step) => step.status === 'completed').length).toBeLessThan(45);
    } finally {
      release();
      held = Promise.resolve();
      fs.rmSync(own.root, { recursive: true, force: true });
    }
  });

  test('a cancel waiting behind a pause is applied to the paused run and answers cancelled; no approve revives it', async () => {
    const { release, atHold } = holdAtStep40();
    const { runId, created } = await executing();
    await atHold;
    const status = `/workflows/runs/${runId}/status`;
    const paused = api.client.patch(status, { action: 'pause' });
    await sleep(50);
    const cancelled = api.client.patch(status, { action: 'cancel', reason: 'stop now' });
    // Both wait while the engine is held inside step s40; the pause takes the run before s41.
    await sleep(200);
    release();
    const [pause, cancel] = await Promise.all([paused, cancelled]);
    expect([pause.status, pause.body.status]).toEqual([200, 'paused']);
    expect(cancel.status).toBe(200);
    expect(cancel.body).toMatchObject({
      status: 'failed',
      failure: { kind: 'cancelled', reason: 'stop now' },
    });
    await created;
    const page = await api.client.get<LogPage>(`/workflows/runs/${runId}/logs?limit=1000`);
    const cancels = page.body.lines.filter(
      (line) => line.actor === 'alice' && JSON.stringify(line).includes('stop now'),
    );
    expect(cancels.length).toBeGreaterThan(0);
    const approve = await api.client.patch(
      `/workflows/runs/${runId}/gates/manual-001`,
      { decision: 'approved' },
      TOKENS.bob,
    );
    expect(approve.status).toBe(409);
    const resume = await api.client.patch(`${status}?wait=true`, { action: 'resume' });
    expect(resume.status).toBe(409);
    expect(verifyFolder(path.join(api.runsDir, runId))).toMatchObject({ ok: true, status: 'failed' });
  });

  test('a refused move answers 409 and is not logged as an error of a run continuing in the background', async () => {
    const done = await api.client.post('/workflows/runs?wait=true', {
      workflow: { steps: [{ id: 'one', op: 'llm_map', prompt: 'item 1' }] },
    });
    expect(done.body.status).toBe('completed');
    const logged = api.logs.length;
    const retry = await api.client.patch(`/workflows/runs/${done.body.run_id}/status`, { action: 'retry' });
    expect(retry.status).toBe(409);
    const resume = await api.client.patch(`/workflows/runs/${done.body.run_id}/status`, { action: 'resume' });
    expect(resume.status).toBe(409);
    expect(api.logs.slice(logged)).toEqual([]);
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
    const resumed = await api.client.patch(`/workflows/runs/${runId}/status?wait=true`, { action: 'resume' });
    expect(resumed.body.status).toBe('completed');
    expect(verifyFolder(path.join(api.runsDir, runId))).toMatchObject({ ok: true, status: 'completed' });
  });

  test('without ?wait a create answers 201 and a Location at once; GET follows the run while it executes', async () => {
    const { release, atHold: atStep40 } = holdAtStep40();
    try {
      const created = await api.client.post('/workflows/runs', { workflow: longRun() });
      expect(created.status).toBe(201);
      expect(created.body.status).toBe('running');
      const location = `/workflows/runs/${created.body.run_id}`;
      expect(created.headers.get('location')).toBe(location);

      await atStep40; // the engine is inside step s40, held there: the answer came before the run's end
      const during = await api.client.get(location);
      expect(during.body.status).toBe('running');
      const done = during.body.steps
        .filter((step) => step.status === 'completed')
        .map((step) => step.step_id);
      expect(done).toEqual(Array.from({ length: 40 }, (_, i) => `s${i}`));
      release();

      let after = during;
      for (let i = 0; i < 2000 && after.body.status === 'running'; i++) {
        await sleep(5);
        after = await api.client.get(location);
      }
      expect(after.body.status).toBe('completed');
      expect(verifyFolder(path.join(api.runsDir, created.body.run_id))).toMatchObject({ ok: true });
    } finally {
      release();
      held = Promise.resolve();
    }
  });

  test('without ?wait a resume answers 202 and a Location once the move is taken; a refused one is still a 409', async () => {
    const created = await api.client.post('/workflows/runs?wait=true', { workflow: longRun(), start: false });
    const location = `/workflows/runs/${created.body.run_id}`;
    const resumed = await api.client.patch(`${location}/status`, { action: 'resume' });
    expect(resumed.status).toBe(202);
    expect(resumed.headers.get('location')).toBe(location);
    expect(resumed.body.status).toBe('running');
    let after = await api.client.get(location);
    for (let i = 0; i < 2000 && after.body.status === 'running'; i++) {
      await sleep(5);
      after = await api.client.get(location);
    }
    expect(after.body.status).toBe('completed');
    // A move the run does not allow is refused before anything runs, waiting or not.
    expect((await api.client.patch(`${location}/status`, { action: 'resume' })).status).toBe(409);
  });

  test('a cancel of a run that is not executing acts at once, as before', async () => {
    const held = await api.client.post('/workflows/runs?wait=true', { workflow: longRun(), start: false });
    const cancelled = await api.client.patch(`/workflows/runs/${held.body.run_id}/status`, {
      action: 'cancel',
    });
    expect(cancelled.body).toMatchObject({ status: 'failed', failure: { kind: 'cancelled' } });
    const again = await api.client.patch(`/workflows/runs/${held.body.run_id}/status`, { action: 'cancel' });
    expect(again.status).toBe(409);
  });
});
