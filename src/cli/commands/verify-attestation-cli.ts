import { InputError } from '../../core/errors.js';
import type { CliIo } from '../command.js';

/** `awo verify` options that check a Sigstore attestation of a bundle (spread into verify's options). */
export const attestationOptions = {
  attestation: { type: 'string' },
  'trusted-root': { type: 'string' },
  repo: { type: 'string' },
  'signer-workflow': { type: 'string' },
  'source-ref': { type: 'string' },
  'cert-oidc-issuer': { type: 'string' },
} as const;

export const attestationUsage = `
With --attestation <bundle>.sigstore.json --trusted-root trusted_root.json --repo owner/name
[--signer-workflow owner/name/.github/workflows/file.yml] [--source-ref refs/heads/main]
[--cert-oidc-issuer URL (default https://token.actions.githubusercontent.com)], also checks,
offline, the bundle's Sigstore attestation: signature and signed time against the trusted root, the
certificate's repository, workflow and ref, the subject digest, and that the predicate agrees with the
bundle's own evidence (status, gates and approvers, checkpoint, ...).`;

type Values = { [K in keyof typeof attestationOptions]?: string | boolean };

/** True when any attestation option was given. */
export function wantsAttestation(values: Values): boolean {
  return Object.keys(attestationOptions).some((key) => values[key as keyof Values] !== undefined);
}

/**
 * Checks the attestation after the bundle itself verified; returns the exit code. Loaded lazily so
 * `awo verify` without `--attestation` never loads sigstore.
 */
export async function verifyAttestationCli(
  target: string,
  values: Values,
  io: CliIo,
  isBundle: boolean,
): Promise<number> {
  const str = (key: keyof Values) => (typeof values[key] === 'string' ? values[key] : undefined);
  const attestation = str('attestation');
  const trustedRoot = str('trusted-root');
  const repo = str('repo');
  if (!isBundle) throw new InputError('--attestation applies to a bundle file (.tar.gz), not a run folder');
  if (!attestation || !trustedRoot || !repo)
    throw new InputError(
      `--attestation, --trusted-root and --repo go together: give the Sigstore bundle, a trusted root (gh attestation trusted-root > trusted_root.json) and the repository that must have signed (owner/name)`,
    );
  if (!/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(repo))
    throw new InputError(`--repo must be owner/name, got ${JSON.stringify(repo)}`);
  const { verifyAttestation } = await import('../../bundle/verify-attestation.js');
  const verdict = await verifyAttestation(target, {
    attestation,
    trustedRoot,
    repo,
    signerWorkflow: str('signer-workflow'),
    sourceRef: str('source-ref'),
    certOidcIssuer: str('cert-oidc-issuer'),
  });
  for (const note of verdict.notes) io.err(`note: ${note}`);
  if (!verdict.ok) {
    io.err(`attestation FAILED: ${verdict.message ?? 'unknown mismatch'}`);
    return 1;
  }
  const p = verdict.predicate!;
  io.out(
    `attestation verified: ${repo} signed ${p.run_id} (${p.status}, checkpoint ${p.checkpoint.text}) through ${verdict.instance === 'public-good' ? 'Sigstore public-good (Rekor entry)' : "GitHub's Sigstore instance (RFC 3161 timestamp)"}; signer ${verdict.identity?.buildSignerUri ?? 'unknown'}`,
  );
  return 0;
}
