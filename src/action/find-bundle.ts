import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as core from '@actions/core';
import type { Artifact, FindOptions } from '@actions/artifact';
import { ArtifactError } from './artifact-error.js';
import { downloadBundle, getArtifact, listArtifacts } from './artifacts.js';
import { bundleCandidates, selectBundle, wanted, type BundleCriteria } from './select-bundle.js';

/** Finds the bundle artifact in this workflow run: by name when given, else by listing. */
export async function findBundle(criteria: BundleCriteria): Promise<Artifact> {
  if (criteria.artifactName) return getArtifact(criteria.artifactName);
  return selectBundle(await listArtifacts(), criteria);
}

/** Most candidates downloaded in search of the one whose bytes have the digest. */
const MAX_CANDIDATES = 5;

const sha256File = (file: string): string =>
  `sha256:${createHash('sha256').update(fs.readFileSync(file)).digest('hex')}`;

/**
 * Downloads the bundle the criteria name, from this workflow run or the one `find` names. By name: that
 * artifact (its digest is checked when it is extracted). By digest: the candidates that claim it, newest
 * first, keeping the first whose bytes have it — a file another job uploaded under the genuine digest's
 * name is skipped instead of blocking the resume.
 */
export async function fetchBundle(
  criteria: BundleCriteria,
  tempRoot: string,
  find: FindOptions = {},
): Promise<{ artifact: Artifact; file: string }> {
  if (criteria.artifactName) {
    const artifact = await getArtifact(criteria.artifactName, find);
    return { artifact, file: await downloadBundle(artifact, tempRoot, find) };
  }
  if (!criteria.sha256) {
    const artifact = selectBundle(await listArtifacts(find), criteria);
    return { artifact, file: await downloadBundle(artifact, tempRoot, find) };
  }
  const candidates = bundleCandidates(await listArtifacts(find), criteria);
  const seen: string[] = [];
  for (const artifact of candidates.slice(0, MAX_CANDIDATES)) {
    const file = await downloadBundle(artifact, tempRoot, find);
    const digest = sha256File(file);
    if (digest === criteria.sha256) return { artifact, file };
    seen.push(`${artifact.name} (id ${artifact.id}) is ${digest}`);
    core.info(
      `Skipped artifact ${artifact.name} (id ${artifact.id}): it claims ${criteria.sha256}, but its bytes are ${digest}`,
    );
    fs.rmSync(file, { force: true });
  }
  throw new ArtifactError(
    `no AWO bundle matching ${wanted(criteria)} has those bytes: ${seen.join('; ')}${candidates.length > MAX_CANDIDATES ? `; ${candidates.length - MAX_CANDIDATES} more not tried` : ''}; pass artifact-name from the outputs of the job that uploaded it`,
  );
}
