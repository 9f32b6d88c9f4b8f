import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createEchoBackend } from '../../src/backends/echo.js';
import type { AuditLine } from '../../src/core/audit-chain.js';
import { digestObject } from '../../src/core/hash.js';
import { cancelRunFolder, verifyFolder } from '../../src/store/run-service.js';
import { forgeRun } from '../forge-run.js';
import {
  policy,
  startApi,
  TOKENS,
  type LogPage,
  type Problem,
  type RunView,
  type StepResult,
  type TestApi,
} from './api-harness.js';

let api: TestApi;
beforeAll(async () => {
  api = await startApi();
});
afterAll(async () => {
  await api.close();
});

const RULES = [
  {
    id: 'no-acting',
    match: { op: 'external', step_type: 'act' },
    decision: 'deny',
    reason: 'external systems may not act',
  },
  {
    id: 'review-decisions',
    match: { step_type: 'decide' },
    decision: 'flag',
    reason: 'decisions are reviewed',
  },
];

/** A held run (created, not started) whose workflow writes one note after the external steps. */
async function heldRun(): Promise<string> {
  const workflow = {
    policy: policy(RULES),
    steps: [{ id: 'note', op: 'write_text', args: { path: 'note.txt', text: 'done' } }],
  };
  const created = await api.client.post('/workflows/runs?wait=true', { workflow, start: false });
  expect(created.body).toMatchObject({ status: 'running', receipts: 0 });
  return created.body.run_id;
}

const step = (id: string, type: string, input: Record<string, unknown> = { query: id }) => ({
  id,
  type,
  input,
  output: { answer: `${id} done` },
});

/** A run whose flagged external step `choose` was approved, posted again and recorded; completed. Its folder. */
async function completedAfterApproval(): Promise<string> {
  const runId = await heldRun();
  const base = `/workflows/runs/${runId}`;
  await api.client.post<StepResult>(`${base}/steps`, step('choose', 'decide'));
  await api.client.patch(`${base}/gates/flag-choose`, { decision: 'approved' }, TOKENS.bob);
  await api.client.post<StepResult>(`${base}/steps`, step('choose', 'decide'));
  expect((await api.client.patch(`${base}/status?wait=true`, { action: 'resume' })).body.status).toBe(
    'completed',
  );
  return path.join(api.runsDir, runId);
}

