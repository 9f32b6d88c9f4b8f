import type { EngineContext, OpenRun } from './engine-context.js';
import { auditStepCompleted, beginSession, denyStep, recordStart } from './run-execute.js';
import { writeGateFile } from './run-gates.js';
import { stop } from './run-stop.js';
import { IllegalTransition } from './errors.js';
import { foldedName, windowsNameProblem } from './portable-names.js';
import { digestObject, prettyJson } from './hash.js';
import { evaluatePolicy, externalStepFacts, type ExternalStepShape, type PolicyDecision } from './policy.js';
import { lastReceipt, sealReceipt, type StepReceipt } from './receipts.js';
import { EXTERNAL_OP, gateForStep, stepRecord, type StepRecord } from './run-state.js';
import { checkExternalStep } from './run-transitions.js';
import type { StepOutputRecord } from './step-ops.js';

/** A step executed outside the engine, as its executor reports it. */
export interface ExternalStepReport {
  /** Unique in the run: not a workflow step id, not an external step recorded before. */
  id: string;
  /** Step type label (observe, decide, act, ...), matched by a policy rule's `step_type`. */
  type?: string;
  /** What the step was given; hashed as given. Its top-level fields are the policy's `params`. */
  input: Record<string, unknown>;
  /** What it produced; hashed as given. */
  output: Record<string, unknown>;
}

/**
 * What recording an external step did: the policy decision and the step's record. The run's state says the
 * rest (`allow`: it goes on, `running`; `flag`: paused at gate `flag-<id>`; `deny`: failed).
 */
export interface ExternalStepResult {
  decision: PolicyDecision;
  step: StepRecord;
}

/** Refuses a report the run cannot take (an id the workflow or an earlier report has, a run not running); nothing written. */
export function checkExternalReport(run: OpenRun, stepId: string): { resume: boolean } {
  const { journal } = run;
  const { state } = journal;
  if (journal.index.has(stepId)) {
    throw new IllegalTransition(
      `cannot record external step "${stepId}" in run ${state.run_id}: the workflow has a step with that id`,
    );
  }
  const existing = stepRecord(state, stepId, journal.index);
  if (existing && existing.status !== 'started') {
    throw new IllegalTransition(
      `cannot record external step "${stepId}" in run ${state.run_id}: it was already recorded (${existing.status})`,
    );
  }
  if (!existing) {
    refuseUnportableId(state.steps, stepId, state.run_id);
    // A file no step wrote where this one's output goes: written over, it would vanish from the evidence.
    if (journal.store.exists(`outputs/${stepId}.json`))
      throw new IllegalTransition(
        `cannot record external step "${stepId}" in run ${state.run_id}: outputs/${stepId}.json exists, though no step of the run wrote it`,
      );
  }
  return checkExternalStep(state, stepId);
}

/**
 * A new external step's id names `outputs/<id>.json` and its receipt: one that a macOS or Windows disk
 * would file as another step's (portable-names.ts) is refused.
 */
function refuseUnportableId(steps: readonly StepRecord[], stepId: string, runId: string): void {
  const folded = foldedName(stepId);
  const same = steps.find((record) => foldedName(record.step_id) === folded);
  const problem = same
    ? `it differs from step "${same.step_id}" only in letter case; macOS and Windows disks file them as one`
    : windowsNameProblem(stepId);
  if (problem)
    throw new IllegalTransition(`cannot record external step "${stepId}" in run ${runId}: ${problem}`);
}

/**
 * Records a step executed outside the engine (docs/format.md#states-and-exit-codes applies as to any step): the run's policy decides
 * first. `allow` writes `outputs/<id>.json` and a step receipt linked into the chain; `flag` keeps the
 * submission in `outputs/<id>.json` and opens gate `flag-<id>` (once approved, the same report again is
 * receipted); `deny` fails the run closed. The audit trail's `step.started` line marks the step external, so
 * `awo verify` can recompute its receipt without a workflow step behind it.
 */
export function recordExternalStep(
  run: OpenRun,
  ctx: EngineContext,
  report: ExternalStepReport,
): ExternalStepResult {
  const { journal, input } = run;
  const { state } = journal;
  const { resume } = checkExternalReport(run, report.id);
  const inputHash = digestObject(report.input);
  const outputHash = digestObject(report.output);
  const approved = gateForStep(state, report.id, 'flag')?.status === 'approved';
  const outputPath = `outputs/${report.id}.json`;
  if (approved) {
    // The reviewer approved one submission, as the chain recorded it when the gate opened (not as its file
    // reads now, which anyone who writes the folder may have changed); any other would slip past the review.
    const submitted = journal.facts.externalStarts.get(report.id);
    if (
      submitted?.type !== (report.type ?? null) ||
      submitted.input_hash !== inputHash ||
      submitted.output_hash !== outputHash
    ) {
      throw new IllegalTransition(
        `cannot record external step "${report.id}": its type, input or output differs from the submission approved at gate "flag-${report.id}"`,
      );
    }
  }
  if (resume) beginSession(run, ctx, 'resume', report.id);

  const step: ExternalStepShape = {
    id: report.id,
    op: EXTERNAL_OP,
    ...(report.type !== undefined ? { type: report.type } : {}),
  };
  const details = {
    op: EXTERNAL_OP,
    type: report.type ?? null,
    external: true,
    input_hash: inputHash,
    output_hash: outputHash,
  };
  const decision = evaluatePolicy(input.policy.document, externalStepFacts(step, report.input));
  recordStart(journal, ctx.actor, step, decision, { external: true }, details);
  const record = () => stepRecord(state, report.id, journal.index) as StepRecord;

  if (decision.decision === 'deny') {
    denyStep(run, ctx, step, decision);
    return { decision, step: record() };
  }

  const outputRecord: StepOutputRecord = {
    step_id: step.id,
    op: EXTERNAL_OP,
    input: report.input,
    output: report.output,
  };
  ctx.store.write(outputPath, prettyJson(outputRecord), { atomic: false });
  if (decision.decision === 'flag' && !approved) {
    const gateId = `flag-${step.id}`;
    const gateDetails = {
      kind: 'flag',
      checklist: null,
      environment: null,
      input_hash: inputHash,
      output_hash: outputHash,
    };
    journal.stepEvent(step, 'gate', { gate_id: gateId, reason: decision.reason, ...gateDetails });
    journal.audit({
      actor: 'policy',
      event: 'gate.requested',
      step_id: step.id,
      gate_id: gateId,
      reason: decision.reason,
      evidence_ref: `audit/gates/${gateId}.json`,
      details: gateDetails,
    });
    writeGateFile(run, ctx.store, gateId);
    stop(run, ctx, 'paused', null);
    return { decision, step: record() };
  }

  const receipt = sealReceipt<StepReceipt>({
    kind: 'step',
    run_id: state.run_id,
    step_id: step.id,
    step_type: report.type ?? null,
    op: EXTERNAL_OP,
    input_hash: inputHash,
    output_hash: outputHash,
    decision_hash: digestObject(decision),
    prev_receipt_hash: lastReceipt(state.receipts, run.genesis),
  });
  ctx.store.write(`receipts/steps/${step.id}.json`, prettyJson(receipt));
  auditStepCompleted(journal, step, receipt, ctx.actor, false);
  ctx.store.release(journal.stepLog(step.id));
  // The run goes on: no status change to seal, but the step must survive a crash once it is answered.
  ctx.store.commit();
  return { decision, step: record() };
}
