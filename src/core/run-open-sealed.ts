import { AUDIT_LOG, isStop, lineHashHolds, type AuditLine } from './audit-chain.js';
import { CarriedModels, CarriedTexts } from './carried-evidence.js';
import type { EngineContext, OpenRun } from './engine-context.js';
import { rootDigest } from './checkpoint.js';
import { digestBytes, type Digest } from './hash.js';
import { inputBindingProblem } from './input-binding.js';
import { leafHash } from './merkle.js';
import type { RunStore } from './ports.js';
import { workflowReceiptIntact, type WorkflowReceipt } from './receipts.js';
import { emptyFacts, RunJournal } from './run-journal.js';
import { lockHash, type LockSnapshot, type RunInput } from './run-plan.js';
import { initialState, pendingGate, type RunState } from './run-state.js';
import { TrailRules } from './trail-rules.js';
import { sampleOutputs } from './report.js';
import { resolveInput } from './step-ops.js';
import { renderStop } from './run-stop.js';
import {
  INPUT_FILE,
  LEFTOVER_TEMP,
  MANIFEST_FILE,
  parseManifest,
  parseObject,
  METADATA_FILE,
  WORKFLOW_RECEIPT,
  OUTSIDE_EVIDENCE,
  SEAL,
} from './run-files.js';
import { completeLines } from './text-lines.js';
import { utf8Text } from './utf8-text.js';

const LOCK = 'lock.snapshot.json';
const SNAPSHOT = 'workflow.snapshot.json';

/**
 * Opening a run sealed at its last stop from its seal, in time that follows the audit trail rather than
 * the folder: the seal is checked, not the past re-derived from every file (that is `awo verify`'s work).
 *
 * The check: `SHA256SUMS.txt` lists exactly the files on disk with the workflow receipt's digests; the
 * receipt's own hash holds; the audit trail's lines each hash, link, obey the engine's rules, end at a stop
 * line that is the receipt's head with the receipts the receipt lists, and their RFC 9162 root is the
 * receipt's checkpoint (`foldSealedTrail`); what the session builds on is the sealed bytes: the input and
 * lock snapshot (the chain's genesis), the step logs it may append to, the outputs the remaining steps'
 * templates and the next report name, and the files the next stop writes again (metadata.json, report.md,
 * the gate and status files, checkpoint and consistency proofs), which must be what the chain renders, as
 * verify requires, or their edit would vanish. All of that before anything is written. No other file is
 * read or hashed: the seal's digests are carried into the next one (run-stop.ts), so a file edited between
 * two sessions still fails `awo verify` afterwards (its carried digest no longer matches).
 *
 * Returns undefined when the folder is not so sealed (interrupted, unsealed, edited, anything
 * unexpected): the caller then opens it the full way, which verifies every file and recovers or refuses.
 */
export function openSealed(ctx: EngineContext): OpenRun | undefined {
  return unlessUnreadable(() => openFromSeal(ctx));
}

function openFromSeal(ctx: EngineContext): OpenRun | undefined {
  const { store } = ctx;
  const seal = readSeal(store);
  if (!seal || !workflowReceiptIntact(seal.receipt)) return undefined;
  const { receipt, manifest } = seal;
  // The manifest lists the receipt's evidence, with the same digests, and the two files outside it.
  let evidenceFiles = 0;
  for (const path in receipt.evidence) {
    evidenceFiles++;
    if (OUTSIDE_EVIDENCE.has(path) || manifest.get(path) !== receipt.evidence[path]) return undefined;
  }
  if (manifest.size !== evidenceFiles + 2) return undefined;
  let files: string[];
  try {
    files = store.list();
  } catch {
    return undefined;
  }
  if (files.length !== manifest.size + 1 || (store.emptyFolders?.().length ?? 0) > 0) return undefined;
  // A leftover temporary file is never sealed (every session removes the seal before its first write).
  for (const file of files)
    if ((file !== MANIFEST_FILE && !manifest.has(file)) || LEFTOVER_TEMP.test(file)) return undefined;
  // The evidence digests, carried into the next seal.
  const carried = new Map(manifest);
  for (const path of OUTSIDE_EVIDENCE) carried.delete(path);

  const lockBytes = store.read(LOCK);
  const lock =
    lockBytes && carried.get(LOCK) === digestBytes(lockBytes) && parseObject<LockSnapshot>(lockBytes);
  if (!lock || lockHash(lock) !== receipt.lock_hash) return undefined;
  const input = sealedInput(store, manifest);
  if (!input || !planBound(store, carried, lock, input)) return undefined;
  const journal = new RunJournal(
    store,
    initialState(input.run_id, input.steps, receipt.lock_hash),
    input.steps,
    ctx.clock,
    emptyFacts(),
  );
  if (!foldSealedTrail(journal, input, receipt, manifest.get(INPUT_FILE))) return undefined;
  if (!agrees(journal.state, receipt) || !openLogsSealed(journal, carried)) return undefined;
  if (!nothingWhereSessionWrites(journal, input, manifest)) return undefined;

  const metadata = store.read(METADATA_FILE);
  if (!metadata) return undefined;
  const completed = journal.state.steps.flatMap((record): [string, Digest][] =>
    record.status === 'completed' && record.op !== 'audit_gate' && record.output_hash
      ? [[record.step_id, record.output_hash]]
      : [],
  );
  const texts = new CarriedTexts(store, carried, completed);
  // The outputs the next seal's report quotes and the remaining steps' templates name are read (and checked)
  // now, before anything is written.
  try {
    sampleOutputs(journal.state, texts);
    for (const step of input.steps)
      if (journal.state.steps[journal.index.get(step.id) ?? -1]?.status !== 'completed')
        resolveInput(step, texts);
  } catch {
    return undefined;
  }

  const run: OpenRun = {
    input,
    lock,
    genesis: receipt.lock_hash,
    journal,
    texts,
    models: new CarriedModels(metadata),
    carried,
    unsealedStop: false,
  };
  if (!stopFilesAsRendered(run, store, carried)) return undefined;
  // A seal describes the folder at a stop: whatever this session changes first removes it.
  store.unsealOnFirstWrite(SEAL);
  return run;
}

