import * as fs from 'node:fs';
import * as path from 'node:path';
import { CHECKPOINT_FILE, formatCheckpoint, type Checkpoint } from '../core/checkpoint.js';
import { IntegrityError } from '../core/errors.js';
import type { RunStatus } from '../core/run-state.js';
import { packRun } from '../bundle/pack.js';
import { uploadName, type BundleStage } from './artifact-name.js';
import { uploadBundle } from './artifacts.js';
import { artifactUrl, type GitHubContext } from './github-context.js';
import { setOutputs } from './outputs.js';
import { writeSummary } from './summary.js';

/** The checkpoint the run's last stop wrote (`<size>:sha256:<hex>`), to be kept outside the bundle. */
function checkpointOf(runDir: string): string | undefined {
  try {
    const { size, root } = JSON.parse(
      fs.readFileSync(path.join(runDir, CHECKPOINT_FILE), 'utf8'),
    ) as Checkpoint;
    return formatCheckpoint({ size, root });
  } catch {
    return undefined;
  }
}

/** What {@link publish} packed and uploaded. */
export interface Published {
  path: string;
  name: string;
  sha256: string;
  artifactId: number;
  url: string;
}

/**
 * Packs the run folder, names the file uniquely for this workflow run, uploads it unzipped, checks the
 * service's digest against the bundle's, and reports it in the outputs and the job summary. Outputs are
 * set before the upload so a failed upload still says where the local bundle is.
 */
export async function publish(
  runDir: string,
  status: RunStatus,
  ctx: GitHubContext,
  retentionDays: number,
  notes: string[],
  options: {
    /** Runs after the upload, with what was published (the attestation, when `attest: true`). */
    afterUpload?: (published: Published & { runDir: string }) => Promise<void>;
    /** The upload name; by default {@link uploadName} (a shard names its bundle after its shard and plan). */
    nameOf?: (packedName: string, stage: BundleStage, sha256: string) => string;
    /** What the job summary says to do next (the approval channel's instructions). */
    continueText?: string;
  } = {},
): Promise<Published> {
  const outDir = path.join(ctx.runnerTemp, 'awo-bundles');
  const packed = await packRun(runDir, outDir);
  const stage: BundleStage = status === 'running' ? 'failed' : status;
  const name = options.nameOf
    ? options.nameOf(packed.name, stage, packed.sha256)
    : uploadName(packed.name, stage, ctx, packed.sha256);
  const file = path.join(outDir, name);
  fs.renameSync(packed.path, file);
  setOutputs({
    'bundle-path': file,
    'bundle-sha256': packed.sha256,
    'artifact-name': name,
    checkpoint: checkpointOf(runDir),
  });
  const bundle = { name, sha256: packed.sha256, bytes: packed.bytes };
  let uploaded;
  try {
    uploaded = await uploadBundle(file, retentionDays);
  } catch (err) {
    await writeSummary({ runDir, notes, bundle, continueText: options.continueText });
    throw err;
  }
  if (uploaded.digest !== packed.sha256) {
    throw new IntegrityError(
      `the artifact service recorded digest ${uploaded.digest} for ${name}, but the bundle is ${packed.sha256}`,
      name,
    );
  }
  const url = artifactUrl(ctx, uploaded.id);
  setOutputs({ 'artifact-id': String(uploaded.id), 'artifact-url': url });
  await writeSummary({
    runDir,
    notes,
    bundle,
    artifact: { id: uploaded.id, url },
    continueText: options.continueText,
  });
  const published = { path: file, name, sha256: packed.sha256, artifactId: uploaded.id, url };
  if (options.afterUpload) await options.afterUpload({ ...published, runDir });
  return published;
}
