import { formatCheckpoint, rootDigest } from './checkpoint.js';
import { messageOf } from './errors.js';
import { digestObject, prettyJson } from './hash.js';
import { evaluatePolicy, workflowStepFacts, type PolicyDecision } from './policy.js';
import { decisionHasher, lastReceipt, sealReceipt, type StepReceipt } from './receipts.js';
import { DEFAULT_RETRY } from './retry.js';
import { redactSecrets } from './redact-secrets.js';
import { RunJournal } from './run-journal.js';
import { effectiveModel } from './run-plan.js';
import { gateForStep, pendingGate } from './run-state.js';
import { checkResume, checkRetry } from './run-transitions.js';
import { field } from './self-approval.js';
import {
  gateOutput,
  modelsOf,
  resolveInput,
  runLlmMap,
  runWriteText,
  type StepOutputRecord,
} from './step-ops.js';
import type { EngineContext, OpenRun, RunOutcome } from './engine-context.js';
import { waitOrEnd, requestGate } from './run-gates.js';
import { stop } from './run-stop.js';
import { MAX_RENDERED_CHARS, RenderedTooLarge } from './template.js';

/** Writes a step's completion (audit line and step log) once its receipt, the commit point, is on disk. */
export function auditStepCompleted(
  journal: RunJournal,
  step: { id: string; op: string },
  receipt: StepReceipt,
  actor: string,
  recovered: boolean,
): void {
  const details = {
    input_hash: receipt.input_hash,
    output_hash: receipt.output_hash,
    receipt_hash: receipt.receipt_hash,
    ...(recovered ? { recovered } : {}),
  };
  // The step log first: the audit line records what it then holds.
  journal.stepEvent(step, 'completed', details);
  journal.audit({
    actor,
    event: 'step.completed',
    step_id: step.id,
    evidence_ref: `receipts/steps/${step.id}.json`,
    details,
  });
}
/** Marks a paused (approved) or interrupted run as running again, after the state machine allows it. */
export function beginSession(
  run: OpenRun,
  ctx: EngineContext,
  mode: 'resume' | 'retry',
  /** The external step whose posting resumes the run: it is about to be recorded. */
  posting?: string,
): void {
  const { state } = run.journal;
  if (mode === 'resume') checkResume(state, posting);
  else checkRetry(state);
  ctx.store.remove('gate_pending.json');
  const rerunBy = field(field(ctx.environment, 'github'), 'triggering_actor');
  run.journal.audit({
    actor: ctx.actor,
    event: 'run.status',
    // The backend is named so verify can tell which session's backend a step's calls answered.
    details: {
      status: 'running',
      command: mode,
      backend: ctx.backend.name,
      previous: previousStop(run, ctx),
      // Who started the GitHub attempt this session runs in (a re-run): self to the gates it goes on to.
      ...(typeof rerunBy === 'string' && rerunBy !== '' ? { triggering_actor: rerunBy } : {}),
    },
  });
}

/**
 * What this session continues from, recorded on its first line: the checkpoint of the last stop (and the
 * bundle's digest when the session was handed one), so the chain itself says which sealed state it extends.
 */
function previousStop(run: OpenRun, ctx: EngineContext): Record<string, unknown> {
  const { facts } = run.journal;
  const size = facts.stops.at(-1) ?? 0;
  return {
    checkpoint: formatCheckpoint({ size, root: rootDigest(facts.leaves.slice(0, size)) }),
    ...(ctx.previousBundle ? { bundle_sha256: ctx.previousBundle } : {}),
  };
}
/**
 * Writes a step's start and the policy decision that precedes any execution, as one write to the step's
 * log and one to the audit trail. `logDetails` and `auditDetails` add to the `started` event and line.
 */
