import { describe, it, expect } from '@jest/globals';
import { BackendError, InputError } from '../../src/core/errors.js';
import { ConcurrencyLimiter } from '../../src/core/concurrency.js';
import { backoffDelay, callWithRetry, DEFAULT_RETRY, type RetryInfo } from '../../src/core/retry.js';
import { VirtualClock } from './virtual-clock.js';

const policy = { maxAttempts: 4, baseDelayMs: 10, maxDelayMs: 1000, maxTotalMs: 60_000, timeoutMs: 1000 };

/** An attempt function that plays a script: an error to throw, or a value to return. */
function scripted<T>(script: Array<BackendError | Error | T>): {
  fn: (signal: AbortSignal) => Promise<T>;
  calls: number;
} {
  const state = {
    calls: 0,
    fn: (): Promise<T> => {
      const step = script[state.calls];
      state.calls += 1;
      return step instanceof Error ? Promise.reject(step) : Promise.resolve(step);
    },
  };
  return state;
}

describe('callWithRetry', () => {
  it('returns the first success with one attempt and no retry events', async () => {
    const retries: RetryInfo[] = [];
    const script = scripted(['ok']);
    const result = await callWithRetry(script.fn, {
      ...policy,
      clock: new VirtualClock(),
      onRetry: (i) => retries.push(i),
    });
    expect(result).toEqual({ value: 'ok', attempts: 1 });
    expect(retries).toEqual([]);
  });

  it('retries retryable errors with exponential backoff and equal jitter', async () => {
    const clock = new VirtualClock();
    const retries: RetryInfo[] = [];
    const script = scripted<string>([
      new BackendError('HTTP 500 boom', true, undefined, 500),
      new BackendError('connection reset', true),
      new BackendError('HTTP 503 busy', true, undefined, 503),
      'done',
    ]);
    const result = await callWithRetry(script.fn, {
      ...policy,
      clock,
      random: () => 0.5,
      onRetry: (i) => retries.push(i),
    });
    expect(result).toEqual({ value: 'done', attempts: 4 });
    // base 10: exponential 10, 20, 40; equal jitter at 0.5 gives 3/4 of each.
    expect(clock.sleeps).toEqual([8, 15, 30]);
    expect(retries).toEqual([
      { attempt: 1, delayMs: 8, reason: 'HTTP 500 boom', status: 500 },
      { attempt: 2, delayMs: 15, reason: 'connection reset' },
      { attempt: 3, delayMs: 30, reason: 'HTTP 503 busy', status: 503 },
    ]);
  });

  it('keeps jittered delays between half and all of the capped exponential delay', () => {
    expect(backoffDelay(1, policy, () => 0)).toBe(5);
    expect(backoffDelay(1, policy, () => 0.999999)).toBe(10);
    expect(backoffDelay(20, policy, () => 0)).toBe(500);
    expect(backoffDelay(20, policy, () => 0.999999)).toBe(1000);
  });

  it("waits exactly the provider's Retry-After, even beyond the backoff ceiling", async () => {
    const clock = new VirtualClock();
    const script = scripted<string>([new BackendError('HTTP 429 slow down', true, 2500, 429), 'ok']);
    const result = await callWithRetry(script.fn, { ...policy, clock, onRetry: () => undefined });
    expect(result.attempts).toBe(2);
    expect(clock.sleeps).toEqual([2500]);
  });

  it('fails at once on a non-retryable error, keeping its message and type', async () => {
    const retries: RetryInfo[] = [];
    const error = new BackendError('HTTP 401 Incorrect API key provided', false, undefined, 401);
    const script = scripted<string>([error, 'never']);
    await expect(
      callWithRetry(script.fn, { ...policy, clock: new VirtualClock(), onRetry: (i) => retries.push(i) }),
    ).rejects.toBe(error);
    expect(script.calls).toBe(1);
    expect(retries).toEqual([]);
  });

  it('does not retry errors that are not backend errors', async () => {
    const error = new InputError('bad');
    const script = scripted<string>([error, 'never']);
    await expect(
      callWithRetry(script.fn, { ...policy, clock: new VirtualClock(), onRetry: () => undefined }),
    ).rejects.toBe(error);
    expect(script.calls).toBe(1);
  });

  it('gives up after maxAttempts with the last message and the attempt count', async () => {
    const script = scripted<string>([
      new BackendError('HTTP 500 a', true, undefined, 500),
      new BackendError('HTTP 500 b', true, undefined, 500),
      new BackendError('HTTP 502 c', true, undefined, 502),
      new BackendError('HTTP 503 last', true, undefined, 503),
      'never',
    ]);
    const failure = callWithRetry(script.fn, {
      ...policy,
      clock: new VirtualClock(),
      onRetry: () => undefined,
    });
    await expect(failure).rejects.toThrow(
      'HTTP 503 last (gave up after 4 attempts: no attempts left (max 4))',
    );
    await expect(failure).rejects.toMatchObject({ retryable: false, status: 503 });
    expect(script.calls).toBe(4);
  });

  it('gives up when the wait would pass the total time limit', async () => {
    const clock = new VirtualClock();
    const script = scripted<string>([new BackendError('HTTP 429 later', true, 90_000, 429), 'never']);
    await expect(callWithRetry(script.fn, { ...policy, clock, onRetry: () => undefined })).rejects.toThrow(
      'HTTP 429 later (gave up after 1 attempt: waiting 90000 ms would pass the 60000 ms time limit)',
    );
    expect(clock.sleeps).toEqual([]);
  });

  it('counts time spent inside attempts against the total limit', async () => {
    const clock = new VirtualClock();
    let calls = 0;
    const attempt = (): Promise<string> => {
      calls += 1;
      clock.advance(40_000);
      return Promise.reject(new BackendError('HTTP 500', true, undefined, 500));
    };
    const failure = callWithRetry(attempt, {
      ...policy,
      maxAttempts: 10,
      clock,
      random: () => 0,
      onRetry: () => undefined,
    });
    await expect(failure).rejects.toThrow(
      /gave up after 2 attempts: waiting 10 ms would pass the 60000 ms time limit/,
    );
    expect(calls).toBe(2);
  });

  it('aborts an attempt past the timeout and retries it as a timeout', async () => {
    const retries: RetryInfo[] = [];
    const seen: AbortSignal[] = [];
    let calls = 0;
    const attempt = (signal: AbortSignal): Promise<string> => {
      calls += 1;
      seen.push(signal);
      if (calls === 1) return new Promise<string>(() => undefined); // hangs, like a stalled server
      return Promise.resolve('second');
    };
    const result = await callWithRetry(attempt, {
      ...policy,
      timeoutMs: 30,
      clock: new VirtualClock(),
      onRetry: (i) => retries.push(i),
    });
    expect(result).toEqual({ value: 'second', attempts: 2 });
    expect(seen[0]?.aborted).toBe(true);
    expect(seen[1]?.aborted).toBe(false);
    expect(retries).toHaveLength(1);
    expect(retries[0]?.reason).toBe('timed out after 30 ms');
  });

  it('reports the timeout, not the abort error, when the backend reacts to the signal', async () => {
    const attempt = (signal: AbortSignal): Promise<string> =>
      new Promise((_, reject) =>
        signal.addEventListener('abort', () => reject(new Error('This operation was aborted'))),
      );
    await expect(
      callWithRetry(attempt, {
        ...policy,
        maxAttempts: 2,
        timeoutMs: 20,
        clock: new VirtualClock(),
        onRetry: () => undefined,
      }),
    ).rejects.toThrow('timed out after 20 ms (gave up after 2 attempts: no attempts left (max 2))');
  });

  it('slows the shared limiter down on a 429 and holds a slot only while an attempt runs', async () => {
    const clock = new VirtualClock();
    const limiter = new ConcurrencyLimiter({ max: 8, clock });
    const activeDuringAttempt: number[] = [];
    let calls = 0;
    const attempt = (): Promise<string> => {
      calls += 1;
      activeDuringAttempt.push(limiter.active);
      if (calls === 1) return Promise.reject(new BackendError('HTTP 429', true, 100, 429));
      return Promise.resolve('ok');
    };
    const result = await callWithRetry(attempt, { ...policy, clock, limiter, onRetry: () => undefined });
    expect(result.attempts).toBe(2);
    expect(limiter.limit).toBe(4);
    expect(activeDuringAttempt).toEqual([1, 1]);
    expect(limiter.active).toBe(0);
  });

  it('does not slow the limiter down for a plain server error', async () => {
    const clock = new VirtualClock();
    const limiter = new ConcurrencyLimiter({ max: 8, clock });
    const script = scripted<string>([new BackendError('HTTP 500', true, undefined, 500), 'ok']);
    await callWithRetry(script.fn, { ...policy, clock, limiter, onRetry: () => undefined });
    expect(limiter.limit).toBe(8);
  });

  it('ships defaults that bound attempts, waits and time', () => {
    expect(DEFAULT_RETRY).toEqual({
      maxAttempts: 5,
      baseDelayMs: 500,
      maxDelayMs: 20_000,
      maxTotalMs: 120_000,
      timeoutMs: 60_000,
    });
  });
});
