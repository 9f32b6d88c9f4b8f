import * as fs from 'node:fs';

/**
 * Which Sigstore instance signs, and where it is. As `@actions/attest` decides: a public repository signs
 * through Sigstore's public-good instance (Fulcio certificate, entry in the public Rekor log); any other
 * repository (private, internal, or visibility unknown) through GitHub's instance (Fulcio certificate and
 * an RFC 3161 timestamp, no public log), so a private repository's identity never reaches the public log.
 */
export type SigstoreInstance = 'public-good' | 'github';

export interface SigstoreEndpoints {
  instance: SigstoreInstance;
  fulcioUrl: string;
  /** Public-good only. */
  rekorUrl?: string;
  /** GitHub's instance only. */
  tsaUrl?: string;
}

/** `repository.visibility` of the event that started the workflow run (`GITHUB_EVENT_PATH`), if readable. */
export function repositoryVisibility(env: NodeJS.ProcessEnv): string | undefined {
  const file = env.GITHUB_EVENT_PATH;
  if (!file || !fs.existsSync(file)) return undefined;
  try {
    const event = JSON.parse(fs.readFileSync(file, 'utf8')) as { repository?: { visibility?: unknown } };
    const visibility = event.repository?.visibility;
    return typeof visibility === 'string' ? visibility : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The instance for this repository and its URLs. `AWO_SIGSTORE_FULCIO_URL`, `AWO_SIGSTORE_REKOR_URL`
 * and `AWO_SIGSTORE_TSA_URL` replace the URLs of the chosen instance (a GHES proxy, the test doubles);
 * they never change which instance is chosen, so a private repository never gets a Rekor witness.
 */
export function sigstoreEndpoints(env: NodeJS.ProcessEnv): SigstoreEndpoints {
  if (repositoryVisibility(env) === 'public') {
    return {
      instance: 'public-good',
      fulcioUrl: env.AWO_SIGSTORE_FULCIO_URL || 'https://fulcio.sigstore.dev',
      rekorUrl: env.AWO_SIGSTORE_REKOR_URL || 'https://rekor.sigstore.dev',
    };
  }
  let host = new URL(env.GITHUB_SERVER_URL || 'https://github.com').hostname;
  if (host === 'github.com') host = 'githubapp.com';
  return {
    instance: 'github',
    fulcioUrl: env.AWO_SIGSTORE_FULCIO_URL || `https://fulcio.${host}`,
    tsaUrl: env.AWO_SIGSTORE_TSA_URL || `https://timestamp.${host}`,
  };
}