describe('external steps', () => {
  test('allow gets a receipt; flag pauses until a reviewer approves the same submission; the run then completes and verifies', async () => {
    const runId = await heldRun();
    const base = `/workflows/runs/${runId}`;
    const observed = await api.client.post<StepResult>(`${base}/steps`, step('look', 'observe'));
    expect(observed.status).toBe(200);
    expect(observed.body.decision.decision).toBe('allow');
    expect(observed.body.step).toMatchObject({
      step_id: 'look',
      op: 'external',
      step_type: 'observe',
      status: 'completed',
    });
    expect(observed.body.step.receipt_hash).toMatch(/^sha256:/);
    expect(observed.body.run.status).toBe('running');

    const decided = await api.client.post<StepResult>(`${base}/steps`, step('choose', 'decide'));
    expect(decided.body.decision.decision).toBe('flag');
    expect(decided.body.run).toMatchObject({
      status: 'paused',
      gate: { gate_id: 'flag-choose', status: 'pending' },
    });
    expect(decided.body.step.receipt_hash).toBeNull();
    const blocked = await api.client.post<Problem>(`${base}/steps`, step('other', 'observe'));
    expect(blocked.status).toBe(409);

    await api.client.patch(`${base}/gates/flag-choose`, { decision: 'approved' }, TOKENS.bob);
    const changed = await api.client.post<Problem>(
      `${base}/steps`,
      step('choose', 'decide', { query: 'something else' }),
    );
    expect(changed.status).toBe(409);
    expect(changed.body.detail).toContain('differs from the submission approved');
    // Another type would be judged by other policy rules than the reviewer saw (helper-44).
    const retyped = await api.client.post<Problem>(`${base}/steps`, step('choose', 'observe'));
    expect(retyped.status).toBe(409);
    expect(retyped.body.detail).toContain('its type, input or output differs');
    const committed = await api.client.post<StepResult>(`${base}/steps`, step('choose', 'decide'));
    expect(committed.body.step.status).toBe('completed');
    expect(committed.body.run.status).toBe('running');

    const duplicate = await api.client.post<Problem>(`${base}/steps`, step('look', 'observe'));
    expect(duplicate.status).toBe(409);
    const workflowId = await api.client.post<Problem>(`${base}/steps`, step('note', 'observe'));
    expect(workflowId.status).toBe(409);

    const resumed = await api.client.patch(`${base}/status?wait=true`, { action: 'resume' });
    expect(resumed.body.status).toBe('completed');
    expect(resumed.body.steps.map((record) => [record.step_id, record.op, record.status])).toEqual([
      ['note', 'write_text', 'completed'],
      ['look', 'external', 'completed'],
      ['choose', 'external', 'completed'],
    ]);
    const dir = path.join(api.runsDir, runId);
    expect(fs.existsSync(path.join(dir, 'steps/002_look.jsonl'))).toBe(true);
    const report = verifyFolder(dir);
    expect(report).toMatchObject({ ok: true, receipts: 4 });
  });

  test("a cancel and a retry do not take the run past an external step's flag nobody decided", async () => {
    const runId = await heldRun();
    const base = `/workflows/runs/${runId}`;
    const decided = await api.client.post<StepResult>(`${base}/steps`, step('choose', 'decide'));
    expect(decided.body.run.gate).toMatchObject({ gate_id: 'flag-choose', status: 'pending' });
    expect((await api.client.patch(`${base}/status`, { action: 'cancel' })).body.status).toBe('failed');
    const retried = await api.client.patch(`${base}/status?wait=true`, { action: 'retry' });
    expect(retried.body).toMatchObject({
      status: 'paused',
      gate: { gate_id: 'flag-choose', status: 'pending' },
    });
    const dir = path.join(api.runsDir, runId);
    expect(fs.existsSync(path.join(dir, 'artifacts/note.txt'))).toBe(false);
    expect(verifyFolder(dir)).toMatchObject({ ok: true, status: 'paused' });
  });

  test('the submission approved is the one the chain recorded, not what its file says now (helper-48)', async () => {
    const runId = await heldRun();
    const base = `/workflows/runs/${runId}`;
    await api.client.post<StepResult>(`${base}/steps`, step('choose', 'decide'));
    await api.client.patch(`${base}/gates/flag-choose`, { decision: 'approved' }, TOKENS.bob);
    const dir = path.join(api.runsDir, runId);
    const swapped = step('choose', 'decide', { query: 'deploy v666' });
    fs.writeFileSync(
      path.join(dir, 'outputs/choose.json'),
      JSON.stringify({ step_id: 'choose', op: 'external', input: swapped.input, output: swapped.output }),
    );
    const refused = await api.client.post<Problem>(`${base}/steps`, swapped);
    expect(refused.status).toBe(409);
    expect(refused.body.detail).toContain('differs from the submission approved at gate "flag-choose"');
    const posted = await api.client.post<StepResult>(`${base}/steps`, step('choose', 'decide'));
    expect(posted.body.step.status).toBe('completed');
    expect(verifyFolder(dir)).toMatchObject({ ok: true });

    // A trail rewritten so that the step completes with another submission than the gate approved.
    forgeRun(dir, (lines) => {
      const again = lines.filter((line) => line.event === 'step.started' && line.step_id === 'choose')[1];
      again.details = { ...again.details, input_hash: digestObject(swapped.input) };
      return lines;
    });
    const verdict = verifyFolder(dir);
    expect(verdict.ok).toBe(false);
    expect(verdict.message).toContain(
      'starts external step "choose" with another input_hash than the submission approved at gate "flag-choose"',
    );
  });

  test('a flag is not approved while the submission file reviewers read differs from the chain (helper-49)', async () => {
    const runId = await heldRun();
    const base = `/workflows/runs/${runId}`;
    await api.client.post<StepResult>(`${base}/steps`, step('choose', 'decide'));
    const file = path.join(api.runsDir, runId, 'outputs/choose.json');
    const original = fs.readFileSync(file);
    const shown = step('choose', 'decide', { query: 'something harmless' });
    fs.writeFileSync(file, JSON.stringify({ step_id: 'choose', op: 'external', ...shown }));
    const refused = await api.client.patch<Problem>(
      `${base}/gates/flag-choose`,
      { decision: 'approved' },
      TOKENS.bob,
    );
    expect(refused.status).toBe(409);
    expect(refused.body.detail).toContain(
      'cannot approve gate "flag-choose": outputs/choose.json no longer holds the submission the gate was opened for',
    );
    fs.writeFileSync(file, original);
    expect(verifyFolder(path.join(api.runsDir, runId))).toMatchObject({ ok: true, status: 'paused' });
    const approved = await api.client.patch(
      `${base}/gates/flag-choose`,
      { decision: 'approved' },
      TOKENS.bob,
    );
    expect(approved.status).toBe(200);
  });

  test('a trail rewritten to complete the run without the approved external step recorded fails verify', async () => {
    const dir = await completedAfterApproval();
    fs.rmSync(path.join(dir, 'receipts/steps/choose.json'));
    forgeRun(dir, (lines) => {
      const again = lines.filter((line) => line.event === 'step.started' && line.step_id === 'choose')[1];
      const at = lines.indexOf(again);
      const kept = lines.filter((line, i) => !(i >= at && line.step_id === 'choose'));
      // The step log cut back to what the kept lines record, so only the rule can tell.
      const log = kept.filter((line) => line.step_id === 'choose' && line.details?.log).at(-1)?.details
        ?.log as {
        path: string;
        size: number;
      };
      fs.truncateSync(path.join(dir, log.path), log.size);
      return kept;
    });
    const verdict = verifyFolder(dir);
    expect(verdict.ok).toBe(false);
    expect(verdict.message).toContain('completes the run while external step "choose" is not recorded');
  });

  test('after its flag is approved, the run goes on only once the external step is posted again', async () => {
    const runId = await heldRun();
    const base = `/workflows/runs/${runId}`;
    await api.client.post<StepResult>(`${base}/steps`, step('choose', 'decide'));
    await api.client.patch(`${base}/gates/flag-choose`, { decision: 'approved' }, TOKENS.bob);
    const early = await api.client.patch<Problem>(`${base}/status?wait=true`, { action: 'resume' });
    expect(early.status).toBe(409);
    expect(early.body.detail).toContain('external step "choose" is not recorded yet; post it again');
    const posted = await api.client.post<StepResult>(`${base}/steps`, step('choose', 'decide'));
    expect(posted.body.step.status).toBe('completed');
    const resumed = await api.client.patch(`${base}/status?wait=true`, { action: 'resume' });
    expect(resumed.body.status).toBe('completed');
    expect(verifyFolder(path.join(api.runsDir, runId))).toMatchObject({ ok: true, status: 'completed' });
  });

  test('a run cancelled before its approved external step was posted again says it cannot go on (helper-49)', async () => {
    const runId = await heldRun();
    const base = `/workflows/runs/${runId}`;
    await api.client.post<StepResult>(`${base}/steps`, step('choose', 'decide'));
    await api.client.patch(`${base}/gates/flag-choose`, { decision: 'approved' }, TOKENS.bob);
    expect((await api.client.patch(`${base}/status`, { action: 'cancel' })).body.status).toBe('failed');
    const retried = await api.client.patch<Problem>(`${base}/status?wait=true`, { action: 'retry' });
    expect(retried.status).toBe(409);
    expect(retried.body.detail).toContain(
      'external step "choose" was not recorded before the run was cancelled, and no step can be posted to it now; start a new run',
    );
    expect((await api.client.post<Problem>(`${base}/steps`, step('choose', 'decide'))).status).toBe(409);
  });

  test('a flagged external step rewritten as allowed, its gate cut out and everything re-sealed, fails verify', async () => {
    const dir = await completedAfterApproval();
    const allowed = {
      decision: 'allow',
      reason: 'default',
      policy_id: 'test-policy',
      tier: 'medium',
      rules_triggered: [],
    };
    const receiptFile = path.join(dir, 'receipts/steps/choose.json');
    const receipt = JSON.parse(fs.readFileSync(receiptFile, 'utf8')) as Record<string, unknown>;
    fs.writeFileSync(receiptFile, JSON.stringify({ ...receipt, decision_hash: digestObject(allowed) }));
    fs.rmSync(path.join(dir, 'receipts/gates/flag-choose.json'));
    forgeRun(dir, (lines) => {
      const firstStart = lines.findIndex(
        (line) => line.event === 'step.started' && line.step_id === 'choose',
      );
      const kept = lines.filter(
        (line, i) =>
          line.gate_id !== 'flag-choose' &&
          i !== firstStart &&
          i !== firstStart + 1 &&
          !(line.event === 'run.status' && i > firstStart && line.details?.status !== 'completed'),
      );
      const decision = kept.find(
        (line) => line.event === 'policy.decision' && line.step_id === 'choose',
      ) as AuditLine;
      Object.assign(decision, { decision: 'allow', reason: 'default', details: { policy: allowed } });
      return kept;
    });
    const verdict = verifyFolder(dir);
    expect([verdict.ok, verdict.where]).toEqual([false, 'receipts/steps/choose.json']);
    expect(verdict.message).toContain(
      'records policy decision allow ("default") for step choose, but policy test-policy gives flag',
    );
  });

  test('deny fails the run closed: the workflow step never runs, and nothing more can be recorded', async () => {
    const runId = await heldRun();
    const base = `/workflows/runs/${runId}`;
    const denied = await api.client.post<StepResult>(`${base}/steps`, step('push', 'act'));
    expect(denied.body.decision).toMatchObject({ decision: 'deny', rules_triggered: ['no-acting'] });
    expect(denied.body.run).toMatchObject({ status: 'failed', failure: { kind: 'denied', step_id: 'push' } });
    expect(denied.body.step.status).toBe('denied');
    expect((await api.client.patch<Problem>(`${base}/status?wait=true`, { action: 'resume' })).status).toBe(
      409,
    );
    expect((await api.client.post<Problem>(`${base}/steps`, step('later', 'observe'))).status).toBe(409);
    const dir = path.join(api.runsDir, runId);
    expect(fs.existsSync(path.join(dir, 'artifacts/note.txt'))).toBe(false);
    expect(fs.existsSync(path.join(dir, 'outputs/push.json'))).toBe(false);
    expect(verifyFolder(dir).ok).toBe(true);
  });

  test("tampering with an external step's output, input or receipt is detected by verify", async () => {
    const runId = await heldRun();
    const base = `/workflows/runs/${runId}`;
    await api.client.post(`${base}/steps`, step('look', 'observe'));
    await api.client.patch(`${base}/status?wait=true`, { action: 'resume' });
    const dir = path.join(api.runsDir, runId);
    expect(verifyFolder(dir).ok).toBe(true);
    const outputFile = path.join(dir, 'outputs/look.json');
    const original = fs.readFileSync(outputFile, 'utf8');

    const record = JSON.parse(original) as {
      input: Record<string, unknown>;
      output: Record<string, unknown>;
    };
    // Written as the engine writes records (a record in another form is refused for that alone).
    const pretty = (value: unknown) => JSON.stringify(value, null, 2) + '\n';
    fs.writeFileSync(outputFile, pretty({ ...record, output: { answer: 'forged' } }));
    expect(verifyFolder(dir)).toMatchObject({
      ok: false,
      where: 'outputs/look.json',
      message: expect.stringContaining('output does not match'),
    });
    fs.writeFileSync(outputFile, pretty({ ...record, input: { query: 'forged' } }));
    expect(verifyFolder(dir)).toMatchObject({
      ok: false,
      where: 'outputs/look.json',
      message: expect.stringContaining('input does not match'),
    });
    fs.writeFileSync(outputFile, original);
    expect(verifyFolder(dir).ok).toBe(true);

    const receiptFile = path.join(dir, 'receipts/steps/look.json');
    const receipt = fs.readFileSync(receiptFile, 'utf8');
    fs.writeFileSync(receiptFile, receipt.replace('"external"', '"llm_map"'));
    expect(verifyFolder(dir)).toMatchObject({ ok: false, where: 'receipts/steps/look.json' });
    fs.writeFileSync(receiptFile, receipt);
    fs.rmSync(outputFile);
    expect(verifyFolder(dir)).toMatchObject({ ok: false, where: 'outputs/look.json' });
  });

  test('a manual gate over POST /gates pauses external reporting until it is decided', async () => {
    const runId = await heldRun();
    const base = `/workflows/runs/${runId}`;
    const gate = await api.client.post(`${base}/gates`, { reason: 'check before going on' });
    expect(gate.body).toMatchObject({ status: 'paused', gate: { gate_id: 'manual-001', kind: 'manual' } });
    expect((await api.client.post<Problem>(`${base}/steps`, step('look', 'observe'))).status).toBe(409);
    await api.client.patch(`${base}/gates/manual-001`, { decision: 'approved' }, TOKENS.bob);
    const recorded = await api.client.post<StepResult>(`${base}/steps`, step('look', 'observe'));
    expect(recorded.body.run.status).toBe('running');
    expect(verifyFolder(path.join(api.runsDir, runId)).ok).toBe(true);
  });
});

