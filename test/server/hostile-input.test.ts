import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { once } from 'node:events';
import { execFileSync, spawn } from 'node:child_process';
import { createEchoBackend } from '../../src/backends/echo.js';
import { buildServer } from '../../src/server/app.js';
import { TokenTable } from '../../src/server/auth.js';
import { FRAMEWORK_CODES } from '../../src/server/problem.js';
import { DEFAULT_HTTP_LIMITS, type HttpLimits } from '../../src/server/http-limits.js';
import { AllowedFolder } from '../../src/server/workflow-source.js';
import { ApiClient, TOKENS, TOKENS_FILE, validatorFor, type Problem } from './api-harness.js';
import { treeDigest } from '../helpers.js';

interface Served {
  url: string;
  port: number;
  client: ApiClient;
  root: string;
  close(): Promise<void>;
}

/** A client of `app` listening on a free 127.0.0.1 port. */
async function listening(app: ReturnType<typeof buildServer>['app']): Promise<ApiClient> {
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  if (typeof address !== 'object' || address === null) throw new Error('server has no port');
  const url = `http://127.0.0.1:${address.port}`;
  return new ApiClient(url, await validatorFor(url));
}

/** A real server on 127.0.0.1 with the given limits. */
async function serve(limits: Partial<HttpLimits> = {}): Promise<Served> {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'awo-hostile-'));
  fs.mkdirSync(path.join(root, 'workflows'));
  const backend = createEchoBackend();
  const { app } = buildServer({
    runsDir: path.join(root, 'runs'),
    workflows: new AllowedFolder(path.join(root, 'workflows')),
    tokens: new TokenTable(TOKENS_FILE),
    backend,
    backendFor: () => backend,
    environment: { tool: 'test' },
    limits,
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  if (typeof address !== 'object' || address === null) throw new Error('server has no port');
  const url = `http://127.0.0.1:${address.port}`;
  return {
    url,
    port: address.port,
    client: new ApiClient(url, await validatorFor(url)),
    root,
    async close() {
      await app.close();
      fs.rmSync(root, { recursive: true, force: true });
    },
  };
}

/** The documented problem codes: one anchor per code in docs/server.md. */
const DOCUMENTED = new Set(
  [...fs.readFileSync('docs/server.md', 'utf8').matchAll(/<a id="problem-([a-z-]+)"><\/a>`([A-Z_]+)`/g)].map(
    (match) => match[2],
  ),
);

/** Sends raw bytes on a fresh connection and reads until the server closes it (or `end` says the answer is in). */
async function raw(
  port: number,
  bytes: string | Buffer,
): Promise<{ status: number; type: string; body: Problem }> {
  const socket = net.connect(port, '127.0.0.1');
  await once(socket, 'connect');
  const chunks: Buffer[] = [];
  socket.on('data', (chunk: Buffer) => chunks.push(chunk));
  socket.write(bytes);
  await once(socket, 'close');
  const text = Buffer.concat(chunks).toString('utf8');
  const [head, body = ''] = text.split('\r\n\r\n');
  const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(head)?.[1]);
  const type = /content-type: *([^\r;]+)/i.exec(head)?.[1] ?? '';
  return { status, type, body: JSON.parse(body) as Problem };
}

/** A socket that connected (and, if `partial` is given, sent it and stopped). */
async function openSocket(port: number, partial?: string): Promise<net.Socket> {
  const socket = net.connect(port, '127.0.0.1');
  socket.on('error', () => undefined);
  socket.resume(); // read what the server sends, so its close is seen
  await once(socket, 'connect');
  if (partial !== undefined) socket.write(partial);
  return socket;
}

/**
 * A new connection sending a whole GET /openapi.json (with `extraHeaders`), kept in `sockets`: the start of
 * its answer (`HTTP/1.1 200`), or 'closed' when the server closes it without one.
 */
function newcomer(port: number, sockets: net.Socket[], extraHeaders: string): Promise<string> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    sockets.push(socket);
    socket.on('error', () => undefined);
    socket.once('data', (chunk: Buffer) => resolve(chunk.toString('latin1').slice(0, 12)));
    socket.once('close', () => resolve('closed'));
    socket.write(`GET /openapi.json HTTP/1.1\r\nHost: x\r\n${extraHeaders}\r\n`);
  });
}

