import type { AuditLine } from './audit-chain.js';
import { formatCheckpoint } from './checkpoint.js';
import type { ConcurrencyLimiter } from './concurrency.js';
import { IntegrityError, messageOf } from './errors.js';
import { digestBytes, digestObject, type Digest, prettyJson } from './hash.js';
import { leafHash } from './merkle.js';
import { evaluatePolicy, type PolicyDecision } from './policy.js';
import type { Backend, Clock, RunStore } from './ports.js';
import {
  decisionHasher,
  sealReceipt,
  receiptIntact,
  resolutionOf,
  type GateReceipt,
  type StepReceipt,
} from './receipts.js';
import { DEFAULT_RETRY, type RetryPolicy } from './retry.js';
import { redactSecrets } from './redact-secrets.js';
import { AUDIT_LOG, emptyFacts, isStop, RunJournal } from './run-journal.js';
import {
  buildInput,
  buildLock,
  effectiveModel,
  lockHash,
  type LockSnapshot,
  type RunInput,
} from './run-plan.js';
import {
  EXTERNAL_OP,
  gateForStep,
  initialState,
  pendingGate,
  unapprovedExecution,
  type GateRecord,
  type GateResolution,
  type RunFailure,
  type RunStatus,
} from './run-state.js';
import { checkCancel, checkDeadline, checkResume, checkRetry, gateToResolve } from './run-transitions.js';
import { writeStop } from './run-stop.js';
import { LEFTOVER_TEMP, SEAL, verifyRun } from './run-verify.js';
import { allowSelfApproval } from './self-approval.js';
import { rootDigest } from './checkpoint.js';
import { METADATA_FILE, renderGateFile, renderMetadata } from './stop-files.js';
import {
  gateOutput,
  modelsOf,
  resolveInput,
  runLlmMap,
  runWriteText,
  type StepOutputRecord,
} from './step-ops.js';
import type { LoadedWorkflow, ResolvedPolicy } from './workflow-load.js';
import type { NormalisedStep } from './workflow-schema.js';

/** What the engine needs from its face. */
export interface EngineContext {
  store: RunStore;
  backend: Backend;
  clock: Clock;
  /** Who is acting: recorded on every audit line this session writes. */
  actor: string;
  retry?: RetryPolicy;
  limiter?: ConcurrencyLimiter;
  /** Upper bound on any step's `params.concurrency` (default 32). */
  concurrencyCap?: number;
  /** Facts about this session (versions, git, GitHub) recorded in metadata.json. */
  environment: Record<string, unknown>;
  /** What started this session: `run`, `resume`, `retry`, ... */
  command: string;
  /**
   * Recorded as `context` on every gate this session opens: what the face knows about how the gate will be
   * reviewed (the action: the channel and the review history already present, so no earlier review counts).
   */
  gateContext?: Record<string, unknown>;
  /**
   * Asked between steps: a face that takes a cancel or a pause while the run executes (the server) stops
   * the run here and returns the outcome; undefined goes on.
   */
  interruption?: (run: OpenRun, ctx: EngineContext) => RunOutcome | undefined;
  /**
   * Outputs of llm_map steps computed elsewhere (a scale-out merge: the steps' shards ran them, each a
   * verified run of its own). Such a step is recorded as any other (policy, output, receipt), without calls.
   */
  precomputed?: ReadonlyMap<string, StepOutputRecord['output']>;
  /**
   * The `sha256:` digest of the bundle this session continues (the action's resume checks it before it
   * extracts anything): recorded with the previous stop's checkpoint on the session's first audit line.
   */
  previousBundle?: string;
}

/** A run folder opened for work: its frozen plan and the state its audit trail implies. */
export interface OpenRun {
  input: RunInput;
  lock: LockSnapshot;
  genesis: Digest;
  journal: RunJournal;
  /** Text outputs of completed steps, for `{{steps.<id>.text}}`. */
  texts: Map<string, string>;
  /** Models the run's calls reported (requested and returned), for metadata.json and the report. */
  models: Set<string>;
  /**
   * Digests of the files the verification that opened the run read (and found bound to the chain): the
   * stop seals files this session did not write with these, without reading them back.
   */
  carried: ReadonlyMap<string, Digest>;
  /** The trail ends at a stop whose seal is missing or incomplete: `resealStop` writes it again. */
  unsealedStop: boolean;
}

