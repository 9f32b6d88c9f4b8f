import { verifyChain } from './audit-chain.js';
import { canonicalJson, digestBytes, digestObject, type Digest } from './hash.js';
import {
  decisionHasher,
  receiptIntact,
  workflowReceiptIntact,
  type GateReceipt,
  type StepReceipt,
  type WorkflowReceipt,
} from './receipts.js';
import { AUDIT_LOG } from './run-journal.js';
import { buildLock, lockHash, type LockSnapshot, type RunInput } from './run-plan.js';
import {
  applyLine,
  EXTERNAL_OP,
  initialState,
  type RunState,
  type StepRecord,
  unapprovedExecution,
} from './run-state.js';
import { resolveInput, type StepOutputRecord } from './step-ops.js';
import { loadWorkflow } from './workflow-load.js';

/** Read access to a run folder (a RunStore, or an extracted bundle). */
export interface RunReader {
  read(path: string): Uint8Array | undefined;
  list(): string[];
}

/** The outcome of `awo verify`: ok, or the first place that does not match. */
export interface VerifyReport {
  ok: boolean;
  runId: string | null;
  status: string | null;
  /** File (and line) of the first mismatch. */
  where?: string;
  message?: string;
  /** Facts worth saying even when ok (an interrupted run verified up to its durable prefix, ...). */
  notes: string[];
  /** True when the run's last audit line is a stop (paused, completed, failed, rejected) and its seal is checked in full. */
  sealed: boolean;
  auditLines: number;
  receipts: number;
  workflowHash: Digest | null;
}

/** Files the workflow receipt does not list: itself, what is written after it, and the chained audit log. */
export const OUTSIDE_EVIDENCE = new Set(['receipts/workflow.json', 'report.md', 'SHA256SUMS.txt', AUDIT_LOG]);

const STOPPED = new Set(['paused', 'completed', 'failed', 'rejected']);

/**
 * A stopped run's seal, in the order it is removed: the manifest first (a sealed run without one was
 * interrupted while sealing), then the report, then the workflow receipt. A stop writes them back in reverse.
 */
export const SEAL = ['SHA256SUMS.txt', 'report.md', 'receipts/workflow.json'] as const;

/**
 * The temporary file of a whole-file write (temp file + rename) that a crash interrupted. Artifacts are
 * written in place, never through a temp file, so under `artifacts/` such a name is a workflow's own file.
 */
export const LEFTOVER_TEMP = /^(?!artifacts\/).*\.tmp-\d+$/;

/**
 * Reads the folder for one verification, each evidence file once: the digest of the bytes a check parsed
 * (a receipt, an output, an artifact) is the digest later checked against the workflow receipt, so a file
 * is neither read twice nor judged on two different versions of its bytes. Digests come from the bytes on
 * disk, never from what a writer remembers.
 */
class EvidenceReader implements RunReader {
  private readonly digests = new Map<string, Digest>();

  constructor(private readonly reader: RunReader) {}

  read(path: string): Uint8Array | undefined {
    const bytes = this.reader.read(path);
    if (bytes !== undefined && !OUTSIDE_EVIDENCE.has(path)) this.digests.set(path, digestBytes(bytes));
    return bytes;
  }

  /** The digest of a file's bytes as this verification read them; undefined when it is missing. */
  digest(path: string): Digest | undefined {
    if (this.digests.has(path)) return this.digests.get(path);
    const bytes = this.reader.read(path);
    return bytes === undefined ? undefined : digestBytes(bytes);
  }

  list(): string[] {
    return this.reader.list();
  }
}

class Mismatch extends Error {
  constructor(
    readonly where: string,
    message: string,
  ) {
    super(message);
  }
}

function readJson<T>(reader: RunReader, path: string): T {
  const bytes = reader.read(path);
  if (bytes === undefined) throw new Mismatch(path, 'is missing');
  try {
    return JSON.parse(Buffer.from(bytes).toString('utf8')) as T;
  } catch {
    throw new Mismatch(path, 'is not valid JSON');
  }
}

const same = (a: unknown, b: unknown) => canonicalJson(a) === canonicalJson(b);

/**
 * Recomputes everything a run folder claims (docs/format.md#hashes-audit-trail-and-receipts): the lock against the workflow snapshot, the
 * audit hash chain, every step and gate receipt against its output and the chain, the artifacts, and
 * the workflow receipt against the audit head and the evidence files. Names the first mismatch.
 */
