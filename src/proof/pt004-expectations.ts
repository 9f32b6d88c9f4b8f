import type { AuditLine, RunView } from './pt004-api-client.js';
import type { RunEvidence } from './pt004-evidence.js';
import type { TestName, TestRun } from './pt004-scenario.js';

/** One expectation of the directive, whether it held, and what shows it. */
export interface Expectation {
  test: TestName;
  id: string;
  text: string;
  met: boolean;
  evidence: string;
}

/** A spine step the expectations refer to. */
export interface SpineStep {
  id: string;
  type: string | null;
}

/** What the expectations of one test are checked against. */
export interface TestOutcome {
  run: TestRun;
  evidence: RunEvidence | null;
}

/** The directive's word for an API state: `completed` → `COMPLETED`. */
export const directiveStatus = (status: string | null | undefined): string =>
  status ? status.toUpperCase() : '(none)';

const steps = (view: RunView | null) => view?.steps ?? [];
const statusesOf = (view: RunView | null) =>
  steps(view)
    .map((s) => `${s.step_id} ${s.status}`)
    .join(', ') || '(no steps)';
const linesOf = (log: AuditLine[], event: string, stepId?: string) =>
  log.filter((line) => line.event === event && (stepId === undefined || line.step_id === stepId));
const seqs = (lines: AuditLine[]) => lines.map((line) => `#${line.seq}`).join(', ') || 'none';
const statusChanges = (log: AuditLine[]) =>
  linesOf(log, 'run.status').map((line) =>
    String((line.details as { status?: unknown } | undefined)?.status),
  );

function allCompleted(view: RunView | null, spine: SpineStep[]): boolean {
  const got = steps(view);
  return (
    got.length === spine.length &&
    spine.every((step, i) => got[i].step_id === step.id && got[i].status === 'completed')
  );
}

function completedInOrder(log: AuditLine[], spine: SpineStep[]): boolean {
  const done = linesOf(log, 'step.completed').map((line) => line.step_id);
  return done.length === spine.length && spine.every((step, i) => done[i] === step.id);
}

/** The step the directive's B and C act on: the spine's `decide` step. */
export function decideStep(spine: SpineStep[]): SpineStep {
  return spine.find((step) => step.type === 'decide') ?? spine[0];
}

/** Expectations every test shares: the API answered as documented, and the evidence verifies. */
function common(name: TestName, outcome: TestOutcome): Expectation[] {
  const { run, evidence } = outcome;
  const final = run.final;
  const folder = evidence?.folder;
  const receipt = evidence?.workflowReceipt ?? null;
  const chain = evidence?.chain ?? [];
  const linked = chain.every((r, i) => i === 0 || r.prev_receipt_hash === chain[i - 1].receipt_hash);
  return [
    {
      test: name,
      id: `${name}.api`,
      text: 'every request to the governance API answered as documented',
      met: run.aborted === null && final !== null,
      evidence:
        run.aborted ?? `run ${run.runId ?? '(none)'} created by ${run.creator}; read back by the observer`,
    },
    {
      test: name,
      id: `${name}.verify`,
      text: '`awo verify` passes on the run folder, sealed, with the status the API reports',
      met: folder?.ok === true && 'sealed' in folder && folder.sealed && folder.status === final?.status,
      evidence: !folder
        ? 'no run folder'
        : folder.ok && 'sealed' in folder
          ? `verified: ${folder.auditLines} audit lines, ${folder.receipts} receipts, status ${directiveStatus(folder.status)}${folder.sealed ? '' : ' (NOT sealed)'}`
          : `verification FAILED: ${folder.message ?? 'unknown mismatch'}`,
    },
    {
      test: name,
      id: `${name}.chain`,
      text: 'the receipt chain links every step_hash to the workflow_hash, and the workflow receipt seals the audit head',
      met:
        receipt !== null &&
        final !== null &&
        chain.length === receipt.receipts.length &&
        linked &&
        receipt.status === final.status &&
        receipt.audit_head === final.audit.head,
      evidence: receipt
        ? `${chain.length} receipt(s), each prev_receipt_hash = the previous receipt_hash: ${linked ? 'yes' : 'NO'}; workflow_hash ${receipt.workflow_hash}; audit_head ${receipt.audit_head === final?.audit.head ? '= ' : '≠ '}the API's audit head`
        : 'no receipts/workflow.json',
    },
    {
      test: name,
      id: `${name}.bundle`,
      text: 'the packed evidence bundle verifies against its SHA-256 (`awo verify <bundle> --sha256`)',
      met: evidence?.bundleVerdict?.ok === true,
      evidence: evidence?.bundle
        ? `${evidence.bundle.name} ${evidence.bundle.sha256}: ${evidence.bundleVerdict?.ok ? 'verified' : `FAILED: ${evidence.bundleVerdict?.message ?? 'not verified'}`}`
        : `not packed: ${evidence?.packProblem ?? 'no run folder'}`,
    },
  ];
}

