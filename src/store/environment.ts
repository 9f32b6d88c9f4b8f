import { execFileSync } from 'node:child_process';
import { TOOL_NAME, TOOL_VERSION } from '../core/version.js';
import { commitSha } from './git-commit.js';

function git(args: string[], cwd: string): string | null {
  try {
    const out = execFileSync('git', args, {
      cwd,
      stdio: ['ignore', 'pipe', 'ignore'],
      encoding: 'utf8',
      timeout: 5000,
    }).trim();
    return out === '' ? null : out;
  } catch {
    return null;
  }
}

/** Removes credentials from a remote URL (`https://user:token@host/...`) before it is recorded. */
function withoutCredentials(url: string | null): string | null {
  if (!url) return url;
  return url.replace(/^(\w+:\/\/)[^@/]*@/, '$1');
}

/**
 * Facts about where a run happens, recorded in metadata.json: tool and Node versions, the commit (from
 * `GITHUB_*` when set, else the git checkout), and the GitHub run context where present. Never secrets.
 */
export function runEnvironment(env: NodeJS.ProcessEnv, cwd: string): Record<string, unknown> {
  const commit = commitSha(env, cwd);
  const inGitHub = Boolean(env.GITHUB_ACTIONS || env.GITHUB_RUN_ID);
  const github = inGitHub
    ? {
        repository: env.GITHUB_REPOSITORY ?? null,
        run_id: env.GITHUB_RUN_ID ?? null,
        run_attempt: env.GITHUB_RUN_ATTEMPT ?? null,
        job: env.GITHUB_JOB ?? null,
        workflow: env.GITHUB_WORKFLOW ?? null,
        actor: env.GITHUB_ACTOR ?? null,
        // Who started this attempt (a re-run): they set the run in motion too, so they are never its approver.
        triggering_actor: env.GITHUB_TRIGGERING_ACTOR ?? null,
        event: env.GITHUB_EVENT_NAME ?? null,
        server_url: env.GITHUB_SERVER_URL ?? null,
      }
    : null;
  return {
    tool: { name: TOOL_NAME, version: TOOL_VERSION },
    node_version: process.version,
    platform: `${process.platform}-${process.arch}`,
    git: {
      sha: commit.sha,
      sha_source: commit.source,
      ref: env.GITHUB_REF ?? (commit.source === 'git' ? git(['symbolic-ref', '-q', 'HEAD'], cwd) : null),
      repository:
        env.GITHUB_REPOSITORY ??
        (commit.source === 'git'
          ? withoutCredentials(git(['config', '--get', 'remote.origin.url'], cwd))
          : null),
    },
    github,
  };
}
