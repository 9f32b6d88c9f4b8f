import { afterEach, describe, it, expect } from '@jest/globals';
import { createBackend } from '../../src/backends/index.js';
import { ConcurrencyLimiter, mapConcurrent } from '../../src/core/concurrency.js';
import { callWithRetry } from '../../src/core/retry.js';
import { VirtualClock } from '../core/virtual-clock.js';
import { startFakeProvider, type FakeProvider } from '../servers/fake-providers.js';

const KEY = 'sk-limiter-test-key-424242424242';
let server: FakeProvider | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('one 429 slows every llm_map down', () => {
  it('halves the shared cap and holds both steps until the Retry-After passed, keeping input order', async () => {
    server = await startFakeProvider({
      flavor: 'openai',
      apiKey: KEY,
      latencyMs: 20,
      faults: [{ kind: 'rate-limit', retryAfterMs: 300 }],
    });
    const backend = createBackend('openai', {
      model: 'gpt-4o-mini',
      baseUrl: server.baseUrl,
      apiKey: KEY,
      env: {},
    });
    // Time is virtual: the hold for the Retry-After is a sleep on this clock, not real waiting, so the
    // assertions below compare the clock's own readings and no load on the machine can move them.
    const clock = new VirtualClock();
    const now = () => clock.now().getTime();
    const limiter = new ConcurrencyLimiter({ max: 8, clock, decreaseCooldownMs: 60_000 });
    let rateLimitedAt = 0;
    let limitAfter429 = 0;
    /** Slots held and the cap, seen by every attempt that started after the 429. */
    const samples: Array<{ at: number; active: number; limit: number }> = [];

    const step = (name: string) =>
      mapConcurrent(
        Array.from({ length: 12 }, (_, i) => `${name} item ${i}`),
        6,
        async (prompt) => {
          const { value } = await callWithRetry(
            (signal) => {
              if (rateLimitedAt > 0)
                samples.push({ at: now(), active: limiter.active, limit: limiter.limit });
              return backend.generate(prompt, {}, signal);
            },
            {
              maxAttempts: 3,
              baseDelayMs: 5,
              maxDelayMs: 50,
              maxTotalMs: 10_000,
              timeoutMs: 10_000, // a real timer: far above a local reply, however loaded the machine
              clock,
              limiter,
              onRetry: (info) => {
                if (info.status !== 429) return;
                rateLimitedAt = now();
                limitAfter429 = limiter.limit;
              },
            },
          );
          return value.text;
        },
      );

    const [a, b] = await Promise.all([step('A'), step('B')]);
    expect(a).toEqual(Array.from({ length: 12 }, (_, i) => `reply to: A item ${i}`));
    expect(b).toEqual(Array.from({ length: 12 }, (_, i) => `reply to: B item ${i}`));
    expect(rateLimitedAt).toBeGreaterThan(0);
    expect(limitAfter429).toBe(4);
    // Once the 429 was seen, no call of either step started before the Retry-After had passed...
    expect(samples.length).toBeGreaterThan(0);
    for (const sample of samples) expect(sample.at - rateLimitedAt).toBeGreaterThanOrEqual(300);
    // ...then both steps together started at the halved cap, which climbed back with successes.
    expect(samples[0]?.limit).toBe(4);
    for (const sample of samples) expect(sample.active).toBeLessThanOrEqual(sample.limit);
    expect(limiter.limit).toBeGreaterThan(4);
    expect(server.requests).toHaveLength(25);
  });
});
