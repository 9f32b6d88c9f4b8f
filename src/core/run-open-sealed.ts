import { verifyChain, type AuditLine } from './audit-chain.js';
import { CarriedModels, CarriedTexts } from './carried-evidence.js';
import type { EngineContext, OpenRun } from './engine-context.js';
import { digestBytes, type Digest } from './hash.js';
import { leafHash } from './merkle.js';
import { systemClock, type RunStore } from './ports.js';
import { workflowReceiptIntact, type WorkflowReceipt } from './receipts.js';
import { AUDIT_LOG, emptyFacts, isStop, RunJournal } from './run-journal.js';
import { lockHash, type LockSnapshot, type RunInput } from './run-plan.js';
import { initialState, type RunState } from './run-state.js';
import { OUTSIDE_EVIDENCE, SEAL } from './run-verify.js';
import { sampleOutputs } from './report.js';
import { resolveInput } from './step-ops.js';
import { METADATA_FILE } from './stop-files.js';

const MANIFEST = 'SHA256SUMS.txt';
const RECEIPT = 'receipts/workflow.json';
const INPUT = 'input.json';
const LOCK = 'lock.snapshot.json';
const MANIFEST_LINE = /^([0-9a-f]{64}) {2}\.\/([^\\\n]+)$/;

/**
 * Opening a run sealed at its last stop from its seal, in time that follows the audit trail rather than
 * the folder: the seal is checked, not the past re-derived from every file (that is `awo verify`'s work).
 *
 * The check: `SHA256SUMS.txt` lists exactly the files on disk with the workflow receipt's digests; the
 * receipt's own hash holds; the audit trail is the manifest's bytes, every line's hash and link holds and
 * it ends at a stop line that is the receipt's head, with the receipts the receipt lists; what the session builds on is the sealed bytes: the input and lock snapshot (the chain's genesis),
 * metadata.json (the models the next seal lists), the step logs it may append to, the outputs the remaining
 * steps' templates and the next report name. All of that before anything is written. No other file is read
 * or hashed: the seal's digests are carried into the next one (run-stop.ts), so a file edited between two
 * sessions still fails `awo verify` afterwards (its carried digest no longer matches).
 *
 * Each returns undefined when the folder is not so sealed (interrupted, unsealed, edited, anything
 * unexpected): the caller then opens it the full way, which verifies every file and recovers or refuses.
 */
export function openSealed(ctx: EngineContext): OpenRun | undefined {
  return unlessUnreadable(() => openFromSeal(ctx));
}

function openFromSeal(ctx: EngineContext): OpenRun | undefined {
  const { store } = ctx;
  const seal = readSeal(store, true);
  if (!seal || !workflowReceiptIntact(seal.receipt)) return undefined;
  const { receipt, manifest } = seal;
  const carried = new Map(Object.entries(receipt.evidence));
  if (manifest.size !== carried.size + 2) return undefined;
  for (const [path, digest] of carried)
    if (OUTSIDE_EVIDENCE.has(path) || manifest.get(path) !== digest) return undefined;
  let files: string[];
  try {
    files = store.list();
  } catch {
    return undefined;
  }
  if (files.length !== manifest.size + 1) return undefined;
  for (const file of files) if (file !== MANIFEST && !manifest.has(file)) return undefined;

  const lockBytes = store.read(LOCK);
  const lock = lockBytes && carried.get(LOCK) === digestBytes(lockBytes) && parse<LockSnapshot>(lockBytes);
  if (!lock || lockHash(lock) !== receipt.lock_hash) return undefined;
  const trail = sealedTrail(store, seal);
  if (!trail) return undefined;
  const { input, lines } = trail;
  const journal = new RunJournal(
    store,
    initialState(input.run_id, input.steps, receipt.lock_hash),
    input.steps,
    ctx.clock,
    emptyFacts(),
  );
  lines.forEach((line, i) => {
    journal.apply(line);
    journal.facts.leaves.push(leafHash(trail.texts[i]));
  });
  if (!agrees(journal.state, receipt) || !openLogsSealed(journal, carried)) return undefined;

  const metadata = store.read(METADATA_FILE);
  if (!metadata || digestBytes(metadata) !== carried.get(METADATA_FILE)) return undefined;
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

  // A seal describes the folder at a stop: whatever this session changes first removes it.
  store.unsealOnFirstWrite(SEAL);
  return {
    input,
    lock,
    genesis: receipt.lock_hash,
    journal,
    texts,
    models: new CarriedModels(metadata),
    carried,
    unsealedStop: false,
  };
}

/**
 * The state a sealed run's trail implies, for reading only (`awo status`, the server's views): the trail
 * and input must be the sealed bytes and the trail must end at the receipt's head; the other files are not
 * looked at, since nothing is built on them.
 */
export function readSealedState(store: RunStore): { state: RunState; input: RunInput } | undefined {
  return unlessUnreadable(() => stateFromSeal(store));
}

