import { InputError } from '../core/errors.js';

/** What the runner tells an action about the workflow run it is part of, read from the environment. */
export interface GitHubContext {
  serverUrl: string;
  apiUrl: string;
  owner: string;
  repo: string;
  /** `owner/repo`. */
  repository: string;
  runId: string;
  runAttempt: string;
  job: string;
  /** `GITHUB_ACTOR`: the user whose event started the workflow run. Never the approver. */
  actor: string | undefined;
  /** `GITHUB_TRIGGERING_ACTOR`: the user who started this attempt (differs from the actor on a re-run). */
  triggeringActor: string | undefined;
  workspace: string;
  runnerTemp: string;
}

function need(env: NodeJS.ProcessEnv, name: string): string {
  const value = env[name];
  if (value === undefined || value === '') {
    throw new InputError(
      `${name} is not set: this action must run as a step of a GitHub Actions job (the runner sets ${name})`,
    );
  }
  return value;
}

/** Reads the runner's environment at call time; refuses to run outside a runner. */
export function githubContext(env: NodeJS.ProcessEnv = process.env): GitHubContext {
  const repository = need(env, 'GITHUB_REPOSITORY');
  const [owner, repo] = repository.split('/');
  if (!owner || !repo)
    throw new InputError(`GITHUB_REPOSITORY must be owner/repo, got ${JSON.stringify(repository)}`);
  return {
    serverUrl: (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, ''),
    apiUrl: (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, ''),
    owner,
    repo,
    repository,
    runId: need(env, 'GITHUB_RUN_ID'),
    runAttempt: env.GITHUB_RUN_ATTEMPT || '1',
    job: env.GITHUB_JOB || 'job',
    actor: env.GITHUB_ACTOR || undefined,
    triggeringActor: env.GITHUB_TRIGGERING_ACTOR || undefined,
    workspace: env.GITHUB_WORKSPACE || process.cwd(),
    runnerTemp: env.RUNNER_TEMP || need(env, 'RUNNER_TEMP'),
  };
}

/** `${server}/${repo}/actions/runs/${run}/artifacts/${id}`: where a person downloads the artifact. */
export function artifactUrl(ctx: GitHubContext, artifactId: number): string {
  return `${ctx.serverUrl}/${ctx.repository}/actions/runs/${ctx.runId}/artifacts/${artifactId}`;
}
