import * as fs from 'node:fs';
import * as path from 'node:path';
import * as core from '@actions/core';
import { DefaultArtifactClient, type Artifact, type FindOptions } from '@actions/artifact';
import { messageOf } from '../core/errors.js';
import { ArtifactError } from './artifact-error.js';
import { makeFolders } from '../store/make-folders.js';

/** What an upload gave back. */
export interface UploadedArtifact {
  id: number;
  /** `sha256:<hex>` of the bytes the client uploaded. */
  digest: string;
  size: number;
}

/** Explains a failed artifact call; a 409 names the clash, since a unique name should make one impossible. */
function explain(what: string, name: string, err: unknown): ArtifactError {
  const message = messageOf(err);
  if (/\(409\)/.test(message)) {
    return new ArtifactError(
      `${what} ${name} failed: an artifact with this name already exists in this workflow run (409 Conflict). ` +
        'Each job, stage and attempt uploads under its own name, so this means two steps uploaded byte-identical evidence under one job id; ' +
        `give them different runs-dir values or job ids. Service said: ${message}`,
    );
  }
  if (/ACTIONS_RUNTIME_TOKEN|ACTIONS_RESULTS_URL/.test(message)) {
    return new ArtifactError(
      `${what} ${name} failed: the artifact service is not available to this step (${message}); run the action as a step of a GitHub Actions job`,
    );
  }
  return new ArtifactError(
    `${what} ${name} failed: ${message}. The artifact service may be unavailable; re-run the job to retry`,
  );
}

/** Uploads one file unzipped (`skipArchive`): the artifact's name is the file's base name. */
export async function uploadBundle(file: string, retentionDays: number): Promise<UploadedArtifact> {
  const client = new DefaultArtifactClient();
  const name = path.basename(file);
  let result;
  try {
    result = await client.uploadArtifact(name, [file], path.dirname(file), {
      skipArchive: true,
      ...(retentionDays > 0 ? { retentionDays } : {}),
    });
  } catch (err) {
    throw explain('uploading artifact', name, err);
  }
  if (result.id === undefined || result.digest === undefined) {
    throw new ArtifactError(
      `uploading artifact ${name}: the service did not return an artifact id and digest`,
    );
  }
  return { id: result.id, digest: `sha256:${result.digest.replace(/^sha256:/, '')}`, size: result.size ?? 0 };
}

/** Artifacts of this workflow run (all jobs and attempts so far), or of the run `find` names. */
export async function listArtifacts(find: FindOptions = {}): Promise<Artifact[]> {
  try {
    return (await new DefaultArtifactClient().listArtifacts(find)).artifacts;
  } catch (err) {
    throw explain('listing artifacts of', 'this workflow run', err);
  }
}

/** The artifact of this workflow run with this exact name. */
export async function getArtifact(name: string, find: FindOptions = {}): Promise<Artifact> {
  try {
    return (await new DefaultArtifactClient().getArtifact(name, find)).artifact;
  } catch (err) {
    if (/not found/i.test(messageOf(err))) {
      throw new ArtifactError(
        `no artifact named ${name} in this workflow run; artifact-name must be the artifact-name output of the job that uploaded the bundle, in the same workflow run`,
      );
    }
    throw explain('finding artifact', name, err);
  }
}

/** Downloads an unzipped artifact into a fresh folder under `tempRoot` and returns the file's path. */
export async function downloadBundle(
  artifact: Artifact,
  tempRoot: string,
  find: FindOptions = {},
): Promise<string> {
  makeFolders(tempRoot);
  const dir = fs.mkdtempSync(path.join(tempRoot, 'awo-download-'));
  try {
    await new DefaultArtifactClient().downloadArtifact(artifact.id, {
      path: dir,
      skipDecompress: true,
      ...find,
    });
  } catch (err) {
    throw explain('downloading artifact', artifact.name, err);
  }
  const files = fs.readdirSync(dir);
  if (files.length !== 1) {
    throw new ArtifactError(
      `downloading artifact ${artifact.name} gave ${files.length} files (${files.join(', ')}); a bundle artifact holds exactly one .tar.gz`,
    );
  }
  const file = path.join(dir, files[0]);
  core.info(`Downloaded artifact ${artifact.name} (id ${artifact.id}) to ${file}`);
  return file;
}