export function verifyRun(reader: RunReader): VerifyReport {
  const report: VerifyReport = {
    ok: false,
    runId: null,
    status: null,
    notes: [],
    sealed: false,
    auditLines: 0,
    receipts: 0,
    workflowHash: null,
  };
  try {
    check(new EvidenceReader(reader), report);
    report.ok = true;
  } catch (err) {
    if (!(err instanceof Mismatch)) throw err;
    report.where = err.where;
    report.message = `${err.where}: ${err.message}`;
  }
  return report;
}

function check(reader: EvidenceReader, report: VerifyReport): void {
  const snapshot = reader.read('workflow.snapshot.json');
  if (snapshot === undefined) throw new Mismatch('workflow.snapshot.json', 'is missing');
  const lock = readJson<LockSnapshot>(reader, 'lock.snapshot.json');
  const input = readJson<RunInput>(reader, 'input.json');
  report.runId = input.run_id;
  if (lock.workflow !== digestBytes(snapshot))
    throw new Mismatch('workflow.snapshot.json', "does not match lock.snapshot.json's workflow hash");

  let workflow;
  try {
    workflow = loadWorkflow(snapshot, 'workflow.snapshot.json');
  } catch {
    throw new Mismatch('workflow.snapshot.json', 'is no longer a valid workflow');
  }
  if (!same(workflow.steps, input.steps))
    throw new Mismatch('input.json', 'steps differ from workflow.snapshot.json');
  const expectedLock = buildLock(
    workflow,
    { policy: input.policy.document, source: input.policy.source },
    {
      name: input.backend.name,
      model: input.backend.model ?? undefined,
      endpoint: input.backend.base_url ?? undefined,
    },
    lock.frozen_at,
  );
  for (const key of ['prompts', 'params', 'models', 'policy'] as const) {
    if (!same(expectedLock[key], lock[key]))
      throw new Mismatch('lock.snapshot.json', `${key} do not match the workflow snapshot and input.json`);
  }
  if ((expectedLock.endpoint ?? null) !== (lock.endpoint ?? null))
    throw new Mismatch('lock.snapshot.json', "endpoint does not match input.json's backend base_url");
  const genesis = lockHash(lock);

  const logBytes = reader.read(AUDIT_LOG);
  if (logBytes === undefined) throw new Mismatch(AUDIT_LOG, 'is missing');
  const chain = verifyChain(Buffer.from(logBytes).toString('utf8'), genesis, input.run_id);
  if (!chain.ok) throw new Mismatch(`${AUDIT_LOG}:${chain.line}`, `line ${chain.line} ${chain.message}`);
  report.auditLines = chain.lines.length;
  const state = initialState(input.run_id, input.steps, genesis);
  const index = new Map(input.steps.map((step, i) => [step.id, i]));
  for (const line of chain.lines) applyLine(state, line, index);
  report.status = state.status;
  // Every stop ends with a run.status line naming a stopped state; anything else is a run that was interrupted.
  const last = chain.lines.at(-1);
  const all = reader.list();
  const stopped = !chain.torn && last?.event === 'run.status' && STOPPED.has(String(last.details?.status));
  // A session removes the seal (manifest, report, workflow receipt) before its first write; one interrupted
  // in between leaves a stopped trail with no seal at all, which is interrupted too, not tampered with.
  const unsealed = stopped && SEAL.every((file) => !all.includes(file));
  if (unsealed)
    report.notes.push(
      `the seal of the stop at ${AUDIT_LOG} line ${chain.lines.length} was removed by a session that was interrupted before it wrote anything`,
    );
  report.sealed = stopped && !unsealed;
  const interrupted = !report.sealed;
  if (chain.torn)
    report.notes.push(
      `${AUDIT_LOG}: the last line is incomplete (interrupted write); verified the ${chain.lines.length} complete lines`,
    );
  if (interrupted)
    report.notes.push(
      'the run was interrupted before it reached a stop: verified up to its last durable point; `awo retry` or `awo resume` completes it',
    );

  checkReceipts(reader, input, state, genesis);
  report.receipts = state.receipts.length;

  const listed = new Set(state.receipts.map((entry) => `receipts/${entry.kind}s/${entry.id}.json`));
  const files = all.filter((file) => !LEFTOVER_TEMP.test(file));
  const leftovers = all.filter((file) => LEFTOVER_TEMP.test(file));
  if (leftovers.length > 0)
    report.notes.push(
      `${leftovers.join(', ')}: left by an interrupted write; not evidence (the next session removes it)`,
    );
  for (const file of files) {
    if (/^receipts\/(steps|gates)\//.test(file) && !listed.has(file) && !interrupted) {
      throw new Mismatch(file, 'is not referenced by the audit trail');
    }
  }
  checkWorkflowReceipt(reader, state, lock, files, interrupted, report, chain.lines, chain.torn);
}

