import type { ConcurrencyLimiter } from './concurrency-limiter.js';
import { BackendError } from './errors.js';
import type { Clock } from './ports.js';

/** What one retry looks like; the engine logs it as a `retry` step event and an audit line. */
export interface RetryInfo {
  /** The attempt that failed (1-based); the next one is `attempt + 1`. */
  attempt: number;
  /** How long we wait before the next attempt. */
  delayMs: number;
  /** The failed attempt's error message (never holds a key: backends redact before throwing). */
  reason: string;
  /** HTTP status of the failed attempt, when there was one. */
  status?: number;
}

/** Bounds of the retry loop. */
export interface RetryPolicy {
  /** Attempts in all, first one included. */
  maxAttempts: number;
  /** First backoff delay; doubles per attempt. */
  baseDelayMs: number;
  /** Ceiling of one computed backoff delay (a provider's Retry-After is honoured even when longer). */
  maxDelayMs: number;
  /** Bound on the whole call, attempts and waits included. */
  maxTotalMs: number;
  /** Bound on one attempt; past it the attempt is aborted and counts as a retryable timeout. */
  timeoutMs: number;
}

/** Options of `callWithRetry`. */
export interface RetryOptions extends RetryPolicy {
  clock: Clock;
  /** Source of jitter in [0, 1); injectable so tests can pin it. */
  random?: () => number;
  onRetry: (info: RetryInfo) => void;
  /** Shared limiter: each attempt holds a slot, and 429s slow everyone down. */
  limiter?: ConcurrencyLimiter;
}

/** Defaults for model calls: five attempts over at most two minutes, one minute per attempt. */
export const DEFAULT_RETRY: RetryPolicy = Object.freeze({
  maxAttempts: 5,
  baseDelayMs: 500,
  maxDelayMs: 20_000,
  maxTotalMs: 120_000,
  timeoutMs: 60_000,
});

/** Statuses that mean "the provider is rate limiting or overloaded": they also slow the shared limiter. */
const SLOW_DOWN_STATUSES = new Set([429, 529]);

/**
 * Calls `attempt` until it succeeds, retrying `BackendError`s marked retryable (429, 5xx, resets,
 * timeouts) with exponential backoff and equal jitter, or exactly the provider's Retry-After when it
 * gave one. Gives up when the attempts or the total time run out, with the last error's message and
 * the attempt count. Non-retryable errors, and anything that is not a `BackendError`, end it at once.
 */
export async function callWithRetry<T>(
  attempt: (signal: AbortSignal) => Promise<T>,
  options: RetryOptions,
): Promise<{ value: T; attempts: number }> {
  const { clock, limiter } = options;
  const random = options.random ?? Math.random;
  const started = clock.now().getTime();
  const elapsed = (): number => clock.now().getTime() - started;

  for (let n = 1; ; n += 1) {
    let error: BackendError;
    try {
      // The budget is taken once a slot is held, so time spent queueing for the limiter counts too.
      let epoch: number | undefined;
      const run = (): Promise<T> => {
        epoch = limiter?.epoch;
        return withTimeout(attempt, Math.min(options.timeoutMs, options.maxTotalMs - elapsed()));
      };
      const value = limiter ? await limiter.run(run) : await run();
      limiter?.onSuccess(epoch);
      return { value, attempts: n };
    } catch (err) {
      if (!(err instanceof BackendError) || !err.retryable) throw err;
      error = err;
    }

    if (error.status !== undefined && SLOW_DOWN_STATUSES.has(error.status))
      limiter?.onRateLimited(error.retryAfterMs);
    if (n >= options.maxAttempts) throw giveUp(error, n, `no attempts left (max ${options.maxAttempts})`);
    const delayMs = error.retryAfterMs ?? backoffDelay(n, options, random);
    const remaining = options.maxTotalMs - elapsed();
    if (delayMs >= remaining) {
      throw giveUp(error, n, `waiting ${delayMs} ms would pass the ${options.maxTotalMs} ms time limit`);
    }
    options.onRetry({
      attempt: n,
      delayMs,
      reason: error.message,
      ...(error.status !== undefined ? { status: error.status } : {}),
    });
    await clock.sleep(delayMs);
  }
}

/**
 * Exponential backoff with equal jitter: half the delay is fixed, half random, so calls that failed
 * together do not come back together, and a delay never collapses to zero.
 */
export function backoffDelay(attempt: number, policy: RetryPolicy, random: () => number): number {
  const exponential = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
  return Math.round(exponential / 2 + random() * (exponential / 2));
}

function giveUp(last: BackendError, attempts: number, why: string): BackendError {
  const word = attempts === 1 ? 'attempt' : 'attempts';
  return new BackendError(
    `${last.message} (gave up after ${attempts} ${word}: ${why})`,
    false,
    undefined,
    last.status,
  );
}

/**
 * One attempt bounded by `ms`. The timer is a plain cancellable timeout rather than `Clock.sleep`,
 * which cannot be cancelled and would keep the process alive for the whole timeout after every call.
 */
async function withTimeout<T>(attempt: (signal: AbortSignal) => Promise<T>, ms: number): Promise<T> {
  if (ms <= 0) throw new BackendError('no time left for another attempt', true);
  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timedOut = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      const error = new BackendError(`timed out after ${ms} ms`, true);
      controller.abort(error);
      reject(error);
    }, ms);
  });
  try {
    return await Promise.race([attempt(controller.signal), timedOut]);
  } catch (err) {
    // A backend that reacts to the abort throws its own error; report the timeout, which is the cause.
    if (controller.signal.aborted && controller.signal.reason instanceof BackendError)
      throw controller.signal.reason;
    throw err;
  } finally {
    clearTimeout(timer);
  }
}
