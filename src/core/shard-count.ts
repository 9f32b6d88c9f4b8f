import { InputError } from './errors.js';

/** A GitHub Actions matrix holds at most 256 jobs per workflow run. */
export const MAX_SHARDS = 256;

/** Parses `--shards`/`shards`: a whole number from 1 to {@link MAX_SHARDS}. */
export function parseShardCount(raw: string, where: string): number {
  const n = Number(raw.trim());
  if (!/^\d+$/.test(raw.trim()) || !Number.isInteger(n) || n < 1 || n > MAX_SHARDS) {
    throw new InputError(
      `${where} must be a whole number of shards from 1 to ${MAX_SHARDS} (a GitHub Actions matrix runs at most ${MAX_SHARDS} jobs), got ${JSON.stringify(raw)}`,
    );
  }
  return n;
}
