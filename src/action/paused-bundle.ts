import * as path from 'node:path';
import * as core from '@actions/core';
import { IllegalTransition, InputError } from '../core/errors.js';
import type { GateRecord } from '../core/run-state.js';
import { unpackBundle } from '../bundle/safe-extract.js';
import { readRunState } from '../store/run-service.js';
import { downloadBundle } from './artifacts.js';
import { findBundle } from './find-bundle.js';
import type { GitHubContext } from './github-context.js';
import type { ActionInputs } from './inputs.js';
import { setOutputs } from './outputs.js';
import * as state from './state.js';
import { makeFolders } from '../store/make-folders.js';

/** A paused run, downloaded and extracted after its digest matched. */
export interface PausedRun {
  runDir: string;
  runId: string;
  gate: GateRecord;
  /** The gate's environment: input `environment`, else the gate step's `args.environment`, else `awo-audit`. */
  environment: string;
}

/**
 * Downloads the paused bundle of this workflow run, refuses it unless its SHA-256 equals
 * `bundle-sha256` (checked before anything inside is read), extracts it with the safe extractor into
 * `runs-dir`, and refuses a run that is not paused at a gate.
 */
export async function fetchPausedRun(inputs: ActionInputs, ctx: GitHubContext): Promise<PausedRun> {
  const artifact = await findBundle({
    artifactName: inputs.artifactName,
    runId: inputs.runId,
    sha256: inputs.bundleSha256,
    stage: inputs.artifactName ? undefined : 'paused',
  });
  const file = await downloadBundle(artifact, ctx.runnerTemp);
  const runsDir = path.resolve(ctx.workspace, inputs.runsDir);
  makeFolders(runsDir);
  const { runDir } = await unpackBundle(file, runsDir, { expectedSha256: inputs.bundleSha256 });
  core.info(`Bundle ${artifact.name} matches bundle-sha256 ${inputs.bundleSha256}; extracted to ${runDir}`);
  const { state: run } = readRunState(runDir);
  setOutputs({ 'run-id': run.run_id, 'run-dir': runDir });
  const gate = run.gates.find((candidate) => candidate.status === 'pending');
  if (run.status !== 'paused' || !gate) {
    throw new IllegalTransition(
      `bundle ${artifact.name} holds run ${run.run_id} with status ${run.status}, not paused at a gate; there is nothing to ${inputs.mode}`,
    );
  }
  if (inputs.runId && inputs.runId !== run.run_id) {
    throw new InputError(
      `bundle ${artifact.name} holds run ${run.run_id}, not the run-id input ${inputs.runId}`,
    );
  }
  state.save(state.keys.runDir, runDir);
  return {
    runDir,
    runId: run.run_id,
    gate,
    environment: inputs.environment ?? gate.environment ?? 'awo-audit',
  };
}
