import { afterEach, describe, expect, it } from '@jest/globals';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApiCallFailed, GovernanceClient } from '../../src/proof/pt004-api-client.js';

/** A stand-in that answers each request from a script, in order, and keeps what it was asked. */
async function scripted(answers: { status: number; body: unknown }[]) {
  const seen: { method: string; url: string; auth: string; body: string }[] = [];
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      seen.push({
        method: req.method ?? '',
        url: req.url ?? '',
        auth: req.headers.authorization ?? '',
        body,
      });
      const answer = answers.shift() ?? { status: 500, body: { code: 'INTERNAL', detail: 'script ran out' } };
      res.writeHead(answer.status, { 'content-type': 'application/json' }).end(JSON.stringify(answer.body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  servers.push(server);
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, seen };
}

const servers: http.Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((resolve) => s.close(resolve))));
});

const runner = { actor: 'runner', token: 'runner-token-0123456789' };
const run = (status: string) => ({ run_id: 'run_1', status, steps: [], gates: [], gate: null });

describe('GovernanceClient', () => {
  it('waits for a run a server answered 202 running, by polling GET until it stops', async () => {
    const { url, seen } = await scripted([
      { status: 202, body: run('running') },
      { status: 200, body: run('running') },
      { status: 200, body: run('paused') },
    ]);
    const client = new GovernanceClient(url, { attempts: 5, intervalMs: 1 });
    const view = await client.createRun(runner, { steps: [] });
    expect(view.status).toBe('paused');
    expect(seen.map((r) => `${r.method} ${r.url}`)).toEqual([
      'POST /workflows/runs',
      'GET /workflows/runs/run_1',
      'GET /workflows/runs/run_1',
    ]);
    expect(seen[0].auth).toBe(`Bearer ${runner.token}`);
    expect(JSON.parse(seen[0].body)).toEqual({ workflow: { steps: [] } });
    expect(client.calls.map((c) => [c.status, c.runStatus])).toEqual([
      [202, 'running'],
      [200, 'running'],
      [200, 'paused'],
    ]);
  });

  it('stops polling after its bound and returns the run as still running', async () => {
    const { url, seen } = await scripted([
      { status: 200, body: run('running') },
      ...Array.from({ length: 10 }, () => ({ status: 200, body: run('running') })),
    ]);
    const client = new GovernanceClient(url, { attempts: 3, intervalMs: 1 });
    expect((await client.resume(runner, 'run_1')).status).toBe('running');
    expect(seen).toHaveLength(4);
  });

  it('turns a problem answer into ApiCallFailed naming the request, actor, status and code, never the token', async () => {
    const { url } = await scripted([
      { status: 409, body: { code: 'ILLEGAL_TRANSITION', detail: 'the gate is still pending' } },
    ]);
    const client = new GovernanceClient(url);
    const err = await client.resume(runner, 'run_1').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiCallFailed);
    expect((err as Error).message).toBe(
      'PATCH /workflows/runs/run_1/status as runner answered 409: ILLEGAL_TRANSITION: the gate is still pending',
    );
    expect(client.calls).toEqual([
      { actor: 'runner', method: 'PATCH', path: '/workflows/runs/run_1/status', status: 409 },
    ]);
  });

  it('reads the whole audit trail page by page', async () => {
    const line = (seq: number) => ({ seq, event: 'x' });
    const { url, seen } = await scripted([
      { status: 200, body: { run_id: 'run_1', lines: [line(1), line(2)], total: 3, next_after: 2 } },
      { status: 200, body: { run_id: 'run_1', lines: [line(3)], total: 3, next_after: null } },
    ]);
    const lines = await new GovernanceClient(url).logs(runner, 'run_1');
    expect(lines.map((l) => l.seq)).toEqual([1, 2, 3]);
    expect(seen.map((r) => r.url)).toEqual([
      '/workflows/runs/run_1/logs?after=0&limit=1000',
      '/workflows/runs/run_1/logs?after=2&limit=1000',
    ]);
  });
});