/** A create-run body: one llm_map step under an inline policy of the given rules. */
const runWith = (prompt: string, rules: unknown[]) => ({
  workflow: {
    policy: { id: 'p', tier: 't', default: 'allow', rules },
    steps: [{ id: 's1', op: 'llm_map', prompt }],
  },
});

const evilRun = (prompt: string) =>
  runWith(prompt, [{ id: 'no-as', match: { prompt_regex: '^(a|a)+$' }, decision: 'deny', reason: 'only a' }]);

describe('one server, hostile requests', () => {
  let api: Served;
  beforeAll(async () => {
    api = await serve();
  });
  afterAll(async () => {
    await api.close();
  });

  test('a policy regex ^(a|a)+$ on forty a and a ! does not stall the server: the run ends and the next request is answered', async () => {
    const created = await api.client.post('/workflows/runs?wait=true', evilRun(`${'a'.repeat(40)}!`));
    expect([created.status, created.body.status]).toEqual([201, 'completed']);
    const denied = await api.client.post('/workflows/runs?wait=true', evilRun('a'.repeat(5000)));
    expect([denied.status, denied.body.status]).toEqual([201, 'failed']);
    const document = await fetch(`${api.url}/openapi.json`);
    expect(document.status).toBe(200);
  });

  test('a short pattern compiling to a huge program is refused at load time, naming the rule and the limit', async () => {
    const pattern = `${'.{1000}'.repeat(20)}[bc]`;
    const response = await api.client.call<Problem>('POST', '/workflows/runs', {
      body: runWith('a'.repeat(100_000), [
        { id: 'wide', match: { prompt_regex: pattern }, decision: 'deny', reason: 'r' },
      ]),
    });
    expect([response.status, response.body.code]).toEqual([400, 'INPUT_INVALID']);
    expect(response.body.errors?.[0]).toMatchObject({
      pointer: '/workflow/policy/rules/0/match/prompt_regex',
      detail: expect.stringContaining('rule "wide"'),
    });
    expect(response.body.errors?.[0]?.detail).toContain('at most 2000 are accepted');
    expect((await fetch(`${api.url}/openapi.json`)).status).toBe(200);
  });

  test("a prompt too long for a rule's regex budget ends the run denied, naming the rule and the limit", async () => {
    const rules = [
      { id: 'wide', match: { prompt_regex: `${'.{100}'.repeat(15)}[bc]` }, decision: 'allow', reason: 'r' },
    ];
    const created = await api.client.post('/workflows/runs?wait=true', runWith('a'.repeat(100_000), rules));
    expect([created.status, created.body.status]).toEqual([201, 'failed']);
    expect(created.body.failure).toMatchObject({ kind: 'denied', step_id: 's1' });
    expect(created.body.failure?.reason).toContain('prompt_regex budget exceeded: rule "wide"');
    expect(created.body.failure?.reason).toContain('at most 16000000');
    expect((await fetch(`${api.url}/openapi.json`)).status).toBe(200);
  });

  test('a regex that needs backtracking is refused with a pointer to the rule', async () => {
    const response = await api.client.call<Problem>('POST', '/workflows/runs', {
      body: runWith('x', [{ id: 'back', match: { prompt_regex: '(a)\\1' }, decision: 'deny', reason: 'r' }]),
    });
    expect([response.status, response.body.code]).toEqual([400, 'INPUT_INVALID']);
    expect(response.body.errors?.[0]).toMatchObject({
      pointer: '/workflow/policy/rules/0/match/prompt_regex',
      detail: expect.stringContaining('rule "back"'),
    });
  });

  test('pointers come from the validator: keys holding . [ / and ~ point where they are', async () => {
    const response = await api.client.call<Problem>('POST', '/workflows/runs', {
      body: runWith('x', [
        { id: 'r', match: { params: { 'a.b[0]/c~d': { gt: 'one' } } }, decision: 'deny', reason: 'r' },
      ]),
    });
    expect(response.status).toBe(400);
    expect(response.body.errors?.[0]).toMatchObject({
      pointer: '/workflow/policy/rules/0/match/params/a.b[0]~1c~0d/gt',
      detail: expect.stringContaining('policy.rules[0].match.params["a.b[0]/c~d"].gt'),
    });
    const body = await api.client.call<Problem>('POST', '/workflows/runs', {
      body: { workflow_path: 'w.json', 'odd.key/x': 1 },
    });
    expect(body.body.errors?.[0]).toMatchObject({ pointer: '' });
    expect(body.body.detail).toContain('"odd.key/x"');
  });

  test('a body of invalid UTF-8 is refused with its byte offset', async () => {
    const response = await fetch(`${api.url}/workflows/runs`, {
      method: 'POST',
      headers: { authorization: `Bearer ${TOKENS.alice}`, 'content-type': 'application/json' },
      body: Buffer.concat([Buffer.from('{"workflow_path":"'), Buffer.from([0xff, 0xfe]), Buffer.from('"}')]),
    });
    const problem = (await response.json()) as Problem;
    expect([response.status, problem.code]).toEqual([400, 'MALFORMED_JSON']);
    expect(problem.detail).toContain('byte offset 18');
  });

  test('a body key given twice or a lone surrogate escape is refused with a pointer, not read one way', async () => {
    for (const [body, pointer, words] of [
      ['{"workflow_path":"a.json","workflow_path":"b.json"}', '/workflow_path', 'appears twice'],
      ['{"workflow_path":"a\\ud800.json"}', '/workflow_path', 'lone UTF-16 surrogate'],
      // JSON.parse reads it as Infinity: an external step's output answered 500, an inline workflow's became null.
      [
        '{"workflow":{"steps":[{"op":"llm_map","prompt":"p","params":{"temperature":1e400}}]}}',
        '/workflow/steps/0/params/temperature',
        'too large to be a finite number',
      ],
    ]) {
      const response = await fetch(`${api.url}/workflows/runs`, {
        method: 'POST',
        headers: { authorization: `Bearer ${TOKENS.alice}`, 'content-type': 'application/json' },
        body,
      });
      const problem = (await response.json()) as Problem & { errors?: { pointer: string }[] };
      expect([response.status, problem.code]).toEqual([400, 'INPUT_INVALID']);
      expect(problem.detail).toContain(words);
      expect(problem.errors?.[0]?.pointer).toBe(pointer);
    }
  });

  test('a workflow_path naming a file that is not JSON is refused without quoting the file (helper-50)', async () => {
    fs.writeFileSync(path.join(api.root, 'workflows', 'secret.env'), 'sk-proj-SECRET123');
    const response = await api.client.call<Problem>('POST', '/workflows/runs', {
      body: { workflow_path: 'secret.env' },
    });
    expect([response.status, response.body.code]).toEqual([400, 'INPUT_INVALID']);
    expect(response.body.detail).toContain('secret.env: not valid JSON');
    expect(JSON.stringify(response.body)).not.toMatch(/sk-proj|SECRET|'s'/);
  });

  test('a workflow_path naming a FIFO is refused without waiting for a writer', async () => {
    execFileSync('mkfifo', [path.join(api.root, 'workflows', 'pipe.json')]);
    const response = await api.client.call<Problem>('POST', '/workflows/runs', {
      body: { workflow_path: 'pipe.json' },
    });
    expect([response.status, response.body.code]).toEqual([400, 'INPUT_INVALID']);
    expect(response.body.detail).not.toContain(api.root);
  });

  test('a run whose lock snapshot nests deep, or whose trail is a FIFO, answers /logs 409 naming the file, never hangs', async () => {
    const created = await api.client.post('/workflows/runs?wait=true', runWith('hi', []));
    expect(created.status).toBe(201);
    const dir = path.join(api.root, 'runs', created.body.run_id);
    const logs = () => api.client.call<Problem>('GET', `/workflows/runs/${created.body.run_id}/logs`);
    const lock = path.join(dir, 'lock.snapshot.json');
    const kept = fs.readFileSync(lock);
    fs.writeFileSync(lock, `${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}`);
    const deep = await logs();
    expect([deep.status, deep.body.code]).toEqual([409, 'INTEGRITY']);
    expect(deep.body.detail).toContain('lock.snapshot.json');
    fs.writeFileSync(lock, kept);
    fs.rmSync(path.join(dir, 'audit/log.jsonl'));
    execFileSync('mkfifo', [path.join(dir, 'audit/log.jsonl')]);
    // Each would hold a thread of the pool for ever if the FIFO were opened to be read.
    const answers = await Promise.all([logs(), logs(), logs(), logs(), logs()]);
    for (const answer of answers) {
      expect([answer.status, answer.body.code]).toEqual([409, 'INTEGRITY']);
      expect(answer.body.detail).toContain('audit/log.jsonl');
    }
    // The run's view, and moves on it, meet the same evidence: the run's fault (409), not the request's.
    const view = await api.client.call<Problem>('GET', `/workflows/runs/${created.body.run_id}`);
    const retried = await api.client.call<Problem>(
      'PATCH',
      `/workflows/runs/${created.body.run_id}/status?wait=true`,
      { body: { action: 'retry' } },
    );
    const decided = await api.client.call<Problem>(
      'PATCH',
      `/workflows/runs/${created.body.run_id}/gates/g`,
      { body: { decision: 'approved' }, token: TOKENS.bob },
    );
    for (const answer of [view, retried, decided]) {
      expect([answer.status, answer.body.code]).toEqual([409, 'INTEGRITY']);
      expect(answer.body.detail).toContain('audit/log.jsonl');
    }
  });

  test('every error a client can provoke from outside is problem+json with a documented code', async () => {
    const seen = new Map<string, { status: number; type: string; code: string }>();
    const record = (what: string, status: number, type: string, body: Problem) =>
      seen.set(what, { status, type, code: body.code });
    const call = async (what: string, method: string, route: string, init: RequestInit = {}) => {
      const response = await fetch(`${api.url}${route}`, { method, ...init });
      record(
        what,
        response.status,
        response.headers.get('content-type') ?? '',
        (await response.json()) as Problem,
      );
    };
    const auth = { authorization: `Bearer ${TOKENS.alice}` };
    // Fastify's codes, each provoked as a client would.
    await call('FST_ERR_CTP_INVALID_MEDIA_TYPE (text/plain)', 'POST', '/workflows/runs', {
      headers: { ...auth, 'content-type': 'text/plain' },
      body: 'workflow_path=a.json',
    });
    await call('FST_ERR_CTP_INVALID_MEDIA_TYPE (no type)', 'POST', '/workflows/runs', {
      headers: { ...auth, 'content-type': '' },
      body: '{}',
    });
    await call('FST_ERR_CTP_BODY_TOO_LARGE', 'POST', '/workflows/runs', {
      headers: { ...auth, 'content-type': 'application/json' },
      body: JSON.stringify({ workflow_path: 'x'.repeat(17 * 1024 * 1024) }),
    });
    await call('FST_ERR_MAX_PARAM_LENGTH', 'GET', `/workflows/runs/run_${'x'.repeat(120)}`, {
      headers: auth,
    });
    await call('FST_ERR_BAD_URL', 'GET', '/workflows/runs/%E0%A4%A', { headers: auth });
    await call('FST_ERR_NOT_FOUND', 'DELETE', '/workflows/runs', { headers: auth });
    // Node's parser and limits, before any route.
    for (const [what, bytes] of [
      [
        'HPE_HEADER_OVERFLOW',
        `GET /openapi.json HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`,
      ],
      ['HPE_INVALID_METHOD', 'BREW /coffee HTCPCP/1.0\r\n\r\n'],
      ['HPE_INVALID_HEADER_TOKEN', 'GET / HTTP/1.1\r\nHo st: x\r\n\r\n'],
    ] as const) {
      const answer = await raw(api.port, bytes);
      record(what, answer.status, answer.type, answer.body);
    }
    expect(
      Object.fromEntries([...seen].map(([what, { status, code }]) => [what, `${status} ${code}`])),
    ).toEqual({
      'FST_ERR_CTP_INVALID_MEDIA_TYPE (text/plain)': '415 UNSUPPORTED_MEDIA_TYPE',
      'FST_ERR_CTP_INVALID_MEDIA_TYPE (no type)': '415 UNSUPPORTED_MEDIA_TYPE',
      FST_ERR_CTP_BODY_TOO_LARGE: '413 BODY_TOO_LARGE',
      FST_ERR_MAX_PARAM_LENGTH: '404 NOT_FOUND',
      FST_ERR_BAD_URL: '400 BAD_REQUEST',
      FST_ERR_NOT_FOUND: '404 NOT_FOUND',
      HPE_HEADER_OVERFLOW: '431 HEADERS_TOO_LARGE',
      HPE_INVALID_METHOD: '400 BAD_REQUEST',
      HPE_INVALID_HEADER_TOKEN: '400 BAD_REQUEST',
    });
    for (const [what, { type, code }] of seen) {
      expect([what, type.split(';')[0]]).toEqual([what, 'application/problem+json']);
      expect([what, DOCUMENTED.has(code)]).toEqual([what, true]);
    }
    // Every Fastify code the server maps has a documented code too.
    for (const [fastify, mapped] of Object.entries(FRAMEWORK_CODES))
      expect([fastify, DOCUMENTED.has(mapped.code)]).toEqual([fastify, true]);
    for (const code of ['REQUEST_TIMEOUT', 'SHUTTING_DOWN'])
      expect([code, DOCUMENTED.has(code)]).toEqual([code, true]);
  });
});