export function recordStart(
  journal: RunJournal,
  actor: string,
  step: { id: string; op: string; type?: string },
  decision: PolicyDecision,
  logDetails: Record<string, unknown>,
  auditDetails: Record<string, unknown>,
): void {
  journal.stepEvents(step, [
    ['started', { type: step.type ?? null, ...logDetails }],
    ['policy', { ...decision }],
  ]);
  journal.auditAll([
    { actor, event: 'step.started', step_id: step.id, details: auditDetails },
    {
      actor: 'policy',
      event: 'policy.decision',
      step_id: step.id,
      decision: decision.decision,
      reason: decision.reason,
      evidence_ref: journal.stepLog(step.id),
      details: { policy: decision },
    },
  ]);
}

/** A deny fails the run closed: the step never executes, nor does any later one. */
export function denyStep(
  run: OpenRun,
  ctx: EngineContext,
  step: { id: string; op: string },
  decision: PolicyDecision,
): RunOutcome {
  run.journal.stepEvent(step, 'denied', { reason: decision.reason });
  run.journal.audit({
    actor: 'policy',
    event: 'step.denied',
    step_id: step.id,
    decision: 'deny',
    reason: decision.reason,
  });
  return stop(run, ctx, 'failed', {
    kind: 'denied',
    reason: `step "${step.id}" denied by policy ${decision.policy_id}: ${decision.reason}`,
    step_id: step.id,
  });
}

/** How long a run may hold the event loop before it lets it run (a few hundred times a second at most). */
const HOLD_MS = 5;
let heldSince = performance.now();

/**
 * Lets the event loop run between two steps once the run has held it for `HOLD_MS`: timers, a signal's
 * handler, the server's other requests. A write_text step and a backend that answers at once (echo, replay,
 * a merge's recorded outputs) never wait on I/O, so a run of them would otherwise hold the whole process
 * until it ends (`awo serve` answered nothing else meanwhile, and Ctrl-C during `awo replay` was taken only
 * once the replay was over).
 */
async function betweenSteps(): Promise<void> {
  if (performance.now() - heldSince < HOLD_MS) return;
  await new Promise((resolve) => setImmediate(resolve));
  heldSince = performance.now();
}

