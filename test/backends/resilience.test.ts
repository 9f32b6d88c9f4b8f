import { afterEach, describe, it, expect } from '@jest/globals';
import { createBackend } from '../../src/backends/index.js';
import { BackendError } from '../../src/core/errors.js';
import type { Backend } from '../../src/core/ports.js';
import { callWithRetry, type RetryInfo } from '../../src/core/retry.js';
import { startFakeProvider, type Fault, type FakeProvider, type Flavor } from '../servers/fake-providers.js';
import { VirtualClock } from '../core/virtual-clock.js';

/**
 * Every wire format, every way a provider fails, through the real backend and the real retry loop.
 * The clock is virtual (backoff waits cost nothing and are recorded); HTTP and timeouts are real.
 */

const KEY = 'sk-resilience-test-key-5a4b3c2d1e0f';
const flavors: Flavor[] = ['openai', 'azure-openai', 'anthropic'];
const MODEL: Record<Flavor, string> = {
  openai: 'gpt-4o-mini',
  'azure-openai': 'my-deployment',
  anthropic: 'claude-haiku-4-5',
};

let server: FakeProvider | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function setup(flavor: Flavor, faults: Fault[], apiKey = KEY): Promise<Backend> {
  server = await startFakeProvider({ flavor, apiKey: KEY, faults });
  return createBackend(flavor, { model: MODEL[flavor], baseUrl: server.baseUrl, apiKey, env: {} });
}

function call(backend: Backend, timeoutMs = 2000, maxAttempts = 4) {
  const clock = new VirtualClock();
  const retries: RetryInfo[] = [];
  const outcome = callWithRetry((signal) => backend.generate('hello there', {}, signal), {
    maxAttempts,
    baseDelayMs: 10,
    maxDelayMs: 100,
    maxTotalMs: 30_000,
    timeoutMs,
    random: () => 0,
    clock,
    onRetry: (info) => retries.push(info),
  });
  return { outcome, retries, clock };
}

describe.each(flavors)('%s backend under failure', (flavor) => {
  it('waits exactly the Retry-After of a 429, then succeeds', async () => {
    // OpenAI and Azure send retry-after-ms too, which wins; Anthropic sends whole seconds.
    const backend = await setup(flavor, [{ kind: 'rate-limit', retryAfterSeconds: 2, retryAfterMs: 1500 }]);
    const { outcome, retries, clock } = call(backend);
    const { value, attempts } = await outcome;
    const expected = flavor === 'anthropic' ? 2000 : 1500;
    expect(attempts).toBe(2);
    expect(value.text).toBe('reply to: hello there');
    expect(clock.sleeps).toEqual([expected]);
    expect(retries).toEqual([
      { attempt: 1, delayMs: expected, status: 429, reason: expect.stringContaining('HTTP 429') },
    ]);
    expect(server?.requests).toHaveLength(2);
  });

  it('retries a server error with backoff, then succeeds', async () => {
    const status = flavor === 'anthropic' ? 529 : 500;
    const backend = await setup(flavor, [{ kind: 'server-error', status }]);
    const { outcome, retries, clock } = call(backend);
    expect((await outcome).attempts).toBe(2);
    expect(clock.sleeps).toEqual([5]);
    expect(retries[0]?.status).toBe(status);
    expect(retries[0]?.reason).toMatch(
      flavor === 'anthropic' ? /HTTP 529: overloaded_error: Overloaded/ : /HTTP 500/,
    );
  });

  it('aborts a response slower than the timeout and retries it', async () => {
    const backend = await setup(flavor, [{ kind: 'slow', delayMs: 5000 }]);
    const { outcome, retries } = call(backend, 150);
    const { value, attempts } = await outcome;
    expect(attempts).toBe(2);
    expect(value.text).toBe('reply to: hello there');
    expect(retries).toEqual([{ attempt: 1, delayMs: 5, reason: 'timed out after 150 ms' }]);
  });

  it('retries a connection reset', async () => {
    const backend = await setup(flavor, [{ kind: 'reset' }]);
    const { outcome, retries } = call(backend);
    expect((await outcome).attempts).toBe(2);
    expect(retries[0]?.reason).toMatch(
      new RegExp(`^${flavor}: could not reach http://127\\.0\\.0\\.1:\\d+ \\(`),
    );
    expect(retries[0]?.status).toBeUndefined();
  });

  it('retries a response whose JSON was cut off', async () => {
    const backend = await setup(flavor, [{ kind: 'truncated' }]);
    const { outcome, retries } = call(backend);
    expect((await outcome).attempts).toBe(2);
    expect(retries[0]?.reason).toMatch(/response was not valid JSON \(\d+ bytes received, truncated\?\)/);
  });

  it('fails at once on a 401, without echoing the key', async () => {
    const wrongKey = `sk-wrong-${flavor}-key-that-must-not-leak`;
    const backend = await setup(flavor, [], wrongKey);
    const { outcome, retries } = call(backend);
    const error = await outcome.then(
      () => undefined,
      (err: unknown) => err,
    );
    expect(error).toBeInstanceOf(BackendError);
    expect(error).toMatchObject({ retryable: false, status: 401 });
    expect((error as Error).message).toMatch(new RegExp(`^${flavor}: HTTP 401: `));
    expect((error as Error).message).not.toContain(wrongKey);
    expect(JSON.stringify(error)).not.toContain(wrongKey);
    expect(retries).toEqual([]);
    expect(server?.requests).toHaveLength(1);
  });

  it('gives up after the attempt bound with the last error and the count', async () => {
    const backend = await setup(flavor, [
      { kind: 'server-error', status: 503 },
      { kind: 'server-error', status: 503 },
      { kind: 'server-error', status: 503 },
    ]);
    const { outcome, clock } = call(backend, 2000, 3);
    await expect(outcome).rejects.toThrow(
      /HTTP 503: .* \(gave up after 3 attempts: no attempts left \(max 3\)\)$/,
    );
    expect(clock.sleeps).toEqual([5, 10]);
    expect(server?.requests).toHaveLength(3);
  });
});

describe('connection refused', () => {
  it('is retryable: a provider that is down may come back', async () => {
    const probe = await startFakeProvider({ flavor: 'openai', apiKey: KEY });
    const baseUrl = probe.baseUrl;
    await probe.close();
    const backend = createBackend('openai', { model: 'm', baseUrl, apiKey: KEY, env: {} });
    await expect(backend.generate('x', {})).rejects.toMatchObject({
      retryable: true,
      message: expect.stringMatching(/^openai: could not reach http:\/\/127\.0\.0\.1:\d+ \(ECONNREFUSED\)$/),
    });
  });
});