/** The result every face reports. */
export interface RunOutcome {
  runId: string;
  runDir: string;
  status: RunStatus;
  /** CLI exit code (docs/format.md#states-and-exit-codes): 0 completed, 78 paused, 1 failed or rejected. */
  exitCode: number;
  gate: GateRecord | null;
  failure: RunFailure | null;
  workflowHash: Digest | null;
  /** Steps whose policy decision was flag or deny, for annotations. */
  decisions: { step_id: string; decision: PolicyDecision }[];
}

const EXIT: Record<RunStatus, number> = { completed: 0, paused: 78, failed: 1, rejected: 1, running: 1 };

/** Creates the run folder's frozen files and first audit lines. The folder exists and is empty. */
export function createRun(
  runId: string,
  workflow: LoadedWorkflow,
  policy: ResolvedPolicy,
  ctx: EngineContext,
): OpenRun {
  const { store, backend } = ctx;
  const now = ctx.clock.now().toISOString();
  const lock = buildLock(workflow, policy, backend, now);
  const genesis = lockHash(lock);
  const input = buildInput(runId, workflow, policy, backend);
  const inputText = prettyJson(input);
  store.write('workflow.snapshot.json', workflow.bytes);
  store.write('lock.snapshot.json', prettyJson(lock));
  store.write('input.json', inputText);
  const journal = new RunJournal(
    store,
    initialState(runId, workflow.steps, genesis),
    workflow.steps,
    ctx.clock,
  );
  journal.audit({
    actor: ctx.actor,
    event: 'run.created',
    evidence_ref: 'lock.snapshot.json',
    details: {
      workflow_hash: lock.workflow,
      lock_hash: genesis,
      policy_hash: lock.policy,
      policy_id: policy.policy.id,
      backend: backend.name,
      // input.json is bound to the chain here; the environment is what metadata.json is rendered from.
      input_hash: digestBytes(inputText),
      environment: ctx.environment,
    },
  });
  journal.audit({
    actor: ctx.actor,
    event: 'run.status',
    details: { status: 'running', command: ctx.command },
  });
  const run: OpenRun = {
    input,
    lock,
    genesis,
    journal,
    texts: new Map(),
    models: new Set(),
    carried: new Map(),
    unsealedStop: false,
  };
  store.write(
    METADATA_FILE,
    renderMetadata({ state: journal.state, input, lock, facts: journal.facts, models: [] }),
  );
  store.commit();
  return run;
}

function readJson<T>(store: RunStore, path: string): T {
  const bytes = store.read(path);
  if (bytes === undefined)
    throw new IntegrityError(`${store.dir} is not a run folder: ${path} is missing`, path);
  try {
    return JSON.parse(Buffer.from(bytes).toString('utf8')) as T;
  } catch {
    throw new IntegrityError(`${path} is not valid JSON`, path);
  }
}

/**
 * Opens an existing run folder: refuses evidence that contradicts the chain or a surviving seal, then
 * recovers what a crash can leave behind (a torn last line, step log bytes and files written just before
 * the process died, a receipt whose audit line was not written yet) so the run can go on. Nothing the chain
 * does not account for survives into the next seal: it is removed here, and the files a stop renders are
 * rendered again from the chain.
 */
