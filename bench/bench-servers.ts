import * as fs from 'node:fs';
import * as path from 'node:path';
import Fastify, { type FastifyReply } from 'fastify';
import { createEchoBackend } from '../src/backends/echo.js';
import { buildServer } from '../src/server/app.js';
import { TokenTable } from '../src/server/auth.js';
import { AllowedFolder } from '../src/server/workflow-source.js';

const TOKEN = 'bench-token-0123456789abcdef';

/** The API on an echo backend and, as the reference, a bare Fastify route returning a constant; both on loopback. */
export interface BenchServers {
  url: string;
  /** `GET ${bareUrl}/constant` is the reference route. */
  bareUrl: string;
  /**
   * Sets what `GET` and `POST ${bareUrl}/body` answer (JSON bytes sent as they are): the cost of moving an
   * answer of that size, with nothing computed, is the floor an API answer of the same bytes cannot go under.
   */
  setBareBody(body: Buffer): void;
  /** Authorization and JSON content type for the API. */
  headers: Record<string, string>;
  close(): Promise<void>;
}

/** Starts both servers with runs under `root/runs`; `close()` stops them (the API waits for its runs). */
export async function startBenchServers(root: string): Promise<BenchServers> {
  fs.mkdirSync(path.join(root, 'workflows'), { recursive: true });
  const { app } = buildServer({
    runsDir: path.join(root, 'runs'),
    workflows: new AllowedFolder(path.join(root, 'workflows')),
    tokens: new TokenTable({ tokens: [{ token: TOKEN, actor: 'bench', scopes: ['read', 'run', 'review'] }] }),
    backend: createEchoBackend(),
    backendFor: () => createEchoBackend(),
    environment: {},
  });
  const bare = Fastify({ logger: false });
  bare.get('/constant', () => ({ ok: true }));
  let body: Buffer = Buffer.from('{}');
  const sendBody = (_request: unknown, reply: FastifyReply) =>
    reply.type('application/json; charset=utf-8').send(body);
  bare.get('/body', sendBody);
  bare.post('/body', sendBody);
  const close = async () => {
    await app.close();
    await bare.close();
  };
  try {
    const url = await app.listen({ port: 0, host: '127.0.0.1' });
    const bareUrl = await bare.listen({ port: 0, host: '127.0.0.1' });
    const headers = { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' };
    return { url, bareUrl, headers, close, setBareBody: (bytes) => (body = bytes) };
  } catch (err) {
    await close();
    throw err;
  }
}
