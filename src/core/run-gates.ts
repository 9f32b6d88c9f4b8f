import { digestObject, prettyJson } from './hash.js';
import type { RunStore } from './ports.js';
import { lastReceipt, sealReceipt, resolutionOf, type GateReceipt } from './receipts.js';
import { RunJournal } from './run-journal.js';
import type { GateRecord, GateResolution, RunFailure } from './run-state.js';
import { checkDeadline, gateToResolve } from './run-transitions.js';
import { allowSelfApproval } from './self-approval.js';
import { gateResolutionProblem } from './gate-rules.js';
import { IllegalTransition } from './errors.js';
import { renderGateFile } from './stop-files.js';
import type { StepOutputRecord } from './step-ops.js';
import type { NormalisedStep } from './workflow-schema.js';
import type { EngineContext, OpenRun, RunOutcome } from './engine-context.js';
import { stop } from './run-stop.js';

export function auditGateResolution(
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
/**
 * The gate a decision resolves and the resolution its receipt records, or a refusal that changes nothing:
 * nothing to resolve or an approval past the deadline (`IllegalTransition`), a self-approval the policy
 * does not allow (`SelfApprovalRefused`), or any other resolution `awo verify` would not accept
 * (`gateResolutionProblem`). Faces judge a move with it before the session that records it opens the run.
 */
export function judgeGateDecision(
  run: OpenRun,
  decision: Omit<GateResolution, 'at'> & { at?: string },
): { gate: GateRecord; resolution: GateResolution } {
  const { state, facts } = run.journal;
  const policy = run.input.policy.document;
  const gate = gateToResolve(state, decision.decision === 'approved' ? 'approve' : 'reject');
  const at = decision.at ?? run.journal.now();
  checkDeadline(state, gate, decision.decision, at);
  // The same rules `awo verify` re-applies: a requester's approval stands only as a recorded override.
  const override = allowSelfApproval(policy, facts.actors, gate, decision);
  const details = decision.details || override ? { ...decision.details, ...override } : undefined;
  const resolution: GateResolution = { ...decision, at, ...(details ? { details } : {}) };
  const problem = gateResolutionProblem(policy, facts.actors, gate, resolution);
  if (problem === undefined) return { gate, resolution };
  const quorum =
    decision.decision === 'approved' &&
    gate.min_approvals > 1 &&
    (decision.source === 'cli' || decision.source === 'api')
      ? "; `awo approve` and the API record one approver per decision, so decide this gate through the action's comment or environment channel, or reject it"
      : '';
  throw new IllegalTransition(`cannot record this decision, nothing was changed: ${problem}${quorum}`);
}

/**
 * Approves or rejects the pending gate. The gate receipt is written first (the commit point), then the
 * audit line; a rejection ends the run. Refused as `judgeGateDecision` refuses.
 */
export function resolveGate(
  run: OpenRun,
  ctx: EngineContext,
  decision: Omit<GateResolution, 'at'> & { at?: string },
): RunOutcome {
  const { journal } = run;
  const { gate, resolution } = judgeGateDecision(run, decision);
  if (resolution.decision === 'approved') checkFlaggedSubmission(run, ctx.store, gate);
  const receipt = sealReceipt<GateReceipt>({
    kind: 'gate',
    run_id: journal.state.run_id,
    gate_id: gate.gate_id,
    step_id: gate.step_id,
    decision: resolution.decision,
    actor: resolution.actor,
    comment: resolution.comment,
    at: resolution.at,
    source: resolution.source,
    ...(resolution.details ? { details: resolution.details } : {}),
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
 * A reviewer of an external step's flag reads its submission in `outputs/<id>.json`: an approval stands only
 * while that file still holds the input and output the chain recorded when the gate opened.
 */
function checkFlaggedSubmission(run: OpenRun, store: RunStore, gate: GateRecord): void {
  const start = run.journal.facts.externalStarts.get(gate.step_id);
  if (gate.kind !== 'flag' || start === undefined) return;
  const file = `outputs/${gate.step_id}.json`;
  let held: Partial<StepOutputRecord> | undefined;
  try {
    held = JSON.parse(
      Buffer.from(store.read(file) ?? new Uint8Array()).toString('utf8'),
    ) as Partial<StepOutputRecord>;
  } catch {
    held = undefined;
  }
  if (
    held === undefined ||
    digestObject(held.input ?? null) !== start.input_hash ||
    digestObject(held.output ?? null) !== start.output_hash
  )
    throw new IllegalTransition(
      `cannot approve gate "${gate.gate_id}": ${file} no longer holds the submission the gate was opened for, so a reviewer may have read another; nothing was changed`,
    );
}

/**
 * A gate already requested but not approved: only reachable when a stop was interrupted while it was being
 * sealed. A pending gate pauses again (never requested twice); a rejected one ends the run as rejected.
 */
export function waitOrEnd(run: OpenRun, ctx: EngineContext, gate: GateRecord): RunOutcome {
  if (gate.status === 'rejected') {
    return stop(run, ctx, 'rejected', {
      kind: 'rejected',
      reason: `gate "${gate.gate_id}" rejected by ${gate.resolution?.actor ?? 'unknown'}`,
      step_id: gate.step_id,
    });
  }
  return stop(run, ctx, 'paused', null);
}

export function requestGate(
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
