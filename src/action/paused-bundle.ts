import * as path from 'node:path';
import * as core from '@actions/core';
import { IllegalTransition, InputError } from '../core/errors.js';
import type { GateRecord } from '../core/run-state.js';
import { unpackBundle } from '../bundle/safe-extract.js';
import type { FindOptions } from '@actions/artifact';
import { readAuditLines } from '../core/run-journal.js';
import { actorsOf, gateRequesters } from '../core/self-approval.js';
import { readRunState } from '../store/run-reading.js';
import { FsRunStore } from '../store/run-store.js';
import { fetchBundle } from './find-bundle.js';
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
  /** The artifact the paused bundle came from. */
  artifact: { id: number; name: string };
  /** `sha256:` digest of the paused bundle, checked before anything in it was read. */
  bundleSha256: string;
  /** Who drove the run to the gate (`gateRequesters`: each name's `actorKeys`; ask with `hasActor`). */
  requesters: Set<string>;
  /** Distinct approvers the gate needs: the larger of the gate's `min_approvals` and input `min-approvals`. */
  minApprovals: number;
}

/** Where the paused bundle is: this workflow run (default) or another one (`find`), and which one it is. */
export interface PausedLocation {
  artifactName?: string;
  runId?: string;
  sha256: string;
  find?: FindOptions;
}

/**
 * Downloads the paused bundle of this workflow run, refuses it unless its SHA-256 equals
 * `bundle-sha256` (checked before anything inside is read), extracts it with the safe extractor into
 * `runs-dir`, and refuses a run that is not paused at a gate.
 */
export async function fetchPausedRun(
  inputs: ActionInputs,
  ctx: GitHubContext,
  where: PausedLocation = {
    artifactName: inputs.artifactName,
    runId: inputs.runId,
    sha256: inputs.bundleSha256 as string,
  },
): Promise<PausedRun> {
  const { artifact, file } = await fetchBundle(
    {
      artifactName: where.artifactName,
      runId: where.runId,
      sha256: where.sha256,
      stage: where.artifactName ? undefined : 'paused',
    },
    ctx.runnerTemp,
    where.find,
  );
  const runsDir = path.resolve(ctx.workspace, inputs.runsDir);
  makeFolders(runsDir);
  const { runDir } = await unpackBundle(file, runsDir, { expectedSha256: where.sha256 });
  core.info(`Bundle ${artifact.name} matches bundle-sha256 ${where.sha256}; extracted to ${runDir}`);
  const { state: run } = await readRunState(runDir);
  setOutputs({ 'run-id': run.run_id, 'run-dir': runDir });
  const gate = run.gates.find((candidate) => candidate.status === 'pending');
  if (run.status !== 'paused' || !gate) {
    throw new IllegalTransition(
      `bundle ${artifact.name} holds run ${run.run_id} with status ${run.status}, not paused at a gate; there is nothing to ${inputs.mode}`,
    );
  }
  if (where.runId && where.runId !== run.run_id) {
    throw new InputError(`bundle ${artifact.name} holds run ${run.run_id}, not run ${where.runId}`);
  }
  state.save(state.keys.runDir, runDir);
  return {
    bundleSha256: where.sha256,
    runDir,
    runId: run.run_id,
    gate,
    environment: inputs.environment ?? gate.environment ?? 'awo-audit',
    artifact: { id: artifact.id, name: artifact.name },
    requesters: gateRequesters(actorsOf(readAuditLines(new FsRunStore(runDir))), gate),
    minApprovals: Math.max(gate.min_approvals, inputs.minApprovals ?? 1),
  };
}
