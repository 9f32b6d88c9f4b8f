import { AUDIT_LOG } from './audit-chain.js';
import { digestBytes, digestObject, type Digest, prettyJson } from './hash.js';
import { receiptIntact, resolutionOf, type GateReceipt } from './receipts.js';
import { renderReport } from './report.js';
import { stepLogPath } from './run-plan.js';
import { pendingGate, type GateRecord } from './run-state.js';
import { gateResolutionProblem } from './gate-rules.js';
import type { StepOutputRecord } from './step-ops.js';
import {
  AUDIT_STATUS_FILE,
  CHECKPOINT_FILE,
  CONSISTENCY_FILE,
  gateFiles,
  GATE_PENDING_FILE,
  renderAuditStatus,
  renderCheckpoint,
  renderConsistency,
  renderGateFile,
  renderGatePending,
  renderMetadata,
  renderRequestedGateFile,
  RENDERED_FILES,
} from './stop-files.js';
import { LEFTOVER_TEMP, METADATA_FILE, parseObject } from './run-files.js';
import {
  EvidenceReader,
  Mismatch,
  outputShape,
  readRecord,
  requireShape,
  type VerifyContext,
} from './verify-evidence.js';
import type { VerifyReport } from './verify-report.js';

/** `awo verify`'s checks of the files around the chain: step logs, bound files, gate files, the files a stop renders, and that every file is accounted for. */

/**
 * Step logs against the size and digest the chain last recorded for each. Bytes after that record (or a log
 * the chain never recorded) are what a session wrote just before it died: allowed in an unsealed folder,
 * where recovery cuts them off, and a mismatch in a sealed one.
 */
export function checkStepLogs(ctx: VerifyContext, all: string[], unsealed: boolean): void {
  const { reader, facts, state, input } = ctx;
  const known = new Set(state.steps.map((record, i) => stepLogPath(i, input.steps.length, record.step_id)));
  for (const [path, record] of facts.logs) {
    ctx.accounted.add(path);
    const bytes = reader.read(path);
    if (bytes === undefined)
      throw new Mismatch(path, `is missing (the audit trail records ${record.size} bytes)`);
    // A log no longer than the chain records is hashed once, when read; only a longer one needs its prefix.
    const prefix =
      bytes.length === record.size ? reader.digest(path) : digestBytes(bytes.subarray(0, record.size));
    if (bytes.length < record.size || prefix !== record.sha256)
      throw new Mismatch(path, `does not match the size and digest ${AUDIT_LOG} records for it`);
    if (bytes.length > record.size) {
      if (!unsealed)
        throw new Mismatch(path, `has ${bytes.length - record.size} bytes after what ${AUDIT_LOG} records`);
      ctx.report.logTails.set(path, record.size);
      ctx.report.notes.push(
        `${path}: ${bytes.length - record.size} bytes after what ${AUDIT_LOG} records (written by a session that died before its audit line, or added since): not evidence; recovery cuts them off`,
      );
    }
  }
  for (const path of all) {
    if (!path.startsWith('steps/') || facts.logs.has(path)) continue;
    if (!unsealed || !known.has(path)) continue; // left to checkAccounted
    ctx.accounted.add(path);
    ctx.report.logTails.set(path, 0);
  }
}

/** A file a run brings in from elsewhere (a scale-out merge's shard bundles), bound by its line's digest. */
export interface BoundFile {
  path: string;
  sha256: Digest;
}

/** Events whose `details.files` bind files the chain did not write itself. */
const BRINGS_FILES = new Set<string>(['shards.merged']);

/** Files brought in by a line (`details.files`): each must hold exactly the bytes its line names. */
export function checkBoundFiles(ctx: VerifyContext): void {
  for (const line of ctx.lines) {
    if (!BRINGS_FILES.has(line.event)) continue;
    const files = (line.details as { files?: unknown } | undefined)?.files;
    if (!Array.isArray(files)) continue;
    for (const file of files as BoundFile[]) {
      const bytes = ctx.reader.read(file.path);
      if (bytes === undefined)
        throw new Mismatch(file.path, `is missing (${AUDIT_LOG} line ${line.seq} binds it)`);
      if (ctx.reader.digest(file.path) !== file.sha256)
        throw new Mismatch(file.path, `does not match the digest ${AUDIT_LOG} line ${line.seq} binds it to`);
      ctx.accounted.add(file.path);
    }
  }
}

/**
 * Gate files against the gate's audit lines. In an unsealed folder a gate file may still show the request
 * alone (the session died between the resolution's line and the file); the next stop writes it again.
 */