export function openRun(ctx: EngineContext): OpenRun {
  const { store } = ctx;
  // Nothing goes on from evidence that does not verify: an approval, a resume or a retry would seal it in.
  const verdict = verifyRun(store);
  if (verdict.verdict === 'mismatch')
    throw new IntegrityError(
      `refusing to continue run folder ${store.dir}: ${verdict.message ?? 'it does not verify'}`,
      verdict.where ?? store.dir,
    );
  // A seal describes the folder at a stop: whatever this session changes first removes it.
  store.unsealOnFirstWrite(SEAL);
  const input = readJson<RunInput>(store, 'input.json');
  const lock = readJson<LockSnapshot>(store, 'lock.snapshot.json');
  const genesis = lockHash(lock);
  const state = initialState(input.run_id, input.steps, genesis);
  const journal = new RunJournal(store, state, input.steps, ctx.clock, emptyFacts());
  const recovered: string[] = [];

  // A temporary file is not evidence: its removal is not an audited change.
  for (const path of verdict.residue) if (LEFTOVER_TEMP.test(path)) store.remove(path);
  for (const [path, size] of verdict.logTails) {
    const bytes = store.read(path) ?? new Uint8Array();
    if (size === 0) store.remove(path);
    else store.write(path, bytes.subarray(0, size));
    recovered.push(`cut ${path} back to the ${size} bytes the audit trail records`);
  }
  let text = Buffer.from(store.read(AUDIT_LOG) ?? new Uint8Array()).toString('utf8');
  if (text !== '' && !text.endsWith('\n')) {
    text = text.slice(0, text.lastIndexOf('\n') + 1);
    store.write(AUDIT_LOG, text);
    recovered.push(`dropped the torn last line of ${AUDIT_LOG}`);
  }
  // verifyRun above checked every link of the chain and the form of every line.
  for (const raw of text.split('\n').slice(0, -1)) {
    journal.apply(JSON.parse(raw) as AuditLine);
    journal.facts.leaves.push(leafHash(raw));
  }

  const opened = journal.recentLines().last.at(-1);
  const unsealedStop = !verdict.sealed && opened !== undefined && isStop(opened);

  // A receipt is the commit point of a step or gate: if the process died after writing it but before the
  // audit line, the audit line is written now, so the step never runs twice and the decision is not lost.
  for (const gate of state.gates.filter((candidate) => candidate.status === 'pending')) {
    const receipt = readReceipt<GateReceipt>(store, `receipts/gates/${gate.gate_id}.json`);
    if (receipt && receipt.prev_receipt_hash === lastReceipt(state.receipts, genesis)) {
      auditGateResolution(journal, receipt, receipt.actor, true);
      recovered.push(`recorded the resolution of gate ${gate.gate_id} from its receipt`);
    }
  }
  for (const record of state.steps) {
    if (record.status === 'completed' || record.op === EXTERNAL_OP) continue;
    const receipt = readReceipt<StepReceipt>(store, `receipts/steps/${record.step_id}.json`);
    if (!receipt) break;
    if (receipt.prev_receipt_hash !== lastReceipt(state.receipts, genesis)) break;
    // The engine writes a receipt only for a step it was allowed to run; any other is not its own.
    if (unapprovedExecution(state, record)) break;
    if (!outputMatches(store, record.step_id, receipt)) break;
    auditStepCompleted(journal, input.steps[journal.index.get(record.step_id) ?? 0], receipt, 'system', true);
    recovered.push(`recorded step ${record.step_id} as completed from its receipt`);
  }
  // External steps (reported over the API) follow the workflow's in the state; the same commit point holds.
  for (const record of state.steps) {
    if (record.op !== EXTERNAL_OP || record.status !== 'started') continue;
    const receipt = readReceipt<StepReceipt>(store, `receipts/steps/${record.step_id}.json`);
    if (!receipt || receipt.prev_receipt_hash !== lastReceipt(state.receipts, genesis)) continue;
    if (unapprovedExecution(state, record)) continue;
    auditStepCompleted(journal, { id: record.step_id, op: record.op }, receipt, 'system', true);
    recovered.push(`recorded external step ${record.step_id} as completed from its receipt`);
  }
  const texts = new Map<string, string>();
  const models = new Set<string>();
  const artifacts = new Set<string>();
  for (const step of input.steps) {
    const record = state.steps[journal.index.get(step.id) ?? 0];
    if (record?.status !== 'completed' || step.op === 'audit_gate') continue;
    const output = readJson<StepOutputRecord>(store, `outputs/${step.id}.json`);
    if (typeof output.output.text === 'string') texts.set(step.id, output.output.text);
    if (step.op === 'write_text') artifacts.add(String(output.output.path));
    for (const model of modelsOf(output.output)) models.add(model);
  }
  // What a step or gate wrote before the process died and the chain did not take up as a commit point
  // above: not evidence, and never sealed in (the step runs again and writes it anew).
  const adopted = (path: string) => {
    const id = /^(?:receipts\/steps|outputs)\/(.+)\.json$/.exec(path)?.[1];
    if (id !== undefined) return state.steps.some((r) => r.step_id === id && r.status === 'completed');
    const gate = /^receipts\/gates\/(.+)\.json$/.exec(path)?.[1];
    if (gate !== undefined) return state.gates.some((g) => g.gate_id === gate && g.status !== 'pending');
    return artifacts.has(path);
  };
  for (const path of verdict.residue) {
    if (LEFTOVER_TEMP.test(path) || adopted(path)) continue;
    store.remove(path);
    recovered.push(`removed ${path}, which the audit trail does not account for`);
  }
  if (recovered.length > 0)
    journal.audit({ actor: 'system', event: 'run.recovered', reason: recovered.join('; ') });
  return { input, lock, genesis, journal, texts, models, carried: verdict.digests, unsealedStop };
}

