export { ConcurrencyLimiter, DEFAULT_MAX_CONCURRENCY, type LimiterOptions } from './concurrency-limiter.js';

/**
 * Maps `fn` over `items` with at most `limit` calls in flight and returns the results in input order.
 * After the first failure no new item is started; the calls already in flight are allowed to settle
 * (so nothing keeps running after the step is reported failed) and then the first error is rethrown.
 */
export async function mapConcurrent<T, R>(
  items: readonly T[],
  limit: number,
  fn: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  if (!Number.isInteger(limit) || limit < 1)
    throw new RangeError(`concurrency must be an integer >= 1, got ${limit}`);
  const results = new Array<R>(items.length);
  let next = 0;
  let failed = false;
  let firstError: unknown;

  const worker = async (): Promise<void> => {
    while (!failed && next < items.length) {
      const index = next;
      next += 1;
      try {
        results[index] = await fn(items[index], index);
      } catch (err) {
        if (!failed) {
          failed = true;
          firstError = err;
        }
      }
    }
  };

  const workers = Array.from({ length: Math.min(limit, items.length) }, () => worker());
  await Promise.all(workers);
  if (failed) throw firstError;
  return results;
}
