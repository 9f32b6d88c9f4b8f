import { MAX_ACTOR_LENGTH } from './actor-name.js';
import { AUDIT_EVENTS, isEngineTime, isStop, type AuditLine } from './audit-chain.js';
import { gateResolutionProblem, REPLAY_CHANNEL } from './gate-rules.js';
import { isDigest } from './hash.js';
import { REPORT_FORMAT } from './report.js';
import { isEngineActor, rerunByOf } from './self-approval.js';
import type { ChainFacts } from './run-journal.js';
import type { RunInput } from './run-plan.js';
import {
  EXTERNAL_OP,
  gateForStep,
  stepRecord,
  unapprovedExecution,
  type GateResolution,
  type RunState,
} from './run-state.js';

/**
 * The order the engine writes a run's lines in, and what it writes in a gate's request, checked line by
 * line as a trail is folded (by `awo verify` and by a session opened from its seal). The chain proves that
 * lines were not edited one by one; these rules prove that the trail is one the engine could have written
 * from the workflow the lock binds, so a rewritten trail whose hashes were all recomputed still cannot
 * skip a gate, run a step before the one before it, or ask a gate for fewer approvers than its step does.
 * - every line's event is one the engine writes, its time is in the engine clock's form, and its actor a
 *   name no longer than any face accepts, and not the engine's own on a line a person writes (the run's
 *   creation, a step's start, a gate's request other than a flag's);
 * - a workflow step starts only while the run is running, no gate is pending, and every earlier step has
 *   completed; its `policy.decision` line follows its `step.started` line, and nothing else does;
 * - a step completes only after it started, with a receipt, and as its policy decision and gates allow (not
 *   denied; flagged or an audit gate only once its gate is approved); a run completes only when every
 *   workflow step has; a rejected run, or one a policy denied, never changes status again;
 * - a gate's request records what its step asks for (`min_approvals`, deadline, environment, checklist),
 *   and an approval channel only in a run the action created in a GitHub Actions workflow run;
 * - a gate is resolved only while pending, with a receipt, and as the gate rules allow (`gateResolutionProblem`).
 */
export class TrailRules {
  /** Index of the first workflow step that has not completed. */
  private next = 0;
  /** The step whose `policy.decision` line must come next. */
  private deciding: string | undefined;
  /** The gate the run waits on (at most one; always the last requested). */
  private pending: string | undefined;
  /** The model the policy saw at each step's latest start (`step.started` `details.model`). */
  readonly policyModels = new Map<string, string>();

  constructor(
    private readonly input: RunInput,
    private readonly index: ReadonlyMap<string, number>,
  ) {}

