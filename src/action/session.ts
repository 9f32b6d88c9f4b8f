import { createBackend, unpackToTemp } from '../backends/index.js';
import { recordedBackend, type SessionOptions } from '../store/run-service.js';
import type { GitHubContext } from './github-context.js';
import type { ActionInputs } from './inputs.js';

/**
 * The engine session for this step: the backend the inputs select (for a run being continued, the run's
 * recorded backend, model and endpoint unless the inputs name others; `echo` for a new run), the run's trigger as the acting
 * user (audit lines name who the automation acts for; approvers are recorded on the gate), the
 * runner's environment and the workspace as the working folder.
 */
export function sessionOptions(inputs: ActionInputs, ctx: GitHubContext, runsDir: string): SessionOptions {
  const recorded = recordedBackend(runsDir);
  const name = inputs.backend ?? recorded?.name ?? 'echo';
  const same = recorded?.name === name;
  const backend = createBackend(name, {
    model: inputs.model ?? (same ? (recorded.model ?? undefined) : undefined),
    baseUrl: inputs.baseUrl ?? (same ? (recorded.base_url ?? undefined) : undefined),
    apiKey: inputs.apiKey,
    env: process.env,
    runsDir,
    openBundle: (bundlePath, read) => unpackToTemp(ctx.runnerTemp, bundlePath, read),
  });
  return { backend, actor: ctx.actor ?? 'github-actions', env: process.env, cwd: ctx.workspace };
}