/** The step's output file is the one its receipt hashes (its artifact too), so it can be taken up with it. */
function outputMatches(store: RunStore, stepId: string, receipt: StepReceipt): boolean {
  const output = readReceipt<StepOutputRecord>(store, `outputs/${stepId}.json`, false);
  if (!output || digestObject(output.input) !== receipt.input_hash) return false;
  if (digestObject(output.output) !== receipt.output_hash) return false;
  if (typeof output.output.sha256 !== 'string' || typeof output.output.path !== 'string') return true;
  const artifact = store.read(output.output.path);
  return artifact !== undefined && digestBytes(artifact) === output.output.sha256;
}

function readReceipt<T>(store: RunStore, path: string, receipt = true): T | undefined {
  const bytes = store.read(path);
  if (!bytes) return undefined;
  try {
    const value = JSON.parse(Buffer.from(bytes).toString('utf8')) as StepReceipt | GateReceipt;
    return !receipt || receiptIntact(value) ? (value as T) : undefined;
  } catch {
    return undefined;
  }
}

/** The hash the next receipt links to: the last receipt's, or the genesis (lock snapshot) hash. */
export function lastReceipt(receipts: { receipt_hash: Digest }[], genesis: Digest): Digest {
  return receipts.at(-1)?.receipt_hash ?? genesis;
}

/** Writes a step's completion (audit line and step log) once its receipt, the commit point, is on disk. */
export function auditStepCompleted(
  journal: RunJournal,
  step: { id: string; op: string },
  receipt: StepReceipt,
  actor: string,
  recovered: boolean,
): void {
  const details = {
    input_hash: receipt.input_hash,
    output_hash: receipt.output_hash,
    receipt_hash: receipt.receipt_hash,
    ...(recovered ? { recovered } : {}),
  };
  // The step log first: the audit line records what it then holds.
  journal.stepEvent(step, 'completed', details);
  journal.audit({
    actor,
    event: 'step.completed',
    step_id: step.id,
    evidence_ref: `receipts/steps/${step.id}.json`,
    details,
  });
}

function auditGateResolution(
  journal: RunJournal,
  receipt: GateReceipt,
  actor: string,
  recovered: boolean,
): void {
  const resolution = resolutionOf(receipt);
  journal.audit({
    actor,
    event: 'gate.resolved',
    gate_id: receipt.gate_id,
    step_id: receipt.step_id,
    decision: receipt.decision,
    reason: receipt.comment,
    evidence_ref: `receipts/gates/${receipt.gate_id}.json`,
    details: { resolution, receipt_hash: receipt.receipt_hash, ...(recovered ? { recovered } : {}) },
  });
}

/** Marks a paused (approved) or interrupted run as running again, after the state machine allows it. */
export function beginSession(
  run: OpenRun,
  ctx: EngineContext,
  mode: 'resume' | 'retry',
  /** The external step whose posting resumes the run: it is about to be recorded. */
  posting?: string,
): void {
  const { state } = run.journal;
  if (mode === 'resume') checkResume(state, posting);
  else checkRetry(state);
  ctx.store.remove('gate_pending.json');
  run.journal.audit({
    actor: ctx.actor,
    event: 'run.status',
    details: { status: 'running', command: mode, previous: previousStop(run, ctx) },
  });
}

/**
 * What this session continues from, recorded on its first line: the checkpoint of the last stop (and the
 * bundle's digest when the session was handed one), so the chain itself says which sealed state it extends.
 */