/** A file that cannot be read (a FIFO, a device, too large) is for the full opening to name and refuse. */
function unlessUnreadable<T>(open: () => T | undefined): T | undefined {
  try {
    return open();
  } catch {
    return undefined;
  }
}

interface Seal {
  receipt: WorkflowReceipt;
  manifest: Map<string, Digest>;
}

/** The workflow receipt and the manifest, when both are present and well formed and the receipt is listed. */
function readSeal(store: RunStore): Seal | undefined {
  const manifestBytes = store.read(MANIFEST_FILE);
  const receiptBytes = store.read(WORKFLOW_RECEIPT);
  if (manifestBytes === undefined || receiptBytes === undefined) return undefined;
  const manifest = parseManifest(utf8Text(manifestBytes));
  const receipt = parseObject<WorkflowReceipt>(receiptBytes);
  if (!manifest || !receipt || manifest.get(WORKFLOW_RECEIPT) !== digestBytes(receiptBytes)) return undefined;
  if (typeof receipt.evidence !== 'object' || receipt.evidence === null) return undefined;
  return { receipt, manifest };
}

/** `input.json`, when it is the bytes the manifest lists (a session's plan: its steps and run id). */
function sealedInput(store: RunStore, manifest: ReadonlyMap<string, Digest>): RunInput | undefined {
  const bytes = store.read(INPUT_FILE);
  if (!bytes || manifest.get(INPUT_FILE) !== digestBytes(bytes)) return undefined;
  // Its form and its agreement with the lock are checked with the plan (`planBound`).
  return parseObject<RunInput>(bytes);
}

/**
 * `input.json`, which the session plans from and judges the trail by, is the plan the lock binds: a forger
 * who rewrites it (a gate dropped, self-approval allowed, an artifact path leading outside the folder) and
 * re-chains the trail over it must meet the lock, whose hash the chain starts from and the receipt holds.
 */
function planBound(
  store: RunStore,
  carried: ReadonlyMap<string, Digest>,
  lock: LockSnapshot,
  input: RunInput,
): boolean {
  const bytes = store.read(SNAPSHOT);
  const digest = bytes && digestBytes(bytes);
  if (!bytes || !digest || digest !== carried.get(SNAPSHOT)) return false;
  return inputBindingProblem({ bytes, digest }, lock, input) === undefined;
}

/**
 * Folds the audit trail into `journal`, line by line as it is parsed (a line is garbage once applied), when
 * it is the sealed trail: every line links to the one before it from the lock snapshot's hash, the first
 * records the input's digest, each one's own hash holds and the trail obeys the engine's rules, the last is
 * a stop line that is the receipt's head, and the RFC 9162 root over the lines' bytes is the receipt's
 * checkpoint. The lines' leaf hashes stay in the journal's facts for the next checkpoint. False when any
 * check fails (the journal is then discarded).
 */
