import type { AuditLine } from './audit-chain.js';
import type { EngineContext, OpenRun, RunOutcome } from './engine-context.js';
import type { Checkpoint } from './checkpoint.js';
import type { ChainFacts } from './run-journal.js';
import { digestBytes, digestObject, type Digest, prettyJson } from './hash.js';
import { leafHash } from './merkle.js';
import { sealWorkflowReceipt } from './receipts.js';
import { renderReport, REPORT_FORMAT } from './report.js';
import type { PolicyDecision } from './policy.js';
import { AUDIT_LOG, isStop } from './audit-chain.js';
import { currentGate, type RunFailure, type RunStatus } from './run-state.js';
import { checkCancel } from './run-transitions.js';
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
  type StopFacts,
} from './stop-files.js';
import { METADATA_FILE, OUTSIDE_EVIDENCE, SEAL, WORKFLOW_RECEIPT } from './run-files.js';

const EXIT: Record<RunStatus, number> = { completed: 0, paused: 78, failed: 1, rejected: 1, running: 1 };

/**
 * Ends a run that cannot go on in this session (a cancelled CI job, an operator's cancel): status `failed`
 * with kind `cancelled` and the reason, so the evidence that exists is sealed and can be packaged.
 * `awo retry` can still continue it later. Refused for a run that already stopped.
 */
export function cancelRun(run: OpenRun, ctx: EngineContext, reason: string): RunOutcome {
  checkCancel(run.journal.state);
  return stop(run, ctx, 'failed', { kind: 'cancelled', reason, step_id: null });
}

/** Records the run's new status (when it changes, or at every pause) and seals its evidence (`writeStop`). */
export function stop(
  run: OpenRun,
  ctx: EngineContext,
  status: RunStatus,
  failure: RunFailure | null,
): RunOutcome {
  const { journal } = run;
  // The status line is sealed in the workflow receipt before it is appended: a stopped status in the
  // audit trail therefore always has its receipt, and a crash in between reads as an interrupted stop.
  // A stop always ends the trail with a stop line (a run is sealed only there): when the status changes,
  // at every pause, and after any other line (a recovery's).
  let statusLine: AuditLine | undefined;
  const last = journal.recentLines().last.at(-1);
  if (journal.state.status !== status || status === 'paused' || !last || !isStop(last)) {
    statusLine = journal.prepare({
      actor: ctx.actor,
      event: 'run.status',
      reason: failure?.reason,
      details: {
        status,
        ...(failure ? { failure } : {}),
        command: ctx.command,
        backend: ctx.backend.name,
        report_format: REPORT_FORMAT,
      },
    });
    journal.apply(statusLine);
  }
  return outcomeOf(run, ctx, writeStop(run, ctx, statusLine));
}

/**
 * Seals again a run whose trail ended at a stop but whose seal is missing or incomplete (a session died
 * right after removing it, or while writing it): every stop file rendered from the chain, and a stop line
 * only when recovery wrote after the old one.
 */
export function resealStop(run: OpenRun, ctx: EngineContext): RunOutcome {
  return stop(run, ctx, run.journal.state.status, run.journal.state.failure);
}

function outcomeOf(run: OpenRun, ctx: EngineContext, workflowHash: Digest): RunOutcome {
  const state = run.journal.state;
  return {
    runId: state.run_id,
    runDir: ctx.store.dir,
    status: state.status,
    exitCode: EXIT[state.status],
    gate: currentGate(state) ?? null,
    failure: state.failure,
    workflowHash,
    decisions: state.steps
      .filter((step) => step.decision && step.decision.decision !== 'allow')
      .map((step) => ({ step_id: step.step_id, decision: step.decision as PolicyDecision })),
  };
}

/**
 * Everything written when a run stops (paused, completed, failed, rejected), in an order a crash cannot
 * turn into a false verdict: the old seal goes first; then the files rendered from the chain (metadata,
 * gate status and files, checkpoint, consistency proofs) and report.md; then the workflow receipt over all
 * of them and the (already applied) status line; only then that line is appended; one group commit, and
 * SHA256SUMS.txt last. The seal is made from the digests computed while writing (or carried from the
 * verification that opened the run): the writer does not read the folder back, nor does it judge it —
 * report.md says what was sealed, `awo verify` says whether it holds. Returns the workflow hash.
 */
