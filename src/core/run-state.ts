import type { AuditLine } from './audit-chain.js';
import type { Digest } from './hash.js';
import type { PolicyDecision } from './policy.js';
import type { NormalisedStep } from './workflow-schema.js';

/** Run states (docs/format.md#states-and-exit-codes). */
export type RunStatus = 'running' | 'paused' | 'completed' | 'failed' | 'rejected';
/** Step states: `pending` until it starts; `skipped` for steps a finished run never reached. */
export type StepStatus = 'pending' | 'started' | 'completed' | 'failed' | 'denied' | 'skipped';

/** The record of one step kept in metadata.json and the report (issue: step metadata). */
export interface StepRecord {
  step_id: string;
  step_type: string | null;
  op: string;
  status: StepStatus;
  started_at: string | null;
  ended_at: string | null;
  input_hash: Digest | null;
  output_hash: Digest | null;
  receipt_hash: Digest | null;
  decision: PolicyDecision | null;
  retries: number;
  error: string | null;
}

/**
 * How a gate was resolved. `timed_out`: no decision arrived before the gate's deadline (or one arrived
 * after it); distinct from `rejected` and never counted as an approval.
 */
export type GateDecision = 'approved' | 'rejected' | 'timed_out';

export interface GateResolution {
  decision: GateDecision;
  actor: string;
  comment: string;
  at: string;
  source: string;
  details?: Record<string, unknown>;
}

export interface GateRecord {
  gate_id: string;
  step_id: string;
  /** `audit_gate`: a gate step; `flag`: a policy flag on a step; `manual`: requested over the API (pause). */
  kind: 'audit_gate' | 'flag' | 'manual';
  status: 'pending' | GateDecision;
  requested_at: string;
  /** When the gate opened: the clock of the session that paused (`requested_at`, named for the evidence). */
  opened_at: string;
  /** The latest moment a decision counts (`args.deadline_minutes` after `opened_at`), or null. */
  deadline: string | null;
  /** Distinct approvers the gate needs (`args.min_approvals`, default 1). */
  min_approvals: number;
  /** What the face that paused recorded about the gate's review (e.g. the review history baseline). */
  context: Record<string, unknown> | null;
  reason: string;
  checklist: string | null;
  environment: string | null;
  resolution: GateResolution | null;
  receipt_hash: Digest | null;
}

export interface RunFailure {
  /** `error`: a step failed after retries (retryable with `awo retry`); `denied`: a policy deny (final). */
  kind: 'error' | 'denied' | 'rejected' | 'cancelled' | 'timed_out';
  reason: string;
  step_id: string | null;
}

/** Everything known about a run, derived by folding its audit trail. */
export interface RunState {
  run_id: string;
  status: RunStatus;
  failure: RunFailure | null;
  steps: StepRecord[];
  gates: GateRecord[];
  /** Step and gate receipts in chain order. */
  receipts: { kind: 'step' | 'gate'; id: string; receipt_hash: Digest }[];
  head: Digest;
  seq: number;
  created_at: string | null;
  updated_at: string | null;
}

/** The record of a step that has not started yet. */
function pendingStep(stepId: string, stepType: string | null, op: string): StepRecord {
  return {
    step_id: stepId,
    step_type: stepType,
    op,
    status: 'pending',
    started_at: null,
    ended_at: null,
    input_hash: null,
    output_hash: null,
    receipt_hash: null,
    decision: null,
    retries: 0,
    error: null,
  };
}

/** Fresh state for a run about to be created; `genesis` is the lock snapshot hash. */
export function initialState(runId: string, steps: readonly NormalisedStep[], genesis: Digest): RunState {
  return {
    run_id: runId,
    status: 'running',
    failure: null,
    steps: steps.map((step) => pendingStep(step.id, step.type ?? null, step.op)),
    gates: [],
    receipts: [],
    head: genesis,
    seq: 0,
    created_at: null,
    updated_at: null,
  };
}

const detail = <T>(line: AuditLine, key: string): T | undefined => line.details?.[key] as T | undefined;

