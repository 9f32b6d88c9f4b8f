import { execFileSync } from 'node:child_process';

/** The commit a run belongs to, and where that answer came from (recorded in `metadata.json`). */
export interface CommitSha {
  /** Lowercase hex SHA (40, or 64 for SHA-256 repositories), or null when it could not be found. */
  sha: string | null;
  source: 'GITHUB_SHA' | 'git' | 'absent';
}

const SHA = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;

/**
 * Finds the commit SHA: `GITHUB_SHA` when set to a full SHA (the runner's truth, also in detached or shallow
 * checkouts), else `git rev-parse HEAD` in `cwd`, else marked absent. Never throws: a run outside git is
 * still a run, and its metadata says so.
 */
export function commitSha(env: NodeJS.ProcessEnv, cwd: string): CommitSha {
  const fromEnv = env.GITHUB_SHA?.trim().toLowerCase();
  if (fromEnv && SHA.test(fromEnv)) return { sha: fromEnv, source: 'GITHUB_SHA' };
  try {
    const out = execFileSync('git', ['rev-parse', 'HEAD'], {
      cwd,
      encoding: 'utf8',
      // git's "not a git repository" goes nowhere: absence is reported in the result instead.
      stdio: ['ignore', 'pipe', 'ignore'],
      timeout: 10_000,
    })
      .trim()
      .toLowerCase();
    if (SHA.test(out)) return { sha: out, source: 'git' };
  } catch {
    // git missing, not a repository, or no commit yet: fall through to absent.
  }
  return { sha: null, source: 'absent' };
}