function testA(outcome: TestOutcome, spine: SpineStep[]): Expectation[] {
  const final = outcome.run.final;
  const log = outcome.run.log;
  const decisions = steps(final).map((s) => s.decision?.decision ?? 'none');
  return [
    {
      test: 'A',
      id: 'A.completed',
      text: 'the run ends COMPLETED',
      met: final?.status === 'completed',
      evidence: `GET /workflows/runs/${outcome.run.runId ?? '?'} → status ${directiveStatus(final?.status)}`,
    },
    {
      test: 'A',
      id: 'A.steps',
      text: `all ${spine.length} steps (${spine.map((s) => s.type ?? s.id).join(' → ')}) completed, in order`,
      met: allCompleted(final, spine) && completedInOrder(log, spine),
      evidence: `${statusesOf(final)}; step.completed lines ${seqs(linesOf(log, 'step.completed'))}`,
    },
    {
      test: 'A',
      id: 'A.allow',
      text: 'the policy allowed every step',
      met: decisions.length === spine.length && decisions.every((d) => d === 'allow'),
      evidence: `decisions: ${decisions.join(', ') || 'none'}; policy.decision lines ${seqs(linesOf(log, 'policy.decision'))}`,
    },
    {
      test: 'A',
      id: 'A.no-gate',
      text: 'no gate was opened',
      met: final !== null && final.gates.length === 0 && linesOf(log, 'gate.requested').length === 0,
      evidence: `${final?.gates.length ?? 0} gate(s); gate.requested lines ${seqs(linesOf(log, 'gate.requested'))}`,
    },
  ];
}

function testB(outcome: TestOutcome, spine: SpineStep[], reviewer: string | null): Expectation[] {
  const { created, approved, final, log, creator } = outcome.run;
  const decide = decideStep(spine);
  const gate = created?.gate ?? null;
  const flagged = steps(created).find((s) => s.step_id === decide.id);
  const later = spine.slice(spine.indexOf(decide) + 1).map((s) => s.id);
  const laterStatuses = steps(created).filter((s) => later.includes(s.step_id));
  const resolved = approved?.gates.find((g) => g.gate_id === gate?.gate_id)?.resolution ?? null;
  const resolvedLine = linesOf(log, 'gate.resolved').find((line) => line.gate_id === gate?.gate_id);
  const requestedLine = linesOf(log, 'gate.requested').find((line) => line.gate_id === gate?.gate_id);
  const changes = statusChanges(log);
  return [
    {
      test: 'B',
      id: 'B.paused',
      text: `the create request answers PAUSED, with a pending gate on ${decide.id}`,
      met: created?.status === 'paused' && gate?.status === 'pending' && gate.step_id === decide.id,
      evidence: `POST /workflows/runs → status ${directiveStatus(created?.status)}, gate ${gate ? `${gate.gate_id} (${gate.kind}, ${gate.status}, step ${gate.step_id ?? '-'})` : 'none'}`,
    },
    {
      test: 'B',
      id: 'B.flag',
      text: `the gate comes from a policy flag on ${decide.id}, with reason, policy id, tier and rules triggered`,
      met:
        gate?.kind === 'flag' &&
        flagged?.decision?.decision === 'flag' &&
        flagged.decision.rules_triggered.length > 0 &&
        flagged.decision.reason !== '',
      evidence: flagged?.decision
        ? `${decide.id}: ${flagged.decision.decision} by ${flagged.decision.policy_id} (tier ${flagged.decision.tier}, rules ${flagged.decision.rules_triggered.join(', ') || 'none'}): ${flagged.decision.reason}`
        : `${decide.id}: no policy decision in the paused run`,
    },
    {
      test: 'B',
      id: 'B.held',
      text: `while PAUSED, ${decide.id} and every later step had not run`,
      met:
        created !== null &&
        flagged?.status !== 'completed' &&
        laterStatuses.every((s) => s.status === 'pending') &&
        flagged?.output_hash === null,
      evidence: `paused run: ${statusesOf(created)}`,
    },
    {
      test: 'B',
      id: 'B.approved',
      text: "the gate is approved over the API by a reviewer who is not the run's creator",
      met:
        resolved?.decision === 'approved' &&
        (reviewer === null || resolved.actor === reviewer) &&
        resolved.actor !== creator &&
        resolvedLine?.actor === resolved.actor,
      evidence: resolved
        ? `${gate?.gate_id ?? '?'}: ${resolved.decision} by ${resolved.actor} (creator ${creator}) via ${resolved.source} at ${resolved.at}; gate.resolved line ${resolvedLine ? `#${resolvedLine.seq}` : 'missing'}`
        : 'the gate was not resolved',
    },
    {
      test: 'B',
      id: 'B.completed',
      text: `after resume the run ends COMPLETED with all ${spine.length} steps completed, in order`,
      met: final?.status === 'completed' && allCompleted(final, spine) && completedInOrder(log, spine),
      evidence: `status ${directiveStatus(final?.status)}: ${statusesOf(final)}`,
    },
    {
      test: 'B',
      id: 'B.audit',
      text: 'the audit trail records the gate request, the approval and the run going PAUSED → RUNNING → COMPLETED',
      met:
        requestedLine !== undefined &&
        resolvedLine !== undefined &&
        requestedLine.seq < resolvedLine.seq &&
        changes.join(' ').includes('paused running completed'),
      evidence: `gate.requested ${requestedLine ? `#${requestedLine.seq}` : 'missing'}, gate.resolved ${resolvedLine ? `#${resolvedLine.seq}` : 'missing'}; run.status: ${changes.map(directiveStatus).join(' → ') || 'none'}`,
    },
  ];
}

