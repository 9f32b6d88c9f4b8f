import type { Artifact } from '@actions/artifact';
import { getArtifact, listArtifacts } from './artifacts.js';
import { selectBundle, type BundleCriteria } from './select-bundle.js';

/** Finds the bundle artifact in this workflow run: by name when given, else by listing. */
export async function findBundle(criteria: BundleCriteria): Promise<Artifact> {
  if (criteria.artifactName) return getArtifact(criteria.artifactName);
  return selectBundle(await listArtifacts(), criteria);
}
