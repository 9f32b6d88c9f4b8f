import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as path from 'node:path';
import { once } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';
import { createEchoBackend } from '../../src/backends/echo.js';
import { SEAL } from '../../src/core/run-files.js';
import { startRun, verifyFolder } from '../../src/store/run-service.js';
import { treeDigest } from '../helpers.js';
import { startApi, threeSteps, TOKENS, type Problem, type TestApi } from './api-harness.js';

let api: TestApi;
beforeAll(async () => {
  api = await startApi();
});
afterAll(async () => {
  await api.close();
});

const FLAG_NOTES = [
  { id: 'review-notes', match: { op: 'write_text' }, decision: 'flag', reason: 'notes are reviewed' },
];

/** A run paused at gate flag-s2, created by alice. */
async function pausedRun(extra = {}): Promise<string> {
  const created = await api.client.post('/workflows/runs?wait=true', {
    workflow: threeSteps(FLAG_NOTES, extra),
  });
  expect(created.body).toMatchObject({ status: 'paused', gate: { gate_id: 'flag-s2', status: 'pending' } });
  return created.body.run_id;
}

const runFolders = () => (fs.existsSync(api.runsDir) ? fs.readdirSync(api.runsDir) : []);

describe('identity', () => {
  test('a request without a token gets 401 with a Bearer challenge, and nothing is written', async () => {
    const before = runFolders();
    const response = await api.client.call<Problem>('POST', '/workflows/runs', {
      token: null,
      body: { workflow: threeSteps() },
    });
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toBe('Bearer realm="awo"');
    expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(response.body).toMatchObject({
      status: 401,
      code: 'UNAUTHENTICATED',
      instance: '/workflows/runs',
    });
    expect(runFolders()).toEqual(before);
  });

  test('a wrong token gets 401, also on reads', async () => {
    const runId = await pausedRun();
    const response = await api.client.get<Problem>(`/workflows/runs/${runId}`, 'not-a-real-token-at-all-000');
    expect(response.status).toBe(401);
    expect(response.body.code).toBe('UNAUTHENTICATED');
    const almost = await api.client.get<Problem>(`/workflows/runs/${runId}`, TOKENS.bob.slice(0, -1) + 'X');
    expect(almost.status).toBe(401);
  });

  test('a read-only token cannot approve (403), and the gate stays pending', async () => {
    const runId = await pausedRun();
    const response = await api.client.patch<Problem>(
      `/workflows/runs/${runId}/gates/flag-s2`,
      { decision: 'approved' },
      TOKENS.carol,
    );
    expect(response.status).toBe(403);
    expect(response.body.code).toBe('FORBIDDEN');
    const create = await api.client.post<Problem>(
      '/workflows/runs',
      { workflow: threeSteps() },
      TOKENS.carol,
    );
    expect(create.status).toBe(403);
    const run = await api.client.get(`/workflows/runs/${runId}`, TOKENS.carol);
    expect(run.body.gate).toMatchObject({ gate_id: 'flag-s2', status: 'pending' });
  });

  test("the actor recorded is the token's: a body cannot name another actor", async () => {
    const runId = await pausedRun();
    const response = await api.client.patch<Problem>(
      `/workflows/runs/${runId}/gates/flag-s2`,
      { decision: 'approved', actor: 'mallory' },
      TOKENS.bob,
    );
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual([
      expect.objectContaining({ pointer: '', detail: expect.stringContaining('"actor"') }),
    ]);
    const approved = await api.client.patch(
      `/workflows/runs/${runId}/gates/flag-s2`,
      { decision: 'approved' },
      TOKENS.bob,
    );
    expect(approved.body.gate?.resolution?.actor).toBe('bob');
  });

  test("self-approval is refused unless the policy allows it; rejecting one's own run is fine", async () => {
    const runId = await pausedRun();
    const self = await api.client.patch<Problem>(
      `/workflows/runs/${runId}/gates/flag-s2`,
      { decision: 'approved' },
      TOKENS.alice,
    );
    expect(self.status).toBe(403);
    expect(self.body.code).toBe('SELF_APPROVAL');
    expect((await api.client.get(`/workflows/runs/${runId}`)).body.gate?.status).toBe('pending');
    const rejected = await api.client.patch(
      `/workflows/runs/${runId}/gates/flag-s2`,
      { decision: 'rejected', comment: 'my mistake' },
      TOKENS.alice,
    );
    expect(rejected.body.status).toBe('rejected');

    const allowed = await pausedRun({ allow_self_approval: true });
    const approved = await api.client.patch(
      `/workflows/runs/${allowed}/gates/flag-s2`,
      { decision: 'approved' },
      TOKENS.alice,
    );
    expect(approved.status).toBe(200);
    expect(approved.body.gate?.resolution?.actor).toBe('alice');
  });

  test('a gate that needs two approvers is not passed by one decision over the API (409, nothing changed)', async () => {
    const workflow = threeSteps() as ReturnType<typeof threeSteps> & { steps: unknown[] };
    workflow.steps.splice(1, 0, { id: 'review', op: 'audit_gate', args: { min_approvals: 2 } });
    const created = await api.client.post('/workflows/runs?wait=true', { workflow });
    expect(created.body).toMatchObject({ status: 'paused', gate: { gate_id: 'review' } });
    const runId = created.body.run_id;
    const before = treeDigest(path.join(api.runsDir, runId));
    const one = await api.client.patch<Problem>(
      `/workflows/runs/${runId}/gates/review`,
      { decision: 'approved' },
      TOKENS.bob,
    );
    expect(one.status).toBe(409);
    expect(one.body.detail).toContain('needs 2 distinct approvers, and its approval names 1 (bob)');
    expect(treeDigest(path.join(api.runsDir, runId))).toEqual(before);
    const rejected = await api.client.patch(
      `/workflows/runs/${runId}/gates/review`,
      { decision: 'rejected', comment: 'one reviewer cannot pass it' },
      TOKENS.bob,
    );
    expect(rejected.body.status).toBe('rejected');
  });

  test('the OpenAPI document is public and the validator rejects a body that does not match it', async () => {
    const response = await fetch(`${api.client.url}/openapi.json`);
    expect(response.status).toBe(200);
    const validate = api.client.validator.schemaFor('#/components/schemas/RunView');
    expect(validate({ run_id: 'x' })).toBe(false);
  });
});