  /** Why `line` cannot come next in a trail folded so far into `state` and `facts`; undefined when it can. */
  problem(state: RunState, facts: ChainFacts, line: AuditLine): string | undefined {
    // What report.md and every reader print of a line is only what the engine writes there.
    if (!AUDIT_EVENTS.has(line.event))
      return `records event ${JSON.stringify(line.event)}, which the engine never writes`;
    if (!isEngineTime(line.ts))
      return `records the time ${JSON.stringify(line.ts)}, which the engine's clock never writes`;
    // Every face refuses a longer name; folding one for the self-approval rule would cost seconds per line.
    // A resolution's actor may join several approvers, each checked as a decider (gate-rules.ts).
    if (
      line.event !== 'gate.resolved' &&
      (typeof line.actor !== 'string' || line.actor.length > MAX_ACTOR_LENGTH)
    )
      return `records an actor that is not a name of at most ${MAX_ACTOR_LENGTH} characters, which no session writes`;
    // Who re-ran the attempt is folded as an actor too (self-approval.ts), so it is held to the same bound.
    const rerunBy = rerunByOf(line);
    if (
      rerunBy !== undefined &&
      rerunBy !== null &&
      (typeof rerunBy !== 'string' || rerunBy.length > MAX_ACTOR_LENGTH)
    )
      return `records who re-ran the attempt as something other than a name of at most ${MAX_ACTOR_LENGTH} characters, which no session writes`;
    // Who created the run, started a step or requested a gate is "self" to its gates; the engine's own names
    // are not counted there, so they may stand only on what the engine writes itself (a flag gate's request).
    if (
      (line.event === 'run.created' ||
        line.event === 'step.started' ||
        (line.event === 'gate.requested' && line.details?.kind !== 'flag')) &&
      isEngineActor(line.actor)
    )
      return `records ${line.event} by ${JSON.stringify(line.actor)}, a name the engine writes only for its own actions`;
    const at = line.step_id === undefined ? undefined : this.index.get(line.step_id);
    if (this.deciding !== undefined) {
      // Written in one append with its start; only a torn write, which recovery drops and records, parts them.
      if (line.event === 'run.recovered') {
        this.deciding = undefined;
        return undefined;
      }
      if (line.event !== 'policy.decision' || line.step_id !== this.deciding)
        return `step "${this.deciding}" started without the policy decision that must follow its start`;
      this.deciding = undefined;
      return undefined;
    }
    switch (line.event) {
      case 'policy.decision':
        return `records a policy decision for step "${String(line.step_id)}" that does not follow its start`;
      case 'step.started': {
        if (state.status !== 'running')
          return `starts step "${String(line.step_id)}" in a ${state.status} run`;
        if (this.pending !== undefined)
          return `starts step "${String(line.step_id)}" while gate "${this.pending}" is pending`;
        if (at !== undefined && at !== this.next)
          return `starts step "${String(line.step_id)}" before step "${this.input.steps[this.next]?.id ?? '(none)'}" has completed`;
        const changed = this.approvedSubmissionChanged(state, facts, line);
        if (changed !== undefined) return changed;
        this.deciding = line.step_id;
        if (typeof line.details?.model === 'string')
          this.policyModels.set(line.step_id as string, line.details.model);
        return undefined;
      }
      case 'step.completed': {
        const record = line.step_id === undefined ? undefined : stepRecord(state, line.step_id, this.index);
        if (record?.status !== 'started' || (at !== undefined && at !== this.next))
          return `completes step "${String(line.step_id)}", which had not started in its turn`;
        // Its receipt is the commit point: without one, nothing of what the step did could be checked.
        if (!isDigest(line.details?.receipt_hash))
          return `completes step "${String(line.step_id)}" without a receipt`;
        // A denied step, a flagged one or an audit gate nobody approved never completes.
        const unapproved = unapprovedExecution(state, record);
        if (unapproved !== undefined) return `completes step "${String(line.step_id)}": ${unapproved}`;
        if (at !== undefined) this.next++;
        return undefined;
      }
      case 'run.status':
        return this.statusProblem(state, facts, line);
      case 'gate.requested': {
        const problem = this.requestProblem(state, facts, line);
        if (problem === undefined) this.pending = line.gate_id ?? '';
        return problem;
      }
      case 'gate.resolved': {
        const gate = state.gates.at(-1);
        if (this.pending === undefined || !gate || gate.gate_id !== line.gate_id || gate.status !== 'pending')
          return `resolves gate "${String(line.gate_id)}", which is not pending`;
        if (!isDigest(line.details?.receipt_hash))
          return `gate "${gate.gate_id}" is resolved without a receipt`;
        // Judged on the trail as it was when the gate was resolved: who had started the run and the step.
        const resolution = line.details?.resolution as GateResolution | undefined;
        const problem = gateResolutionProblem(this.input.policy.document, facts.actors, gate, resolution);
        if (problem === undefined) this.pending = undefined;
        return problem;
      }
      default:
        return undefined;
    }
  }

  /** A status line: the report form its stop rendered, and the moves no session makes. */
  private statusProblem(state: RunState, facts: ChainFacts, line: AuditLine): string | undefined {
    // A stop line names the report form its session rendered; verify renders that one.
    if (
      line.details?.report_format !== undefined &&
      (line.details.report_format !== REPORT_FORMAT || !isStop(line))
    )
      return `records report format ${JSON.stringify(line.details.report_format)}${isStop(line) ? '' : ' on a line that is not a stop'}, which no session writes`;
    // Nor does a report fall back to an older form once one was rendered: that would hide what it adds.
    if (isStop(line) && ((line.details?.report_format as number | undefined) ?? 1) < facts.reportFormat)
      return `records no report form after a stop that rendered form ${facts.reportFormat}: an older awo continued this run, so its report.md may leave out what form ${facts.reportFormat} shows`;
    // A rejection is final, and so is a policy deny: no session moves such a run on.
    if (
      line.details?.status !== state.status &&
      (state.status === 'rejected' || (state.status === 'failed' && state.failure?.kind === 'denied'))
    )
      return `moves a ${state.status === 'rejected' ? 'rejected' : 'denied'} run to ${String(line.details?.status)}, which no session does`;
    if (line.details?.status === 'completed' && this.next < this.input.steps.length)
      return `completes the run before step "${this.input.steps[this.next]?.id}" completed`;
    if (line.details?.status === 'completed') {
      // Nor while an external step reported over the API is not recorded (the engine refuses to go on).
      const open = state.steps.find((step) => step.op === EXTERNAL_OP && step.status === 'started');
      if (open) return `completes the run while external step "${open.step_id}" is not recorded`;
    }
    return undefined;
  }

