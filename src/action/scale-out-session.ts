import * as fs from 'node:fs';
import * as path from 'node:path';
import type { GitHubContext } from './github-context.js';
import type { ActionInputs } from './inputs.js';
import { sessionOptions } from './session.js';
import * as state from './state.js';

/**
 * What `shard` and `merge` give the store: the workflow, policy, plan and engine session, with the runs
 * folder created and remembered (with what it held before) so a killed step's post step finds the new run.
 */
export function scaleOutSession(inputs: ActionInputs, ctx: GitHubContext) {
  const runsDir = path.resolve(ctx.workspace, inputs.runsDir);
  fs.mkdirSync(runsDir, { recursive: true });
  state.save(state.keys.runsDir, runsDir);
  state.save(state.keys.knownRuns, JSON.stringify(fs.readdirSync(runsDir)));
  return {
    workflowPath: inputs.workflow,
    policyPath: inputs.policy,
    runsDir,
    plan: inputs.scaleOut.plan ?? '',
    planDigest: inputs.scaleOut.planDigest,
    ...sessionOptions(inputs, ctx, runsDir),
  };
}