/** Runs steps from the first one without a receipt until the run completes, pauses or fails. */
export async function execute(run: OpenRun, ctx: EngineContext): Promise<RunOutcome> {
  const { journal, input } = run;
  const { state } = journal;
  const policy = input.policy.document;
  const retry = ctx.retry ?? DEFAULT_RETRY;
  const decisionHash = decisionHasher();
  // A gate nobody has decided holds the run whatever opened it (a manual pause, an external step's flag):
  // a retry after a cancel pauses at it again rather than running past it.
  if (pendingGate(state)) return stop(run, ctx, 'paused', null);
  for (const step of input.steps) {
    const record = state.steps[journal.index.get(step.id) ?? 0];
    if (!record || record.status === 'completed') continue;
    await betweenSteps();
    const interrupted = ctx.interruption?.(run, ctx);
    if (interrupted) return interrupted;
    let stepInput: Record<string, unknown>;
    try {
      stepInput = resolveInput(step, run.texts, MAX_RENDERED_CHARS);
    } catch (err) {
      if (!(err instanceof RenderedTooLarge)) throw err;
      // Nothing of the step is recorded (its policy decides on its input, which cannot be made): the run
      // fails at it, sealed; `awo retry` meets the same limit.
      return stop(run, ctx, 'failed', {
        kind: 'error',
        reason: `step "${step.id}" failed: ${err.message}`,
        step_id: step.id,
      });
    }
    const facts = workflowStepFacts(step, stepInput, effectiveModel(step, ctx.backend));
    const decision = evaluatePolicy(policy, facts);
    // The model the policy saw is recorded: a later session may run with another backend, and verify
    // evaluates the policy again on what this one saw.
    recordStart(
      journal,
      ctx.actor,
      step,
      decision,
      {},
      {
        op: step.op,
        type: step.type ?? null,
        model: facts.params.model,
      },
    );

    if (decision.decision === 'deny') return denyStep(run, ctx, step, decision);
    if (decision.decision === 'flag') {
      const gate = gateForStep(state, step.id, 'flag');
      if (gate?.status !== 'approved')
        return gate
          ? waitOrEnd(run, ctx, gate)
          : requestGate(run, ctx, step, `flag-${step.id}`, 'flag', decision.reason);
    }

    let output: StepOutputRecord['output'];
    try {
      if (step.op === 'audit_gate') {
        const gate = gateForStep(state, step.id, 'audit_gate');
        if (gate?.status !== 'approved' || !gate.resolution) {
          return gate
            ? waitOrEnd(run, ctx, gate)
            : requestGate(run, ctx, step, step.id, 'audit_gate', 'audit gate: human review required');
        }
        output = gateOutput(gate.gate_id, gate.resolution);
      } else if (step.op === 'llm_map' && ctx.precomputed?.has(step.id)) {
        output = ctx.precomputed.get(step.id) as StepOutputRecord['output'];
        for (const model of modelsOf(output)) run.models.add(model);
      } else if (step.op === 'llm_map') {
        output = await runLlmMap(step, stepInput, {
          backend: ctx.backend,
          store: ctx.store,
          clock: ctx.clock,
          retry,
          limiter: ctx.limiter,
          concurrencyCap: ctx.concurrencyCap ?? 32,
          onRetry: (raw) => {
            const info = redactSecrets(raw, ctx.backend.secrets).value;
            journal.stepEvent(step, 'retry', { ...info });
            journal.audit({
              actor: 'system',
              event: 'step.retry',
              step_id: step.id,
              reason: info.reason,
              details: {
                attempt: info.attempt,
                delay_ms: info.delayMs,
                status: info.status ?? null,
                item: info.item,
              },
            });
          },
        });
        // A key the provider echoed (in the answer, a header, an error text) is gone before anything is written.
        const clean = redactSecrets(output, ctx.backend.secrets);
        if (clean.replaced > 0) {
          output = clean.value;
          journal.stepEvent(step, 'redacted', { secrets_replaced: clean.replaced });
        }
        for (const model of modelsOf(output)) run.models.add(model);
      } else {
        output = runWriteText(stepInput, ctx.store);
      }
    } catch (err) {
      // Every step error is retryable with `awo retry` (a fixed symlink, a provider back up); only a deny is final.
      const reason = redactSecrets(messageOf(err), ctx.backend.secrets).value;
      journal.stepEvent(step, 'failed', { error: reason });
      journal.audit({ actor: 'system', event: 'step.failed', step_id: step.id, reason });
      return stop(run, ctx, 'failed', {
        kind: 'error',
        reason: `step "${step.id}" failed: ${reason}`,
        step_id: step.id,
      });
    }

    const outputRecord: StepOutputRecord = { step_id: step.id, op: step.op, input: stepInput, output };
    ctx.store.write(`outputs/${step.id}.json`, prettyJson(outputRecord), { atomic: false });
    const receipt = sealReceipt<StepReceipt>({
      kind: 'step',
      run_id: state.run_id,
      step_id: step.id,
      step_type: step.type ?? null,
      op: step.op,
      input_hash: digestObject(stepInput),
      output_hash: digestObject(output),
      decision_hash: decisionHash(decision),
      prev_receipt_hash: lastReceipt(state.receipts, run.genesis),
    });
    // A torn receipt does not verify and recovery ignores it (the step runs again), so no temp file + rename.
    ctx.store.write(`receipts/steps/${step.id}.json`, prettyJson(receipt), { atomic: false });
    auditStepCompleted(journal, step, receipt, ctx.actor, false);
    ctx.store.release(journal.stepLog(step.id));
    if (typeof output.text === 'string') run.texts.set(step.id, output.text);
  }
  return stop(run, ctx, 'completed', null);
}
