import { actorNameProblem } from './actor-name.js';
import type { Policy } from './policy-schema.js';
import type { GateRecord, GateResolution } from './run-state.js';
import {
  approversOf,
  isEngineActor,
  sameActor,
  distinctActors,
  selfApprovalProblem,
  type RunActors,
} from './self-approval.js';

/** The channels a gate resolution can come from (docs/format.md, "Approval sources"). */
export const APPROVAL_SOURCES: ReadonlySet<string> = new Set([
  'github-environment',
  'github-comment',
  'github-dispatch',
  'cli',
  'api',
  'replay',
]);

/**
 * The channels that count several people towards one decision; every other records one person. `awo replay`
 * records the decision it replays with the people the original counted.
 */
const COUNTING_SOURCES: ReadonlySet<string> = new Set(['github-environment', 'github-comment', 'replay']);

/** The gate context of a gate `awo replay` opened: only there is a decision recorded with source `replay`. */
export const REPLAY_CHANNEL = 'replay';

const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/;

const DECISIONS: ReadonlySet<unknown> = new Set(['approved', 'rejected', 'timed_out']);

/** Why a resolution read from evidence is not in the form the engine writes, or undefined when it is. */
function formProblem(resolution: unknown): string | undefined {
  if (typeof resolution !== 'object' || resolution === null) return 'records no resolution';
  const { decision, actor, comment, at, source, details } = resolution as Record<string, unknown>;
  if (!DECISIONS.has(decision))
    return `records the decision ${JSON.stringify(decision)}, not approved, rejected or timed_out`;
  if (![actor, comment, at, source].every((field) => typeof field === 'string'))
    return 'records a resolution whose actor, comment, at and source are not all text';
  if (details !== undefined && (typeof details !== 'object' || details === null || Array.isArray(details)))
    return 'records resolution details that are not an object';
  return undefined;
}

/** Why `name` cannot have decided a gate, or undefined when it can. */
function deciderProblem(name: string): string | undefined {
  const hidden = actorNameProblem(name);
  if (hidden !== undefined) return hidden;
  if (sameActor(name) === '') return 'has no visible letters once normalised';
  if (isEngineActor(name)) return 'is the name the engine records its own actions under';
  return undefined;
}

/**
 * Why a gate resolution is not one the engine records, or undefined when it is. Refused:
 * - a source no approval channel writes, or a GitHub channel's on a gate the action did not open;
 * - a time that is not one, or an approval after the gate's deadline (recorded as `timed_out` instead);
 * - a decider whose name hides characters or is the engine's own;
 * - approvers that are not the ones the actor names, or several through a channel that records one person;
 * - a self-approval without a grant that holds (`selfApprovalProblem`);
 * - fewer distinct approvers than the gate's `min_approvals`.
 * The engine refuses such a decision before it writes anything; `awo verify` applies the same rules to every
 * resolution in the chain and to a gate receipt a crash left behind, so recovery never takes up one that the
 * engine would have refused.
 */
export function gateResolutionProblem(
  policy: Policy,
  actors: RunActors,
  gate: GateRecord,
  resolution: GateResolution | undefined,
): string | undefined {
  const where = `gate "${gate.gate_id}"`;
  const form = formProblem(resolution);
  if (form !== undefined || resolution === undefined) return `${where} ${form ?? 'records no resolution'}`;
  if (!APPROVAL_SOURCES.has(resolution.source))
    return `${where} records source ${JSON.stringify(resolution.source)}, which no approval channel writes (accepted: ${[...APPROVAL_SOURCES].join(', ')})`;
  if (resolution.source.startsWith('github-') && typeof gate.context?.channel !== 'string')
    return `${where} records source ${resolution.source}, but it was not opened by the action in a GitHub workflow run (its request records no approval channel)`;
  if (resolution.source === 'replay' && gate.context?.channel !== REPLAY_CHANNEL)
    return `${where} records source replay, but it was not opened by awo replay (its request records no replay channel)`;
  const at = Date.parse(resolution.at);
  // RFC 3339, as the engine's clock and GitHub's API write it: nothing else for a report to print.
  if (!RFC3339.test(resolution.at) || Number.isNaN(at))
    return `${where} records the time ${JSON.stringify(resolution.at)}, which is not an RFC 3339 timestamp`;
  if (resolution.decision === 'approved' && gate.deadline && at > Date.parse(gate.deadline))
    return `${where} was approved at ${resolution.at}, after its deadline ${gate.deadline}; a decision that late is recorded as timed_out`;
  const listed: unknown = resolution.details?.approvers;
  if (
    listed !== undefined &&
    !(
      Array.isArray(listed) &&
      listed.length > 0 &&
      listed.every((name) => typeof name === 'string') &&
      listed.join(', ') === resolution.actor
    )
  )
    return `${where} lists approvers ${JSON.stringify(listed)} that are not the ones its actor ${JSON.stringify(resolution.actor)} names`;
  if (Array.isArray(listed) && listed.length > 1 && !COUNTING_SOURCES.has(resolution.source))
    return `${where} lists several approvers through source ${resolution.source}, which records one person per decision (only ${[...COUNTING_SOURCES].join(' and ')} count several)`;
  const names = approversOf(resolution);
  // The one decision the engine takes itself: a gate nobody decided before its deadline.
  if (!(resolution.decision === 'timed_out' && resolution.actor === 'system'))
    for (const name of names) {
      const problem = deciderProblem(name);
      if (problem !== undefined) return `${where} is decided by ${JSON.stringify(name)}, which ${problem}`;
    }
  const self = selfApprovalProblem(policy, actors, gate, resolution);
  if (self !== undefined) return self;
  if (resolution.decision === 'approved') {
    const distinct = distinctActors(names);
    if (distinct < gate.min_approvals)
      return `${where} needs ${gate.min_approvals} distinct approvers, and its approval names ${distinct} (${names.join(', ')})`;
  }
  return undefined;
}
