import { describe, it, expect } from '@jest/globals';
import { ConcurrencyLimiter, mapConcurrent } from '../../src/core/concurrency.js';
import { VirtualClock } from './virtual-clock.js';

/** A promise the test settles by hand, so completion order is chosen, not timed. */
function deferred<T>(): { promise: Promise<T>; resolve: (v: T) => void; reject: (e: unknown) => void } {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

const tick = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

describe('mapConcurrent', () => {
  it('keeps input order when calls finish in another order', async () => {
    const gates = [0, 1, 2, 3].map(() => deferred<void>());
    const running = mapConcurrent(['a', 'b', 'c', 'd'], 4, async (item, index) => {
      await gates[index]?.promise;
      return `${item}${index}`;
    });
    for (const i of [3, 1, 0, 2]) {
      gates[i]?.resolve();
      await tick();
    }
    await expect(running).resolves.toEqual(['a0', 'b1', 'c2', 'd3']);
  });

  it('never has more than the limit in flight, and uses all of it', async () => {
    let inFlight = 0;
    let peak = 0;
    const results = await mapConcurrent(
      Array.from({ length: 50 }, (_, i) => i),
      8,
      async (item) => {
        inFlight += 1;
        peak = Math.max(peak, inFlight);
        await tick();
        inFlight -= 1;
        return item * 2;
      },
    );
    expect(peak).toBe(8);
    expect(results).toEqual(Array.from({ length: 50 }, (_, i) => i * 2));
  });

  it('stops starting items after the first failure, lets running ones settle, and rethrows that failure', async () => {
    const started: number[] = [];
    const gates = Array.from({ length: 10 }, () => deferred<string>());
    const running = mapConcurrent(
      Array.from({ length: 10 }, (_, i) => i),
      3,
      (i) => {
        started.push(i);
        return gates[i]?.promise;
      },
    );
    await tick();
    expect(started).toEqual([0, 1, 2]);
    const first = new Error('item 1 failed');
    gates[1]?.reject(first);
    await tick();
    gates[2]?.reject(new Error('item 2 failed later'));
    await tick();
    let settled = false;
    void running.catch(() => undefined).then(() => (settled = true));
    await tick();
    expect(settled).toBe(false); // item 0 is still in flight
    gates[0]?.resolve('zero');
    await expect(running).rejects.toBe(first);
    expect(started).toEqual([0, 1, 2]);
  });

  it('returns an empty list for no items without calling fn', async () => {
    let calls = 0;
    await expect(mapConcurrent([], 4, () => Promise.resolve(calls++))).resolves.toEqual([]);
    expect(calls).toBe(0);
  });

  it('refuses a limit that is not a positive integer', async () => {
    await expect(mapConcurrent([1], 0, (x) => Promise.resolve(x))).rejects.toThrow(RangeError);
    await expect(mapConcurrent([1], 1.5, (x) => Promise.resolve(x))).rejects.toThrow(/integer >= 1, got 1.5/);
  });
});

describe('ConcurrencyLimiter', () => {
  it('caps calls in flight across independent users and serves waiters first in, first out', async () => {
    const limiter = new ConcurrencyLimiter({ max: 2, clock: new VirtualClock() });
    const order: string[] = [];
    const releases = await Promise.all([limiter.acquire(), limiter.acquire()]);
    const third = limiter.acquire().then((release) => (order.push('third'), release));
    const fourth = limiter.acquire().then((release) => (order.push('fourth'), release));
    await tick();
    expect(limiter.active).toBe(2);
    expect(limiter.waiting).toBe(2);
    expect(order).toEqual([]);
    releases[1]?.();
    releases[1]?.(); // a second release of the same slot is ignored
    await tick();
    expect(order).toEqual(['third']);
    expect(limiter.active).toBe(2);
    releases[0]?.();
    (await third)();
    (await fourth)();
    expect(order).toEqual(['third', 'fourth']);
    expect(limiter.active).toBe(0);
  });

  it('halves the cap once per burst of 429s and recovers one step per window of successes', () => {
    const clock = new VirtualClock();
    const limiter = new ConcurrencyLimiter({ max: 32, clock, decreaseCooldownMs: 1000 });
    limiter.onRateLimited();
    limiter.onRateLimited(); // same burst
    limiter.onRateLimited();
    expect(limiter.limit).toBe(16);
    clock.advance(1000);
    limiter.onRateLimited();
    expect(limiter.limit).toBe(8);
    for (let i = 0; i < 7; i += 1) limiter.onSuccess();
    expect(limiter.limit).toBe(8);
    limiter.onSuccess();
    expect(limiter.limit).toBe(9);
    for (let i = 0; i < 1000; i += 1) limiter.onSuccess();
    expect(limiter.limit).toBe(32);
  });

  it('does not count successes of calls that started before the last decrease', () => {
    const clock = new VirtualClock();
    const limiter = new ConcurrencyLimiter({ max: 8, clock });
    const before = limiter.epoch;
    limiter.onRateLimited();
    for (let i = 0; i < 10; i += 1) limiter.onSuccess(before);
    expect(limiter.limit).toBe(4);
    for (let i = 0; i < 4; i += 1) limiter.onSuccess(limiter.epoch);
    expect(limiter.limit).toBe(5);
  });

  it('never halves below its floor', () => {
    const clock = new VirtualClock();
    const limiter = new ConcurrencyLimiter({ max: 4, min: 2, clock, decreaseCooldownMs: 0 });
    for (let i = 0; i < 5; i += 1) limiter.onRateLimited();
    expect(limiter.limit).toBe(2);
  });

  it('holds every new start until the Retry-After has passed', async () => {
    const clock = new VirtualClock();
    const limiter = new ConcurrencyLimiter({ max: 4, clock });
    const pausedAt = clock.now().getTime();
    limiter.onRateLimited(1500);
    const grantedAt: number[] = [];
    await Promise.all(
      [1, 2].map(() =>
        limiter.acquire().then((release) => (grantedAt.push(clock.now().getTime()), release())),
      ),
    );
    expect(grantedAt).toHaveLength(2);
    for (const t of grantedAt) expect(t - pausedAt).toBeGreaterThanOrEqual(1500);
    expect(clock.sleeps).toEqual([1500]);
  });

  it('refuses a cap that is not a positive integer', () => {
    expect(() => new ConcurrencyLimiter({ max: 0, clock: new VirtualClock() })).toThrow(RangeError);
  });
});