function checkReceipts(reader: EvidenceReader, input: RunInput, state: RunState, genesis: Digest): void {
  const texts = new Map<string, string>();
  const steps = new Map(input.steps.map((step) => [step.id, step]));
  const records = new Map(state.steps.map((record) => [record.step_id, record]));
  const decisionHash = decisionHasher();
  let prev = genesis;
  for (const entry of state.receipts) {
    const path = `receipts/${entry.kind}s/${entry.id}.json`;
    const receipt = readJson<StepReceipt | GateReceipt>(reader, path);
    if (!receiptIntact(receipt)) throw new Mismatch(path, 'receipt_hash does not match the receipt content');
    if (receipt.receipt_hash !== entry.receipt_hash)
      throw new Mismatch(path, 'receipt_hash differs from the one recorded in the audit trail');
    if (receipt.prev_receipt_hash !== prev)
      throw new Mismatch(path, 'prev_receipt_hash does not link to the previous receipt');
    if (receipt.run_id !== input.run_id) throw new Mismatch(path, `names run ${receipt.run_id}`);
    prev = receipt.receipt_hash;
    if (receipt.kind === 'gate') {
      const gate = state.gates.find(
        (candidate) =>
          candidate.gate_id === receipt.gate_id && candidate.receipt_hash === receipt.receipt_hash,
      );
      const resolution = gate?.resolution;
      if (
        !resolution ||
        resolution.decision !== receipt.decision ||
        resolution.actor !== receipt.actor ||
        resolution.at !== receipt.at
      ) {
        throw new Mismatch(path, 'does not match the gate resolution in the audit trail');
      }
      continue;
    }
    const step = steps.get(receipt.step_id);
    const record = records.get(receipt.step_id);
    if (!step && record?.op === EXTERNAL_OP) {
      checkExternalReceipt(reader, path, receipt, record, state);
      continue;
    }
    if (!step || !record) throw new Mismatch(path, `names unknown step ${receipt.step_id}`);
    const outputPath = `outputs/${step.id}.json`;
    const output = readJson<StepOutputRecord>(reader, outputPath);
    if (digestObject(output.input) !== receipt.input_hash)
      throw new Mismatch(outputPath, "input does not match the receipt's input_hash");
    if (digestObject(output.output) !== receipt.output_hash)
      throw new Mismatch(outputPath, "output does not match the receipt's output_hash");
    // output.input hashes to input_hash (checked above), so this compares it with the recomputed input.
    if (digestObject(resolveInput(step, texts)) !== receipt.input_hash)
      throw new Mismatch(outputPath, 'input is not what the workflow snapshot and earlier outputs give');
    if (!record.decision || decisionHash(record.decision) !== receipt.decision_hash)
      throw new Mismatch(path, 'decision_hash does not match the policy decision in the audit trail');
    const unapproved = unapprovedExecution(state, record);
    if (unapproved) throw new Mismatch(path, `receipts a step that may not have run: ${unapproved}`);
    if (step.op === 'write_text') {
      const artifact = reader.digest(output.output.path as string);
      if (artifact === undefined) throw new Mismatch(String(output.output.path), 'is missing');
      if (artifact !== output.output.sha256)
        throw new Mismatch(String(output.output.path), `does not match its digest in ${outputPath}`);
    }
    if (typeof output.output.text === 'string') texts.set(step.id, output.output.text);
  }
}

/**
 * A step reported over the API has no workflow step to recompute its input from: its record exists only
 * because a `step.started` line marked it external, and its output file must hash to its receipt as given.
 */
function checkExternalReceipt(
  reader: EvidenceReader,
  path: string,
  receipt: StepReceipt,
  record: StepRecord,
  state: RunState,
): void {
  const outputPath = `outputs/${receipt.step_id}.json`;
  const output = readJson<StepOutputRecord>(reader, outputPath);
  if (receipt.op !== EXTERNAL_OP || output.op !== EXTERNAL_OP || output.step_id !== receipt.step_id) {
    throw new Mismatch(
      path,
      `names step ${receipt.step_id} as ${receipt.op}, but the audit trail records it as an external step`,
    );
  }
  if (digestObject(output.input) !== receipt.input_hash)
    throw new Mismatch(outputPath, "input does not match the receipt's input_hash");
  if (digestObject(output.output) !== receipt.output_hash)
    throw new Mismatch(outputPath, "output does not match the receipt's output_hash");
  if (record.input_hash !== receipt.input_hash || record.output_hash !== receipt.output_hash) {
    throw new Mismatch(path, 'input or output hash differs from the one recorded in the audit trail');
  }
  if (!record.decision || digestObject(record.decision) !== receipt.decision_hash)
    throw new Mismatch(path, 'decision_hash does not match the policy decision in the audit trail');
  const unapproved = unapprovedExecution(state, record);
  if (unapproved) throw new Mismatch(path, `receipts a step that may not have run: ${unapproved}`);
}

