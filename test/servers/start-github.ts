import { randomUUID } from 'node:crypto';
import * as fs from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ArtifactService } from './artifact-service.js';
import { startAzurite, type Azurite } from './azurite.js';
import { GitHubApi, type TokenPermissions } from './github-api.js';

/**
 * Starts Azurite, the artifact service and the REST API, and hands out the environment a runner
 * gives an action, pointing at them. GITHUB_SERVER_URL is `http://github.localhost`: `@actions/artifact`
 * refuses hosts other than github.com, *.ghe.com and *.localhost (`isGhes()` in
 * `lib/internal/shared/config.js`) but only looks at the name; nothing resolves or fetches it.
 */

/** Identity of the first job; every field has a default. */
export interface StartGitHubOptions {
  /** `owner/repo`; default `waveframe/awo-demo`. */
  repository?: string;
  /** Public run id; default 4242. */
  runId?: number;
  /** Default 1. */
  runAttempt?: number;
  /** `GITHUB_ACTOR`: who triggered the run; default `octocat`. */
  actor?: string;
  /** `GITHUB_TRIGGERING_ACTOR`: who started this attempt; default = actor. */
  triggeringActor?: string;
  /** `GITHUB_SHA`; default a fixed 40-hex sha. */
  sha?: string;
  /** The `github.token` the REST API accepts; default a fresh `ghs_...` value. */
  token?: string;
  /** Its permissions; default `{ actions: 'read' }`. */
  tokenPermissions?: TokenPermissions;
}

/** Options for a further job; unset fields keep the first job's values. */
export interface JobOptions {
  repository?: string;
  /** A different run id registers a new workflow run (new backend id) in both servers. */
  runId?: number;
  runAttempt?: number;
  actor?: string;
  triggeringActor?: string;
  sha?: string;
  /** Job name for `GITHUB_JOB`; default `job<N>`. */
  jobName?: string;
}

/** One job's environment and its identities. */
export interface GitHubJob {
  /** Runner-like environment: merge it over a clean env (no proxies) and add `INPUT_*`. */
  env: Record<string, string>;
  repository: string;
  runId: number;
  runAttempt: number;
  workflowRunBackendId: string;
  workflowJobRunBackendId: string;
  /** The job's own temp root: `workspace/`, `temp/` and the file-command files live under it. */
  root: string;
}

/** What {@link startGitHub} returns. */
export interface StartedGitHub extends GitHubJob {
  artifacts: ArtifactService;
  api: GitHubApi;
  azurite: Azurite;
  /** The token the REST API accepts (pass it as the action's `token` input). */
  token: string;
  /** Environment for another job: same run unless `runId` differs; fresh backend job id and files. */
  job(options?: JobOptions): Promise<GitHubJob>;
  /** Stops everything and deletes every temp folder; never leaves Azurite running. Idempotent. */
  stop(): Promise<void>;
}

const DEFAULT_SHA = '0123456789abcdef0123456789abcdef01234567';
/** Hostname that passes `isGhes()`; only used as a string. */
export const GITHUB_SERVER_URL = 'http://github.localhost';

