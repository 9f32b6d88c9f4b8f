import type { GitHubContext } from './github-context.js';
import type { ActionInputs } from './inputs.js';
import { mergeMode } from './merge-mode.js';
import type { StepResult } from './outcome.js';
import { planMode } from './plan-mode.js';
import { shardMode } from './shard-mode.js';

/** The scale-out modes (DESIGN §7a), registered with one line in main.ts. */
export const scaleOutModes: Record<
  'plan' | 'shard' | 'merge',
  (inputs: ActionInputs, ctx: GitHubContext) => Promise<StepResult>
> = {
  plan: planMode,
  shard: shardMode,
  merge: mergeMode,
};