function foldSealedTrail(
  journal: RunJournal,
  input: RunInput,
  receipt: WorkflowReceipt,
  inputDigest?: Digest,
): boolean {
  const bytes = journal.store.read(AUDIT_LOG);
  if (!bytes) return false;
  const text = utf8Text(bytes);
  if (!text.endsWith('\n')) return false;
  const runId = journal.state.run_id;
  const { leaves } = journal.facts;
  const rules = new TrailRules(input, journal.index);
  let head = receipt.lock_hash;
  let last: AuditLine | undefined;
  for (const json of completeLines(text)) {
    let line: AuditLine | null;
    try {
      line = JSON.parse(json) as AuditLine | null;
    } catch {
      return false;
    }
    if (line?.seq !== leaves.length + 1 || line.run_id !== runId || line.prev_hash !== head) return false;
    // Exactly what the writer writes, as verify requires: a key given twice, on which JSON readers differ,
    // an escape or spacing the writer never writes.
    if (JSON.stringify(line) !== json) return false;
    if (line.seq === 1 && (line.event !== 'run.created' || line.details?.input_hash !== inputDigest))
      return false;
    // Each line's own hash must hold and the trail must be one the engine could write (trail-rules.ts), as
    // `awo verify` requires: the checkpoint below is the folder's own, rewritten as easily as a line, and
    // a line edited with its hash kept would otherwise decide who may approve or what a step is given.
    if (!lineHashHolds(line)) return false;
    if (rules.problem(journal.state, journal.facts, line) !== undefined) return false;
    journal.apply(line);
    leaves.push(leafHash(json));
    head = line.hash;
    last = line;
  }
  if (!last || !isStop(last) || head !== receipt.audit_head) return false;
  if (receipt.checkpoint?.size !== leaves.length || rootDigest(leaves) !== receipt.checkpoint.root)
    return false;
  journal.store.keepForAppend?.(AUDIT_LOG, bytes);
  return true;
}

/** The state the trail implies is the one the receipt sealed: status, head, size and receipts. */
function agrees(state: RunState, receipt: WorkflowReceipt): boolean {
  const receipts = (list: { kind: string; receipt_hash: string }[]) =>
    list.map((r) => `${r.kind} ${r.receipt_hash}`).join('\n');
  return (
    receipt.run_id === state.run_id &&
    receipt.status === state.status &&
    receipt.audit_head === state.head &&
    receipt.audit_lines === state.seq &&
    receipt.checkpoint?.size === state.seq &&
    Array.isArray(receipt.receipts) &&
    receipts(receipt.receipts) === receipts(state.receipts)
  );
}

/**
 * The files the next stop writes again (metadata.json, report.md, the gate and status files, checkpoint and
 * consistency proofs) are the sealed bytes and exactly what the chain renders for this stop, as `awo verify`
 * requires: rewritten unread, an edit to one (with the seal recomputed over it) would vanish from the
 * evidence instead of failing `awo verify`, after a reviewer was shown it. A handful of files, however long
 * the run; metadata.json grows with it, and is rendered once more.
 */
function stopFilesAsRendered(run: OpenRun, store: RunStore, carried: ReadonlyMap<string, Digest>): boolean {
  for (const [path, text] of renderStop(run, run.journal.facts.leaves).files) {
    const bytes = store.read(path);
    if (text === undefined) {
      if (bytes !== undefined) return false;
      continue;
    }
    if (!bytes || digestBytes(bytes) !== carried.get(path) || utf8Text(bytes) !== text) return false;
  }
  return true;
}

/**
 * Nothing is listed where the session may create a file: the output, receipt and artifact of a workflow step
 * not completed, the pending gate's receipt. Such a file is none of the chain's (verify names it), and the
 * session would write over it, so that it vanished from the evidence instead of failing `awo verify`. Looked
 * up in the manifest, which lists exactly the files on disk: no file is touched.
 */
function nothingWhereSessionWrites(
  journal: RunJournal,
  input: RunInput,
  manifest: ReadonlyMap<string, Digest>,
): boolean {
  const { state, index } = journal;
  for (const step of input.steps) {
    if (state.steps[index.get(step.id) ?? -1]?.status === 'completed') continue;
    if (manifest.has(`outputs/${step.id}.json`) || manifest.has(`receipts/steps/${step.id}.json`))
      return false;
    if (step.op === 'write_text' && manifest.has(`artifacts/${step.args.path}`)) return false;
  }
  const pending = pendingGate(state);
  return !(pending && manifest.has(`receipts/gates/${pending.gate_id}.json`));
}

/**
 * The step logs a session can append to (those of steps not completed: a gate's, a failed one's) are the
 * sealed bytes and what the chain last recorded, checked before anything is written, so a session never
 * starts on an edited one (the full opening then names it and refuses).
 */
function openLogsSealed(journal: RunJournal, carried: ReadonlyMap<string, Digest>): boolean {
  for (const record of journal.state.steps) {
    if (record.status === 'completed') continue;
    const log = journal.facts.logs.get(journal.stepLog(record.step_id));
    if (!log) continue;
    const bytes = journal.store.read(log.path);
    if (!bytes || bytes.length !== log.size) return false;
    const digest = digestBytes(bytes);
    if (digest !== log.sha256 || digest !== carried.get(log.path)) return false;
  }
  return true;
}
