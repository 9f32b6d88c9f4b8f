import { IllegalTransition } from './errors.js';
import { EXTERNAL_OP, gateForStep, pendingGate, type GateRecord, type RunState } from './run-state.js';

/**
 * The legal moves of a run (docs/format.md#states-and-exit-codes). Each check returns what the move acts on or throws
 * `IllegalTransition` with a message that says why and what would be legal; nothing is written before.
 */

/** Approve or reject: only a paused run with a pending gate. */
export function gateToResolve(state: RunState, verb: 'approve' | 'reject'): GateRecord {
  const gate = pendingGate(state);
  if (state.status === 'paused' && gate) return gate;
  const last = state.gates.at(-1);
  if (state.status === 'paused' && last?.status === 'approved') {
    throw new IllegalTransition(
      `cannot ${verb} run ${state.run_id}: gate "${last.gate_id}" was already approved by ${last.resolution?.actor ?? 'unknown'} at ${last.resolution?.at ?? '?'}; run \`awo resume\` to continue`,
    );
  }
  throw new IllegalTransition(
    `cannot ${verb} run ${state.run_id}: it is ${describe(state)}; only a paused run with a pending gate can be approved or rejected`,
  );
}

/** An approval after the gate's deadline is refused: it can only be recorded as `timed_out`. */
export function checkDeadline(state: RunState, gate: GateRecord, decision: string, at: string): void {
  if (decision === 'approved' && gate.deadline && Date.parse(at) > Date.parse(gate.deadline))
    throw new IllegalTransition(
      `cannot approve gate "${gate.gate_id}" of run ${state.run_id} at ${at}: its deadline ${gate.deadline} has passed; record it as timed_out`,
    );
}

/**
 * A step reported over the API that has no receipt yet (flagged, then approved: the same report must be
 * posted again). Continuing the workflow past it would end the run with that step never recorded.
 */
function unrecordedExternal(state: RunState, except?: string): void {
  // One whose gate is still pending holds the run by that gate (the engine pauses at it again).
  const step = state.steps.find(
    (record) =>
      record.op === EXTERNAL_OP &&
      record.status === 'started' &&
      record.step_id !== except &&
      gateForStep(state, record.step_id, 'flag')?.status !== 'pending',
  );
  if (!step) return;
  // A step is posted only to a running or paused run: once it failed, that step can never be recorded.
  const open = state.status === 'running' || state.status === 'paused';
  throw new IllegalTransition(
    open
      ? `cannot continue run ${state.run_id}: external step "${step.step_id}" is not recorded yet; post it again over the API (or cancel the run)`
      : `cannot continue run ${state.run_id}: external step "${step.step_id}" was not recorded before the run ${state.failure?.kind === 'cancelled' ? 'was cancelled' : 'failed'}, and no step can be posted to it now; start a new run`,
  );
}

/** Resume: a paused run whose gate was approved, or a run interrupted while running. `except`: the external step being posted. */
export function checkResume(state: RunState, except?: string): void {
  const gate = pendingGate(state);
  if (state.status === 'paused' && gate) {
    throw new IllegalTransition(
      `cannot resume run ${state.run_id}: gate "${gate.gate_id}" is still pending; approve or reject it first`,
    );
  }
  if (state.status === 'paused' || state.status === 'running') unrecordedExternal(state, except);
  if (state.status === 'paused' || state.status === 'running') return;
  if (state.status === 'failed' && state.failure?.kind === 'error') {
    throw new IllegalTransition(
      `cannot resume run ${state.run_id}: it failed on an error (${state.failure.reason}); use \`awo retry\``,
    );
  }
  throw new IllegalTransition(`cannot resume run ${state.run_id}: it is ${describe(state)}`);
}

/** Retry: a run that failed on an error (not a deny), or one interrupted while running. */
export function checkRetry(state: RunState): void {
  if (state.status === 'running') return unrecordedExternal(state);
  if (state.status === 'failed' && (state.failure?.kind === 'error' || state.failure?.kind === 'cancelled'))
    return unrecordedExternal(state);
  if (state.status === 'failed' && state.failure?.kind === 'denied') {
    throw new IllegalTransition(
      `cannot retry run ${state.run_id}: it was denied by policy at step "${state.failure.step_id ?? '?'}" (${state.failure.reason}); a deny is final — change the policy and start a new run`,
    );
  }
  throw new IllegalTransition(
    `cannot retry run ${state.run_id}: it is ${describe(state)}; only a run that failed on an error can be retried`,
  );
}

/** Cancel: a run that is running (or was interrupted) or paused; a stopped run stays as it is. */
export function checkCancel(state: RunState): void {
  if (state.status === 'running' || state.status === 'paused') return;
  throw new IllegalTransition(`cannot cancel run ${state.run_id}: it is already ${describe(state)}`);
}

/** Request a gate (pause over the API): only a running run; a paused run already waits on one. */
export function checkRequestGate(state: RunState): void {
  if (state.status === 'running') return;
  const gate = pendingGate(state);
  if (state.status === 'paused' && gate)
    throw new IllegalTransition(
      `cannot pause run ${state.run_id}: it is already paused at gate "${gate.gate_id}"`,
    );
  if (state.status === 'paused')
    throw new IllegalTransition(
      `cannot pause run ${state.run_id}: it is paused after an approved gate; resume it first`,
    );
  throw new IllegalTransition(
    `cannot pause run ${state.run_id}: it is ${describe(state)}; only a running run can be paused`,
  );
}

/**
 * Record an external step: a running run, or a paused one whose gate was approved (recording it resumes the
 * run). Returns whether the run must be resumed first.
 */
export function checkExternalStep(state: RunState, stepId: string): { resume: boolean } {
  if (state.status === 'running') return { resume: false };
  const gate = pendingGate(state);
  if (state.status === 'paused' && gate) {
    throw new IllegalTransition(
      `cannot record step "${stepId}" in run ${state.run_id}: gate "${gate.gate_id}" is pending; approve or reject it first`,
    );
  }
  if (state.status === 'paused') return { resume: true };
  throw new IllegalTransition(
    `cannot record step "${stepId}" in run ${state.run_id}: it is ${describe(state)}; steps are recorded only in a running run`,
  );
}

function describe(state: RunState): string {
  if (state.status === 'failed' || state.status === 'rejected') {
    return `${state.status}${state.failure ? ` (${state.failure.reason})` : ''}`;
  }
  return state.status;
}
