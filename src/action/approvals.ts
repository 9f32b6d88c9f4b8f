import { actorNameProblem } from '../core/actor-name.js';
import { AwoError, messageOf } from '../core/errors.js';
import type { GitHubContext } from './github-context.js';

/** One review of an environment deployment in a workflow run, as the approvals API reports it. */
export interface Review {
  login: string;
  state: 'approved' | 'rejected' | 'pending';
  comment: string;
  environments: string[];
}

/** The approvals API could not be read; the message says what to configure. */
export class ApprovalsError extends AwoError {
  constructor(message: string) {
    super('APPROVALS', message, 1);
  }
}

/** Parses `GET .../actions/runs/{run_id}/approvals` (`environment-approvals[]`), refusing other shapes. */
export function parseReviews(body: unknown): Review[] {
  if (!Array.isArray(body))
    throw new ApprovalsError('the approvals API did not answer with a list of reviews');
  return body.map((entry: unknown, index) => {
    const record = entry as {
      state?: unknown;
      comment?: unknown;
      user?: { login?: unknown };
      environments?: { name?: unknown }[];
    };
    const login = record?.user?.login;
    const state = record?.state;
    if (
      typeof login !== 'string' ||
      actorNameProblem(login) !== undefined ||
      (state !== 'approved' && state !== 'rejected' && state !== 'pending') ||
      !Array.isArray(record.environments)
    ) {
      throw new ApprovalsError(
        `the approvals API answered an entry without a user.login (a name with no control characters), state or environments (entry ${index})`,
      );
    }
    return {
      login,
      state,
      comment: typeof record.comment === 'string' ? record.comment : '',
      environments: record.environments
        .map((env) => env?.name)
        .filter((name): name is string => typeof name === 'string'),
    };
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Reads the review history of this workflow run. `GITHUB_API_URL` is read at call time (from `ctx`).
 * Retries 5xx and network errors twice; explains 401/403/404 in terms of what to configure.
 */
export async function fetchReviews(ctx: GitHubContext, token: string): Promise<Review[]> {
  const url = `${ctx.apiUrl}/repos/${ctx.owner}/${ctx.repo}/actions/runs/${ctx.runId}/approvals`;
  let lastProblem = '';
  for (let attempt = 1; attempt <= 3; attempt++) {
    let response: Response;
    try {
      response = await fetch(url, {
        headers: {
          accept: 'application/vnd.github+json',
          authorization: `Bearer ${token}`,
          'x-github-api-version': '2022-11-28',
          'user-agent': 'awo-action',
        },
      });
    } catch (err) {
      lastProblem = messageOf(err);
      if (attempt < 3) await sleep(1000 * attempt);
      continue;
    }
    if (response.ok) return parseReviews(await response.json());
    const detail = await response.text().then((text) => {
      try {
        return (JSON.parse(text) as { message?: string }).message ?? text;
      } catch {
        return text;
      }
    });
    if (response.status === 401)
      throw new ApprovalsError(
        `the approvals API refused the token (401 ${detail}); pass token: \${{ github.token }}`,
      );
    if (response.status === 403) {
      throw new ApprovalsError(
        `the token may not read this workflow run's approvals (403 ${detail}); give the job permissions: actions: read`,
      );
    }
    if (response.status === 404) {
      throw new ApprovalsError(
        `the approvals API found no workflow run ${ctx.runId} in ${ctx.repository} (404 ${detail}); the token must belong to this repository and have actions: read`,
      );
    }
    lastProblem = `${response.status} ${detail}`;
    if (response.status < 500 || attempt === 3) break;
    await sleep(1000 * attempt);
  }
  throw new ApprovalsError(
    `could not read the approvals of workflow run ${ctx.runId} from ${url}: ${lastProblem}`,
  );
}