function previousStop(run: OpenRun, ctx: EngineContext): Record<string, unknown> {
  const { facts } = run.journal;
  const size = facts.stops.at(-1) ?? 0;
  return {
    checkpoint: formatCheckpoint({ size, root: rootDigest(facts.leaves.slice(0, size)) }),
    ...(ctx.previousBundle ? { bundle_sha256: ctx.previousBundle } : {}),
  };
}

/**
 * Approves or rejects the pending gate. The gate receipt is written first (the commit point), then the
 * audit line; a rejection ends the run. Refused with `IllegalTransition` when there is nothing to resolve.
 */
export function resolveGate(
  run: OpenRun,
  ctx: EngineContext,
  resolution: Omit<GateResolution, 'at'> & { at?: string },
): RunOutcome {
  const { journal } = run;
  const gate = gateToResolve(journal.state, resolution.decision === 'approved' ? 'approve' : 'reject');
  const at = resolution.at ?? journal.now();
  checkDeadline(journal.state, gate, resolution.decision, at);
  // The same rule `awo verify` re-applies: a requester's approval stands only as a recorded override.
  const override = allowSelfApproval(run.input.policy.document, run.journal.facts.actors, gate, resolution);
  const receipt = sealReceipt<GateReceipt>({
    kind: 'gate',
    run_id: journal.state.run_id,
    gate_id: gate.gate_id,
    step_id: gate.step_id,
    decision: resolution.decision,
    actor: resolution.actor,
    comment: resolution.comment,
    at,
    source: resolution.source,
    ...(resolution.details || override ? { details: { ...resolution.details, ...override } } : {}),
    prev_receipt_hash: lastReceipt(journal.state.receipts, run.genesis),
  });
  ctx.store.write(`receipts/gates/${gate.gate_id}.json`, prettyJson(receipt));
  auditGateResolution(journal, receipt, ctx.actor, false);
  writeGateFile(run, ctx.store, gate.gate_id);
  if (resolution.decision === 'timed_out') {
    return stop(run, ctx, 'failed', {
      kind: 'timed_out',
      reason: `gate "${gate.gate_id}" timed out: no decision before its deadline ${gate.deadline ?? '(none)'}${resolution.comment ? ` (${resolution.comment})` : ''}`,
      step_id: gate.step_id,
    });
  }
  if (resolution.decision === 'rejected') {
    const failure: RunFailure = {
      kind: 'rejected',
      reason: `gate "${gate.gate_id}" rejected by ${resolution.actor}${resolution.comment ? `: ${resolution.comment}` : ''}`,
      step_id: gate.step_id,
    };
    return stop(run, ctx, 'rejected', failure);
  }
  return stop(run, ctx, 'paused', null);
}

/**
 * Ends a run that cannot go on in this session (a cancelled CI job, an operator's cancel): status `failed`
 * with kind `cancelled` and the reason, so the evidence that exists is sealed and can be packaged.
 * `awo retry` can still continue it later. Refused for a run that already stopped.
 */
export function cancelRun(run: OpenRun, ctx: EngineContext, reason: string): RunOutcome {
  checkCancel(run.journal.state);
  return stop(run, ctx, 'failed', { kind: 'cancelled', reason, step_id: null });
}

/**
 * Writes a step's start and the policy decision that precedes any execution, as one write to the step's
 * log and one to the audit trail. `logDetails` and `auditDetails` add to the `started` event and line.
 */
export function recordStart(
  journal: RunJournal,
  actor: string,
  step: { id: string; op: string; type?: string },
  decision: PolicyDecision,
  logDetails: Record<string, unknown>,
  auditDetails: Record<string, unknown>,
): void {
  journal.stepEvents(step, [
    ['started', { type: step.type ?? null, ...logDetails }],
    ['policy', { ...decision }],
  ]);
  journal.auditAll([
    { actor, event: 'step.started', step_id: step.id, details: auditDetails },
    {
      actor: 'policy',
      event: 'policy.decision',
      step_id: step.id,
      decision: decision.decision,
      reason: decision.reason,
      evidence_ref: journal.stepLog(step.id),
      details: { policy: decision },
    },
  ]);
}