describe('a run the server keeps open between reports', () => {
  test('is opened from its files again once another session changed it: a report after a CLI cancel is refused, the trail not forked', async () => {
    const runId = await heldRun();
    const base = `/workflows/runs/${runId}`;
    const dir = path.join(api.runsDir, runId);
    expect((await api.client.post<StepResult>(`${base}/steps`, step('a', 'observe'))).status).toBe(200);
    await cancelRunFolder(dir, 'stopped from the CLI', {
      backend: createEchoBackend(),
      actor: 'cli-user',
      env: {},
      cwd: api.root,
    });
    const late = await api.client.post<Problem>(`${base}/steps`, step('b', 'observe'));
    expect([late.status, late.body.code]).toEqual([409, 'ILLEGAL_TRANSITION']);
    expect((await api.client.get(base)).body).toMatchObject({
      status: 'failed',
      failure: { kind: 'cancelled', reason: 'stopped from the CLI' },
    });
    expect(fs.existsSync(path.join(dir, 'outputs/b.json'))).toBe(false);
    expect(verifyFolder(dir)).toMatchObject({ ok: true, status: 'failed' });
  });

  test('a refused report leaves it as it was: the next report is recorded, every answer shows the whole run, the trail verifies', async () => {
    const runId = await heldRun();
    const base = `/workflows/runs/${runId}`;
    expect((await api.client.post(`${base}/steps`, step('a', 'observe'))).status).toBe(200);
    expect((await api.client.post<Problem>(`${base}/steps`, step('a', 'observe'))).status).toBe(409);
    const next = await api.client.post<StepResult>(`${base}/steps`, step('b', 'observe'));
    expect(next.status).toBe(200);
    expect((next.body.run as RunView).steps.map((record) => [record.step_id, record.status])).toEqual([
      ['note', 'pending'],
      ['a', 'completed'],
      ['b', 'completed'],
    ]);
    expect(next.body.run.receipts).toBe(2);
    const read = await api.client.get(base);
    expect(read.body).toEqual(next.body.run);
    expect(verifyFolder(path.join(api.runsDir, runId))).toMatchObject({ ok: true, receipts: 2 });
  });

  test("an id a macOS or Windows disk would file as another step's, or a device name, is refused unchanged", async () => {
    const runId = await heldRun();
    const base = `/workflows/runs/${runId}`;
    expect((await api.client.post(`${base}/steps`, step('look', 'observe'))).status).toBe(200);
    const before = fs.readFileSync(path.join(api.runsDir, runId, 'audit/log.jsonl'));
    for (const [id, words] of [
      ['LOOK', 'differs from step "look" only in letter case'],
      ['Note', 'differs from step "note" only in letter case'],
      ['nul.x', 'Windows device name NUL'],
    ]) {
      const refused = await api.client.post<Problem>(`${base}/steps`, step(id, 'observe'));
      expect(refused.status).toBe(409);
      expect(refused.body.detail).toContain(words);
    }
    expect(fs.readFileSync(path.join(api.runsDir, runId, 'audit/log.jsonl'))).toEqual(before);
    expect((await api.client.post(`${base}/steps`, step('look2', 'observe'))).status).toBe(200);
  });

  test('a new step whose output file was planted in the folder meanwhile is refused, the file left as it is (helper-51)', async () => {
    const runId = await heldRun();
    const base = `/workflows/runs/${runId}`;
    expect((await api.client.post(`${base}/steps`, step('a', 'observe'))).status).toBe(200);
    const planted = path.join(api.runsDir, runId, 'outputs/b.json');
    fs.writeFileSync(planted, '{"planted":true}\n');
    const refused = await api.client.post<Problem>(`${base}/steps`, step('b', 'observe'));
    expect(refused.status).toBe(409);
    expect(refused.body.detail).toContain('outputs/b.json exists, though no step of the run wrote it');
    expect(fs.readFileSync(planted, 'utf8')).toBe('{"planted":true}\n');
  });

  test('is not re-read for each report: a file edited meanwhile is named by awo verify, and a restarted server refuses to go on', async () => {
    const runId = await heldRun();
    const base = `/workflows/runs/${runId}`;
    const dir = path.join(api.runsDir, runId);
    await api.client.post(`${base}/steps`, step('a', 'observe'));
    const output = path.join(dir, 'outputs/a.json');
    const record = JSON.parse(fs.readFileSync(output, 'utf8')) as Record<string, unknown>;
    fs.writeFileSync(output, JSON.stringify({ ...record, output: { answer: 'forged' } }, null, 2) + '\n');
    // Kept open: the report costs what it adds, not a re-verification of the folder.
    expect((await api.client.post(`${base}/steps`, step('b', 'observe'))).status).toBe(200);
    expect(verifyFolder(dir)).toMatchObject({ ok: false, where: 'outputs/a.json' });
    const restarted = await startApi(createEchoBackend(), api);
    try {
      const refused = await restarted.client.post<Problem>(`${base}/steps`, step('c', 'observe'));
      expect([refused.status, refused.body.code]).toEqual([409, 'INTEGRITY']);
      expect(refused.body.detail).toContain('outputs/a.json');
    } finally {
      await restarted.close();
    }
    expect(fs.existsSync(path.join(dir, 'outputs/c.json'))).toBe(false);
  });

  test('with `Prefer: return=minimal` the answer carries the run without its step and gate lists, and says so', async () => {
    const runId = await heldRun();
    const base = `/workflows/runs/${runId}`;
    const report = (body: unknown, prefer?: string) =>
      api.client.call<StepResult>('POST', `${base}/steps`, {
        body,
        headers: prefer === undefined ? {} : { prefer },
      });
    const minimal = await report(step('a', 'observe'), 'return=minimal');
    expect(minimal.status).toBe(200);
    expect(minimal.headers.get('preference-applied')).toBe('return=minimal');
    expect(minimal.body.step).toMatchObject({ step_id: 'a', status: 'completed' });
    const { steps, gates, ...summary } = (await api.client.get(base)).body;
    expect(steps.map((record) => record.step_id)).toEqual(['note', 'a']);
    expect(gates).toEqual([]);
    expect(minimal.body.run).toEqual(summary);

    // Several preferences, parameters, any case, a quoted value: still minimal.
    const flagged = await report(step('choose', 'decide'), 'respond-async, RETURN="minimal"; x=y');
    expect(flagged.headers.get('preference-applied')).toBe('return=minimal');
    expect(flagged.body.run).toMatchObject({
      status: 'paused',
      gate: { gate_id: 'flag-choose', status: 'pending' },
    });
    expect(Object.keys(flagged.body.run)).not.toContain('steps');
    expect(Object.keys(flagged.body.run)).not.toContain('gates');

    await api.client.patch(`${base}/gates/flag-choose`, { decision: 'approved' }, TOKENS.bob);
    const full = await report(step('choose', 'decide'), 'return=representation');
    expect(full.headers.get('preference-applied')).toBeNull();
    expect((full.body.run as RunView).steps.map((record) => record.step_id)).toEqual(['note', 'a', 'choose']);
    expect((full.body.run as RunView).gates).toHaveLength(1);
  });

  test('its audit trail pages show each change, and a trail edited between two pages is refused', async () => {
    const runId = await heldRun();
    const base = `/workflows/runs/${runId}`;
    await api.client.post(`${base}/steps`, step('a', 'observe'));
    const first = await api.client.get<LogPage>(`${base}/logs?limit=2`);
    expect(first.body.lines.map((line) => line.seq)).toEqual([1, 2]);
    await api.client.post(`${base}/steps`, step('b', 'observe'));
    const grown = await api.client.get<LogPage>(`${base}/logs?after=${first.body.total}`);
    expect(grown.body.total).toBeGreaterThan(first.body.total);
    expect(grown.body.lines.at(-1)).toMatchObject({ event: 'step.completed', step_id: 'b' });

    const log = path.join(api.runsDir, runId, 'audit/log.jsonl');
    const text = fs.readFileSync(log, 'utf8');
    fs.writeFileSync(log, text.replace('"step_id":"a"', '"step_id":"z"'));
    const refused = await api.client.get<Problem>(`${base}/logs?limit=2`);
    expect([refused.status, refused.body.code]).toEqual([409, 'INTEGRITY']);
  });

  test('a poll that holds the view as it is gets 304 without a body; any change gives a new entity tag', async () => {
    const runId = await heldRun();
    const base = `/workflows/runs/${runId}`;
    await api.client.post(`${base}/steps`, step('a', 'observe'));
    const first = await api.client.get(base);
    const tag = first.headers.get('etag') ?? '';
    expect(tag).toMatch(/^"[^"]+"$/);
    for (const held of [tag, `W/${tag}`, `"other", ${tag}`, '*']) {
      const same = await api.client.get(base, undefined, { 'if-none-match': held });
      expect([same.status, same.body, same.headers.get('etag')]).toEqual([304, undefined, tag]);
    }
    const other = await api.client.get(base, undefined, { 'if-none-match': '"other"' });
    expect([other.status, other.body]).toEqual([200, first.body]);

    await api.client.post(`${base}/steps`, step('b', 'observe'));
    const changed = await api.client.get(base, undefined, { 'if-none-match': tag });
    expect(changed.status).toBe(200);
    expect(changed.headers.get('etag')).not.toBe(tag);
    expect(changed.body.steps.map((record) => record.step_id)).toEqual(['note', 'a', 'b']);
  });
});
