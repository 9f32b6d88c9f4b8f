import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Artifact } from '@actions/artifact';
import * as core from '@actions/core';
import { formatCheckpoint } from '../core/checkpoint.js';
import { verifyBundle } from '../bundle/verify-bundle.js';
import { hashFile } from '../bundle/safe-extract.js';
import type { VerifyReport } from '../core/verify-report.js';
import { verifyWithShards } from '../store/shard-verify.js';
import { downloadBundle } from './artifacts.js';
import { findBundle } from './find-bundle.js';
import { artifactUrl, type GitHubContext } from './github-context.js';
import type { ActionInputs } from './inputs.js';
import type { StepResult } from './outcome.js';
import { setOutputs } from './outputs.js';
import { writeSummary } from './summary.js';

/**
 * `mode: verify`: verifies a bundle — the `bundle-path` input, or an artifact of this workflow run found
 * by `artifact-name` / `run-id` / `bundle-sha256` — against `bundle-sha256` when given, then everything
 * `awo verify` checks. A mismatch fails the step naming the first file or line that differs.
 */
export async function verifyMode(inputs: ActionInputs, ctx: GitHubContext): Promise<StepResult> {
  let file: string;
  let artifact: Artifact | undefined;
  if (inputs.bundlePath) {
    file = path.resolve(ctx.workspace, inputs.bundlePath);
  } else {
    artifact = await findBundle({
      artifactName: inputs.artifactName,
      runId: inputs.runId,
      sha256: inputs.bundleSha256,
    });
    file = await downloadBundle(artifact, ctx.runnerTemp);
    setOutputs({
      'artifact-name': artifact.name,
      'artifact-id': String(artifact.id),
      'artifact-url': artifactUrl(ctx, artifact.id),
    });
  }
  let report: VerifyReport | undefined;
  const verdict = await verifyBundle(file, {
    expectedSha256: inputs.bundleSha256,
    tmpDir: ctx.runnerTemp,
    verifyFolder: async (run) => (report = await verifyWithShards(run)),
  });
  const sha256 = verdict.sha256 ?? `sha256:${await hashFile(file)}`;
  setOutputs({
    'bundle-path': file,
    'bundle-sha256': sha256,
    'run-id': verdict.runId,
    status: report?.status ?? undefined,
    'workflow-hash': report?.workflowHash ?? undefined,
    checkpoint: report?.checkpoint ? formatCheckpoint(report.checkpoint) : undefined,
  });
  const pinned = inputs.bundleSha256
    ? `its SHA-256 equals bundle-sha256 ${inputs.bundleSha256}`
    : 'no bundle-sha256 was given, so its digest was not pinned';
  const notes = verdict.ok
    ? [
        `Verified ${path.basename(file)}: ${pinned}; the audit chain, receipts and SHA256SUMS.txt all match (run ${verdict.runId}, status ${report?.status ?? 'unknown'}).`,
      ]
    : [`Verification FAILED for ${path.basename(file)}: ${verdict.message ?? 'mismatch'}`];
  await writeSummary({
    runDir: undefined,
    notes,
    bundle: { name: path.basename(file), sha256, bytes: fs.statSync(file).size },
    ...(artifact ? { artifact: { id: artifact.id, url: artifactUrl(ctx, artifact.id) } } : {}),
  });
  if (!verdict.ok)
    return {
      failure: `bundle ${file} does not verify: ${verdict.message ?? 'mismatch'}${verdict.where ? ` (at ${verdict.where})` : ''}`,
    };
  core.info(notes[0]);
  return {};
}