/** A deny fails the run closed: the step never executes, nor does any later one. */
export function denyStep(
  run: OpenRun,
  ctx: EngineContext,
  step: { id: string; op: string },
  decision: PolicyDecision,
): RunOutcome {
  run.journal.stepEvent(step, 'denied', { reason: decision.reason });
  run.journal.audit({
    actor: 'policy',
    event: 'step.denied',
    step_id: step.id,
    decision: 'deny',
    reason: decision.reason,
  });
  return stop(run, ctx, 'failed', {
    kind: 'denied',
    reason: `step "${step.id}" denied by policy ${decision.policy_id}: ${decision.reason}`,
    step_id: step.id,
  });
}

/** Runs steps from the first one without a receipt until the run completes, pauses or fails. */
export async function execute(run: OpenRun, ctx: EngineContext): Promise<RunOutcome> {
  const { journal, input } = run;
  const { state } = journal;
  const policy = input.policy.document;
  const retry = ctx.retry ?? DEFAULT_RETRY;
  const decisionHash = decisionHasher();
  // A gate nobody has decided holds the run whatever opened it (a manual pause, an external step's flag):
  // a retry after a cancel pauses at it again rather than running past it.
  if (pendingGate(state)) return stop(run, ctx, 'paused', null);
  for (const step of input.steps) {
    const record = state.steps[journal.index.get(step.id) ?? 0];
    if (!record || record.status === 'completed') continue;
    const interrupted = ctx.interruption?.(run, ctx);
    if (interrupted) return interrupted;
    const stepInput = resolveInput(step, run.texts);
    const facts = {
      step,
      prompts: (stepInput.prompts as string[] | undefined) ?? [],
      params: {
        ...(stepInput.params as Record<string, unknown> | undefined),
        model: effectiveModel(step, ctx.backend),
      },
    };
    const decision = evaluatePolicy(policy, facts);
    recordStart(journal, ctx.actor, step, decision, {}, { op: step.op, type: step.type ?? null });

    if (decision.decision === 'deny') return denyStep(run, ctx, step, decision);
    if (decision.decision === 'flag') {
      const gate = gateForStep(state, step.id, 'flag');
      if (gate?.status !== 'approved')
        return gate
          ? waitOrEnd(run, ctx, gate)
          : requestGate(run, ctx, step, `flag-${step.id}`, 'flag', decision.reason);
    }

    let output: StepOutputRecord['output'];
    try {
      if (step.op === 'audit_gate') {
        const gate = gateForStep(state, step.id, 'audit_gate');
        if (gate?.status !== 'approved' || !gate.resolution) {
          return gate
            ? waitOrEnd(run, ctx, gate)
            : requestGate(run, ctx, step, step.id, 'audit_gate', 'audit gate: human review required');
        }
        output = gateOutput(gate.gate_id, gate.resolution);
      } else if (step.op === 'llm_map' && ctx.precomputed?.has(step.id)) {
        output = ctx.precomputed.get(step.id) as StepOutputRecord['output'];
        for (const model of modelsOf(output)) run.models.add(model);
      } else if (step.op === 'llm_map') {
        output = await runLlmMap(step, stepInput, {
          backend: ctx.backend,
          store: ctx.store,
          clock: ctx.clock,
          retry,
          limiter: ctx.limiter,
          concurrencyCap: ctx.concurrencyCap ?? 32,
          onRetry: (raw) => {
            const info = redactSecrets(raw, ctx.backend.secrets).value;
            journal.stepEvent(step, 'retry', { ...info });
            journal.audit({
              actor: 'system',
              event: 'step.retry',
              step_id: step.id,
              reason: info.reason,
              details: {
                attempt: info.attempt,
                delay_ms: info.delayMs,
                status: info.status ?? null,
                item: info.item,
              },
            });
          },
        });
        // A key the provider echoed (in the answer, a header, an error text) is gone before anything is written.
        const clean = redactSecrets(output, ctx.backend.secrets);
        if (clean.replaced > 0) {
          output = clean.value;
          journal.stepEvent(step, 'redacted', { secrets_replaced: clean.replaced });
        }
        for (const model of modelsOf(output)) run.models.add(model);
      } else {
        output = runWriteText(stepInput, ctx.store);
      }
    } catch (err) {
      // Every step error is retryable with `awo retry` (a fixed symlink, a provider back up); only a deny is final.
      const reason = redactSecrets(messageOf(err), ctx.backend.secrets).value;
      journal.stepEvent(step, 'failed', { error: reason });
      journal.audit({ actor: 'system', event: 'step.failed', step_id: step.id, reason });
      return stop(run, ctx, 'failed', {
        kind: 'error',
        reason: `step "${step.id}" failed: ${reason}`,
        step_id: step.id,
      });
    }

    const outputRecord: StepOutputRecord = { step_id: step.id, op: step.op, input: stepInput, output };
    ctx.store.write(`outputs/${step.id}.json`, prettyJson(outputRecord), { atomic: false });
    const receipt = sealReceipt<StepReceipt>({
      kind: 'step',
      run_id: state.run_id,
      step_id: step.id,
      step_type: step.type ?? null,
      op: step.op,
      input_hash: digestObject(stepInput),
      output_hash: digestObject(output),
      decision_hash: decisionHash(decision),
      prev_receipt_hash: lastReceipt(state.receipts, run.genesis),
    });
    // A torn receipt does not verify and recovery ignores it (the step runs again), so no temp file + rename.
    ctx.store.write(`receipts/steps/${step.id}.json`, prettyJson(receipt), { atomic: false });
    auditStepCompleted(journal, step, receipt, ctx.actor, false);
    ctx.store.release(journal.stepLog(step.id));
    if (typeof output.text === 'string') run.texts.set(step.id, output.text);
  }
  return stop(run, ctx, 'completed', null);
}