function checkWorkflowReceipt(
  reader: EvidenceReader,
  state: RunState,
  lock: LockSnapshot,
  files: string[],
  interrupted: boolean,
  report: VerifyReport,
  lines: readonly { hash: Digest }[],
  torn: boolean,
): void {
  const path = 'receipts/workflow.json';
  if (reader.read(path) === undefined) {
    if (interrupted) return;
    throw new Mismatch(path, 'is missing');
  }
  const receipt = readJson<WorkflowReceipt>(reader, path);
  if (!workflowReceiptIntact(receipt))
    throw new Mismatch(path, 'workflow_hash does not match the receipt content');
  report.workflowHash = receipt.workflow_hash;
  if (
    receipt.run_id !== state.run_id ||
    receipt.lock_hash !== lockHash(lock) ||
    receipt.workflow_file_hash !== lock.workflow ||
    receipt.policy_hash !== lock.policy
  ) {
    throw new Mismatch(path, 'run id, lock, workflow or policy hash does not match the run');
  }
  // A stop writes its receipt over the status line it is about to append. So the sealed line is in the
  // trail, or (a crash between the two writes) it is the very next one; cutting lines off the end can
  // therefore never pass a stopped run off as an interrupted one.
  const anticipated = interrupted && receipt.audit_lines === lines.length + 1;
  if (!anticipated && lines[receipt.audit_lines - 1]?.hash !== receipt.audit_head) {
    throw new Mismatch(
      path,
      `seals audit line ${receipt.audit_lines}, which ${AUDIT_LOG} does not have as it was (lines were removed or changed)`,
    );
  }
  if (anticipated) {
    report.notes.push(
      `the stop (status ${receipt.status}) was interrupted after its workflow receipt was written and before ${AUDIT_LOG} recorded it`,
    );
  } else if (interrupted) {
    // A session removes the seal before it changes anything (RunStore.unsealOnFirstWrite), so a seal still
    // on disk means nothing was written after the stop it seals: whatever follows it was added by hand.
    const sealed = receipt.audit_lines;
    if (lines.length > sealed)
      throw new Mismatch(
        `${AUDIT_LOG}:${sealed + 1}`,
        `line ${sealed + 1} follows the stop that ${path} seals at line ${sealed} (lines were added after the run stopped)`,
      );
    if (torn)
      throw new Mismatch(
        `${AUDIT_LOG}:${sealed + 1}`,
        `has text after line ${sealed}, the stop that ${path} seals (it was added after the run stopped)`,
      );
    throw new Mismatch(path, `seals audit line ${sealed}, which is not a stop of the run`);
  } else {
    if (receipt.audit_head !== state.head || receipt.audit_lines !== state.seq) {
      throw new Mismatch(
        path,
        `audit_head does not match the last line of ${AUDIT_LOG} (lines were removed or added after the run stopped)`,
      );
    }
    if (receipt.status !== state.status)
      throw new Mismatch(path, `says ${receipt.status}, the audit trail says ${state.status}`);
  }
  if (!same(receipt.receipts, state.receipts))
    throw new Mismatch(path, 'receipt list differs from the chain in the audit trail');
  const evidence = files.filter((file) => !OUTSIDE_EVIDENCE.has(file));
  for (const file of evidence) {
    const expected = receipt.evidence[file];
    if (expected === undefined)
      throw new Mismatch(file, 'is not listed in the workflow receipt (added after the run stopped)');
    if ((reader.digest(file) ?? digestBytes(new Uint8Array())) !== expected)
      throw new Mismatch(file, 'does not match its digest in the workflow receipt');
  }
  const present = new Set(evidence);
  for (const file of Object.keys(receipt.evidence)) {
    if (!present.has(file)) throw new Mismatch(file, 'is listed in the workflow receipt but missing');
  }
  const metadata = readJson<{ status?: string }>(reader, 'metadata.json');
  if (metadata.status !== receipt.status)
    throw new Mismatch(
      'metadata.json',
      `status is ${String(metadata.status)}, the workflow receipt says ${receipt.status}`,
    );
}