describe('concurrency', () => {
  test('two conflicting gate decisions at once: exactly one wins, the other gets 409', async () => {
    for (let round = 0; round < 4; round++) {
      const runId = await pausedRun();
      const route = `/workflows/runs/${runId}/gates/flag-s2`;
      const answers = await Promise.all([
        api.client.patch<Problem>(route, { decision: 'approved', comment: 'yes' }, TOKENS.bob),
        api.client.patch<Problem>(route, { decision: 'rejected', comment: 'no' }, TOKENS.bob),
      ]);
      expect(answers.map((answer) => answer.status).sort()).toEqual([200, 409]);
      const loser = answers.find((answer) => answer.status === 409);
      expect(loser?.body.code).toBe('ILLEGAL_TRANSITION');
      const run = await api.client.get(`/workflows/runs/${runId}`);
      const winner = answers[0]?.status === 200 ? 'approved' : 'rejected';
      expect(run.body.gates).toHaveLength(1);
      expect(run.body.gates[0]?.status).toBe(winner);
      expect(run.body.status).toBe(winner === 'approved' ? 'paused' : 'rejected');
      expect(verifyFolder(path.join(api.runsDir, runId)).ok).toBe(true);
    }
  });

  test('parallel external steps on one run are serialised into one unbroken chain', async () => {
    const created = await api.client.post('/workflows/runs?wait=true', {
      workflow: threeSteps(),
      start: false,
    });
    const runId = created.body.run_id;
    const answers = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        api.client.post(`/workflows/runs/${runId}/steps`, {
          id: `ext${i}`,
          input: { i },
          output: { ok: true },
        }),
      ),
    );
    expect(answers.every((answer) => answer.status === 200)).toBe(true);
    const resumed = await api.client.patch(`/workflows/runs/${runId}/status?wait=true`, { action: 'resume' });
    expect(resumed.body.status).toBe('completed');
    expect(resumed.body.receipts).toBe(15);
    expect(verifyFolder(path.join(api.runsDir, runId)).ok).toBe(true);
  });
});