export function writeStop(run: OpenRun, ctx: EngineContext, statusLine?: AuditLine): Digest {
  const { store } = ctx;
  const { state, facts } = run.journal;
  for (const file of SEAL) store.remove(file);
  const written = new Map<string, Digest>();
  // The store hashes what it writes; a store that does not say is hashed here.
  const writeDigested = (path: string, text: string): Digest => {
    store.write(path, text);
    return store.knownDigest?.(path) ?? digestBytes(text);
  };

  // The tree covers the status line too: it is sealed here and appended right after the receipt.
  const statusText = statusLine ? JSON.stringify(statusLine) : undefined;
  const leaves = statusText === undefined ? facts.leaves : [...facts.leaves, leafHash(statusText)];
  const { files, checkpoint } = renderStop(run, leaves);
  for (const [path, text] of files)
    if (text === undefined) store.remove(path);
    else written.set(path, writeDigested(path, text));

  const evidence: Record<string, Digest> = {};
  const manifest = new Map<string, string>();
  for (const file of store.list()) {
    if (OUTSIDE_EVIDENCE.has(file)) continue;
    const digest = written.get(file) ?? knownDigest(run, ctx, file);
    evidence[file] = digest;
    manifest.set(file, digest);
  }
  const receipt = sealWorkflowReceipt({
    kind: 'workflow',
    run_id: state.run_id,
    status: state.status,
    workflow_file_hash: run.lock.workflow,
    lock_hash: run.genesis,
    policy_hash: digestObject(run.input.policy.document),
    receipts: state.receipts,
    audit_head: state.head,
    audit_lines: state.seq,
    checkpoint,
    evidence,
  });
  const receiptDigest = writeDigested(WORKFLOW_RECEIPT, prettyJson(receipt));
  if (statusLine) run.journal.append(statusLine);
  store.commit();
  manifest.set(WORKFLOW_RECEIPT, receiptDigest);
  manifest.set(AUDIT_LOG, knownDigest(run, ctx, AUDIT_LOG));
  store.writeManifest(manifest);
  store.commit();
  return receipt.workflow_hash;
}

/**
 * The files a stop writes besides the seal, in the order it writes them, each as the chain renders it
 * (undefined: the file is absent at this stop), and the checkpoint over `leaves` (the trail's, with a
 * status line sealed before it is appended). `awo verify` renders the same files to compare; a session
 * opened from a seal compares them before it writes, so an edited one is never overwritten out of sight.
 */
export function renderStop(
  run: Pick<OpenRun, 'input' | 'lock' | 'genesis' | 'journal' | 'texts' | 'models'>,
  leaves: ChainFacts['leaves'],
): { files: [string, string | undefined][]; checkpoint: Checkpoint } {
  const { state, facts } = run.journal;
  const stopFacts: StopFacts = {
    state,
    input: run.input,
    lock: run.lock,
    facts,
    models: [...run.models].sort(),
    lockHash: run.genesis,
  };
  const { checkpoint, text } = renderCheckpoint(state.run_id, leaves);
  const files: [string, string | undefined][] = [
    [METADATA_FILE, renderMetadata(stopFacts)],
    [AUDIT_STATUS_FILE, renderAuditStatus(state)],
    [GATE_PENDING_FILE, renderGatePending(state)],
    ...[...gateFiles(state)].map(([path, gate]): [string, string] => [path, renderGateFile(gate)]),
    [CHECKPOINT_FILE, text],
    [CONSISTENCY_FILE, renderConsistency(state.run_id, { ...facts, leaves }, checkpoint.root)],
    [
      'report.md',
      renderReport({
        state,
        input: run.input,
        texts: run.texts,
        auditLines: run.journal.recentLines(),
        models: stopFacts.models,
        sealed: { checkpoint, auditHead: state.head, auditLines: state.seq, receipts: state.receipts.length },
        format: facts.reportFormat,
      }),
    ],
  ];
  return { files, checkpoint };
}

/**
 * A file's digest without reading it where possible: as this process wrote it, else as the verification
 * that opened the run found it (nothing else writes a locked run folder), else from the disk.
 */
function knownDigest(run: OpenRun, ctx: EngineContext, file: string): Digest {
  const known = ctx.store.knownDigest?.(file) ?? run.carried.get(file);
  return known ?? `sha256:${ctx.store.digest(file)}`;
}
