import { AwoError, messageOf } from '../core/errors.js';
import { githubContext } from './github-context.js';
import { maskSecrets, readInputs, type Mode, type ActionInputs } from './inputs.js';
import type { StepResult } from './outcome.js';
import * as runner from './runner.js';
import * as state from './state.js';
import { writeSummary } from './summary.js';
import type { GitHubContext } from './github-context.js';

type Handler = (inputs: ActionInputs, ctx: GitHubContext) => Promise<StepResult>;

// Each mode is a chunk of the bundle loaded once the inputs are read and checked: a step that fails on
// its inputs loads none of them.
const handlers: Record<Mode, () => Promise<Handler>> = {
  run: async () => (await import('./run-mode.js')).runMode,
  resume: async () => (await import('./resume-mode.js')).resumeMode,
  finalize: async () => (await import('./finalize-mode.js')).finalizeMode,
  verify: async () => (await import('./verify-mode.js')).verifyMode,
  plan: async () => (await import('./plan-mode.js')).planMode,
  shard: async () => (await import('./shard-mode.js')).shardMode,
  merge: async () => (await import('./merge-mode.js')).mergeMode,
};

/**
 * The action's main step and its one catch. Masks secrets first, reads the inputs and the runner's
 * context, runs the mode, and turns a failed or rejected run, a refusal or an error into
 * `runner.setFailed` with a message that says why (no stack trace for a user's mistake). Marks the step
 * finished for the post step in every outcome it reaches.
 */
export async function run(): Promise<void> {
  try {
    maskSecrets();
    const inputs = readInputs();
    state.save(state.keys.mode, inputs.mode);
    state.save(state.keys.retentionDays, String(inputs.retentionDays));
    const handler = await handlers[inputs.mode]();
    const result = await handler(inputs, githubContext());
    if (result.failure) runner.setFailed(result.failure);
  } catch (err) {
    const message = err instanceof AwoError ? err.message : `internal error: ${messageOf(err)}`;
    runner.setFailed(message);
    if (!(err instanceof AwoError) && err instanceof Error && err.stack) runner.debug(err.stack);
    await writeSummary({ runDir: undefined, notes: [`**AWO action failed:** ${message}`] });
  } finally {
    state.save(state.keys.finished, 'true');
  }
}
