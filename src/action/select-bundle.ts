import type { Artifact } from '@actions/artifact';
import { ArtifactError } from './artifact-error.js';

/** What narrows the search for a bundle among this workflow run's artifacts. */
export interface BundleCriteria {
  /** Exact artifact name (the `artifact-name` output of the uploading job). */
  artifactName?: string;
  /** AWO run id (`run_...`). */
  runId?: string;
  /** `sha256:<hex>`: the bundle's digest; matched against the artifact's digest or the digest in its name. */
  sha256?: string;
  /** Only bundles uploaded at this stage (`paused` for resume and finalize). */
  stage?: string;
}

/**
 * The bundle artifacts the criteria describe, newest first, or says why none match. Pure: the list comes
 * from the artifact service. A digest in a name or in the service's record is only a claim (another job of
 * the run may upload any file under any name): the caller keeps the candidate whose bytes have the digest.
 */
export function bundleCandidates(artifacts: readonly Artifact[], criteria: BundleCriteria): Artifact[] {
  const hex = criteria.sha256?.replace(/^sha256:/, '');
  const candidates = artifacts.filter((artifact) => {
    if (!artifact.name.startsWith('awo-') || !artifact.name.endsWith('.tar.gz')) return false;
    if (criteria.runId && !artifact.name.startsWith(`awo-${criteria.runId}-`)) return false;
    if (criteria.stage && !artifact.name.includes(`-${criteria.stage}-a`)) return false;
    if (hex) {
      const digest = artifact.digest?.replace(/^sha256:/, '');
      return digest !== undefined ? digest === hex : artifact.name.endsWith(`-${hex.slice(0, 12)}.tar.gz`);
    }
    return true;
  });
  if (candidates.length === 0) {
    const seen = artifacts.map((a) => a.name).join(', ') || 'none';
    throw new ArtifactError(
      `no AWO bundle in this workflow run matches ${wanted(criteria) || 'awo-*.tar.gz'} (artifacts: ${seen}); pass artifact-name and bundle-sha256 from the outputs of the job that uploaded it`,
    );
  }
  return [...candidates].sort((a, b) => b.id - a.id);
}

/** What the criteria ask for, in words. */
export function wanted(criteria: BundleCriteria): string {
  return [
    criteria.stage ? `stage ${criteria.stage}` : '',
    criteria.runId ? `run id ${criteria.runId}` : '',
    criteria.sha256 ? `digest ${criteria.sha256}` : '',
  ]
    .filter(Boolean)
    .join(', ');
}

/**
 * Picks the one bundle artifact the criteria describe when no bytes are at hand (no digest to check): refuses
 * when several different ones match. Byte-identical uploads (same digest) count as one; the newest is used.
 */
export function selectBundle(artifacts: readonly Artifact[], criteria: BundleCriteria): Artifact {
  const candidates = bundleCandidates(artifacts, criteria);
  const digests = new Set(candidates.map((a) => a.digest ?? a.name));
  if (digests.size > 1) {
    throw new ArtifactError(
      `several AWO bundles in this workflow run match ${wanted(criteria) || 'awo-*.tar.gz'}: ${candidates.map((a) => a.name).join(', ')}; pass artifact-name (or bundle-sha256) to choose one`,
    );
  }
  return candidates[0];
}
