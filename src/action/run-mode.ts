import * as fs from 'node:fs';
import * as path from 'node:path';
import * as core from '@actions/core';
import { startRun } from '../store/run-service.js';
import { annotate } from './annotations.js';
import type { GitHubContext } from './github-context.js';
import type { ActionInputs } from './inputs.js';
import { outcomeOutputs, resultOf, type StepResult } from './outcome.js';
import { publish } from './publish.js';
import { sessionOptions } from './session.js';
import * as state from './state.js';
import { makeFolders } from '../store/make-folders.js';

/** What the summary says first about a run's status. */
export function statusNote(
  status: string,
  gate: { gate_id: string; environment: string | null } | null,
  environment: string | undefined,
): string[] {
  if (status !== 'paused' || !gate) return [];
  const env = environment ?? gate.environment ?? 'awo-audit';
  return [
    `Paused at gate \`${gate.gate_id}\`: a reviewer of environment \`${env}\` must approve the job that resumes it (mode: resume).`,
  ];
}

/** `mode: run`: runs the workflow, then packs and uploads the evidence whatever the outcome. */
export async function runMode(inputs: ActionInputs, ctx: GitHubContext): Promise<StepResult> {
  const runsDir = path.resolve(ctx.workspace, inputs.runsDir);
  makeFolders(runsDir);
  // The run folder's name is only known when startRun returns; a killed step is found by what is new here.
  state.save(state.keys.runsDir, runsDir);
  state.save(state.keys.knownRuns, JSON.stringify(fs.readdirSync(runsDir)));
  const session = sessionOptions(inputs, ctx, runsDir);
  const outcome = await startRun({
    workflowPath: inputs.workflow,
    runsDir,
    policyPath: inputs.policy,
    ...session,
  });
  state.save(state.keys.runDir, outcome.runDir);
  outcomeOutputs(outcome);
  annotate(outcome);
  core.info(`AWO run ${outcome.runId}: ${outcome.status}`);
  const published = await publish(
    outcome.runDir,
    outcome.status,
    ctx,
    inputs.retentionDays,
    statusNote(outcome.status, outcome.gate, inputs.environment),
  );
  return resultOf(outcome, published.name);
}
