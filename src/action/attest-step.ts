import type { GitHubContext } from './github-context.js';
import type { ActionInputs } from './inputs.js';
import type { Published } from './publish.js';

/**
 * The step `publish` runs after the upload when the input `attest` is true: signs the bundle. The signing
 * module is loaded by dynamic `import()` from its own chunk, so a job that does not attest never loads
 * sigstore (and the post step, which never attests, does not reference the chunk at all).
 */
export function attestAfterUpload(
  inputs: Pick<ActionInputs, 'attest' | 'token' | 'retentionDays'>,
  ctx: GitHubContext,
): ((published: Published & { runDir: string }) => Promise<void>) | undefined {
  if (!inputs.attest) return undefined;
  return async (published) => {
    const { attestBundle } = await import('./attest.js');
    await attestBundle(published, ctx, inputs.token, inputs.retentionDays);
  };
}
