import type { Checkpoint } from './checkpoint.js';
import { digestObject, type Digest } from './hash.js';
import type { GateResolution } from './run-state.js';

/** Receipt for one executed step (docs/format.md#hashes-audit-trail-and-receipts): links its input, output and policy decision into the chain. */
export interface StepReceipt {
  kind: 'step';
  run_id: string;
  step_id: string;
  step_type: string | null;
  op: string;
  input_hash: Digest;
  output_hash: Digest;
  decision_hash: Digest;
  prev_receipt_hash: Digest;
  receipt_hash: Digest;
}

/** Receipt for a resolved gate: its resolution (who decided, what, when, through which channel), chained. */
export interface GateReceipt extends GateResolution {
  kind: 'gate';
  run_id: string;
  gate_id: string;
  step_id: string;
  prev_receipt_hash: Digest;
  receipt_hash: Digest;
}

export type Receipt = StepReceipt | GateReceipt;

/**
 * A receipt's `decision_hash`, remembered per distinct decision: most steps share one (the policy's
 * default), so a run of thousands of steps hashes a handful of decisions.
 */
export function decisionHasher(): (decision: object) => Digest {
  const known = new Map<string, Digest>();
  return (decision) => {
    const key = JSON.stringify(decision);
    let hash = known.get(key);
    if (hash === undefined) known.set(key, (hash = digestObject(decision)));
    return hash;
  };
}

/** The run's closing receipt, rewritten at every stop (paused, completed, failed, rejected). */
export interface WorkflowReceipt {
  kind: 'workflow';
  run_id: string;
  status: string;
  workflow_file_hash: Digest;
  lock_hash: Digest;
  policy_hash: Digest;
  /** Every step and gate receipt, in chain order. */
  receipts: { kind: 'step' | 'gate'; id: string; receipt_hash: Digest }[];
  /** The audit trail's last line hash when this receipt was written. */
  audit_head: Digest;
  audit_lines: number;
  /** The RFC 9162 tree head over the audit lines at this stop (the same as `audit/checkpoint.json`). */
  checkpoint: Checkpoint;
  /**
   * Digest of every file in the folder (`./`-less paths) but this receipt, SHA256SUMS.txt and the audit
   * trail (which `audit_head` and `checkpoint` cover): report.md and metadata.json included.
   */
  evidence: Record<string, Digest>;
  workflow_hash: Digest;
}

/** A gate receipt's resolution, as the audit trail's `gate.resolved` line records it. */
export function resolutionOf(receipt: GateReceipt): GateResolution {
  return {
    decision: receipt.decision,
    actor: receipt.actor,
    comment: receipt.comment,
    at: receipt.at,
    source: receipt.source,
    ...(receipt.details ? { details: receipt.details } : {}),
  };
}

/** Seals a receipt: `receipt_hash` is over every other field. */
export function sealReceipt<T extends Receipt>(body: Omit<T, 'receipt_hash'>): T {
  return { ...body, receipt_hash: digestObject(body) } as T;
}

/** Seals the workflow receipt: `workflow_hash` is over every other field. */
export function sealWorkflowReceipt(body: Omit<WorkflowReceipt, 'workflow_hash'>): WorkflowReceipt {
  return { ...body, workflow_hash: digestObject(body) };
}

/** Recomputes a receipt's own hash; true when it is intact. */
export function receiptIntact(receipt: Receipt): boolean {
  const { receipt_hash, ...body } = receipt;
  return digestObject(body) === receipt_hash;
}

/** Recomputes the workflow receipt's own hash. */
export function workflowReceiptIntact(receipt: WorkflowReceipt): boolean {
  const { workflow_hash, ...body } = receipt;
  return digestObject(body) === workflow_hash;
}

/** The hash the next receipt links to: the last receipt's, or the genesis (lock snapshot) hash. */
export function lastReceipt(receipts: { receipt_hash: Digest }[], genesis: Digest): Digest {
  return receipts.at(-1)?.receipt_hash ?? genesis;
}
