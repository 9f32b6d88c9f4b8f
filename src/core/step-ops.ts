import { callWithRetry, type RetryPolicy } from './retry.js';
import { mapConcurrent, type ConcurrencyLimiter } from './concurrency.js';
import { digestBytes } from './hash.js';
import type { Backend, Clock, RunStore } from './ports.js';
import { backendParams } from './run-plan.js';
import type { GateResolution } from './run-state.js';
import { renderTemplate } from './template.js';
import type { NormalisedStep } from './workflow-schema.js';

/** `outputs/<id>.json`: what a step was given and what it produced. Its two halves are hashed for the receipt. */
export interface StepOutputRecord {
  step_id: string;
  op: string;
  input: Record<string, unknown>;
  output: Record<string, unknown> & { text?: string };
}

/** The resolved input of a step: templates rendered against earlier outputs (at most `max` characters each). Pure. */
export function resolveInput(
  step: NormalisedStep,
  texts: ReadonlyMap<string, string>,
  max?: number,
): Record<string, unknown> {
  switch (step.op) {
    case 'llm_map': {
      const prompts = step.inputs
        ? step.inputs.map((item) => renderTemplate(step.prompt, texts, item, max))
        : [renderTemplate(step.prompt, texts, undefined, max)];
      return { prompts, params: backendParams(step) };
    }
    case 'write_text':
      return {
        path: `artifacts/${step.args.path}`,
        text: renderTemplate(step.args.text, texts, undefined, max),
      };
    case 'audit_gate':
      return { checklist: step.args?.checklist ?? null, environment: step.args?.environment ?? null };
  }
}

export interface OpContext {
  backend: Backend;
  store: RunStore;
  clock: Clock;
  retry: RetryPolicy;
  limiter?: ConcurrencyLimiter;
  /** Upper bound on one step's `params.concurrency`. */
  concurrencyCap: number;
  onRetry: (info: {
    attempt: number;
    delayMs: number;
    reason: string;
    status?: number;
    item: number;
  }) => void;
}

/** Executes an llm_map: one backend call per prompt, bounded concurrency, outputs in input order. */
export async function runLlmMap(
  step: NormalisedStep & { op: 'llm_map' },
  input: Record<string, unknown>,
  ctx: OpContext,
) {
  const prompts = input.prompts as string[];
  const params = input.params as Record<string, unknown>;
  const requested = typeof step.params?.concurrency === 'number' ? step.params.concurrency : 4;
  const limit = Math.max(1, Math.min(Math.floor(requested), ctx.concurrencyCap));
  const calls = await mapConcurrent(prompts, limit, async (prompt, item) => {
    const { value, attempts } = await callWithRetry(
      (signal) => ctx.backend.generate(prompt, params, signal),
      {
        ...ctx.retry,
        clock: ctx.clock,
        limiter: ctx.limiter,
        onRetry: (info) => ctx.onRetry({ ...info, item }),
      },
    );
    return { prompt, ...value, attempts };
  });
  return { text: calls.map((call) => call.text).join('\n'), calls };
}

/** Executes a write_text: the artifact is written through the store's symlink-refusing writer. */
export function runWriteText(input: Record<string, unknown>, store: RunStore) {
  const path = input.path as string;
  const text = input.text as string;
  store.writeArtifact(path, text);
  return { text, path, bytes: Buffer.byteLength(text), sha256: digestBytes(text) };
}

/** An audit_gate's output is the resolution that let it pass. */
export function gateOutput(gateId: string, resolution: GateResolution) {
  return { gate_id: gateId, ...resolution };
}

/** Models one step's calls reported (requested and returned). */
export function modelsOf(output: StepOutputRecord['output']): string[] {
  const calls = (output.calls as { model?: unknown; requested_model?: unknown }[] | undefined) ?? [];
  return calls.flatMap((call) =>
    [call.requested_model, call.model].filter((model): model is string => typeof model === 'string'),
  );
}