/** The `op` of a step executed outside the engine and reported to it (not in `input.json`). */
export const EXTERNAL_OP = 'external';

/** External step records by id, per state, so a long run's replay stays linear. */
const externalIndex = new WeakMap<RunState, Map<string, StepRecord>>();

function externalsOf(state: RunState): Map<string, StepRecord> {
  let externals = externalIndex.get(state);
  if (!externals) {
    externals = new Map(
      state.steps.filter((record) => record.op === EXTERNAL_OP).map((record) => [record.step_id, record]),
    );
    externalIndex.set(state, externals);
  }
  return externals;
}

/** The record of step `stepId`: a workflow step (by the plan's `index`), else an external step; no scan. */
export function stepRecord(
  state: RunState,
  stepId: string,
  index: ReadonlyMap<string, number>,
): StepRecord | undefined {
  const at = index.get(stepId);
  return at !== undefined ? state.steps[at] : externalsOf(state).get(stepId);
}

/**
 * The record a line's step id names: a workflow step, else an external step. An external step's record
 * is born only from a `step.started` line marked `details.external: true`; any other unknown id names nothing.
 */
function stepOf(
  state: RunState,
  line: AuditLine,
  index: ReadonlyMap<string, number>,
): StepRecord | undefined {
  const id = line.step_id as string;
  const known = stepRecord(state, id, index);
  if (known || index.has(id) || line.event !== 'step.started' || detail<boolean>(line, 'external') !== true)
    return known;
  const record = pendingStep(id, detail<string>(line, 'type') ?? null, EXTERNAL_OP);
  state.steps.push(record);
  externalsOf(state).set(id, record);
  return record;
}

/**
 * Applies one audit line to the state (the run's only reducer: the live engine and a reload after a crash
 * go through the same code). Mutates `state` for speed on long runs; touches nothing else.
 */
export function applyLine(state: RunState, line: AuditLine, index: ReadonlyMap<string, number>): void {
  state.seq = line.seq;
  state.head = line.hash;
  state.updated_at = line.ts;
  const step = line.step_id !== undefined ? stepOf(state, line, index) : undefined;
  switch (line.event) {
    case 'run.created':
      state.created_at = line.ts;
      state.status = 'running';
      break;
    case 'run.status':
      state.status = detail<RunStatus>(line, 'status') ?? state.status;
      state.failure =
        state.status === 'failed' || state.status === 'rejected'
          ? (detail<RunFailure>(line, 'failure') ?? null)
          : null;
      break;
    case 'step.started':
      if (step) {
        step.status = 'started';
        step.started_at ??= line.ts;
        step.error = null;
      }
      break;
    case 'policy.decision':
      if (step) step.decision = detail<PolicyDecision>(line, 'policy') ?? null;
      break;
    case 'step.retry':
      if (step) step.retries += 1;
      break;
    case 'step.completed':
      if (step) {
        step.status = 'completed';
        step.ended_at = line.ts;
        step.input_hash = detail<Digest>(line, 'input_hash') ?? null;
        step.output_hash = detail<Digest>(line, 'output_hash') ?? null;
        step.receipt_hash = detail<Digest>(line, 'receipt_hash') ?? null;
        if (step.receipt_hash)
          state.receipts.push({ kind: 'step', id: step.step_id, receipt_hash: step.receipt_hash });
      }
      break;
    case 'step.failed':
    case 'step.denied':
      if (step) {
        step.status = line.event === 'step.failed' ? 'failed' : 'denied';
        step.ended_at = line.ts;
        step.error = line.reason ?? null;
      }
      break;
    case 'gate.requested':
      noteGate(state, {
        gate_id: line.gate_id ?? '',
        step_id: line.step_id ?? '',
        kind: detail<GateRecord['kind']>(line, 'kind') ?? 'audit_gate',
        status: 'pending',
        requested_at: line.ts,
        opened_at: detail<string>(line, 'opened_at') ?? line.ts,
        deadline: detail<string>(line, 'deadline') ?? null,
        min_approvals: detail<number>(line, 'min_approvals') ?? 1,
        context: detail<Record<string, unknown>>(line, 'context') ?? null,
        reason: line.reason ?? '',
        checklist: detail<string>(line, 'checklist') ?? null,
        environment: detail<string>(line, 'environment') ?? null,
        resolution: null,
        receipt_hash: null,
      });
      break;
    case 'gate.resolved': {
      // At most one gate is pending, the last requested: found from the end, a run of many gates stays linear.
      let gate: GateRecord | undefined;
      for (let i = state.gates.length - 1; i >= 0 && !gate; i--) {
        const candidate = state.gates[i];
        if (candidate.gate_id === line.gate_id && candidate.status === 'pending') gate = candidate;
      }
      if (gate) {
        const resolution = detail<GateResolution>(line, 'resolution');
        gate.status =
          resolution?.decision === 'rejected' || resolution?.decision === 'timed_out'
            ? resolution.decision
            : 'approved';
        gate.resolution = resolution ?? null;
        gate.receipt_hash = detail<Digest>(line, 'receipt_hash') ?? null;
        if (gate.receipt_hash)
          state.receipts.push({ kind: 'gate', id: gate.gate_id, receipt_hash: gate.receipt_hash });
      }
      break;
    }
    case 'run.recovered':
      break;
  }
}

