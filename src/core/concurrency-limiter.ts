import type { Clock } from './ports.js';

/** Options for the process-wide limiter that every model call goes through. */
export interface LimiterOptions {
  /** Global cap on calls in flight, and the ceiling recovery climbs back to. */
  max: number;
  /** Floor the cap never halves below. */
  min?: number;
  clock: Clock;
  /**
   * Rate-limit signals closer together than this count as one: a burst of 429s from calls that were
   * all in flight together is one signal from the provider, not one per call.
   */
  decreaseCooldownMs?: number;
}

/** Default global cap: high enough that a step's own `params.concurrency` is the usual bound. */
export const DEFAULT_MAX_CONCURRENCY = 64;

/**
 * Shared adaptive limiter ("slows down for everyone"): a global cap on calls in flight that halves
 * when a provider says 429, pauses new starts for the Retry-After it gave, and climbs back by one
 * after each full window of successes (additive increase, multiplicative decrease, as TCP does).
 * Waiters are served first in, first out, so no step starves another.
 */
export class ConcurrencyLimiter {
  readonly max: number;
  readonly min: number;
  private readonly clock: Clock;
  private readonly cooldownMs: number;
  private current: number;
  private inFlight = 0;
  private successes = 0;
  private pausedUntil = 0;
  private lastDecreaseAt = Number.NEGATIVE_INFINITY;
  private decreases = 0;
  private wakeScheduled = false;
  private readonly waiters: Array<() => void> = [];

  constructor(options: LimiterOptions) {
    if (!Number.isInteger(options.max) || options.max < 1)
      throw new RangeError('limiter max must be an integer >= 1');
    this.max = options.max;
    this.min = Math.max(1, Math.min(options.min ?? 1, options.max));
    this.clock = options.clock;
    this.cooldownMs = options.decreaseCooldownMs ?? 1000;
    this.current = this.max;
  }

  /** Current cap on calls in flight. */
  get limit(): number {
    return this.current;
  }

  /** Calls holding a slot right now. */
  get active(): number {
    return this.inFlight;
  }

  /** Changes at every decrease; a call notes it when it starts, so its success is judged against it. */
  get epoch(): number {
    return this.decreases;
  }

  /** Callers waiting for a slot. */
  get waiting(): number {
    return this.waiters.length;
  }

  /** Waits for a slot; resolves with the function that gives it back (call it exactly once). */
  acquire(): Promise<() => void> {
    return new Promise((resolve) => {
      this.waiters.push(() => {
        this.inFlight += 1;
        let released = false;
        resolve(() => {
          if (released) return;
          released = true;
          this.inFlight -= 1;
          this.pump();
        });
      });
      this.pump();
    });
  }

  /** Runs `fn` holding one slot. */
  async run<T>(fn: () => Promise<T>): Promise<T> {
    const release = await this.acquire();
    try {
      return await fn();
    } finally {
      release();
    }
  }

  /** A provider said 429 (or overloaded): halve the cap once per burst, hold new starts for `retryAfterMs`. */
  onRateLimited(retryAfterMs?: number): void {
    const now = this.clock.now().getTime();
    if (now - this.lastDecreaseAt >= this.cooldownMs) {
      this.current = Math.max(this.min, Math.floor(this.current / 2));
      this.lastDecreaseAt = now;
      this.decreases += 1;
      this.successes = 0;
    }
    if (retryAfterMs !== undefined && retryAfterMs > 0)
      this.pausedUntil = Math.max(this.pausedUntil, now + retryAfterMs);
  }

  /**
   * A call succeeded: after a full window of successes at the current cap, allow one more. Calls that
   * started before the last decrease (give their `epoch`) do not count: they say nothing about the new cap.
   */
  onSuccess(startedInEpoch?: number): void {
    if (this.current >= this.max) return;
    if (startedInEpoch !== undefined && startedInEpoch !== this.decreases) return;
    this.successes += 1;
    if (this.successes >= this.current) {
      this.current += 1;
      this.successes = 0;
      this.pump();
    }
  }

  private pump(): void {
    const now = this.clock.now().getTime();
    if (now < this.pausedUntil) {
      this.scheduleWake(this.pausedUntil - now);
      return;
    }
    while (this.waiters.length > 0 && this.inFlight < this.current) {
      const grant = this.waiters.shift() as () => void;
      grant();
    }
  }

  private scheduleWake(ms: number): void {
    if (this.wakeScheduled || this.waiters.length === 0) return;
    this.wakeScheduled = true;
    void this.clock.sleep(ms).then(() => {
      this.wakeScheduled = false;
      this.pump();
    });
  }
}
