import { AUDIT_LOG, isStop, lineHashHolds, type AuditLine } from './audit-chain.js';
import { IntegrityError } from './errors.js';
import { digestBytes, type Digest } from './hash.js';
import type { RunStore } from './ports.js';
import { receiptIntact, resolutionOf, type GateReceipt, type WorkflowReceipt } from './receipts.js';
import { jsonEqual } from './json-equal.js';
import type { RunInput } from './run-plan.js';
import type { GateRecord, RunFailure, RunState, StepRecord } from './run-state.js';
import {
  INPUT_FILE,
  lookupManifest,
  MANIFEST_FILE,
  type ManifestLookup,
  METADATA_FILE,
  parseObject,
  parseObjectBefore,
  WORKFLOW_RECEIPT,
} from './run-files.js';
import { utf8Text } from './utf8-text.js';

/** How much of the audit trail's end is read for its last line (a stop line is far shorter). */
const TAIL_BYTES = 64 * 1024;

/** A run's state and input, for reading (a sealed run's input is parsed the first time it is asked for). */
export interface RunReading {
  state: RunState;
  readonly input: RunInput;
}

/**
 * The state of a run sealed at its last stop, for reading only (`awo status`, the server's views, the
 * action's paused bundle): taken from the files that stop rendered from that state, in time that does not
 * grow with the audit trail. The seal is checked cheaply, not the past re-derived (that is `awo verify`'s
 * work, and a session's, which folds every line before it builds on them):
 *
 * - `metadata.json`, every gate file, the input and the workflow receipt are the bytes `SHA256SUMS.txt`
 *   lists;
 * - the audit trail's last line is a stop line whose own hash holds and is the receipt's head, at the
 *   receipt's line count;
 * - the gates the receipt's chain of receipts names (then the pending one) are exactly the gate files, and
 *   each resolved one's resolution is its sealed gate receipt's, whose own hash is the one the chain names.
 *
 * Undefined when any of it does not hold, or the state cannot be told from these files alone (a gate id
 * used twice): the caller then reads the run the full way, which verifies every line and recovers or refuses.
 */
export function readSealedState(store: RunStore): RunReading | undefined {
  try {
    return stateFromStopFiles(store);
  } catch {
    // A file that cannot be read (a FIFO, a device, too large) is for the full reading to name and refuse.
    return undefined;
  }
}

interface SealedMetadata {
  run_id: string;
  status: RunState['status'];
  created_at: string | null;
  updated_at: string | null;
  failure: RunFailure | null;
  gate: { gate_id: string; status: string } | null;
  steps: StepRecord[];
}

interface SealedGateFile {
  gate_id: string;
  step_id: string;
  kind: GateRecord['kind'];
  status: GateRecord['status'];
  request: {
    at: string;
    reason: string;
    checklist: string | null;
    environment: string | null;
    opened_at: string;
    deadline: string | null;
    min_approvals: number;
    context?: Record<string, unknown>;
  };
  resolution: GateRecord['resolution'];
  receipt_hash: Digest | null;
}

function stateFromStopFiles(store: RunStore): RunReading | undefined {
  const manifest = store.read(MANIFEST_FILE);
  const receiptBytes = store.read(WORKFLOW_RECEIPT);
  if (!manifest || !receiptBytes) return undefined;
  const lookup = lookupManifest(utf8Text(manifest));
  if (lookup.get(WORKFLOW_RECEIPT) !== digestBytes(receiptBytes)) return undefined;
  const receipt = parseObjectBefore<ReceiptHead>(receiptBytes, 'evidence');
  if (!receipt || !Array.isArray(receipt.receipts)) return undefined;
  const sealed = <T>(path: string): T | undefined => {
    const digest = lookup.get(path);
    const bytes = digest === undefined ? undefined : store.read(path);
    return bytes && digest === digestBytes(bytes) ? parseObject<T>(bytes) : undefined;
  };

  const last = lastLine(store);
  if (
    !last ||
    !isStop(last) ||
    last.hash !== receipt.audit_head ||
    last.seq !== receipt.audit_lines ||
    last.run_id !== receipt.run_id ||
    last.details?.status !== receipt.status
  )
    return undefined;

  const metadata = sealed<SealedMetadata>(METADATA_FILE);
  if (
    !metadata ||
    metadata.run_id !== receipt.run_id ||
    metadata.status !== receipt.status ||
    !Array.isArray(metadata.steps) ||
    !metadata.steps.every(isStepRecord) ||
    !(metadata.failure === null || typeof metadata.failure?.reason === 'string')
  )
    return undefined;
  const gates = sealedGates(receipt, metadata, lookup, sealed);
  if (!gates) return undefined;

  const finished = ['completed', 'failed', 'rejected'].includes(metadata.status);
  const state: RunState = {
    run_id: metadata.run_id,
    status: metadata.status,
    failure: metadata.failure,
    // metadata.json reports the steps a finished run never reached as `skipped`; the state keeps them pending.
    steps: finished
      ? metadata.steps.map((step) => (step.status === 'skipped' ? { ...step, status: 'pending' } : step))
      : metadata.steps,
    gates,
    receipts: receipt.receipts,
    head: receipt.audit_head,
    seq: receipt.audit_lines,
    created_at: metadata.created_at,
    updated_at: metadata.updated_at,
  };
  // The input is checked now and parsed only when asked for (the server's views name its policy).
  const inputBytes = store.read(INPUT_FILE);
  if (!inputBytes || lookup.get(INPUT_FILE) !== digestBytes(inputBytes)) return undefined;
  let input: RunInput | undefined;
  return {
    state,
    get input(): RunInput {
      input ??= parseObject<RunInput>(inputBytes);
      if (!input) throw new IntegrityError(`${INPUT_FILE} is not a JSON object`, INPUT_FILE);
      return input;
    },
  };
}