  /**
   * An external step started again once its flag gate was approved records the submission the reviewer
   * approved: the type, input hash and output hash of its start before the gate (which the request carries).
   */
  private approvedSubmissionChanged(state: RunState, facts: ChainFacts, line: AuditLine): string | undefined {
    const id = line.step_id;
    if (id === undefined || line.details?.external !== true) return undefined;
    const approved = facts.externalStarts.get(id);
    if (!approved || gateForStep(state, id, 'flag')?.status !== 'approved') return undefined;
    const fields = ['type', 'input_hash', 'output_hash'] as const;
    const differs = fields.find((field) => (line.details?.[field] ?? null) !== (approved[field] ?? null));
    return differs === undefined
      ? undefined
      : `starts external step "${id}" with another ${differs} than the submission approved at gate "flag-${id}"`;
  }

  /** A gate's request against what the step that opens it asks for, and the run it is opened in. */
  private requestProblem(state: RunState, facts: ChainFacts, line: AuditLine): string | undefined {
    const details = line.details ?? {};
    const where = `gate "${String(line.gate_id)}"`;
    if (this.pending !== undefined) return `requests ${where} while gate "${this.pending}" is pending`;
    const context = details.context as { channel?: unknown } | null | undefined;
    const replayGate = typeof context === 'object' && context?.channel === REPLAY_CHANNEL;
    if (replayGate && this.input.backend.name !== 'replay')
      return `${where} records the replay channel, but the run was not created by awo replay (its backend is ${JSON.stringify(this.input.backend.name)})`;
    if (details.context !== undefined && !replayGate && !githubRun(facts))
      return `${where} records an approval channel, but the run was not created in a GitHub Actions workflow run`;
    if (details.opened_at !== undefined && !isEngineTime(details.opened_at))
      return `${where} records the opening time ${JSON.stringify(details.opened_at)}, which the engine's clock never writes`;
    const kind = details.kind ?? 'audit_gate';
    const step =
      line.step_id === undefined ? undefined : this.input.steps[this.index.get(line.step_id) ?? -1];
    if (kind === 'manual') return asks(where, details, { checklist: details.checklist ?? null });
    if (kind !== 'audit_gate' && kind !== 'flag') return `${where} records kind ${JSON.stringify(kind)}`;
    if (line.gate_id !== (kind === 'flag' ? `flag-${String(line.step_id)}` : line.step_id))
      return `${where} is not the ${kind} gate of step "${String(line.step_id)}"`;
    const record = line.step_id === undefined ? undefined : stepRecord(state, line.step_id, this.index);
    if (record?.status !== 'started') return `${where} is requested for a step that has not started`;
    if (kind === 'audit_gate' && step?.op !== 'audit_gate')
      return `${where} is an audit gate on a step that is not an audit_gate`;
    return asks(where, details, step?.op === 'audit_gate' ? step.args : {}, requestedOpened(line));
  }
}

/** True when the run was created in a GitHub Actions workflow run (its environment records one). */
function githubRun(facts: ChainFacts): boolean {
  const github = facts.environment.github;
  return typeof github === 'object' && github !== null;
}

/** When the request says the gate opened (`details.opened_at`, else the line's own time). */
function requestedOpened(line: AuditLine): string {
  return typeof line.details?.opened_at === 'string' ? line.details.opened_at : line.ts;
}

/** The request records what the step asks for: approvers, deadline, environment and checklist. */
function asks(
  where: string,
  details: Record<string, unknown>,
  args: { checklist?: unknown; environment?: string; min_approvals?: number; deadline_minutes?: number } = {},
  opened?: string,
): string | undefined {
  const minutes = args.deadline_minutes;
  const openedAt = opened === undefined ? NaN : Date.parse(opened);
  if (minutes && Number.isNaN(openedAt)) return `${where} records an opening time that is not one`;
  const expected = {
    min_approvals: args.min_approvals ?? 1,
    deadline: minutes ? new Date(openedAt + minutes * 60_000).toISOString() : null,
    environment: args.environment ?? null,
    checklist: args.checklist ?? null,
  };
  const recorded = {
    min_approvals: details.min_approvals ?? 1,
    deadline: details.deadline ?? null,
    environment: details.environment ?? null,
    checklist: details.checklist ?? null,
  };
  for (const key of ['min_approvals', 'deadline', 'environment', 'checklist'] as const)
    if (recorded[key] !== expected[key])
      return `${where} records ${key} ${JSON.stringify(recorded[key])}, but its step asks for ${JSON.stringify(expected[key])}`;
  return undefined;
}