/** Starts Azurite, {@link ArtifactService} and {@link GitHubApi} and returns the first job's environment. */
export async function startGitHub(options: StartGitHubOptions = {}): Promise<StartedGitHub> {
  const azurite = await startAzurite();
  let artifacts: ArtifactService | undefined;
  let api: GitHubApi | undefined;
  const roots: string[] = [];
  const stopAll = async (): Promise<void> => {
    // Each step runs even if an earlier one throws: Azurite must always go.
    const results = await Promise.allSettled([api?.stop(), artifacts?.stop()]);
    await azurite.stop();
    await Promise.all(roots.map((root) => fs.rm(root, { recursive: true, force: true })));
    const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
    if (failed) throw failed.reason;
  };

  try {
    artifacts = await ArtifactService.start(azurite);
    api = await GitHubApi.start({ artifacts, serverUrl: GITHUB_SERVER_URL });
    const token = options.token ?? `ghs_${randomUUID().replace(/-/g, '')}`;
    api.addToken(token, options.tokenPermissions ?? { actions: 'read' });

    const backendIds = new Map<string, string>();
    let jobCount = 0;
    const base: Required<Omit<JobOptions, 'jobName'>> = {
      repository: options.repository ?? 'waveframe/awo-demo',
      runId: options.runId ?? 4242,
      runAttempt: options.runAttempt ?? 1,
      actor: options.actor ?? 'octocat',
      triggeringActor: options.triggeringActor ?? options.actor ?? 'octocat',
      sha: options.sha ?? DEFAULT_SHA,
    };

    const makeJob = async (jobOptions: JobOptions = {}): Promise<GitHubJob> => {
      const id = { ...base, ...stripUndefined(jobOptions) };
      if (jobOptions.actor !== undefined && jobOptions.triggeringActor === undefined)
        id.triggeringActor = jobOptions.actor;
      const runKey = `${id.repository.toLowerCase()}#${id.runId}`;
      // Attempts of one run share its backend id, so a name reused in a re-run attempt conflicts
      // (the strict reading; the action must name artifacts per attempt anyway).
      let workflowRunBackendId = backendIds.get(runKey);
      if (!workflowRunBackendId) {
        workflowRunBackendId = randomUUID();
        backendIds.set(runKey, workflowRunBackendId);
        artifacts!.registerRun({ repository: id.repository, runId: id.runId, workflowRunBackendId });
      }
      api!.addRun({
        repository: id.repository,
        runId: id.runId,
        runAttempt: id.runAttempt,
        actor: id.actor,
        triggeringActor: id.triggeringActor,
        headSha: id.sha,
      });
      const workflowJobRunBackendId = randomUUID();
      jobCount += 1;
      const root = await fs.mkdtemp(path.join(os.tmpdir(), 'awo-job-'));
      roots.push(root);
      const files = await runnerFiles(root);
      const [owner] = id.repository.split('/');
      const env: Record<string, string> = {
        CI: 'true',
        GITHUB_ACTIONS: 'true',
        GITHUB_SERVER_URL,
        GITHUB_API_URL: api!.url,
        GITHUB_GRAPHQL_URL: `${api!.url}/graphql`,
        ACTIONS_RESULTS_URL: `${artifacts!.url}/`,
        ACTIONS_RUNTIME_URL: `${artifacts!.url}/`,
        ACTIONS_RUNTIME_TOKEN: artifacts!.runtimeToken({ workflowRunBackendId, workflowJobRunBackendId }),
        GITHUB_REPOSITORY: id.repository,
        GITHUB_REPOSITORY_OWNER: owner,
        GITHUB_RUN_ID: String(id.runId),
        GITHUB_RUN_ATTEMPT: String(id.runAttempt),
        GITHUB_RUN_NUMBER: '1',
        GITHUB_ACTOR: id.actor,
        GITHUB_TRIGGERING_ACTOR: id.triggeringActor,
        GITHUB_SHA: id.sha,
        GITHUB_REF: 'refs/heads/main',
        GITHUB_REF_NAME: 'main',
        GITHUB_REF_TYPE: 'branch',
        GITHUB_EVENT_NAME: 'push',
        GITHUB_WORKFLOW: 'awo',
        GITHUB_JOB: jobOptions.jobName ?? `job${jobCount}`,
        RUNNER_OS: 'Linux',
        RUNNER_ARCH: 'X64',
        RUNNER_NAME: 'awo-test-runner',
        ...files,
      };
      return {
        env,
        repository: id.repository,
        runId: id.runId,
        runAttempt: id.runAttempt,
        workflowRunBackendId,
        workflowJobRunBackendId,
        root,
      };
    };

    const first = await makeJob({ jobName: 'run' });
    let stopped: Promise<void> | undefined;
    return {
      ...first,
      artifacts,
      api,
      azurite,
      token,
      job: makeJob,
      stop: () => (stopped ??= stopAll()),
    };
  } catch (err) {
    await stopAll().catch(() => undefined);
    throw err;
  }
}

/** Creates the workspace, temp folder and empty file-command files a runner provides. */
async function runnerFiles(root: string): Promise<Record<string, string>> {
  const workspace = path.join(root, 'workspace');
  const temp = path.join(root, 'temp');
  const commands = path.join(root, 'file-commands');
  await Promise.all([workspace, temp, commands].map((dir) => fs.mkdir(dir, { recursive: true })));
  const files = {
    GITHUB_OUTPUT: path.join(commands, 'output'),
    GITHUB_STEP_SUMMARY: path.join(commands, 'step_summary'),
    GITHUB_STATE: path.join(commands, 'state'),
    GITHUB_ENV: path.join(commands, 'env'),
    GITHUB_PATH: path.join(commands, 'path'),
    GITHUB_EVENT_PATH: path.join(commands, 'event.json'),
  };
  await Promise.all(
    Object.entries(files).map(([key, file]) => fs.writeFile(file, key === 'GITHUB_EVENT_PATH' ? '{}\n' : '')),
  );
  return {
    GITHUB_WORKSPACE: workspace,
    RUNNER_TEMP: temp,
    RUNNER_TOOL_CACHE: path.join(root, 'tool-cache'),
    ...files,
  };
}

/**
 * Parses a file-command file (`GITHUB_OUTPUT`, `GITHUB_STATE`, `GITHUB_ENV`) as the runner does:
 * `name=value` lines and `name<<DELIMITER` ... `DELIMITER` blocks (what `@actions/core` writes).
 * A later value for a name replaces an earlier one.
 */
export function readFileCommands(file: string): Record<string, string> {
  const lines = readFileSync(file, 'utf8').split(/\r?\n/);
  const result: Record<string, string> = {};
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line === '') continue;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const value: string[] = [];
      let j = i + 1;
      while (j < lines.length && lines[j] !== heredoc[2]) value.push(lines[j++]);
      if (j >= lines.length) throw new Error(`${file}: no closing delimiter ${heredoc[2]} for ${heredoc[1]}`);
      result[heredoc[1]] = value.join('\n');
      i = j;
      continue;
    }
    const eq = line.indexOf('=');
    if (eq <= 0) throw new Error(`${file}: cannot parse line ${i + 1}: ${line}`);
    result[line.slice(0, eq)] = line.slice(eq + 1);
  }
  return result;
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
