import { afterAll, beforeAll, expect, it } from '@jest/globals';
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as http from 'node:http';
import * as net from 'node:net';
import * as path from 'node:path';
import type { AddressInfo } from 'node:net';
import { describeE2E, nodeBinary } from '../action/e2e-setup.js';
import { readJson, tempDir, writeWorkflow } from '../helpers.js';
import { REPO_ROOT } from '../servers/client-process.js';
import { startFakeProvider, type FakeProvider } from '../servers/fake-providers.js';

/**
 * A self-hosted runner behind a proxy: the built CLI under Node 24 reaches an HTTPS model endpoint
 * through `HTTPS_PROXY` (a CONNECT tunnel through a proxy written here, on 127.0.0.1), and directly
 * when the host is in `NO_PROXY`. The endpoint's certificate is a test fixture the child trusts
 * through `NODE_EXTRA_CA_CERTS`, as a runner trusts a corporate CA.
 */

const FIXTURES = path.join(REPO_ROOT, 'test', 'servers', 'fixtures');
const KEY = 'sk-proxy-test-key-1234567890';

interface ConnectProxy {
  url: string;
  /** `host:port` of every CONNECT it tunnelled. */
  tunnels: string[];
  /** Requests that were not CONNECT (a proxy asked for an absolute URL). */
  forwarded: string[];
  close(): Promise<void>;
}

/** A minimal forward proxy: answers CONNECT by piping the client's socket to the target. */
async function startConnectProxy(): Promise<ConnectProxy> {
  const tunnels: string[] = [];
  const forwarded: string[] = [];
  const sockets = new Set<net.Socket>();
  const server = http.createServer((req, res) => {
    forwarded.push(`${req.method} ${req.url}`);
    res.writeHead(502).end();
  });
  server.on('connect', (req: http.IncomingMessage, client: net.Socket, head: Buffer) => {
    tunnels.push(req.url ?? '');
    const [host, port] = (req.url ?? '').split(':');
    const upstream = net.connect(Number(port), host, () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
      socket.on('error', () => socket.destroy());
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    tunnels,
    forwarded,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/** Runs the built CLI under Node 24 with `env`; resolves with its exit code and output. */
function awo24(args: string[], cwd: string, env: Record<string, string>) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve, reject) => {
    const child = spawn(nodeBinary(), [path.join(REPO_ROOT, 'dist', 'cli.js'), ...args], {
      cwd,
      env: { PATH: process.env.PATH ?? '', HOME: cwd, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

describeE2E('model backends behind a proxy (built CLI, Node 24)', () => {
  let provider: FakeProvider;
  let proxy: ConnectProxy;
  beforeAll(async () => {
    provider = await startFakeProvider({
      flavor: 'openai',
      apiKey: KEY,
      tls: {
        key: fs.readFileSync(path.join(FIXTURES, 'loopback-key.pem')),
        cert: fs.readFileSync(path.join(FIXTURES, 'loopback-cert.pem')),
      },
    });
    proxy = await startConnectProxy();
  });
  afterAll(async () => {
    await Promise.all([provider?.close(), proxy?.close()]);
  });

  const run = (env: Record<string, string>) => {
    const dir = tempDir('awo-proxy-');
    const workflow = writeWorkflow(dir, {
      steps: [{ id: 's1', op: 'llm_map', prompt: 'Classify: {{item}}', inputs: ['refund', 'thanks'] }],
    });
    const args = [
      'run',
      workflow,
      '--backend',
      'openai',
      '--base-url',
      provider.baseUrl,
      '--model',
      'gpt-4o-mini',
    ];
    return awo24(args, dir, {
      OPENAI_API_KEY: KEY,
      NODE_EXTRA_CA_CERTS: path.join(FIXTURES, 'loopback-cert.pem'),
      ...env,
    }).then((result) => ({ ...result, dir }));
  };

  it('reaches an HTTPS endpoint through the CONNECT tunnel of HTTPS_PROXY', async () => {
    const before = provider.requests.length;
    const result = await run({ HTTPS_PROXY: proxy.url });
    expect({ code: result.code, stderr: result.stderr }).toEqual({
      code: 0,
      stderr: expect.stringContaining('completed:'),
    });
    const host = new URL(provider.baseUrl).host;
    expect(proxy.tunnels.length).toBeGreaterThan(0);
    expect(new Set(proxy.tunnels)).toEqual(new Set([host]));
    expect(provider.requests.length - before).toBe(2);
    const runs = fs.readdirSync(path.join(result.dir, 'runs'));
    const metadata = readJson(path.join(result.dir, 'runs', runs[0], 'metadata.json'));
    expect(metadata.status).toBe('completed');
  });

  it('goes directly to a host listed in NO_PROXY', async () => {
    const tunnelsBefore = proxy.tunnels.length;
    const before = provider.requests.length;
    const result = await run({ HTTPS_PROXY: proxy.url, NO_PROXY: 'localhost,127.0.0.1' });
    expect({ code: result.code, stderr: result.stderr }).toEqual({
      code: 0,
      stderr: expect.stringContaining('completed:'),
    });
    expect(proxy.tunnels.length).toBe(tunnelsBefore);
    expect(provider.requests.length - before).toBe(2);
  });
});
