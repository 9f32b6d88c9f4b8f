import type { RunInput } from '../core/run-plan.js';
import {
  pendingGate,
  reportedSteps,
  type GateRecord,
  type RunState,
  type StepRecord,
} from '../core/run-state.js';
import type { GateView, RunView, StepView } from './api-schemas.js';

/** A step as the API shows it (only the fields its schema names). */
export function stepView(step: StepRecord): StepView {
  const decision = step.decision;
  return {
    step_id: step.step_id,
    step_type: step.step_type,
    op: step.op,
    status: step.status,
    started_at: step.started_at,
    ended_at: step.ended_at,
    input_hash: step.input_hash,
    output_hash: step.output_hash,
    receipt_hash: step.receipt_hash,
    decision: decision
      ? {
          decision: decision.decision,
          reason: decision.reason,
          policy_id: decision.policy_id,
          tier: decision.tier,
          rules_triggered: decision.rules_triggered,
        }
      : null,
    retries: step.retries,
    error: step.error,
  };
}

function gateView(gate: GateRecord): GateView {
  const r = gate.resolution;
  return {
    gate_id: gate.gate_id,
    step_id: gate.step_id === '' ? null : gate.step_id,
    kind: gate.kind,
    status: gate.status,
    requested_at: gate.requested_at,
    reason: gate.reason,
    checklist: gate.checklist,
    environment: gate.environment,
    resolution: r
      ? { decision: r.decision, actor: r.actor, comment: r.comment, at: r.at, source: r.source }
      : null,
    receipt_hash: gate.receipt_hash,
  };
}

/** The run as `GET /workflows/runs/{run_id}` and every change returns it. */
/** The state a request leaves a run in, for its response. */
export interface RunSnapshot {
  state: RunState;
  input: RunInput;
}

export function runView({ state, input }: RunSnapshot): RunView {
  const gate = pendingGate(state) ?? (state.status === 'paused' ? state.gates.at(-1) : undefined);
  return {
    run_id: state.run_id,
    status: state.status,
    failure: state.failure
      ? { kind: state.failure.kind, reason: state.failure.reason, step_id: state.failure.step_id }
      : null,
    created_at: state.created_at,
    updated_at: state.updated_at,
    policy_id: input.policy.document.id,
    steps: reportedSteps(state).map(stepView),
    gate: gate ? gateView(gate) : null,
    gates: state.gates.map(gateView),
    receipts: state.receipts.length,
    audit: { lines: state.seq, head: state.head },
  };
}