function stateFromSeal(store: RunStore): { state: RunState; input: RunInput } | undefined {
  const seal = readSeal(store, false);
  if (!seal) return undefined;
  const trail = sealedTrail(store, seal);
  if (!trail) return undefined;
  const state = initialState(trail.input.run_id, trail.input.steps, seal.receipt.lock_hash);
  const journal = new RunJournal(store, state, trail.input.steps, systemClock);
  for (const line of trail.lines) journal.apply(line);
  return agrees(state, seal.receipt) ? { state, input: trail.input } : undefined;
}

/** A file that cannot be read (a FIFO, a device, too large) is for the full opening to name and refuse. */
function unlessUnreadable<T>(open: () => T | undefined): T | undefined {
  try {
    return open();
  } catch {
    return undefined;
  }
}

/** Digests by path, as `SHA256SUMS.txt` lists them. */
interface ManifestLookup {
  get(path: string): Digest | undefined;
}

interface Seal<M extends ManifestLookup = ManifestLookup> {
  receipt: WorkflowReceipt;
  manifest: M;
}

/**
 * The workflow receipt and the manifest, when both are present and well formed and the receipt is listed:
 * the manifest parsed whole (`whole`), or only looked up (a read needs three of its lines).
 */
function readSeal(store: RunStore, whole: true): Seal<Map<string, Digest>> | undefined;
function readSeal(store: RunStore, whole: false): Seal | undefined;
function readSeal(store: RunStore, whole: boolean): Seal | undefined {
  const manifestBytes = store.read(MANIFEST);
  const receiptBytes = store.read(RECEIPT);
  if (manifestBytes === undefined || receiptBytes === undefined) return undefined;
  const text = Buffer.from(manifestBytes).toString('utf8');
  const manifest = whole ? parseManifest(text) : lookupManifest(text);
  const receipt = parse<WorkflowReceipt>(receiptBytes);
  if (!manifest || !receipt || manifest.get(RECEIPT) !== digestBytes(receiptBytes)) return undefined;
  if (typeof receipt.evidence !== 'object' || receipt.evidence === null) return undefined;
  return { receipt, manifest };
}

/** The input and the audit trail, when they are the sealed bytes and the trail ends at the sealed head. */
function sealedTrail(
  store: RunStore,
  { receipt, manifest }: Seal,
): { input: RunInput; lines: AuditLine[]; texts: string[] } | undefined {
  const inputBytes = store.read(INPUT);
  const logBytes = store.read(AUDIT_LOG);
  if (!inputBytes || !logBytes) return undefined;
  const inputDigest = digestBytes(inputBytes);
  if (manifest.get(INPUT) !== inputDigest || manifest.get(AUDIT_LOG) !== digestBytes(logBytes))
    return undefined;
  const input = parse<RunInput>(inputBytes);
  if (!input || !Array.isArray(input.steps)) return undefined;
  // Every line's hash is recomputed: the trail is outside the receipt's evidence (only the manifest, which
  // anyone can rewrite, names its digest), so a line edited behind its unchanged hash must not be folded.
  const trail = verifyChain(Buffer.from(logBytes).toString('utf8'), receipt.lock_hash, input.run_id);
  if (!trail.ok || trail.torn) return undefined;
  const first = trail.lines[0];
  const last = trail.lines.at(-1);
  if (!first || !last || !isStop(last)) return undefined;
  if (first.event !== 'run.created' || first.details?.input_hash !== inputDigest) return undefined;
  return { input, lines: trail.lines, texts: trail.texts };
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

function parse<T>(bytes: Uint8Array): T | undefined {
  try {
    const value = JSON.parse(Buffer.from(bytes).toString('utf8')) as unknown;
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as T) : undefined;
  } catch {
    return undefined;
  }
}

/** `SHA256SUMS.txt` as the stop writes it (names needing no escape), as digests by path; else undefined. */
function parseManifest(text: string): Map<string, Digest> | undefined {
  if (!text.endsWith('\n')) return undefined;
  const out = new Map<string, Digest>();
  for (const line of text.slice(0, -1).split('\n')) {
    const match = MANIFEST_LINE.exec(line);
    if (!match || out.has(match[2])) return undefined;
    out.set(match[2], `sha256:${match[1]}`);
  }
  return out;
}

/** The manifest's line for one path, found without parsing the others; undefined unless there is exactly one. */
function lookupManifest(text: string): ManifestLookup {
  return {
    get(path) {
      const tail = `  ./${path}\n`;
      const at = text.indexOf(tail);
      if (at < 64 || text.indexOf(tail, at + 1) !== -1) return undefined;
      const line = text.slice(at - 64, at + tail.length - 1);
      const match = at === 64 || text[at - 65] === '\n' ? MANIFEST_LINE.exec(line) : null;
      return match?.[2] === path ? `sha256:${match[1]}` : undefined;
    },
  };
}
