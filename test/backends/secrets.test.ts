import { afterEach, beforeEach, describe, it, expect } from '@jest/globals';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as zlib from 'node:zlib';
import { createBackend } from '../../src/backends/index.js';
import { redact } from '../../src/backends/redact.js';
import { packRun } from '../../src/bundle/pack.js';
import { ConcurrencyLimiter } from '../../src/core/concurrency.js';
import { startRun } from '../../src/store/run-service.js';
import { VirtualClock } from '../core/virtual-clock.js';
import { startFakeProvider, type FakeProvider, type Flavor } from '../servers/fake-providers.js';

/**
 * The key must never reach the evidence: every file of the run folder, and the bundle's bytes after
 * gunzip, are searched for it, for a successful run with retries and for a run that failed on the key.
 */

let dir: string;
let server: FakeProvider | undefined;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'awo-secrets-test-'));
});
afterEach(async () => {
  await server?.close();
  server = undefined;
  fs.rmSync(dir, { recursive: true, force: true });
});

function filesUnder(root: string): string[] {
  return fs
    .readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name));
}

/** Every place the key could hide: each file's bytes, plus the uncompressed bundle. */
async function leaks(runDir: string, secret: string): Promise<string[]> {
  const found: string[] = [];
  const files = filesUnder(runDir);
  expect(files.length).toBeGreaterThan(8); // a real run folder, not an empty scan
  for (const file of files)
    if (fs.readFileSync(file).includes(secret)) found.push(path.relative(runDir, file));
  const bundle = await packRun(runDir, path.join(dir, 'bundles'));
  const tar = zlib.gunzipSync(fs.readFileSync(bundle.path));
  expect(tar.includes(Buffer.from('audit/log.jsonl'))).toBe(true); // the real run, not an empty tar
  if (tar.includes(secret)) found.push(`bundle ${bundle.name}`);
  if (fs.readFileSync(bundle.path).includes(secret)) found.push(`bundle ${bundle.name} (compressed)`);
  return found;
}

/** Per-attempt timeout: cuts the reply that never comes, never a local reply however loaded the machine. */
const ATTEMPT_TIMEOUT_MS = 3000;

const workflow = {
  steps: [
    { id: 's1', op: 'llm_map', prompt: 'Classify: {{item}}', inputs: ['refund', 'late delivery', 'thanks'] },
    { id: 'note', op: 'write_text', args: { path: 'notes/out.txt', text: '{{steps.s1.text}}' } },
  ],
};

async function run(
  flavor: Flavor,
  serverKey: string,
  clientKey: string,
  faults: Parameters<typeof startFakeProvider>[0]['faults'],
) {
  server = await startFakeProvider({ flavor, apiKey: serverKey, faults });
  fs.writeFileSync(path.join(dir, 'wf.json'), JSON.stringify(workflow));
  const model = flavor === 'anthropic' ? 'claude-haiku-4-5' : 'gpt-4o-mini';
  // Backoff, Retry-After and the retry budget run on a virtual clock, so a busy machine changes nothing;
  // only the per-attempt timeout is a real timer, and it is far above what a local reply takes.
  const clock = new VirtualClock();
  return startRun({
    workflowPath: 'wf.json',
    runsDir: 'runs',
    backend: createBackend(flavor, { model, baseUrl: server.baseUrl, apiKey: clientKey, env: {} }),
    actor: 'tester',
    // The key is also in the environment, where a careless metadata writer would find it.
    env: {
      OPENAI_API_KEY: clientKey,
      AZURE_OPENAI_API_KEY: clientKey,
      ANTHROPIC_API_KEY: clientKey,
      AWO_API_KEY: clientKey,
    },
    cwd: dir,
    clock,
    limiter: new ConcurrencyLimiter({ max: 8, clock }),
    retry: {
      maxAttempts: 4,
      baseDelayMs: 5,
      maxDelayMs: 20,
      maxTotalMs: 10_000,
      timeoutMs: ATTEMPT_TIMEOUT_MS,
    },
  });
}

describe.each<Flavor>(['openai', 'azure-openai', 'anthropic'])('no %s key in the evidence', (flavor) => {
  it('after a run with a 429, a 500, a reset and a timeout', async () => {
    const key = `sk-${flavor}-secret-0123456789abcdefXYZ`;
    const outcome = await run(flavor, key, key, [
      { kind: 'rate-limit', retryAfterMs: 10, retryAfterSeconds: 0 },
      { kind: 'server-error', status: 500 },
      { kind: 'reset' },
      // No reply until the server closes: only the attempt timeout ends it.
      { kind: 'slow', delayMs: 600_000 },
    ]);
    expect(outcome.status).toBe('completed');
    const log = fs.readFileSync(path.join(outcome.runDir, 'steps', '001_s1.jsonl'), 'utf8');
    expect(log).toContain('"retry"');
    expect(await leaks(outcome.runDir, key)).toEqual([]);
  });

  it('after a run that failed on a wrong key the provider echoed', async () => {
    const wrong = `sk-${flavor}-wrong-key-9876543210zyxwv`;
    const outcome = await run(flavor, `sk-${flavor}-right-key-000000000000`, wrong, []);
    expect(outcome.status).toBe('failed');
    expect(outcome.failure?.reason).toMatch(/HTTP 401/);
    expect(outcome.failure?.reason).not.toContain(wrong);
    expect(await leaks(outcome.runDir, wrong)).toEqual([]);
  });
});

describe('redact', () => {
  it('removes every occurrence of a key and partly masked key forms', () => {
    expect(redact('bad key sk-abc123456 and sk-abc123456 again', ['sk-abc123456'])).toBe(
      'bad key [redacted] and [redacted] again',
    );
    expect(redact('Incorrect API key provided: sk-proj-ab12*************wxyz. See docs.', [])).toBe(
      'Incorrect API key provided: [redacted]. See docs.',
    );
  });

  it('leaves text alone when there is no key or the key is too short to search for', () => {
    expect(redact('a plain message', [undefined, 'a'])).toBe('a plain message');
  });
});
