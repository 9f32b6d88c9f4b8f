import type { RunInput } from '../core/run-plan.js';
import { TOOL_VERSION } from '../core/version.js';
import {
  currentGate,
  reportedSteps,
  type GateRecord,
  type RunState,
  type StepRecord,
} from '../core/run-state.js';
import type { GateView, RunSummary, RunView, StepView } from './api-schemas.js';

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
  const gate = currentGate(state);
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

/** A step's view as JSON (UTF-8), and the record's fields it was rendered from. */
interface RenderedStep {
  from: StepRecord;
  json: Buffer<ArrayBuffer>;
}

/** Rendered steps by record: a run's records are updated in place as its trail grows, so each is compared first. */
const renderedSteps = new WeakMap<StepRecord, RenderedStep>();

/** The step's view as JSON: rendered once, and again only when one of its record's fields changed. */
function stepJson(step: StepRecord): Buffer<ArrayBuffer> {
  const rendered = renderedSteps.get(step);
  if (rendered && sameRecord(rendered.from, step)) return rendered.json;
  const json = Buffer.from(JSON.stringify(stepView(step)));
  renderedSteps.set(step, { from: { ...step }, json });
  return json;
}

function sameRecord(a: StepRecord, b: StepRecord): boolean {
  for (const key of Object.keys(b) as (keyof StepRecord)[]) if (a[key] !== b[key]) return false;
  return true;
}

const COMMA = Buffer.from(',');

/**
 * `JSON.stringify(runView(snapshot))` as UTF-8, the same bytes, in pieces to concatenate: the steps that did
 * not change since their last rendering are not rendered again, so a long run's view costs what changed
 * plus one copy of the rest.
 */
export function runViewParts(snapshot: RunSnapshot): Buffer[] {
  const head = JSON.stringify(runView({ ...snapshot, state: { ...snapshot.state, steps: [] } }));
  // The first `"steps":[]` is the key's (inside a JSON string every quote is escaped): the steps go there.
  const at = head.indexOf('"steps":[]') + '"steps":['.length;
  const parts = [Buffer.from(head.slice(0, at))];
  reportedSteps(snapshot.state).forEach((step, i) => {
    if (i > 0) parts.push(COMMA);
    parts.push(stepJson(step));
  });
  parts.push(Buffer.from(head.slice(at)));
  return parts;
}

/** `JSON.stringify(runView(snapshot))` as UTF-8 (see `runViewParts`). */
export function runViewJson(snapshot: RunSnapshot): Buffer {
  return Buffer.concat(runViewParts(snapshot));
}

/** The run without its step and gate lists, as JSON (`Prefer: return=minimal`): its size does not grow with the run. */
export function runSummaryJson({ state, input }: RunSnapshot): Buffer {
  const { steps: _steps, gates: _gates, ...summary } = runView({ state: { ...state, steps: [] }, input });
  const view: RunSummary = summary;
  return Buffer.from(JSON.stringify(view));
}

/**
 * The strong entity tag of a run's view: the view is a function of the audit trail (its length and head)
 * and of the server's version, so the tag changes whenever the bytes can; the summary (`minimal`) is
 * another representation, with its own tag.
 */
export function viewTag(state: RunState, minimal = false): string {
  const head = state.head.slice(state.head.indexOf(':') + 1);
  return `"${TOOL_VERSION}-${state.seq}-${head}${minimal ? '-minimal' : ''}"`;
}

/** RFC 9110 If-None-Match: true when the header names `tag` (weak comparison) or is `*`. */
export function matchesTag(header: string | undefined, tag: string): boolean {
  if (header === undefined) return false;
  return header.split(',').some((candidate) => {
    const value = candidate.trim();
    return value === '*' || value.replace(/^W\//, '') === tag;
  });
}
