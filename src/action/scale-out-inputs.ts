import * as runner from './runner.js';
import { InputError } from '../core/errors.js';
import { isDigest } from '../core/hash.js';
import { MAX_SHARDS, parseShardCount } from '../core/shard-count.js';

/** The scale-out modes' own inputs, checked before anything runs. */
export interface ScaleOutInputs {
  /** Set in modes `plan`, `shard` and `merge`. */
  mode?: 'plan' | 'shard' | 'merge';
  /** `plan`: how many shards (1 to 256). */
  shards?: number;
  /** `plan`: a previous run folder whose recorded token usage balances the plan. */
  costFrom?: string;
  /** `shard`, `merge`: the plan (the plan job's `plan` output, or a plan file in the workspace). */
  plan?: string;
  /** `shard`, `merge`: the plan job's `plan-digest` output; the plan is refused unless it has it. */
  planDigest?: string;
  /** `shard`: this job's shard (the matrix's `shard` value). */
  shardIndex?: number;
}

function need(name: string, mode: string, what: string): string {
  const value = runner.getInput(name).trim();
  if (value === '') throw new InputError(`input ${name} is required in mode ${mode}: ${what}`);
  return value;
}

/** Reads `shards`, `cost-from`, `plan`, `plan-digest` and `shard-index` for the mode that uses them. */
export function readScaleOutInputs(mode: string): ScaleOutInputs {
  if (mode === 'plan') {
    const costFrom = runner.getInput('cost-from').trim();
    return {
      mode,
      shards: parseShardCount(need('shards', mode, `how many shards, 1 to ${MAX_SHARDS}`), 'input shards'),
      ...(costFrom !== '' ? { costFrom } : {}),
    };
  }
  if (mode !== 'shard' && mode !== 'merge') return {};
  const plan = need('plan', mode, 'the plan output of the plan job (${{ needs.plan.outputs.plan }})');
  const planDigest = need('plan-digest', mode, 'the plan-digest output of the plan job');
  if (!isDigest(planDigest))
    throw new InputError(
      `input plan-digest must be sha256:<64 lowercase hex>, got ${JSON.stringify(planDigest)}`,
    );
  if (mode === 'merge') return { mode, plan, planDigest };
  const index = need('shard-index', mode, 'the shard of this job (${{ matrix.shard }})');
  if (!/^\d{1,3}$/.test(index) || Number(index) >= MAX_SHARDS)
    throw new InputError(
      `input shard-index must be a shard index from 0 to ${MAX_SHARDS - 1}, got ${JSON.stringify(index)}`,
    );
  return { mode, plan, planDigest, shardIndex: Number(index) };
}
