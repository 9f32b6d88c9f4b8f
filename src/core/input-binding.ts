import type { Digest } from './hash.js';
import { jsonEqual } from './json-equal.js';
import { buildLock, type LockSnapshot, type RunInput } from './run-plan.js';
import { loadPolicy, loadWorkflow } from './workflow-load.js';

/** Where a run's plan and what binds it part, and how. */
export interface BindingProblem {
  where: string;
  message: string;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Why `input.json` is not the plan the lock snapshot binds, or undefined when it is. A session plans from
 * `input.json` (its steps, policy and backend) and judges the audit trail by it, while the chain starts
 * from the lock's hash: the two must say the same. `workflow.snapshot.json` must be the bytes the lock
 * hashes and a valid workflow whose steps are `input.json`'s; `input.json`'s policy a valid policy; the
 * lock's prompts, params, models, policy and endpoint those the snapshot and `input.json` give. Checked
 * by `awo verify` and by a session opened from its seal alike, before either acts on the plan.
 * `snapshot.digest` is the digest of `snapshot.bytes`, as the caller read them.
 */
export function inputBindingProblem(
  snapshot: { bytes: Uint8Array; digest: Digest },
  lock: LockSnapshot,
  input: RunInput,
): BindingProblem | undefined {
  if (lock.workflow !== snapshot.digest)
    return { where: 'workflow.snapshot.json', message: "does not match lock.snapshot.json's workflow hash" };
  if (
    !Array.isArray(input.steps) ||
    !isObject(input.policy) ||
    !isObject(input.backend) ||
    typeof input.backend.name !== 'string' ||
    !['string', 'undefined'].includes(typeof (input.backend.model ?? undefined)) ||
    !['string', 'undefined'].includes(typeof (input.backend.base_url ?? undefined))
  )
    return { where: 'input.json', message: 'does not hold the steps, policy and backend a run records' };
  let workflow;
  try {
    workflow = loadWorkflow(snapshot.bytes, 'workflow.snapshot.json', 'recorded');
  } catch {
    return { where: 'workflow.snapshot.json', message: 'is no longer a valid workflow' };
  }
  if (!jsonEqual(workflow.steps, input.steps))
    return { where: 'input.json', message: 'steps differ from workflow.snapshot.json' };
  try {
    loadPolicy(input.policy.document, 'input.json policy');
  } catch {
    return { where: 'input.json', message: 'policy is not a valid policy document' };
  }
  const expected = buildLock(
    workflow,
    { policy: input.policy.document, source: input.policy.source },
    {
      name: input.backend.name,
      model: input.backend.model ?? undefined,
      endpoint: input.backend.base_url ?? undefined,
    },
    lock.frozen_at,
  );
  for (const key of ['prompts', 'params', 'models', 'policy'] as const) {
    if (!jsonEqual(expected[key], lock[key]))
      return {
        where: 'lock.snapshot.json',
        message: `${key} do not match the workflow snapshot and input.json`,
      };
  }
  if ((expected.endpoint ?? null) !== (lock.endpoint ?? null))
    return { where: 'lock.snapshot.json', message: "endpoint does not match input.json's backend base_url" };
  return undefined;
}