/** The workflow receipt's members a reader uses (all but `evidence` and `workflow_hash`). */
type ReceiptHead = Omit<WorkflowReceipt, 'evidence' | 'workflow_hash'>;

/** A step record as a stop writes it, as far as a reader relies on its fields' types. */
function isStepRecord(step: unknown): step is StepRecord {
  if (typeof step !== 'object' || step === null) return false;
  const { step_id, op, status, decision } = step as Record<string, unknown>;
  return (
    typeof step_id === 'string' &&
    typeof op === 'string' &&
    typeof status === 'string' &&
    (decision === null || (typeof decision === 'object' && !Array.isArray(decision)))
  );
}

/** The audit trail's last line, when it is whole and its own hash holds. */
function lastLine(store: RunStore): AuditLine | undefined {
  const bytes = store.readTail ? store.readTail(AUDIT_LOG, TAIL_BYTES) : store.read(AUDIT_LOG);
  if (!bytes) return undefined;
  const text = utf8Text(bytes);
  if (!text.endsWith('\n')) return undefined;
  const start = text.lastIndexOf('\n', text.length - 2) + 1;
  // No line break before it in a full tail: the line is longer than the tail, so not one a stop writes.
  if (start === 0 && bytes.length === TAIL_BYTES) return undefined;
  const raw = text.slice(start, -1);
  const line = parseObject<AuditLine>(raw);
  if (!line || JSON.stringify(line) !== raw) return undefined;
  return lineHashHolds(line) ? line : undefined;
}

/**
 * The run's gates in chain order: those the receipt's chain of receipts resolved, then the pending one the
 * metadata names, each from its sealed gate file; undefined unless these are exactly the sealed gate files.
 */
function sealedGates(
  receipt: ReceiptHead,
  metadata: SealedMetadata,
  manifest: ManifestLookup,
  sealed: <T>(path: string) => T | undefined,
): GateRecord[] | undefined {
  const resolved = receipt.receipts.filter((entry) => entry.kind === 'gate');
  const ids = resolved.map((entry) => entry.id);
  if (metadata.gate?.status === 'pending') ids.push(metadata.gate.gate_id);
  const files = manifest.countUnder('audit/gates/');
  if (new Set(ids).size !== ids.length || files !== ids.length) return undefined;
  const gates: GateRecord[] = [];
  for (const [i, id] of ids.entries()) {
    const file = sealed<SealedGateFile>(`audit/gates/${id}.json`);
    const pending = i === resolved.length;
    if (
      typeof file?.request !== 'object' ||
      file.request === null ||
      file.gate_id !== id ||
      typeof file.step_id !== 'string' ||
      typeof file.status !== 'string' ||
      !(
        file.resolution === null ||
        (typeof file.resolution?.actor === 'string' && typeof file.resolution.at === 'string')
      ) ||
      (pending ? file.status !== 'pending' : file.receipt_hash !== resolved[i].receipt_hash)
    )
      return undefined;
    // Who decided a resolved gate, as shown, is what its receipt holds: the sealed receipt, whose own hash
    // is the one the chain of receipts names (a gate file edited alone, or its receipt, is not shown).
    if (!pending) {
      const gateReceipt = sealed<GateReceipt>(`receipts/gates/${id}.json`);
      if (
        !gateReceipt ||
        gateReceipt.receipt_hash !== resolved[i].receipt_hash ||
        !receiptIntact(gateReceipt) ||
        !jsonEqual(file.resolution, resolutionOf(gateReceipt))
      )
        return undefined;
    }
    const { request } = file;
    gates.push({
      gate_id: file.gate_id,
      step_id: file.step_id,
      kind: file.kind,
      status: file.status,
      requested_at: request.at,
      opened_at: request.opened_at,
      deadline: request.deadline,
      min_approvals: request.min_approvals,
      context: request.context ?? null,
      reason: request.reason,
      checklist: request.checklist,
      environment: request.environment,
      resolution: file.resolution,
      receipt_hash: file.receipt_hash,
    });
  }
  return gates;
}
