import type { EngineContext, OpenRun, RunOutcome } from './engine-context.js';
import { writeGateFile } from './run-gates.js';
import { stop } from './run-stop.js';
import { EXTERNAL_OP } from './run-state.js';
import { checkRequestGate } from './run-transitions.js';

/** A request for human approval made over the API (or a pause): why, and what the reviewer follows. */
export interface ManualGateRequest {
  reason: string;
  checklist?: string | null;
}

/**
 * Opens a `manual` gate on a running run and pauses it (docs/format.md#states-and-exit-codes: `running` → `paused`). The gate names
 * the next workflow step that has not completed, if any; approving it and resuming continues from there,
 * rejecting it ends the run `rejected`. Gate ids are `manual-001`, `manual-002`, ... in request order.
 */
export function requestManualGate(run: OpenRun, ctx: EngineContext, request: ManualGateRequest): RunOutcome {
  const { journal } = run;
  const { state } = journal;
  checkRequestGate(state);
  const count = state.gates.filter((gate) => gate.kind === 'manual').length;
  const gateId = `manual-${String(count + 1).padStart(3, '0')}`;
  const next = state.steps.find((record) => record.op !== EXTERNAL_OP && record.status !== 'completed');
  journal.audit({
    actor: ctx.actor,
    event: 'gate.requested',
    gate_id: gateId,
    ...(next ? { step_id: next.step_id } : {}),
    reason: request.reason,
    evidence_ref: `audit/gates/${gateId}.json`,
    details: { kind: 'manual', checklist: request.checklist ?? null, environment: null },
  });
  writeGateFile(run, ctx.store, gateId);
  return stop(run, ctx, 'paused', null);
}
