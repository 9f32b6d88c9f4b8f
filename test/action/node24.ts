import { execFileSync } from 'node:child_process';

/** A Node 24 binary for running the built action as the runner does (`runs.using: node24`). */
export interface Node24 {
  path: string | undefined;
  /** Why none was found (shown loudly when the e2e tests skip). */
  problem: string | undefined;
}

function versionOf(binary: string): string {
  return execFileSync(binary, ['--version'], { encoding: 'utf8', timeout: 30_000 }).trim();
}

/**
 * Finds Node 24: `AWO_NODE24` when set, the current process when it is Node 24, else the `node@24`
 * package from the npm registry through `npm exec` (cached after the first download).
 */
export function findNode24(): Node24 {
  const candidates: string[] = [];
  if (process.env.AWO_NODE24) candidates.push(process.env.AWO_NODE24);
  if (process.version.startsWith('v24.')) candidates.push(process.execPath);
  const problems: string[] = [];
  for (const candidate of candidates) {
    try {
      if (versionOf(candidate).startsWith('v24.')) return { path: candidate, problem: undefined };
      problems.push(`${candidate} is not Node 24`);
    } catch (err) {
      problems.push(`${candidate}: ${String(err)}`);
    }
  }
  try {
    const found = execFileSync(
      'npm',
      ['exec', '--yes', '--package=node@24', '--', 'node', '-p', 'process.execPath'],
      {
        encoding: 'utf8',
        timeout: 300_000,
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    ).trim();
    if (versionOf(found).startsWith('v24.')) return { path: found, problem: undefined };
    problems.push(`npm exec node@24 gave ${found}, which is not Node 24`);
  } catch (err) {
    problems.push(`npm exec --package=node@24 failed: ${String(err)}`);
  }
  return { path: undefined, problem: problems.join('; ') };
}
