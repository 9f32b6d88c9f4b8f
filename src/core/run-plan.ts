import { digestBytes, digestObject, type Digest } from './hash.js';
import type { Policy } from './policy-schema.js';
import { stepIndexLabel, type LoadedWorkflow, type ResolvedPolicy } from './workflow-load.js';
import type { NormalisedStep } from './workflow-schema.js';

/** Params the engine consumes itself; the backend never sees them. */
export const ENGINE_PARAMS = ['concurrency'] as const;

/** `lock.snapshot.json`: what was frozen when the run was created. */
export interface LockSnapshot {
  frozen_at: string;
  /** Per llm_map step: `sha256:` of the UTF-8 prompt template, as the original AWO computes it. */
  prompts: Record<string, Digest>;
  /** Per llm_map step: hash of its params (canonical JSON). */
  params: Record<string, Digest>;
  /** Per llm_map step: hash of the effective model id, so a changed model shows in the lock. */
  models: Record<string, Digest>;
  /** `sha256:` of the workflow file's bytes. */
  workflow: Digest;
  /** Hash of the resolved policy (canonical JSON). */
  policy: Digest;
  /** Base URL of the model endpoint (origin and path), when the backend calls one. */
  endpoint?: string;
}

/** `input.json`: the workflow as executed. */
export interface RunInput {
  run_id: string;
  name: string | null;
  workflow_source: string;
  steps: NormalisedStep[];
  policy: { source: string; document: Policy };
  /** `base_url`: the endpoint that answered (absent in runs made before 1.0.0 and for offline backends). */
  backend: { name: string; model: string | null; base_url?: string | null };
}

/** The backend params of a step (engine params removed). */
export function backendParams(step: NormalisedStep): Record<string, unknown> {
  if (step.op !== 'llm_map' || !step.params) return {};
  const params = { ...step.params };
  for (const key of ENGINE_PARAMS) delete params[key];
  return params;
}

/** The model a step will use: its `params.model`, else the backend's configured model, else the backend name. */
export function effectiveModel(
  step: NormalisedStep,
  backend: { name: string; model?: string; endpoint?: string },
): string {
  const fromParams = step.op === 'llm_map' ? step.params?.model : undefined;
  return typeof fromParams === 'string' ? fromParams : (backend.model ?? backend.name);
}

/** Freezes prompts, params, model, workflow bytes and policy into the lock snapshot. */
export function buildLock(
  workflow: LoadedWorkflow,
  policy: ResolvedPolicy,
  backend: { name: string; model?: string; endpoint?: string },
  frozenAt: string,
): LockSnapshot {
  const lock: LockSnapshot = {
    frozen_at: frozenAt,
    prompts: {},
    params: {},
    models: {},
    workflow: digestBytes(workflow.bytes),
    policy: digestObject(policy.policy),
    ...(backend.endpoint ? { endpoint: backend.endpoint } : {}),
  };
  for (const step of workflow.steps) {
    if (step.op !== 'llm_map') continue;
    lock.prompts[step.id] = digestBytes(step.prompt);
    lock.params[step.id] = digestObject(step.params ?? {});
    lock.models[step.id] = digestBytes(effectiveModel(step, backend));
  }
  return lock;
}

/** The hash every chain starts from: the lock snapshot's. */
export function lockHash(lock: LockSnapshot): Digest {
  return digestObject(lock);
}

export function buildInput(
  runId: string,
  workflow: LoadedWorkflow,
  policy: ResolvedPolicy,
  backend: { name: string; model?: string; endpoint?: string },
): RunInput {
  return {
    run_id: runId,
    name: workflow.file.name ?? null,
    workflow_source: workflow.source,
    steps: workflow.steps,
    policy: { source: policy.source, document: policy.policy },
    backend: { name: backend.name, model: backend.model ?? null, base_url: backend.endpoint ?? null },
  };
}

/** Zero-padded step label for `steps/NNN_<id>.jsonl`. */
export function stepLogPath(index: number, count: number, id: string): string {
  return `steps/${stepIndexLabel(index, count)}_${id}.jsonl`;
}
