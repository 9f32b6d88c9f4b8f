import { AUDIT_LOG, isStop, verifyChain, type AuditLine } from './audit-chain.js';
import { formatCheckpoint, rootDigest, type Checkpoint } from './checkpoint.js';
import { canonicalJson, digestBytes, digestObject, type Digest, prettyJson } from './hash.js';
import {
  decisionHasher,
  receiptIntact,
  resolutionOf,
  workflowReceiptIntact,
  type GateReceipt,
  type StepReceipt,
  type WorkflowReceipt,
} from './receipts.js';
import { leafHash } from './merkle.js';
import { renderReport } from './report.js';
import { emptyFacts, noteLine, type ChainFacts } from './run-journal.js';
import {
  buildLock,
  effectiveModel,
  lockHash,
  stepLogPath,
  type LockSnapshot,
  type RunInput,
} from './run-plan.js';
import {
  applyLine,
  EXTERNAL_OP,
  initialState,
  pendingGate,
  type GateRecord,
  type RunState,
  type StepRecord,
  unapprovedExecution,
} from './run-state.js';
import { gateResolutionProblem } from './gate-rules.js';
import {
  evaluatePolicy,
  externalStepFacts,
  workflowStepFacts,
  type ExternalStepShape,
  type PolicyDecision,
} from './policy.js';
import { TrailRules } from './trail-rules.js';
import type { NormalisedStep } from './workflow-schema.js';
import { MAX_RECORD_DEPTH, tooDeep } from './json-depth.js';
import { modelsOf, resolveInput, type StepOutputRecord } from './step-ops.js';
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
import { LEFTOVER_TEMP, MANIFEST_FILE, METADATA_FILE, parseManifest, parseObject } from './run-files.js';
import { loadWorkflow } from './workflow-load.js';
import { utf8Text } from './utf8-text.js';

/** Read access to a run folder (a RunStore, or an extracted bundle). */
export interface RunReader {
  read(path: string): Uint8Array | undefined;
  list(): string[];
  /** Folders that hold no file, where the reader can tell (a folder on disk). */
  emptyFolders?(): string[];
  /**
   * The digest of the very bytes `read` returns for a file, when the reader took it as it got them (a
   * bundle's extraction); verification then does not hash them again. Never a digest a writer remembers.
   */
  extractedDigest?(path: string): Digest | undefined;
}

/**
 * `verified`: a sealed run in which every file matches. `incomplete`: nothing contradicts the chain, but
 * the run is not sealed (interrupted, or its seal removed), so not everything can be established.
 * `mismatch`: a file or line contradicts the chain or the seal.
 */
export type Verdict = 'verified' | 'incomplete' | 'mismatch';

/** The outcome of `awo verify`: the verdict, and the first place that does not match. */
export interface VerifyReport {
  verdict: Verdict;
  /** True unless a mismatch was found (`verified` or `incomplete`). */
  ok: boolean;
  runId: string | null;
  status: string | null;
  /** File (and line) of the first mismatch. */
  where?: string;
  message?: string;
  /** Facts worth saying whatever the verdict (what was interrupted, what recovery will drop, ...). */
  notes: string[];
  /** True when the trail ends at a stop whose seal (workflow receipt, report.md, SHA256SUMS.txt) is present and holds. */
  sealed: boolean;
  auditLines: number;
  receipts: number;
  workflowHash: Digest | null;
  /** The RFC 9162 tree head over the complete audit lines. */
  checkpoint: Checkpoint | null;
  /** The last line that is durable, as `audit/log.jsonl line N (event, time)`. */
  lastDurable: string | null;
  /** For an incomplete run: what cannot be established until it is sealed again. */
  unestablished: string[];
  /** Files recovery removes: temporary files and files written before the chain recorded them. */
  residue: string[];
  /** Step logs recovery cuts back to the size the chain records (0: removes). */
  logTails: Map<string, number>;
  /** Digest of every evidence file this verification read (what a session may carry into its seal). */
  digests: Map<string, Digest>;
  /** Folders holding no file in an unsealed folder (a write died between folder and file): recovery removes them. */
  emptyFolders: string[];
}

/** Files the workflow receipt does not list: itself, the manifest written after it, and the chained audit log. */
export const OUTSIDE_EVIDENCE = new Set(['receipts/workflow.json', 'SHA256SUMS.txt', AUDIT_LOG]);

