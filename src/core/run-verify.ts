import { AUDIT_LOG, isStop, verifyChain, type AuditLine } from './audit-chain.js';
import { formatCheckpoint, rootDigest } from './checkpoint.js';
import type { Digest } from './hash.js';
import { leafHash } from './merkle.js';
import { emptyFacts, noteLine, type ChainFacts } from './run-journal.js';
import { inputBindingProblem } from './input-binding.js';
import { lockHash, type LockSnapshot, type RunInput } from './run-plan.js';
import { applyLine, initialState } from './run-state.js';
import { TrailRules } from './trail-rules.js';
import { renderCheckpoint } from './stop-files.js';
import { MANIFEST_FILE } from './run-files.js';
import { EvidenceReader, Mismatch, readRecord, type VerifyContext } from './verify-evidence.js';
import {
  checkAccounted,
  checkBoundFiles,
  checkEmptyFolders,
  checkGateFiles,
  checkStepLogs,
  checkStopFiles,
} from './verify-files.js';
import { checkReceipts } from './verify-receipts.js';
import type { RunReader, VerifyOptions, VerifyReport } from './verify-report.js';
import { checkManifestLines, checkSeal, describeIncomplete } from './verify-seal.js';

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
  const digest = reader.digest('workflow.snapshot.json') as Digest;
  const unbound = inputBindingProblem({ bytes: snapshot, digest }, lock, input);
  if (unbound) throw new Mismatch(unbound.where, unbound.message);
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

  const ctx: VerifyContext = {
    reader,
    input,
    lock,
    genesis,
    state,
    facts,
    lines,
    policyModels: rules.policyModels,
    stepBackends: sessionBackends(lines),
    texts: new Map(),
    models: new Set(),
    accounted: new Set(['workflow.snapshot.json', 'lock.snapshot.json', 'input.json', AUDIT_LOG]),
    report,
  };
  checkReceipts(ctx);
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

/**
 * The backend of the session that last started each step, from the session's first line: `run.created`
 * or a `run.status` running line (each names it in runs made since this check). A later session of an older run names
 * none: its steps map to null.
 */
function sessionBackends(lines: readonly AuditLine[]): Map<string, string | null> {
  const out = new Map<string, string | null>();
  let backend: string | null = null;
  for (const line of lines) {
    const named = typeof line.details?.backend === 'string' ? line.details.backend : undefined;
    if (line.event === 'run.created') backend = named ?? null;
    // The creating session's own running line (line 2) named no backend before; run.created does.
    else if (line.event === 'run.status' && line.details?.status === 'running')
      backend = named ?? (line.seq === 2 ? backend : null);
    else if (line.event === 'step.started' && line.step_id !== undefined) out.set(line.step_id, backend);
  }
  return out;
}
