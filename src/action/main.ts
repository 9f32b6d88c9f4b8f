import * as core from '@actions/core';
import { AwoError, messageOf } from '../core/errors.js';
import { finalizeMode } from './finalize-mode.js';
import { githubContext } from './github-context.js';
import { maskSecrets, readInputs, type Mode, type ActionInputs } from './inputs.js';
import type { StepResult } from './outcome.js';
import { resumeMode } from './resume-mode.js';
import { runMode } from './run-mode.js';
import * as state from './state.js';
import { writeSummary } from './summary.js';
import { verifyMode } from './verify-mode.js';
import { scaleOutModes } from './scale-out-modes.js';
import type { GitHubContext } from './github-context.js';

const handlers: Record<Mode, (inputs: ActionInputs, ctx: GitHubContext) => Promise<StepResult>> = {
  run: runMode,
  resume: resumeMode,
  finalize: finalizeMode,
  verify: verifyMode,
  ...scaleOutModes,
};

/**
 * The action's main step and its one catch. Masks secrets first, reads the inputs and the runner's
 * context, runs the mode, and turns a failed or rejected run, a refusal or an error into
 * `core.setFailed` with a message that says why (no stack trace for a user's mistake). Marks the step
 * finished for the post step in every outcome it reaches.
 */
export async function run(): Promise<void> {
  try {
    maskSecrets();
    const inputs = readInputs();
    state.save(state.keys.mode, inputs.mode);
    state.save(state.keys.retentionDays, String(inputs.retentionDays));
    const result = await handlers[inputs.mode](inputs, githubContext());
    if (result.failure) core.setFailed(result.failure);
  } catch (err) {
    const message = err instanceof AwoError ? err.message : `internal error: ${messageOf(err)}`;
    core.setFailed(message);
    if (!(err instanceof AwoError) && err instanceof Error && err.stack) core.debug(err.stack);
    await writeSummary({ runDir: undefined, notes: [`**AWO action failed:** ${message}`] });
  } finally {
    state.save(state.keys.finished, 'true');
  }
}
