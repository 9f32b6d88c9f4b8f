import type { GitHubContext } from './github-context.js';

/** Where in its life a bundle was packed: the run's status when it was uploaded. */
export type BundleStage = 'paused' | 'completed' | 'failed' | 'rejected';

const safe = (text: string): string =>
  text.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '') || 'job';

/**
 * The upload file name, which with `skipArchive` is also the artifact name:
 * `awo-<run id>-<short sha>-<stage>-a<attempt>-<job>-<digest 12>.tar.gz`. Artifact names are unique per
 * workflow run across all jobs and attempts (a clash is a 409), so the name carries the stage, the
 * attempt, the job and the start of the bundle's own digest: two jobs of a matrix (same job id) or a
 * re-run still get different names unless they produced byte-identical evidence.
 */
export function uploadName(
  packedName: string,
  stage: BundleStage,
  ctx: Pick<GitHubContext, 'runAttempt' | 'job'>,
  sha256: string,
): string {
  const base = packedName.replace(/\.tar\.gz$/, '');
  const digest = sha256.replace(/^sha256:/, '').slice(0, 12);
  return `${base}-${stage}-a${safe(ctx.runAttempt)}-${safe(ctx.job)}-${digest}.tar.gz`;
}
