import { checkpointOf, CHECKPOINT_FILE, rootDigest, type Checkpoint } from './checkpoint.js';
import { type Digest, prettyJson } from './hash.js';
import { consistencyProof } from './merkle.js';
import type { ChainFacts } from './run-journal.js';
import { lockHash, type LockSnapshot, type RunInput } from './run-plan.js';
import { auditStatus, currentGate, reportedSteps, type GateRecord, type RunState } from './run-state.js';

/**
 * The files a stop writes besides the seal, each rendered from the audit trail (and the run's frozen plan)
 * alone: the writer renders them from what it holds in memory, and `awo verify` renders them again from the
 * folder and compares bytes. None carries anything the chain does not.
 */

/** Where the RFC 9162 consistency proofs from each earlier stop's checkpoint to the latest one are kept. */
export const CONSISTENCY_FILE = 'audit/consistency.json';
export const AUDIT_STATUS_FILE = 'audit/status.json';
export const GATE_PENDING_FILE = 'gate_pending.json';

/**
 * The files every stop renders from the chain besides `metadata.json` and the gate files (run-stop.ts
 * writes them; run-verify.ts compares them; a sealed opening checks them before the next stop rewrites them).
 */
export const RENDERED_FILES = [
  AUDIT_STATUS_FILE,
  GATE_PENDING_FILE,
  CHECKPOINT_FILE,
  CONSISTENCY_FILE,
  'report.md',
] as const;

/** What the stop files are rendered from. */
export interface StopFacts {
  state: RunState;
  input: RunInput;
  lock: LockSnapshot;
  facts: ChainFacts;
  /** Models the run's calls reported, sorted. */
  models: readonly string[];
  /** The lock snapshot's hash when the caller holds it already (the run's genesis); computed otherwise. */
  lockHash?: Digest;
}

const finished = (state: RunState) =>
  state.status === 'completed' || state.status === 'failed' || state.status === 'rejected';

/** `metadata.json`. */
export function renderMetadata(s: StopFacts): string {
  const { state, input, lock } = s;
  const gate = currentGate(state);
  const seeds = input.steps.flatMap((step) =>
    step.op === 'llm_map' && step.params?.seed !== undefined
      ? [{ step_id: step.id, seed: step.params.seed }]
      : [],
  );
  return prettyJson({
    run_id: state.run_id,
    status: state.status,
    created_at: state.created_at,
    updated_at: state.updated_at,
    ...s.facts.environment,
    ended_at: finished(state) ? state.updated_at : null,
    failure: state.failure,
    gate: gate
      ? { gate_id: gate.gate_id, step_id: gate.step_id, status: gate.status, environment: gate.environment }
      : null,
    backend: input.backend,
    models: s.models,
    seeds,
    hashes: { workflow: lock.workflow, lock: s.lockHash ?? lockHash(lock), policy: lock.policy },
    sessions: s.facts.sessions,
    steps: reportedSteps(state),
  });
}

/** `audit/status.json`. */
export function renderAuditStatus(state: RunState): string {
  return prettyJson({
    status: auditStatus(state),
    run_status: state.status,
    gate_id: state.gates.at(-1)?.gate_id ?? null,
    updated_at: state.updated_at,
  });
}

/** `gate_pending.json`, present exactly while the run is paused at a gate. */
export function renderGatePending(state: RunState): string | undefined {
  const gate = currentGate(state);
  if (state.status !== 'paused' || !gate) return undefined;
  return prettyJson({
    run_id: state.run_id,
    gate_id: gate.gate_id,
    status: gate.status,
    step_id: gate.step_id,
    kind: gate.kind,
    checklist: gate.checklist,
    environment: gate.environment,
    reason: gate.reason,
    requested_at: gate.requested_at,
  });
}

/** `audit/gates/<id>.json`: the gate's request, then its resolution, as its audit lines record them. */
export function renderGateFile(gate: GateRecord): string {
  return prettyJson({
    gate_id: gate.gate_id,
    step_id: gate.step_id,
    kind: gate.kind,
    status: gate.status,
    request: {
      at: gate.requested_at,
      reason: gate.reason,
      checklist: gate.checklist,
      environment: gate.environment,
      opened_at: gate.opened_at,
      deadline: gate.deadline,
      min_approvals: gate.min_approvals,
      ...(gate.context ? { context: gate.context } : {}),
    },
    resolution: gate.resolution,
    receipt_hash: gate.receipt_hash,
  });
}

/** The same gate before its resolution: what its file says between `gate.requested` and `gate.resolved`. */
export function renderRequestedGateFile(gate: GateRecord): string {
  return renderGateFile({ ...gate, status: 'pending', resolution: null, receipt_hash: null });
}

/** Every gate file, by path, rendered from the gate's latest record. */
export function gateFiles(state: RunState): Map<string, GateRecord> {
  const out = new Map<string, GateRecord>();
  for (const gate of state.gates) out.set(`audit/gates/${gate.gate_id}.json`, gate);
  return out;
}

/** The checkpoint over every line so far, and `audit/checkpoint.json`. */
export function renderCheckpoint(
  runId: string,
  leaves: readonly Uint8Array[],
): { checkpoint: Checkpoint; text: string } {
  const checkpoint: Checkpoint = { run_id: runId, size: leaves.length, root: rootDigest(leaves) };
  return { checkpoint, text: prettyJson(checkpoint) };
}

/** One consistency proof of `audit/consistency.json` (RFC 9162 §2.1.4, hashes as `sha256:<hex>`). */
export interface ConsistencyEntry {
  from: { size: number; root: Digest };
  to: { size: number; root: Digest };
  proof: Digest[];
}

/**
 * `audit/consistency.json`: for every earlier stop (a checkpoint a reviewer or the action may have been
 * given), the RFC 9162 consistency proof that the tree at this stop only appended to it.
 */
export function renderConsistency(runId: string, facts: ChainFacts, root: Digest): string {
  const size = facts.leaves.length;
  const proofs: ConsistencyEntry[] = facts.stops
    .filter((stop) => stop < size)
    .map((stop) => ({
      from: { size: stop, root: rootDigest(facts.leaves.slice(0, stop)) },
      to: { size, root },
      proof: consistencyProof(facts.leaves, stop).map((hash): Digest => `sha256:${hash.toString('hex')}`),
    }));
  return prettyJson({ run_id: runId, proofs });
}

export { CHECKPOINT_FILE, checkpointOf };