export function checkGateFiles(ctx: VerifyContext, all: string[], unsealed: boolean): void {
  const gates = gateFiles(ctx.state);
  for (const [path, gate] of gates) {
    ctx.accounted.add(path);
    const text = ctx.reader.text(path);
    if (text === undefined) {
      if (unsealed) continue;
      throw new Mismatch(path, `is missing (the audit trail records gate ${gate.gate_id})`);
    }
    if (text === renderGateFile(gate)) continue;
    if (unsealed && text === renderRequestedGateFile(gate)) continue;
    throw new Mismatch(
      path,
      `does not match gate ${gate.gate_id} as ${AUDIT_LOG} records it (${gate.resolution ? `resolved ${gate.resolution.decision} by ${gate.resolution.actor}` : 'requested, not resolved'})`,
    );
  }
  for (const path of all)
    if (path.startsWith('audit/gates/') && !gates.has(path))
      throw new Mismatch(path, `names a gate ${AUDIT_LOG} does not record`);
}

/**
 * metadata.json, audit/status.json, gate_pending.json, audit/checkpoint.json and audit/consistency.json are
 * rendered from the chain at every stop: when the trail ends at a stop they must be exactly that rendering.
 * While a session is under way they still describe the previous stop (or are half rewritten) and cannot be
 * established; the next stop renders them again from the chain.
 */
export function checkStopFiles(ctx: VerifyContext, stopped: boolean, has: Set<string>): void {
  const { state, input, lock, facts } = ctx;
  // Computed once over the trail in check().
  const checkpoint = ctx.report.checkpoint ?? renderCheckpoint(state.run_id, facts.leaves).checkpoint;
  // One renderer for each file a stop renders (the type makes the list complete).
  const renders: Record<(typeof RENDERED_FILES)[number] | typeof METADATA_FILE, () => string | undefined> = {
    [METADATA_FILE]: () =>
      renderMetadata({
        state,
        input,
        lock,
        lockHash: ctx.genesis,
        facts,
        models: [...ctx.models].sort(),
      }),
    [AUDIT_STATUS_FILE]: () => renderAuditStatus(state),
    [GATE_PENDING_FILE]: () => renderGatePending(state),
    [CHECKPOINT_FILE]: () => prettyJson(checkpoint),
    [CONSISTENCY_FILE]: () => renderConsistency(state.run_id, facts, checkpoint.root),
    // Rendered again from the evidence, a forged report fails even when the workflow receipt and the
    // manifest were recomputed over it.
    'report.md': () =>
      renderReport({
        state,
        input,
        texts: ctx.texts,
        auditLines: { count: ctx.lines.length, first: ctx.lines.slice(0, 12), last: ctx.lines.slice(-12) },
        models: [...ctx.models].sort(),
        sealed: { checkpoint, auditHead: state.head, auditLines: state.seq, receipts: state.receipts.length },
        format: facts.reportFormat,
      }),
  };
  // report.md exists only with its seal.
  const files = ([METADATA_FILE, ...RENDERED_FILES] as (keyof typeof renders)[]).filter(
    (path) => path !== 'report.md' || has.has(path),
  );
  for (const path of files) {
    ctx.accounted.add(path);
    if (!stopped) continue;
    const expected = renders[path]();
    const text = ctx.reader.text(path);
    if (expected === undefined) {
      if (text !== undefined) throw new Mismatch(path, `is present, but the run is not paused at a gate`);
      continue;
    }
    if (text === undefined) throw new Mismatch(path, 'is missing');
    if (text !== expected)
      throw new Mismatch(
        path,
        `does not match what ${AUDIT_LOG} gives for it (it is rendered from the chain at every stop)`,
      );
  }
  if (!stopped && has.has(GATE_PENDING_FILE) && ctx.state.status !== 'paused')
    ctx.report.notes.push(`${GATE_PENDING_FILE} is left from the previous stop; the next stop removes it`);
}

/**
 * Every file must be accounted for by the chain. In an unsealed folder, what a step writes before the
 * chain records it (its output, receipt and artifact; a gate receipt) is left by a session that died: not
 * evidence, and recovery removes it unless its receipt is the step's commit point. Anything else is a mismatch.
 */