/**
 * A gate already requested but not approved: only reachable when a stop was interrupted while it was being
 * sealed. A pending gate pauses again (never requested twice); a rejected one ends the run as rejected.
 */
function waitOrEnd(run: OpenRun, ctx: EngineContext, gate: GateRecord): RunOutcome {
  if (gate.status === 'rejected') {
    return stop(run, ctx, 'rejected', {
      kind: 'rejected',
      reason: `gate "${gate.gate_id}" rejected by ${gate.resolution?.actor ?? 'unknown'}`,
      step_id: gate.step_id,
    });
  }
  return stop(run, ctx, 'paused', null);
}

function requestGate(
  run: OpenRun,
  ctx: EngineContext,
  step: NormalisedStep,
  gateId: string,
  kind: GateRecord['kind'],
  reason: string,
): RunOutcome {
  const { journal } = run;
  const args = step.op === 'audit_gate' ? step.args : undefined;
  const opened = journal.now();
  const minutes = args?.deadline_minutes;
  const details = {
    kind,
    checklist: args?.checklist ?? null,
    environment: args?.environment ?? null,
    opened_at: opened,
    min_approvals: args?.min_approvals ?? 1,
    deadline: minutes ? new Date(Date.parse(opened) + minutes * 60_000).toISOString() : null,
    ...(ctx.gateContext ? { context: ctx.gateContext } : {}),
  };
  journal.stepEvent(step, 'gate', { gate_id: gateId, reason, ...details });
  journal.audit({
    actor: kind === 'flag' ? 'policy' : ctx.actor,
    event: 'gate.requested',
    step_id: step.id,
    gate_id: gateId,
    reason,
    evidence_ref: `audit/gates/${gateId}.json`,
    details,
  });
  writeGateFile(run, ctx.store, gateId);
  return stop(run, ctx, 'paused', null);
}

/** `audit/gates/<id>.json`: the gate's request, then its resolution, as the chain records them. */
export function writeGateFile(run: OpenRun, store: RunStore, gateId: string): void {
  const gate = run.journal.state.gates.filter((candidate) => candidate.gate_id === gateId).at(-1);
  if (gate) store.write(`audit/gates/${gateId}.json`, renderGateFile(gate));
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
      details: { status, ...(failure ? { failure } : {}), command: ctx.command, backend: ctx.backend.name },
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
    gate:
      state.gates.filter((gate) => gate.status === 'pending').at(-1) ??
      (state.status === 'paused' ? (state.gates.at(-1) ?? null) : null),
    failure: state.failure,
    workflowHash,
    decisions: state.steps
      .filter((step) => step.decision && step.decision.decision !== 'allow')
      .map((step) => ({ step_id: step.step_id, decision: step.decision as PolicyDecision })),
  };
}

export type { AuditLine };