/**
 * A stopped run's seal, in the order it is removed: the manifest first, then the report, then the workflow
 * receipt. A stop writes them back in reverse; a session removes them before it changes anything else.
 */
export const SEAL = ['SHA256SUMS.txt', 'report.md', 'receipts/workflow.json'] as const;

/** Options of a verification. */
export interface VerifyOptions {
  /** A checkpoint kept outside the folder (an action output, an attestation): the trail must extend it. */
  checkpoint?: { size: number; root: Digest };
}

/**
 * Reads the folder for one verification, each evidence file once: the digest of the bytes a check parsed
 * is the digest later checked against the seal, so a file is neither read twice nor judged on two versions
 * of its bytes. Digests come from the bytes on disk, never from what a writer remembers.
 */
class EvidenceReader implements RunReader {
  readonly digests = new Map<string, Digest>();

  constructor(private readonly reader: RunReader) {}

  read(path: string): Uint8Array | undefined {
    const bytes = this.reader.read(path);
    if (bytes !== undefined && !OUTSIDE_EVIDENCE.has(path))
      this.digests.set(path, this.reader.extractedDigest?.(path) ?? digestBytes(bytes));
    return bytes;
  }

  text(path: string): string | undefined {
    const bytes = this.read(path);
    return bytes === undefined ? undefined : utf8Text(bytes);
  }

  /** The digest of a file's bytes as this verification read them; undefined when it is missing. */
  digest(path: string): Digest | undefined {
    const known = this.digests.get(path);
    if (known !== undefined) return known;
    const bytes = this.read(path);
    if (bytes === undefined) return undefined;
    // Files outside the evidence map (the audit log, the workflow receipt, the manifest) are hashed here.
    return this.digests.get(path) ?? this.reader.extractedDigest?.(path) ?? digestBytes(bytes);
  }

  list(): string[] {
    return this.reader.list();
  }

