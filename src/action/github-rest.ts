import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { AwoError, messageOf } from '../core/errors.js';
import type { GitHubContext } from './github-context.js';

/** A GitHub REST call failed; the message says what to configure. */
export class GitHubApiError extends AwoError {
  constructor(message: string) {
    super('GITHUB_API', message, 1);
  }
}

/** The Octokit the action uses: `@actions/github` (proxy-aware: HTTPS_PROXY, HTTP_PROXY, NO_PROXY) with retries of 5xx and 429. */
export type Rest = ReturnType<typeof getOctokit>;

/** An Octokit for this job's API (`GITHUB_API_URL`, read from `ctx`), retrying server errors twice. */
export function restClient(ctx: GitHubContext, token: string): Rest {
  return getOctokit(token, { baseUrl: ctx.apiUrl, retry: { retries: 2 } }, retry);
}

interface ErrorLike {
  status?: number;
  message?: string;
  response?: { headers?: Record<string, string | number | undefined>; data?: unknown };
}

/** Longest wait for a rate limit to reset before the call gives up and says so. */
const MAX_RATE_WAIT_MS = 60_000;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * How long GitHub asks the caller to wait, when a 403 or 429 is a rate limit (GitHub's documented signals:
 * `retry-after`, or `x-ratelimit-remaining: 0` with `x-ratelimit-reset` in epoch seconds); undefined when
 * the error is not a rate limit.
 */
export function rateLimitWait(err: ErrorLike, now = Date.now()): number | undefined {
  if (err.status !== 403 && err.status !== 429) return undefined;
  const headers = err.response?.headers ?? {};
  const retryAfter = Number(headers['retry-after']);
  if (headers['retry-after'] !== undefined && Number.isFinite(retryAfter)) return retryAfter * 1000;
  if (String(headers['x-ratelimit-remaining']) === '0') {
    const reset = Number(headers['x-ratelimit-reset']) * 1000;
    return Number.isFinite(reset) ? Math.max(reset - now, 0) : 60_000;
  }
  if (/rate limit/i.test(err.message ?? '')) return 60_000;
  return undefined;
}

/**
 * Runs one REST call: a rate limit (403 or 429) is waited out and retried twice when it resets within a
 * minute, else reported as a rate limit; 401, a permission 403 and 404 are explained with `what` and
 * `permission` (the `permissions:` entry the token needs).
 */
export async function call<T>(
  what: string,
  permission: string,
  request: () => Promise<{ data: T }>,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return (await request()).data;
    } catch (err) {
      const e = err as ErrorLike;
      const wait = rateLimitWait(e);
      if (wait !== undefined) {
        if (attempt <= 2 && wait <= MAX_RATE_WAIT_MS) {
          await sleep(wait);
          continue;
        }
        throw new GitHubApiError(
          `${what}: GitHub's API rate limit is exhausted (${e.status} ${messageOf(err)}); it resets in ${Math.ceil(wait / 1000)} s. Re-run the job later; this is not a permission problem`,
        );
      }
      throw explain(what, permission, e, err);
    }
  }
}

function explain(what: string, permission: string, e: ErrorLike, err: unknown): GitHubApiError {
  const detail = messageOf(err);
  if (e.status === 401)
    return new GitHubApiError(
      `${what}: GitHub refused the token (401 ${detail}); pass token: \${{ github.token }}`,
    );
  if (e.status === 403)
    return new GitHubApiError(
      `${what}: the token is not allowed to (403 ${detail}); give the job permissions: ${permission}`,
    );
  if (e.status === 404)
    return new GitHubApiError(
      `${what}: GitHub found nothing there (404 ${detail}); the token must belong to this repository and have ${permission}`,
    );
  return new GitHubApiError(`${what} failed: ${e.status ?? ''} ${detail}`.replace('  ', ' '));
}