/** The gate the run waits on, if any. */
export function pendingGate(state: RunState): GateRecord | undefined {
  return state.gates.find((gate) => gate.status === 'pending');
}

/**
 * The gate a run's files, views and outcomes describe as current: the pending one, or the last one of a
 * paused run (approved, waiting to be resumed).
 */
export function currentGate(state: RunState): GateRecord | undefined {
  return pendingGate(state) ?? (state.status === 'paused' ? state.gates.at(-1) : undefined);
}

/** The most recent gate for a step, if any. */
export function gateForStep(
  state: RunState,
  stepId: string,
  kind: GateRecord['kind'],
): GateRecord | undefined {
  let index = gateIndex.get(state);
  if (index?.count !== state.gates.length) {
    index = { count: 0, latest: new Map() };
    for (const gate of state.gates) indexGate(index, gate);
    gateIndex.set(state, index);
  }
  return index.latest.get(`${kind} ${stepId}`);
}

/** The latest gate of each kind for each step, per state (kept by `applyLine`), so lookups do not scan. */
const gateIndex = new WeakMap<RunState, { count: number; latest: Map<string, GateRecord> }>();

function indexGate(index: { count: number; latest: Map<string, GateRecord> }, gate: GateRecord): void {
  index.latest.set(`${gate.kind} ${gate.step_id}`, gate);
  index.count++;
}

/** Adds a requested gate to the state and its index. */
function noteGate(state: RunState, gate: GateRecord): void {
  state.gates.push(gate);
  const index = gateIndex.get(state);
  if (index?.count === state.gates.length - 1) indexGate(index, gate);
}

/**
 * Why a step may not have executed, from the audit trail alone: its policy decision was deny, or flag with
 * no approved gate, or it is an audit_gate nobody approved. Undefined when it may have.
 */
export function unapprovedExecution(state: RunState, record: StepRecord): string | undefined {
  const decision = record.decision?.decision;
  if (!decision) return 'no policy decision precedes it';
  if (decision === 'deny') return 'the policy denied it';
  if (decision === 'flag' && gateForStep(state, record.step_id, 'flag')?.status !== 'approved')
    return 'the policy flagged it and no gate approved it';
  if (record.op === 'audit_gate' && gateForStep(state, record.step_id, 'audit_gate')?.status !== 'approved')
    return 'its gate was not approved';
  return undefined;
}

/** The status `audit/status.json` shows: the latest gate's state, or `none`. */
export function auditStatus(state: RunState): 'none' | GateRecord['status'] {
  return state.gates.at(-1)?.status ?? 'none';
}

/** Step records as reported: steps a finished run never reached are `skipped`. */
export function reportedSteps(state: RunState): StepRecord[] {
  const finished = state.status === 'completed' || state.status === 'failed' || state.status === 'rejected';
  return state.steps.map((step) =>
    finished && step.status === 'pending' ? { ...step, status: 'skipped' } : step,
  );
}
