import * as fs from 'node:fs';
import * as path from 'node:path';
import * as core from '@actions/core';
import { InputError } from '../core/errors.js';
import { startRun } from '../store/run-service.js';
import { annotate } from './annotations.js';
import { gateContext } from './gate-context.js';
import { finish } from './gate-outcome.js';
import type { GitHubContext } from './github-context.js';
import { readEvent, threadNumber } from './github-event.js';
import type { ActionInputs } from './inputs.js';
import { outcomeOutputs, type StepResult } from './outcome.js';
import { sessionOptions } from './session.js';
import * as state from './state.js';
import { makeFolders } from '../store/make-folders.js';

/** The thread a comment-channel gate is posted on; refused before anything runs when there is none. */
export function commentThread(inputs: ActionInputs): number | undefined {
  if (inputs.channel !== 'comment') return undefined;
  const thread = threadNumber(inputs.issueNumber, readEvent());
  if (thread === undefined)
    throw new InputError(
      'input issue-number is required with approval-channel comment when the event is not a pull request or issue: the number of the issue or pull request where the gate is posted',
    );
  return thread;
}

/** `mode: run`: runs the workflow, then packs and uploads the evidence whatever the outcome. */
export async function runMode(inputs: ActionInputs, ctx: GitHubContext): Promise<StepResult> {
  const thread = commentThread(inputs);
  const runsDir = path.resolve(ctx.workspace, inputs.runsDir);
  makeFolders(runsDir);
  // The run folder's name is only known when startRun returns; a killed step is found by what is new here.
  state.save(state.keys.runsDir, runsDir);
  state.save(state.keys.knownRuns, JSON.stringify(fs.readdirSync(runsDir)));
  const context = await gateContext(inputs, ctx);
  const session = { ...sessionOptions(inputs, ctx, runsDir), gateContext: context };
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
  return finish(inputs, ctx, outcome, [], context, thread);
}
