import { actorNameProblem } from '../core/actor-name.js';
import { AwoError } from '../core/errors.js';
import { call, restClient } from './github-rest.js';
import type { GitHubContext } from './github-context.js';

/** One review of an environment deployment in a workflow run, as the approvals API reports it. */
export interface Review {
  login: string;
  /** `user.id`: stable across renames; absent in baselines recorded without it. */
  user_id?: number;
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
      user?: { login?: unknown; id?: unknown };
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
      ...(typeof record.user?.id === 'number' ? { user_id: record.user.id } : {}),
      state,
      comment: typeof record.comment === 'string' ? record.comment : '',
      environments: record.environments
        .map((env) => env?.name)
        .filter((name): name is string => typeof name === 'string'),
    };
  });
}

/**
 * Reads the review history of this workflow run (`actions/get-reviews-for-run`) through Octokit:
 * 5xx retried, a rate limit waited out or named as such, 401/403/404 explained in terms of what to configure.
 */
export async function fetchReviews(ctx: GitHubContext, token: string): Promise<Review[]> {
  const rest = restClient(ctx, token);
  const body = await call<unknown>(
    `reading the approvals of workflow run ${ctx.runId} in ${ctx.repository}`,
    'actions: read',
    () =>
      rest.request('GET /repos/{owner}/{repo}/actions/runs/{run_id}/approvals', {
        owner: ctx.owner,
        repo: ctx.repo,
        run_id: Number(ctx.runId),
      }),
  );
  return parseReviews(body);
}

/** Reads a review baseline as a gate recorded it (reviews as {@link Review}); refuses other shapes. */
export function parseBaseline(recorded: readonly unknown[]): Review[] {
  return recorded.map((entry, index) => {
    const r = entry as Partial<Review>;
    if (
      typeof r?.login !== 'string' ||
      (r.state !== 'approved' && r.state !== 'rejected' && r.state !== 'pending') ||
      !Array.isArray(r.environments)
    )
      throw new ApprovalsError(`the gate's recorded review baseline has a malformed entry ${index}`);
    return {
      login: r.login,
      ...(typeof r.user_id === 'number' ? { user_id: r.user_id } : {}),
      state: r.state,
      comment: typeof r.comment === 'string' ? r.comment : '',
      environments: r.environments.filter((name): name is string => typeof name === 'string'),
    };
  });
}