describe('bad input', () => {
  test('malformed JSON is a 400 problem', async () => {
    const before = runFolders();
    const response = await api.client.call<Problem>('POST', '/workflows/runs', { raw: '{"workflow": {' });
    expect(response.status).toBe(400);
    expect(response.body.code).toBe('MALFORMED_JSON');
    expect(runFolders()).toEqual(before);
  });

  test('a body of the wrong type or size, nested too deep or with a __proto__ key gets a documented problem, not a framework code or a 500', async () => {
    const before = runFolders();
    const form = await api.client.call<Problem>('POST', '/workflows/runs', {
      raw: 'workflow_path=a.json',
      contentType: 'application/x-www-form-urlencoded',
    });
    expect([form.status, form.body.code]).toEqual([415, 'UNSUPPORTED_MEDIA_TYPE']);
    expect(form.body.type).toMatch(/#problem-unsupported-media-type$/);
    const big = await api.client.call<Problem>('POST', '/workflows/runs', {
      raw: JSON.stringify({ workflow_path: 'x'.repeat(17 * 1024 * 1024) }),
    });
    expect([big.status, big.body.code]).toEqual([413, 'BODY_TOO_LARGE']);
    const held = await api.client.post('/workflows/runs?wait=true', { workflow: threeSteps(), start: false });
    const deep = await api.client.call<Problem>('POST', `/workflows/runs/${held.body.run_id}/steps`, {
      raw: `{"id":"deep","input":{"x":${'['.repeat(5000)}${']'.repeat(5000)}},"output":{}}`,
    });
    expect([deep.status, deep.body.code]).toEqual([400, 'INPUT_INVALID']);
    expect(deep.body.errors?.[0]).toMatchObject({ pointer: expect.stringMatching(/^\/input\/x\/0\/0\//) });
    const proto = await api.client.call<Problem>('POST', `/workflows/runs/${held.body.run_id}/steps`, {
      raw: '{"id":"p","input":{"__proto__":{"admin":true}},"output":{}}',
    });
    expect([proto.status, proto.body.code]).toEqual([400, 'INPUT_INVALID']);
    expect(proto.body.errors?.[0]).toMatchObject({ pointer: '/input/__proto__' });
    expect(runFolders()).toEqual([...before, held.body.run_id].sort());
  });

  test('a run folder that does not verify is a 409 INTEGRITY for every move, naming the run but not where the server keeps it; a read shows what was sealed', async () => {
    // A run another session made (the CLI), read for the first time, is shown from its seal (issue 19): the
    // state its last stop sealed, which an edit of the trail since does not change; the first move that
    // would build on the trail re-derives it and finds the edit.
    const file = path.join(api.root, 'three-steps.json');
    fs.writeFileSync(file, JSON.stringify(threeSteps()));
    const other = await startRun({
      workflowPath: file,
      runsDir: api.runsDir,
      backend: createEchoBackend(),
      actor: 'cli-user',
      env: {},
      cwd: api.root,
    });
    const otherId = path.basename(other.runDir);
    const trail = path.join(other.runDir, 'audit/log.jsonl');
    fs.writeFileSync(trail, fs.readFileSync(trail, 'utf8').replace('"cli-user"', '"cli-usex"'));
    const read = await api.client.get(`/workflows/runs/${otherId}`);
    expect([read.status, read.body.status]).toEqual([200, 'completed']);
    const refused = await api.client.post<Problem>(`/workflows/runs/${otherId}/gates`, { reason: 'look' });
    expect([refused.status, refused.body.code]).toEqual([409, 'INTEGRITY']);
    expect(refused.body.detail).toContain(`run folder ${otherId}: audit/log.jsonl`);
    expect(refused.body.detail).not.toContain(api.runsDir);

    // A run this server worked on is shown from memory (its audit trail unchanged), but no move goes on from it.
    const created = await api.client.post('/workflows/runs?wait=true', { workflow: threeSteps() });
    const runId = created.body.run_id;
    fs.appendFileSync(path.join(api.runsDir, runId, 'metadata.json'), ' ');
    expect((await api.client.get(`/workflows/runs/${runId}`)).body.status).toBe('completed');
    const moved = await api.client.post<Problem>(`/workflows/runs/${runId}/gates`, { reason: 'look' });
    expect([moved.status, moved.body.code]).toEqual([409, 'INTEGRITY']);
    expect(moved.body.detail).toContain(`run folder ${runId}: metadata.json`);
    expect(moved.body.detail).not.toContain(api.runsDir);
  });

  test('a refused request changes nothing in a folder a crash left something to recover in', async () => {
    const created = await api.client.post('/workflows/runs?wait=true', { workflow: threeSteps() });
    const dir = path.join(api.runsDir, created.body.run_id);
    for (const file of SEAL) fs.rmSync(path.join(dir, file));
    fs.appendFileSync(path.join(dir, 'audit/log.jsonl'), '{"seq":');
    const before = treeDigest(dir);
    const base = `/workflows/runs/${created.body.run_id}`;
    const answers = [
      await api.client.patch(`${base}/gates/manual-001`, { decision: 'approved' }, TOKENS.bob),
      await api.client.patch(`${base}/status?wait=true`, { action: 'resume' }),
      await api.client.patch(`${base}/status`, { action: 'cancel' }),
      await api.client.post(`${base}/gates`, { reason: 'look' }),
      await api.client.post(`${base}/steps`, { id: 's1', input: {}, output: {} }),
    ];
    expect(answers.map((answer) => answer.status)).toEqual([404, 409, 409, 409, 409]);
    expect(treeDigest(dir)).toEqual(before);
  });

  test('unknown fields are refused: in the body with a JSON Pointer, inside the workflow with its JSON path', async () => {
    const body = await api.client.post<Problem>('/workflows/runs?wait=true', {
      workflow: threeSteps(),
      priority: 'high',
    });
    expect(body.status).toBe(400);
    expect(body.body.code).toBe('INPUT_INVALID');
    expect(body.body.errors).toEqual([
      { pointer: '', detail: expect.stringContaining('unknown key "priority"') },
    ]);

    const workflow = { ...threeSteps(), steps: [{ op: 'llm_map', prompt: 'x', colour: 'red' }] };
    const inside = await api.client.post<Problem>('/workflows/runs?wait=true', { workflow });
    expect(inside.status).toBe(400);
    expect(inside.body.code).toBe('INPUT_INVALID');
    expect(inside.body.errors).toEqual([
      { detail: expect.stringMatching(/steps\[0\].*unknown key "colour"/), pointer: '/workflow/steps/0' },
    ]);
  });

  test('a workflow the loader refuses lists every problem (duplicate id, forward reference) and writes nothing', async () => {
    const before = runFolders();
    const steps = [
      { id: 'a', op: 'llm_map', prompt: 'uses {{steps.b.text}}' },
      { id: 'a', op: 'llm_map', prompt: 'again' },
      { id: 'b', op: 'write_text', args: { path: 'out.txt', text: 'x' } },
    ];
    const response = await api.client.post<Problem>('/workflows/runs?wait=true', { workflow: { steps } });
    expect(response.status).toBe(400);
    const details = (response.body.errors ?? []).map((error) => error.detail);
    expect(details).toEqual([
      expect.stringContaining('steps[1].id: duplicate id "a"'),
      expect.stringContaining('steps[0].prompt: references step "b"'),
    ]);
    expect(runFolders()).toEqual(before);
  });

  test('an unknown run, a malformed run id and an unknown gate are 404', async () => {
    expect((await api.client.get<Problem>('/workflows/runs/run_2020-01-01T00-00-00Z')).status).toBe(404);
    expect((await api.client.get<Problem>('/workflows/runs/..%2F..%2Fetc')).status).toBe(404);
    expect((await api.client.get<Problem>('/workflows/runs/run_2020-01-01T00-00-00Z/logs')).status).toBe(404);
    const runId = await pausedRun();
    const gate = await api.client.patch<Problem>(
      `/workflows/runs/${runId}/gates/nope`,
      { decision: 'approved' },
      TOKENS.bob,
    );
    expect(gate.status).toBe(404);
    expect(gate.body.code).toBe('NOT_FOUND');
    expect((await api.client.get<Problem>('/no/such/route')).status).toBe(404);
  });

  test('workflow and policy paths outside the workflows folder are refused, through .. , absolute paths or symlinks', async () => {
    const outside = path.join(api.root, 'secret.json');
    fs.writeFileSync(outside, JSON.stringify(threeSteps()));
    fs.symlinkSync(outside, path.join(api.workflowsDir, 'link.json'));
    const before = runFolders();
    for (const workflowPath of ['../secret.json', outside, 'link.json']) {
      const response = await api.client.post<Problem>('/workflows/runs?wait=true', {
        workflow_path: workflowPath,
      });
      expect(response.status).toBe(403);
      expect(response.body.code).toBe('PATH_OUTSIDE_ALLOWED_FOLDER');
    }
    const policyOutside = await api.client.post<Problem>('/workflows/runs?wait=true', {
      workflow: { ...threeSteps(), policy: '../secret.json' },
    });
    expect(policyOutside.status).toBe(403);
    const missing = await api.client.post<Problem>('/workflows/runs?wait=true', {
      workflow_path: 'missing.json',
    });
    expect(missing.status).toBe(400);
    expect(runFolders()).toEqual(before);
  });

  test('both or neither of workflow and workflow_path, and an unknown status action, are 400', async () => {
    expect((await api.client.post<Problem>('/workflows/runs?wait=true', {})).status).toBe(400);
    expect(
      (
        await api.client.post<Problem>('/workflows/runs?wait=true', {
          workflow: threeSteps(),
          workflow_path: 'x.json',
        })
      ).status,
    ).toBe(400);
    const runId = await pausedRun();
    const response = await api.client.patch<Problem>(`/workflows/runs/${runId}/status`, {
      action: 'explode',
    });
    expect(response.status).toBe(400);
    expect(response.body.errors?.[0]?.pointer).toBe('/action');
  });

  test('a client that closes its connection halfway through a body is not logged as a fault of the server (helper-50)', async () => {
    const { port } = new URL(api.client.url);
    for (let i = 0; i < 3; i++) {
      const socket = net.connect(Number(port), '127.0.0.1');
      await once(socket, 'connect');
      socket.write(
        `POST /workflows/runs HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${TOKENS.alice}\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"workf`,
      );
      await sleep(50);
      socket.destroy();
    }
    await sleep(100);
    expect((await fetch(`${api.client.url}/openapi.json`)).status).toBe(200);
    // Checked with everything else below: before, each left "Error: aborted" and its stack in the log.
    expect(api.logs).toEqual([]);
  });

  test('nothing failed inside the server', () => {
    expect(api.logs).toEqual([]);
  });
});