  emptyFolders(): string[] {
    return this.reader.emptyFolders?.() ?? [];
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

/** A record file, parsed; it must be exactly what the writer writes (indented JSON, no duplicate key). */
function readRecord<T>(reader: EvidenceReader, path: string): T {
  const text = reader.text(path);
  if (text === undefined) throw new Mismatch(path, 'is missing');
  let value: T;
  try {
    value = JSON.parse(text) as T;
  } catch {
    throw new Mismatch(path, 'is not valid JSON');
  }
  if (tooDeep(value, MAX_RECORD_DEPTH))
    throw new Mismatch(
      path,
      `nests deeper than ${MAX_RECORD_DEPTH} levels, which no record the engine writes does`,
    );
  if (prettyJson(value) !== text)
    throw new Mismatch(
      path,
      'is not in the form the writer produces (a duplicate key, or an escape, spacing or field order it never writes)',
    );
  return value;
}

const same = (a: unknown, b: unknown) => canonicalJson(a) === canonicalJson(b);

/**
 * A record must hold exactly the fields its writer writes, in its order: `rebuilt` is the record made
 * again from those fields alone, so an added, missing or reordered field is a mismatch even where no hash
 * covers the whole file (a step's output file: its receipt hashes only `input` and `output`).
 */
function requireShape(path: string, record: object, rebuilt: object): void {
  const keys = Object.keys(record);
  if (keys.join('\n') !== Object.keys(rebuilt).join('\n'))
    throw new Mismatch(path, 'holds other fields than the writer writes (one added, missing or moved)');
  // The same fields in the same order holding the very same values serialise alike: only a rebuilt record
  // whose values are not the record's own needs serialising (a record file can be megabytes).
  const own = record as Record<string, unknown>;
  const again = rebuilt as Record<string, unknown>;
  if (keys.some((key) => own[key] !== again[key]) && prettyJson(record) !== prettyJson(rebuilt))
    throw new Mismatch(path, 'holds other fields than the writer writes (one added, missing or moved)');
}

/** An output file as the engine writes it. */
function outputShape(output: StepOutputRecord): StepOutputRecord {
  return { step_id: output.step_id, op: output.op, input: output.input, output: output.output };
}

/** Where verification got to, shared by the checks. */
interface Context {
  reader: EvidenceReader;
  input: RunInput;
  lock: LockSnapshot;
  state: RunState;
  facts: ChainFacts;
  lines: AuditLine[];
  texts: Map<string, string>;
  models: Set<string>;
  /** The model the policy saw at each step's latest start, where the trail records it. */
  policyModels: ReadonlyMap<string, string>;
  /** Files the chain accounts for. */
  accounted: Set<string>;
  report: VerifyReport;
}

/**
 * Recomputes everything a run folder claims (docs/format.md#hashes-audit-trail-and-receipts): the lock against the workflow snapshot, the audit
 * hash chain and the form of each line, every step and gate receipt against its output and the chain, the
 * artifacts, the step logs and gate files against their audit lines, the self-approval rule, every file a
 * stop renders from the chain, the checkpoint, and the seal (workflow receipt over every other file) when
 * present. Names the first mismatch; a folder without a seal is at best `incomplete`.
 */
export function verifyRun(reader: RunReader, options: VerifyOptions = {}): VerifyReport {
  const report: VerifyReport = {
    verdict: 'mismatch',
    ok: false,
    runId: null,
    status: null,
    notes: [],
    sealed: false,
    auditLines: 0,
    receipts: 0,
    workflowHash: null,
    checkpoint: null,
    lastDurable: null,
    unestablished: [],
    residue: [],
    logTails: new Map(),
    digests: new Map(),
    emptyFolders: [],
  };
  const evidence = new EvidenceReader(reader);
  report.digests = evidence.digests;
  try {
    check(evidence, report, options);
    report.ok = true;
    report.verdict = report.sealed ? 'verified' : 'incomplete';
  } catch (err) {
    if (!(err instanceof Mismatch)) throw err;
    report.where = err.where;
    report.message = `${err.where}: ${err.message}`;
    report.sealed = false;
  }
  return report;
}

function check(reader: EvidenceReader, report: VerifyReport, options: VerifyOptions): void {
  const snapshot = reader.read('workflow.snapshot.json');
  if (snapshot === undefined) throw new Mismatch('workflow.snapshot.json', 'is missing');
  const lock = readRecord<LockSnapshot>(reader, 'lock.snapshot.json');
  const input = readRecord<RunInput>(reader, 'input.json');
  report.runId = input.run_id;
  if (lock.workflow !== reader.digest('workflow.snapshot.json'))
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

  const logText = reader.text(AUDIT_LOG);
  if (logText === undefined) throw new Mismatch(AUDIT_LOG, 'is missing');
  const chain = verifyChain(logText, genesis, input.run_id);
  if (!chain.ok) throw new Mismatch(`${AUDIT_LOG}:${chain.line}`, `line ${chain.line} ${chain.message}`);
  const { lines } = chain;
  report.auditLines = lines.length;
  if (lines[0]?.event !== 'run.created')
    throw new Mismatch(`${AUDIT_LOG}:1`, 'line 1 is not the run.created line');
  if (lines[0].details?.input_hash !== reader.digest('input.json'))
    throw new Mismatch('input.json', `does not match the input_hash of ${AUDIT_LOG} line 1`);

  const state = initialState(input.run_id, input.steps, genesis);
  const facts = emptyFacts();
  const index = new Map(input.steps.map((step, i) => [step.id, i]));
  const rules = new TrailRules(input, index);
  for (const [i, line] of lines.entries()) {
    const problem = rules.problem(state, facts, line);
    if (problem) throw new Mismatch(`${AUDIT_LOG}:${line.seq}`, `line ${line.seq} ${problem}`);
    applyLine(state, line, index);
    noteLine(facts, line);
    facts.leaves.push(leafHash(chain.texts[i]));
  }
  report.status = state.status;
  const last = lines.at(-1);
  report.lastDurable = last
    ? `${AUDIT_LOG} line ${last.seq} (${last.event}${last.event === 'run.status' ? ` ${String(last.details?.status)}` : ''}, ${last.ts})`
    : null;
  const { checkpoint } = renderCheckpoint(input.run_id, facts.leaves);
  report.checkpoint = checkpoint;
  if (options.checkpoint) checkOutsideHead(facts, options.checkpoint);
  if (chain.torn)
    report.notes.push(
      `${AUDIT_LOG}: the last line is incomplete (an interrupted write); the ${lines.length} complete lines were checked and recovery drops the rest`,
    );

  const ctx: Context = {
    reader,
    input,
    lock,
    state,
    facts,
    lines,
    policyModels: rules.policyModels,
    texts: new Map(),
    models: new Set(),
    accounted: new Set(['workflow.snapshot.json', 'lock.snapshot.json', 'input.json', AUDIT_LOG]),
    report,
  };
  checkReceipts(ctx, genesis);
  report.receipts = state.receipts.length;

  const stopped = !chain.torn && last !== undefined && isStop(last);
  const all = reader.list();
  const has = new Set(all);
  const receiptPresent = has.has('receipts/workflow.json');
  for (const file of ['report.md', 'SHA256SUMS.txt'])
    if (has.has(file) && !receiptPresent)
      throw new Mismatch(
        file,
        'is present without receipts/workflow.json, the workflow receipt it belongs to',
      );
  // Removed in the order SEAL lists and written back in reverse: a manifest without the report is not a seal.
  if (has.has('SHA256SUMS.txt') && !has.has('report.md'))
    throw new Mismatch('SHA256SUMS.txt', 'is present without report.md, which a stop writes before it');
  const unsealed = !(stopped && receiptPresent && has.has('report.md') && has.has('SHA256SUMS.txt'));

  checkStepLogs(ctx, all, unsealed);
  checkBoundFiles(ctx);
  checkGateFiles(ctx, all, unsealed);
  checkStopFiles(ctx, stopped, has);
  checkAccounted(ctx, all, unsealed, receiptPresent);
  if (receiptPresent) checkSeal(ctx, all, stopped, chain.torn);
  if (has.has(MANIFEST_FILE)) checkManifestLines(ctx, all);
  checkEmptyFolders(reader, report, receiptPresent);

  report.sealed = !unsealed;
  if (!report.sealed) describeIncomplete(ctx, stopped, receiptPresent);
}

/**
 * A run writes files, never an empty folder (a removal takes the folders it empties with it), and its bundle
 * refuses one. Beside a workflow receipt, whose stop wrote every file before it, one was added since; in an
 * unsealed folder it is what a write that died between the folder and its file left, which recovery removes.
 */
function checkEmptyFolders(reader: EvidenceReader, report: VerifyReport, receiptPresent: boolean): void {
  const empty = reader.emptyFolders();
  if (empty.length === 0) return;
  if (receiptPresent) throw new Mismatch(`${empty[0]}/`, 'is an empty folder that no run writes');
  report.emptyFolders = empty;
  for (const dir of empty)
    report.notes.push(
      `${dir}/: an empty folder left by an interrupted write; not evidence (recovery removes it)`,
    );
}

/** The folder's trail must extend a head recorded outside it: same size or longer, same root at that size. */
function checkOutsideHead(facts: ChainFacts, head: { size: number; root: Digest }): void {
  const given = formatCheckpoint(head);
  if (head.size > facts.leaves.length)
    throw new Mismatch(
      AUDIT_LOG,
      `has ${facts.leaves.length} lines, fewer than the ${head.size} of checkpoint ${given}: lines were removed after it was taken`,
    );
  if (rootDigest(facts.leaves.slice(0, head.size)) !== head.root)
    throw new Mismatch(
      AUDIT_LOG,
      `its first ${head.size} lines do not hash to checkpoint ${given}: the trail was rewritten after it was taken`,
    );
}

function checkReceipts(ctx: Context, genesis: Digest): void {
  const { reader, input, state, texts } = ctx;
  const steps = new Map(input.steps.map((step) => [step.id, step]));
  const records = new Map(state.steps.map((record) => [record.step_id, record]));
  const decisionHash = decisionHasher();
  let prev = genesis;
  for (const entry of state.receipts) {
    const path = `receipts/${entry.kind}s/${entry.id}.json`;
    ctx.accounted.add(path);
    const receipt = readRecord<StepReceipt | GateReceipt>(reader, path);
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
      if (!resolution || !same(resolution, resolutionOf(receipt)))
        throw new Mismatch(path, 'does not match the gate resolution in the audit trail');
      continue;
    }
    const step = steps.get(receipt.step_id);
    const record = records.get(receipt.step_id);
    if (!step && record?.op === EXTERNAL_OP) {
      checkExternalReceipt(ctx, path, receipt, record);
      continue;
    }
    if (!step || !record) throw new Mismatch(path, `names unknown step ${receipt.step_id}`);
    const outputPath = `outputs/${step.id}.json`;
    ctx.accounted.add(outputPath);
    const output = readRecord<StepOutputRecord>(reader, outputPath);
    requireShape(outputPath, output, outputShape(output));
    if (output.step_id !== step.id || output.op !== step.op)
      throw new Mismatch(outputPath, `names step ${String(output.step_id)} (${String(output.op)})`);
    if (digestObject(output.input) !== receipt.input_hash)
      throw new Mismatch(outputPath, "input does not match the receipt's input_hash");
    if (digestObject(output.output) !== receipt.output_hash)
      throw new Mismatch(outputPath, "output does not match the receipt's output_hash");
    // output.input hashes to input_hash (checked above), so this compares it with the recomputed input.
    const resolved = resolveInput(step, texts);
    if (digestObject(resolved) !== receipt.input_hash)
      throw new Mismatch(outputPath, 'input is not what the workflow snapshot and earlier outputs give');
    if (!record.decision || decisionHash(record.decision) !== receipt.decision_hash)
      throw new Mismatch(path, 'decision_hash does not match the policy decision in the audit trail');
    const decided = policyDecisionProblem(ctx, step, resolved, record.decision);
    if (decided) throw new Mismatch(path, decided);
    const unapproved = unapprovedExecution(state, record);
    if (unapproved) throw new Mismatch(path, `receipts a step that may not have run: ${unapproved}`);
    if (step.op === 'write_text') {
      const artifactPath = String(output.output.path);
      ctx.accounted.add(artifactPath);
      const artifact = reader.digest(artifactPath);
      if (artifact === undefined) throw new Mismatch(artifactPath, 'is missing');
      if (artifact !== output.output.sha256)
        throw new Mismatch(artifactPath, `does not match its digest in ${outputPath}`);
    }
    if (typeof output.output.text === 'string') texts.set(step.id, output.output.text);
    for (const model of modelsOf(output.output)) ctx.models.add(model);
  }
}

/**
 * Why the policy decision recorded for a completed step is not the one the run's policy gives for it, on the
 * input the workflow and earlier outputs give and the model the policy saw (recorded at the step's start;
 * else the recorded backend's). A step the policy denies or flags, recorded as allowed, is a mismatch even
 * when every hash around it was recomputed.
 */
function policyDecisionProblem(
  ctx: Context,
  step: NormalisedStep,
  resolved: Record<string, unknown>,
  recorded: PolicyDecision,
): string | undefined {
  const { backend, policy } = ctx.input;
  const model =
    ctx.policyModels.get(step.id) ??
    effectiveModel(step, { name: backend.name, model: backend.model ?? undefined });
  const expected = evaluatePolicy(policy.document, workflowStepFacts(step, resolved, model));
  return same(expected, recorded) ? undefined : decisionMismatch(ctx, step.id, recorded, expected);
}

function decisionMismatch(
  ctx: Context,
  stepId: string,
  recorded: PolicyDecision,
  expected: PolicyDecision,
): string {
  return `records policy decision ${recorded.decision} (${JSON.stringify(recorded.reason)}) for step ${stepId}, but policy ${ctx.input.policy.document.id} gives ${expected.decision} (${JSON.stringify(expected.reason)})`;
}

/**
 * A step reported over the API has no workflow step to recompute its input from: its record exists only
 * because a `step.started` line marked it external, and its output file must hash to its receipt as given.
 */
function checkExternalReceipt(ctx: Context, path: string, receipt: StepReceipt, record: StepRecord): void {
  const outputPath = `outputs/${receipt.step_id}.json`;
  ctx.accounted.add(outputPath);
  const output = readRecord<StepOutputRecord>(ctx.reader, outputPath);
  requireShape(outputPath, output, outputShape(output));
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
  // As recordExternalStep decides: on the step's id and type, and its input.
  const step: ExternalStepShape = {
    id: record.step_id,
    op: EXTERNAL_OP,
    ...(record.step_type !== null ? { type: record.step_type } : {}),
  };
  const expected = evaluatePolicy(ctx.input.policy.document, externalStepFacts(step, output.input));
  if (!same(expected, record.decision))
    throw new Mismatch(path, decisionMismatch(ctx, record.step_id, record.decision, expected));
  const unapproved = unapprovedExecution(ctx.state, record);
  if (unapproved) throw new Mismatch(path, `receipts a step that may not have run: ${unapproved}`);
}

/**
 * Step logs against the size and digest the chain last recorded for each. Bytes after that record (or a log
 * the chain never recorded) are what a session wrote just before it died: allowed in an unsealed folder,
 * where recovery cuts them off, and a mismatch in a sealed one.
 */
function checkStepLogs(ctx: Context, all: string[], unsealed: boolean): void {
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
function checkBoundFiles(ctx: Context): void {
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
function checkGateFiles(ctx: Context, all: string[], unsealed: boolean): void {
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
function checkStopFiles(ctx: Context, stopped: boolean, has: Set<string>): void {
  const { state, input, lock, facts } = ctx;
  // Computed once over the trail in check().
  const checkpoint = ctx.report.checkpoint ?? renderCheckpoint(state.run_id, facts.leaves).checkpoint;
  // One renderer for each file a stop renders (the type makes the list complete).
  const renders: Record<(typeof RENDERED_FILES)[number] | typeof METADATA_FILE, () => string | undefined> = {
    [METADATA_FILE]: () => renderMetadata({ state, input, lock, facts, models: [...ctx.models].sort() }),
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
function checkAccounted(ctx: Context, all: string[], unsealed: boolean, receiptPresent: boolean): void {
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
function checkLeftGateReceipt(ctx: Context, path: string, gate: GateRecord, sealLeft: boolean): void {
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
 * A workflow receipt on disk is a seal: it must hold for every file, even when the trail looks interrupted
 * (a session removes it before it changes anything). The one interruption it survives is its own stop's:
 * the receipt is written just before the status line it seals, which may then be missing.
 */
function checkSeal(ctx: Context, all: string[], stopped: boolean, torn: boolean): void {
  const { reader, state, lock, lines, report } = ctx;
  const path = 'receipts/workflow.json';
  const receipt = readRecord<WorkflowReceipt>(reader, path);
  requireShape(path, receipt, {
    kind: 'workflow',
    run_id: receipt.run_id,
    status: receipt.status,
    workflow_file_hash: receipt.workflow_file_hash,
    lock_hash: receipt.lock_hash,
    policy_hash: receipt.policy_hash,
    receipts: receipt.receipts,
    audit_head: receipt.audit_head,
    audit_lines: receipt.audit_lines,
    checkpoint: receipt.checkpoint,
    evidence: receipt.evidence,
    workflow_hash: receipt.workflow_hash,
  } satisfies WorkflowReceipt);
  if (!workflowReceiptIntact(receipt))
    throw new Mismatch(path, 'workflow_hash does not match the receipt content');
  report.workflowHash = receipt.workflow_hash;
  if (
    receipt.run_id !== state.run_id ||
    receipt.lock_hash !== lockHash(lock) ||
    receipt.workflow_file_hash !== lock.workflow ||
    receipt.policy_hash !== digestObject(ctx.input.policy.document)
  ) {
    throw new Mismatch(path, 'run id, lock, workflow or policy hash does not match the run');
  }
  const anticipated = !stopped && receipt.audit_lines === lines.length + 1;
  if (anticipated) {
    if (lines.at(-1)?.hash !== undefined && receipt.audit_head === lines.at(-1)?.hash)
      throw new Mismatch(path, 'seals a status line the audit trail does not have');
    report.notes.push(
      `the stop (status ${receipt.status}) was interrupted after its workflow receipt was written and before ${AUDIT_LOG} recorded it; recovery completes it`,
    );
  } else {
    if (lines[receipt.audit_lines - 1]?.hash !== receipt.audit_head)
      throw new Mismatch(
        path,
        `seals audit line ${receipt.audit_lines}, which ${AUDIT_LOG} does not have as it was (lines were removed or changed)`,
      );
    if (lines.length > receipt.audit_lines)
      throw new Mismatch(
        `${AUDIT_LOG}:${receipt.audit_lines + 1}`,
        `line ${receipt.audit_lines + 1} follows the stop that ${path} seals at line ${receipt.audit_lines} (lines were added after the run stopped)`,
      );
    if (torn)
      throw new Mismatch(
        `${AUDIT_LOG}:${receipt.audit_lines + 1}`,
        `has text after line ${receipt.audit_lines}, the stop that ${path} seals (it was added after the run stopped)`,
      );
    if (!stopped)
      throw new Mismatch(path, `seals audit line ${receipt.audit_lines}, which is not a stop of the run`);
    if (receipt.status !== state.status)
      throw new Mismatch(path, `says ${receipt.status}, the audit trail says ${state.status}`);
    if (!report.checkpoint || !same(receipt.checkpoint, report.checkpoint))
      throw new Mismatch(path, `checkpoint does not match the tree over ${AUDIT_LOG}`);
    if (!same(receipt.receipts, state.receipts))
      throw new Mismatch(path, 'receipt list differs from the chain in the audit trail');
  }
  const residue = new Set(report.residue);
  const evidence = all.filter((file) => !OUTSIDE_EVIDENCE.has(file) && !residue.has(file));
  for (const file of evidence) {
    const expected = receipt.evidence[file];
    if (expected === undefined)
      throw new Mismatch(file, `is not listed in ${path} (added after the run stopped)`);
    if ((reader.digest(file) ?? digestBytes(new Uint8Array())) !== expected)
      throw new Mismatch(file, `does not match its digest in ${path}`);
  }
  const present = new Set(evidence);
  for (const file of Object.keys(receipt.evidence)) {
    // A session removes the seal (manifest, report, receipt) in that order before anything else.
    if (file === 'report.md' && !all.includes('SHA256SUMS.txt')) continue;
    if (!present.has(file)) throw new Mismatch(file, `is listed in ${path} but missing`);
  }
}

/**
 * `SHA256SUMS.txt`, the last file a stop writes, lists every other file of the folder with its digest, one
 * `<sha256>  ./<path>` line each, so `sha256sum -c` alone checks the folder. A line edited, added or
 * removed is a mismatch here too: a session that recovered such a folder would write the manifest again
 * and erase the edit.
 */
function checkManifestLines(ctx: Context, all: string[]): void {
  const manifest = parseManifest(ctx.reader.text(MANIFEST_FILE) ?? '');
  if (!manifest)
    throw new Mismatch(
      MANIFEST_FILE,
      'is not in the form a stop writes it (one "<sha256>  ./<path>" line per file, each path once)',
    );
  for (const file of all) {
    if (file === MANIFEST_FILE) continue;
    const listed = manifest.get(file);
    if (listed === undefined) throw new Mismatch(file, `is not listed in ${MANIFEST_FILE}`);
    if (listed !== ctx.reader.digest(file))
      throw new Mismatch(file, `does not match its line in ${MANIFEST_FILE}`);
  }
  const present = new Set(all);
  for (const file of manifest.keys())
    if (!present.has(file)) throw new Mismatch(file, `is listed in ${MANIFEST_FILE} but missing`);
}

/** Says, for a folder without a seal, how far it could be checked and what remains open. */
function describeIncomplete(ctx: Context, stopped: boolean, receiptPresent: boolean): void {
  const { report } = ctx;
  const point = report.lastDurable ?? `${AUDIT_LOG} (empty)`;
  report.notes.unshift(
    stopped
      ? receiptPresent
        ? `the run stopped at ${point}, but its seal is not complete (report.md or SHA256SUMS.txt missing: interrupted while sealing, or removed)`
        : `the run stopped at ${point}, but its seal (receipts/workflow.json, report.md, SHA256SUMS.txt) is missing: interrupted by a session that had just begun, or removed`
      : `the run did not reach a stop: its last durable point is ${point}`,
  );
  report.unestablished.push(
    'that nothing was cut from the end of the audit trail: no seal records where it ends (a checkpoint kept outside the folder, given with --checkpoint, does)',
  );
  if (!stopped)
    report.unestablished.push(
      `${METADATA_FILE}, ${AUDIT_STATUS_FILE}, ${GATE_PENDING_FILE}, ${CHECKPOINT_FILE} and ${CONSISTENCY_FILE}: a stop renders them again from the chain`,
    );
  report.unestablished.push('report.md and SHA256SUMS.txt: the next stop writes them');
  report.notes.push(
    `established: the chain from the lock snapshot to ${point}, every receipt, output and artifact it names, the step logs up to what it records and the gate files; \`awo resume\`, \`awo retry\` or the action's post step continue and seal the run`,
  );
}