export function checkAccounted(
  ctx: VerifyContext,
  all: string[],
  unsealed: boolean,
  receiptPresent: boolean,
): void {
  const { state, input, facts, reader } = ctx;
  const records = new Map(state.steps.map((record) => [record.step_id, record]));
  for (const [id, details] of facts.externalStarts) {
    // An external step's output is written before its policy's gate: it must be the one its start line hashes.
    const path = `outputs/${id}.json`;
    const record = records.get(id);
    if (record?.status === 'completed' || reader.text(path) === undefined) continue;
    const output = readRecord<StepOutputRecord>(reader, path);
    requireShape(path, output, outputShape(output));
    if (
      digestObject(output.input) === details.input_hash &&
      digestObject(output.output) === details.output_hash
    )
      ctx.accounted.add(path);
  }
  for (const file of ['report.md', 'SHA256SUMS.txt', 'receipts/workflow.json']) ctx.accounted.add(file);
  const pending = pendingGate(state);
  const crashWindow = new Set<string>();
  // Only a step that started and did not end (or a gate that waits) can have written before its line.
  const steps = new Map(input.steps.map((step) => [step.id, step]));
  for (const record of state.steps) {
    if (record.status !== 'started') continue;
    crashWindow.add(`receipts/steps/${record.step_id}.json`);
    crashWindow.add(`outputs/${record.step_id}.json`);
    const step = steps.get(record.step_id);
    if (record.status === 'started' && step?.op === 'write_text')
      crashWindow.add(`artifacts/${step.args.path}`);
  }
  if (pending) crashWindow.add(`receipts/gates/${pending.gate_id}.json`);
  for (const file of all) {
    if (ctx.accounted.has(file)) continue;
    if (LEFTOVER_TEMP.test(file) && unsealed) {
      // Every session removes the seal before its first write, so a sealed folder never holds one.
      ctx.report.residue.push(file);
      ctx.report.notes.push(`${file}: left by an interrupted write; not evidence (recovery removes it)`);
      continue;
    }
    if (unsealed && crashWindow.has(file)) {
      if (pending && file === `receipts/gates/${pending.gate_id}.json`)
        checkLeftGateReceipt(ctx, file, pending, receiptPresent);
      ctx.report.residue.push(file);
      ctx.report.notes.push(
        `${file}: written by a step before the audit trail recorded it; not evidence yet (recovery adopts it as the step's commit point or removes it)`,
      );
      continue;
    }
    throw new Mismatch(
      file,
      `is not accounted for by ${AUDIT_LOG} (a file no step, gate or stop of this run wrote)`,
    );
  }
}

/**
 * A gate receipt an interrupted session left behind is the gate's decision if it links to the chain:
 * recovery records it, so it must be one the engine would have written for this gate. One that does not
 * even parse as a receipt is residue (recovery removes it).
 */
function checkLeftGateReceipt(ctx: VerifyContext, path: string, gate: GateRecord, sealLeft: boolean): void {
  const text = ctx.reader.text(path) ?? '';
  const receipt = parseObject<GateReceipt>(text);
  if (!receipt || !receiptIntact(receipt)) return;
  // Exactly the fields `resolveGate` writes, in its order and form: anything else would be adopted with it.
  const fields = ['kind', 'run_id', 'gate_id', 'step_id', 'decision', 'actor', 'comment', 'at', 'source'];
  if (receipt.details !== undefined) fields.push('details');
  fields.push('prev_receipt_hash', 'receipt_hash');
  // A session removes the seal (manifest, report, workflow receipt) before its first write: a gate receipt
  // beside a surviving workflow receipt was not written by a session that then died.
  const problem = sealLeft
    ? 'receipts/workflow.json is still there, which a session removes before it writes a gate receipt'
    : receipt.kind !== 'gate' ||
        receipt.gate_id !== gate.gate_id ||
        receipt.step_id !== gate.step_id ||
        receipt.run_id !== ctx.input.run_id
      ? `it is not a receipt for gate ${gate.gate_id} (step ${gate.step_id}) of run ${ctx.input.run_id}`
      : Object.keys(receipt).join() !== fields.join() || prettyJson(receipt) !== text
        ? 'it is not in the form the engine writes one (a field added, missing or moved, or other spacing)'
        : gateResolutionProblem(ctx.input.policy.document, ctx.facts.actors, gate, resolutionOf(receipt));
  if (problem !== undefined)
    throw new Mismatch(
      path,
      `is a gate receipt left by an interrupted session, which recovery would record as the gate's decision, but ${problem}`,
    );
}

/**
 * A run writes files, never an empty folder (a removal takes the folders it empties with it), and its bundle
 * refuses one. Beside a workflow receipt, whose stop wrote every file before it, one was added since; in an
 * unsealed folder it is what a write that died between the folder and its file left, which recovery removes.
 */
export function checkEmptyFolders(
  reader: EvidenceReader,
  report: VerifyReport,
  receiptPresent: boolean,
): void {
  const empty = reader.emptyFolders();
  if (empty.length === 0) return;
  if (receiptPresent) throw new Mismatch(`${empty[0]}/`, 'is an empty folder that no run writes');
  report.emptyFolders = empty;
  for (const dir of empty)
    report.notes.push(
      `${dir}/: an empty folder left by an interrupted write; not evidence (recovery removes it)`,
    );
}