describe('slow and idle clients', () => {
  test('twenty clients holding half-sent requests do not keep the server from answering another', async () => {
    const api = await serve({ maxConnections: 64 });
    const slow = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        openSocket(
          api.port,
          i % 2 === 0
            ? 'GET /openapi.json HTTP/1.1\r\nHost: x\r\n'
            : 'POST /workflows/runs HTTP/1.1\r\nContent-Length: 100\r\n\r\n{',
        ),
      ),
    );
    try {
      const response = await fetch(`${api.url}/openapi.json`);
      expect(response.status).toBe(200);
    } finally {
      for (const socket of slow) socket.destroy();
      await api.close();
    }
  });

  test('at the cap a new connection sheds the oldest one with no request in flight and is answered', async () => {
    const cap = 4;
    const api = await serve({ maxConnections: cap });
    const held: net.Socket[] = [];
    try {
      // The oldest: a request answered, then idle between keep-alive requests.
      const kept = await openSocket(api.port);
      held.push(kept);
      const answered = once(kept, 'data');
      kept.write('GET /workflows/runs/none HTTP/1.1\r\nHost: x\r\n\r\n');
      await answered;
      // Then one with half-sent headers and two bare ones: the cap is full of connections with no request.
      held.push(await openSocket(api.port, 'GET /openapi.json HTTP/1.1\r\nHost: x\r\n'));
      held.push(await openSocket(api.port), await openSocket(api.port));
      const closed = held.map((socket) => once(socket, 'close').then(() => socket));
      const probe = () => newcomer(api.port, held, '');
      expect(await probe()).toBe('HTTP/1.1 200');
      expect(await Promise.race(closed)).toBe(kept);
      // Another newcomer sheds the next oldest one without a request (the half-sent one), and is answered too.
      expect(await probe()).toBe('HTTP/1.1 200');
      expect(await Promise.race(closed.slice(1))).toBe(held[1]);
    } finally {
      for (const socket of held) socket.destroy();
      await api.close();
    }
  });

  test('a new connection is closed unanswered only when every open one has a request in flight', async () => {
    const cap = 3;
    const api = await serve({ maxConnections: cap });
    const busy: net.Socket[] = [];
    /** A request whose headers the server took (it answered 100 Continue) and whose body never comes. */
    const inFlight = async () => {
      const socket = await openSocket(api.port);
      busy.push(socket);
      const go = once(socket, 'data');
      socket.write(
        `POST /workflows/runs HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${TOKENS.alice}\r\n` +
          'Content-Type: application/json\r\nContent-Length: 100\r\nExpect: 100-continue\r\n\r\n',
      );
      expect(String((await go)[0])).toMatch(/^HTTP\/1\.1 100 Continue/);
      return socket;
    };
    try {
      const requests = [await inFlight(), await inFlight(), await inFlight()];
      expect(await newcomer(api.port, busy, 'Connection: close\r\n')).toBe('closed');
      expect(requests.every((socket) => !socket.destroyed)).toBe(true);
      requests[0].destroy();
      // The server counts a close when it sees it; a bounded number of tries finds the freed place.
      let again = 'closed';
      for (let i = 0; i < 50 && again === 'closed'; i++)
        again = await newcomer(api.port, busy, 'Connection: close\r\n');
      expect(again).toBe('HTTP/1.1 200');
    } finally {
      for (const socket of busy) socket.destroy();
      await api.close();
    }
  });

  test('a client that stops halfway through its headers gets 408 problem+json and is disconnected', async () => {
    const api = await serve({ headersTimeoutMs: 200, requestTimeoutMs: 400, checkIntervalMs: 50 });
    try {
      const answer = await raw(api.port, 'GET /openapi.json HTTP/1.1\r\nHost: x\r\n');
      expect([answer.status, answer.type, answer.body.code]).toEqual([
        408,
        'application/problem+json',
        'REQUEST_TIMEOUT',
      ]);
      // A connection that sends nothing at all is cut off by the same deadline.
      const idle = await openSocket(api.port);
      await once(idle, 'close');
    } finally {
      await api.close();
    }
  });

  test('the default limits are set on the HTTP server', async () => {
    const api = await serve();
    const { app } = buildServer({
      runsDir: path.join(api.root, 'runs'),
      workflows: new AllowedFolder(api.root),
      tokens: new TokenTable(TOKENS_FILE),
      backend: createEchoBackend(),
      backendFor: () => createEchoBackend(),
      environment: { tool: 'test' },
    });
    try {
      await app.ready();
      const { headersTimeout, requestTimeout, keepAliveTimeout, maxConnections } = app.server;
      expect({ headersTimeout, requestTimeout, keepAliveTimeout, maxConnections }).toEqual({
        headersTimeout: 10_000,
        requestTimeout: 60_000,
        keepAliveTimeout: 5_000,
        // Node's own cap refuses the newest connection: the server sheds an idle one at its own cap instead.
        maxConnections: undefined,
      });
      expect(DEFAULT_HTTP_LIMITS.maxConnections).toBe(256);
    } finally {
      await app.close();
      await api.close();
    }
  });
});