function testC(outcome: TestOutcome, spine: SpineStep[]): Expectation[] {
  const { final, log } = outcome.run;
  const decide = decideStep(spine);
  const denied = steps(final).find((s) => s.step_id === decide.id);
  const later = spine.slice(spine.indexOf(decide) + 1).map((s) => s.id);
  const startedLater = linesOf(log, 'step.started').filter((line) => later.includes(line.step_id ?? ''));
  const deniedLine = linesOf(log, 'step.denied', decide.id)[0];
  return [
    {
      test: 'C',
      id: 'C.failed',
      text: `the run ends FAILED because the policy denied ${decide.id}`,
      met:
        final?.status === 'failed' && final.failure?.kind === 'denied' && final.failure.step_id === decide.id,
      evidence: `status ${directiveStatus(final?.status)}${final?.failure ? `, failure ${final.failure.kind} at ${final.failure.step_id ?? '-'}: ${final.failure.reason}` : ''}`,
    },
    {
      test: 'C',
      id: 'C.deny',
      text: 'the deny decision carries reason, policy id, tier and rules triggered',
      met:
        denied?.decision?.decision === 'deny' &&
        denied.decision.rules_triggered.length > 0 &&
        denied.decision.reason !== '',
      evidence: denied?.decision
        ? `${decide.id}: ${denied.decision.decision} by ${denied.decision.policy_id} (tier ${denied.decision.tier}, rules ${denied.decision.rules_triggered.join(', ') || 'none'}): ${denied.decision.reason}`
        : `${decide.id}: no policy decision`,
    },
    {
      test: 'C',
      id: 'C.no-further-step',
      text: `no step after ${decide.id} executed, and ${decide.id} itself produced nothing`,
      met:
        final !== null &&
        startedLater.length === 0 &&
        denied?.output_hash === null &&
        steps(final)
          .filter((s) => later.includes(s.step_id))
          .every((s) => s.status === 'skipped' || s.status === 'pending'),
      evidence: `${statusesOf(final)}; step.started lines for ${later.join(', ')}: ${seqs(startedLater)}`,
    },
    {
      test: 'C',
      id: 'C.audit',
      text: 'the denial is in the audit trail (step.denied with decision and reason)',
      met: deniedLine !== undefined && deniedLine.decision === 'deny' && (deniedLine.reason ?? '') !== '',
      evidence: deniedLine
        ? `#${deniedLine.seq} ${deniedLine.ts} ${deniedLine.actor} step.denied ${decide.id}: ${deniedLine.reason ?? ''}`
        : 'no step.denied line',
    },
  ];
}

/**
 * Every expectation of the directive for tests A, B and C, in the order the report lists them: for
 * each test what the API showed first, then that the evidence verifies.
 */
export function expectations(
  outcomes: Record<TestName, TestOutcome>,
  spine: SpineStep[],
  /** The reviewer's actor when the proof knows it (it wrote the tokens file); else any other person. */
  reviewer: string | null,
): Expectation[] {
  const withCommon = (name: TestName, own: Expectation[]) => {
    const [api, ...rest] = common(name, outcomes[name]);
    return [api, ...own, ...rest];
  };
  return [
    ...withCommon('A', testA(outcomes.A, spine)),
    ...withCommon('B', testB(outcomes.B, spine, reviewer)),
    ...withCommon('C', testC(outcomes.C, spine)),
  ];
}