describe('a server starting over a runs folder holding hostile entries', () => {
  /** Options for servers sharing one new runs folder, so a test can stop one and start the next. */
  function serverOverNewFolder() {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'awo-recover-'));
    const runsDir = path.join(root, 'runs');
    const backend = createEchoBackend();
    const options = {
      runsDir,
      workflows: new AllowedFolder(root),
      tokens: new TokenTable(TOKENS_FILE),
      backend,
      backendFor: () => backend,
      environment: { tool: 'test' },
    };
    return { root, runsDir, options };
  }

  test('names each one it cannot check and recovers the others', async () => {
    const { root, runsDir, options } = serverOverNewFolder();
    const first = buildServer(options);
    const created = await first.sessions.create(
      { workflow: { steps: [{ id: 'gate', op: 'audit_gate' }] } },
      'alice',
      true,
    );
    expect(created.state.status).toBe('paused');
    fs.mkdirSync(path.join(runsDir, 'run_2026-01-01T00-00-00Z'));
    const fifoRun = path.join(runsDir, 'run_2026-01-01T00-00-01Z');
    fs.cpSync(path.join(runsDir, created.state.run_id), fifoRun, { recursive: true });
    for (const file of ['SHA256SUMS.txt', 'report.md', 'receipts/workflow.json', 'input.json'])
      fs.rmSync(path.join(fifoRun, file));
    execFileSync('mkfifo', [path.join(fifoRun, 'input.json')]);
    fs.symlinkSync(path.join(root, 'nowhere'), path.join(runsDir, 'run_2026-01-01T00-00-02Z'));
    await first.app.close();

    const done = await buildServer(options).sessions.recover();
    expect(done).toEqual([
      expect.stringMatching(/^run_2026-01-01T00-00-00Z could not be checked, left as it is: /),
      expect.stringMatching(
        /^run_2026-01-01T00-00-01Z (could not be checked|does not verify), left as it is: .*input\.json/,
      ),
      'run_2026-01-01T00-00-02Z is a link, not a run folder, left as it is',
    ]);
    fs.rmSync(root, { recursive: true, force: true });
  });

  /** A workflow that pauses at its gate after one model call. */
  const ASK_THEN_REVIEW = {
    steps: [
      { id: 'ask', op: 'llm_map', prompt: 'hi' },
      { id: 'review', op: 'audit_gate' },
    ],
  };

  test('takes a run another process is writing for what it is: not checked at start, read as busy, served once it ends (helper-50)', async () => {
    const { root, runsDir, options } = serverOverNewFolder();
    const first = buildServer(options);
    const runId = (await first.sessions.create({ workflow: ASK_THEN_REVIEW }, 'alice', true)).state.run_id;
    await first.app.close();
    // Another live process (here a child that sleeps) holds the run's lock, in the middle of a step: the
    // seal is gone, as any session removes it before its first write, and a step's output is written
    // before the audit line that accounts for it.
    const holder = spawn('sleep', ['60']);
    const lock = path.join(runsDir, `.${runId}.awo-lock`);
    const since = new Date().toISOString();
    fs.writeFileSync(
      lock,
      JSON.stringify({ pid: holder.pid, host: os.hostname(), command: 'resume', since, token: 't' }),
    );
    const sums = path.join(runsDir, runId, 'SHA256SUMS.txt');
    const manifest = fs.readFileSync(sums);
    fs.rmSync(sums);
    const early = path.join(runsDir, runId, 'outputs/next.json');
    fs.writeFileSync(early, '{}');
    try {
      const second = buildServer(options);
      expect(await second.sessions.recover()).toEqual([
        `${runId} is in use by another awo session (resume, pid ${holder.pid} on ${os.hostname()}, since ${since}), checked when it is read`,
      ]);
      const client = await listening(second.app);
      const busy = await client.get<Problem>(`/workflows/runs/${runId}`);
      expect([busy.status, busy.body.code]).toEqual([409, 'ILLEGAL_TRANSITION']);
      expect(busy.body.detail).toContain(
        `run ${runId} is being changed by another awo session (resume, pid ${holder.pid}`,
      );
      // The session ends (its seal written, its lock gone): the same server serves the run, no restart needed.
      fs.writeFileSync(sums, manifest);
      fs.rmSync(early);
      fs.rmSync(lock);
      const read = await client.get(`/workflows/runs/${runId}`);
      expect([read.status, read.body.status]).toEqual([200, 'paused']);
      await second.app.close();
    } finally {
      holder.kill();
      fs.rmSync(root, { recursive: true, force: true });
    }
  });

  test('does not serve a run that does not verify: every read and move is a 409 INTEGRITY until a restart finds it verifying', async () => {
    const { root, runsDir, options } = serverOverNewFolder();
    const first = buildServer(options);
    const edited = (await first.sessions.create({ workflow: ASK_THEN_REVIEW }, 'alice', true)).state.run_id;
    const intact = (await first.sessions.create({ workflow: ASK_THEN_REVIEW }, 'alice', true)).state.run_id;
    await first.app.close();
    // An output edited behind the seal: a read from the seal alone would still show the run as paused.
    const output = path.join(runsDir, edited, 'outputs/ask.json');
    const original = fs.readFileSync(output);
    fs.writeFileSync(output, original.toString('utf8').replace('"hi', '"HI'));
    const before = treeDigest(path.join(runsDir, edited));

    const second = buildServer(options);
    expect(await second.sessions.recover()).toEqual([
      expect.stringMatching(
        new RegExp(`^${edited} does not verify, left as it is and not served: .*outputs/ask\\.json`),
      ),
    ]);
    const client = await listening(second.app);
    const answers = [
      await client.get<Problem>(`/workflows/runs/${edited}`),
      await client.get<Problem>(`/workflows/runs/${edited}/logs`),
      await client.get<Problem>(`/workflows/runs/${edited}/steps`),
      await client.patch<Problem>(
        `/workflows/runs/${edited}/gates/review`,
        { decision: 'approved' },
        TOKENS.bob,
      ),
      await client.patch<Problem>(`/workflows/runs/${edited}/status?wait=true`, { action: 'cancel' }),
    ];
    for (const { status, body: problem } of answers) {
      expect([status, problem.code]).toEqual([409, 'INTEGRITY']);
      expect(problem.detail).toContain(`run folder ${edited} did not verify when the server started: `);
      expect(problem.detail).toContain('outputs/ask.json');
      expect(problem.detail).not.toContain(root);
    }
    expect(treeDigest(path.join(runsDir, edited))).toEqual(before);
    // The other run is served and decided as before.
    const decided = await client.patch(
      `/workflows/runs/${intact}/gates/review`,
      { decision: 'approved' },
      TOKENS.bob,
    );
    expect(decided.status).toBe(200);
    const resumed = await client.patch(`/workflows/runs/${intact}/status?wait=true`, {
      action: 'resume',
    });
    expect([resumed.status, resumed.body.status]).toEqual([200, 'completed']);
    await second.app.close();

    // Put back, the run verifies at the next start and is served again.
    fs.writeFileSync(output, original);
    const third = buildServer(options);
    expect(await third.sessions.recover()).toEqual([]);
    const read = await (await listening(third.app)).get(`/workflows/runs/${edited}`);
    expect([read.status, read.body.status]).toEqual([200, 'paused']);
    await third.app.close();
    fs.rmSync(root, { recursive: true, force: true });
  });
});
