import { rectifyConfusion } from 'unicode-confusables';
import { MAX_ACTOR_LENGTH } from './actor-name.js';
import type { AuditLine } from './audit-chain.js';
import { AwoError, InputError } from './errors.js';
import type { Policy } from './policy-schema.js';
import type { GateRecord, GateResolution } from './run-state.js';

/** Actors the engine writes on its own behalf: never a person, so no person may act under these names. */
export const ENGINE_ACTORS = new Set(['policy', 'system']);

const INVISIBLE = /[\p{Cf}\p{Cc}\p{Mn}\p{Default_Ignorable_Code_Point}]/gu;

/** Full Unicode case folding as far as a person's name needs it: `ẞ`/`ß` → `ss`, final `ς` → `σ`, `İ` → `i`. */
function caseFold(text: string): string {
  return text.toLowerCase().toUpperCase().toLowerCase().replace(/ς/g, 'σ');
}

/**
 * One person, however the name was typed: a comparison key, not a name to show. `Alice`, `alice `,
 * `alice` + U+200B, `аlice` with a Cyrillic `а`, `aliϲe` with a Greek lunate sigma and `aIice` with a
 * capital I give the same key:
 * 1. each letter that the Unicode confusables data (UTS #39) maps to one Latin letter or digit becomes that
 *    letter, as typed (NFD, before any other normalisation or case change: NFKC or case folding first, `ϲ`
 *    becomes `ς`, then `σ`, whose prototype is `o`, and Cherokee `Ꭺ` becomes `ꭺ`, not `A`);
 * 2. invisible and combining characters removed (format, control, default-ignorable, nonspacing marks),
 *    blanks removed; then NFKC, full case folding (`ẞ` → `ss`) and the skeleton of the rest,
 *    whose Latin-looking prototypes (small capitals, `ʍ`, `ĸ`) become Latin letters and take theirs;
 * 3. `i` and `l` taken as one letter: the data maps `I`, `1`, `|`, `ӏ` and `Ⅰ` to `l`, while case folding
 *    maps `I` to `i`, so a name typed in capitals or with a look-alike of either meets its lower case.
 * Merging more than a reader would is the safe side: at worst two people count as one approver.
 * This is one spelling's key: whether two names are one person is `sameActorAs` (every key, `actorKeys`).
 */
export function sameActor(name: string): string {
  let key = folded.get(name);
  if (key === undefined) {
    key = foldName(name);
    // A run has a handful of actors and a long trail: each name is folded once.
    if (folded.size > 10_000) folded.clear();
    folded.set(name, key);
  }
  return key;
}

const folded = new Map<string, string>();

/**
 * Every key a name may be compared by: `sameActor` of the name as typed, all in lower case and all in upper
 * case. Look-alike data is not closed under case (Greek `Ν` reads as `N`, its small `ν` as `v`; Cyrillic `Ь`
 * as `b`, `ь` as nothing Latin), so one key would let `Νίκος` approve what `νίκος` started, or a look-alike
 * slip through in the other case. Two names are one person when they share a key (`sameActorAs`).
 */
export function actorKeys(name: string): readonly string[] {
  let keys = keyed.get(name);
  if (keys === undefined) {
    keys = [...new Set([sameActor(name), sameActor(name.toLowerCase()), sameActor(name.toUpperCase())])];
    if (keyed.size > 10_000) keyed.clear();
    keyed.set(name, keys);
  }
  return keys;
}

const keyed = new Map<string, readonly string[]>();

/** True when two names are one person (they share a key: `actorKeys`). */
export function sameActorAs(a: string, b: string): boolean {
  const theirs = actorKeys(b);
  return actorKeys(a).some((key) => theirs.includes(key));
}

/** True when `keys` (filled by `addActor`) holds a key of `name`. */
export function hasActor(keys: ReadonlySet<string>, name: string): boolean {
  return actorKeys(name).some((key) => keys.has(key));
}

/** Adds every key of `name` to `keys`. */
export function addActor(keys: Set<string>, name: string): void {
  for (const key of actorKeys(name)) keys.add(key);
}

/** How many distinct people `names` are: a name counts unless it shares a key with one counted before. */
export function distinctActors(names: readonly string[]): number {
  const counted: string[] = [];
  for (const name of names) if (!counted.some((known) => sameActorAs(known, name))) counted.push(name);
  return counted.length;
}

const skeleton = (text: string) => rectifyConfusion(text.normalize('NFD')).normalize('NFD');
const clean = (text: string) =>
  text
    .replace(INVISIBLE, '')
    .replace(/[\s\u2800]+/g, ' ')
    .trim();

function foldName(name: string): string {
  let latin = '';
  for (const char of name.normalize('NFD')) {
    const prototype = rectifyConfusion(char);
    latin += /^[A-Za-z0-9]$/.test(prototype) ? prototype : char;
  }
  const prototypes = skeleton(caseFold(clean(latin).normalize('NFKC')));
  // The Latin-looking prototypes become Latin letters, whose own prototypes are then taken (`m` → `rn`).
  const latinised = prototypes.replace(/[^\p{ASCII}]/gu, (char) => LATIN_LOOKING[char] ?? char);
  // Blanks inside a name are dropped too: a hair or thin space shows as none (`ali ce` reads `alice`).
  return clean(skeleton(latinised)).replace(/ /g, '').replace(/i/g, 'l');
}

/**
 * Prototypes in the confusables data that are not Latin letters but read as one in a name: small capitals
 * (`ᴀʟɪᴄᴇ`), and where Cyrillic lower case lands (`т` → `ᴛ`, `м` → `ʍ`, `к` → `ĸ`, `п` → `π`, `є` → `ꞓ`).
 */
const LATIN_LOOKING: Record<string, string> = {
  ᴀ: 'a',
  ʙ: 'b',
  ᴅ: 'd',
  ᴇ: 'e',
  ꞓ: 'e',
  ꜰ: 'f',
  ɢ: 'g',
  ʜ: 'h',
  ᴊ: 'j',
  ĸ: 'k',
  ʟ: 'l',
  ʍ: 'm',
  ɴ: 'n',
  π: 'n',
  ᴘ: 'p',
  ꞯ: 'q',
  ʀ: 'r',
  ȷ: 'j',
  ᴛ: 't',
};

const ENGINE_KEYS = new Set([...ENGINE_ACTORS].flatMap(actorKeys));

/** True when a name is, in any spelling, one the engine records its own actions under. */
export function isEngineActor(name: string): boolean {
  return hasActor(ENGINE_KEYS, name);
}

/** Refuses a name the engine writes for itself (`system`, `policy`), in any spelling, and one that folds to nothing. */
export function checkActorName(name: string, where: string): void {
  if (sameActor(name) === '')
    throw new InputError(
      `${where} "${name}" has no visible letters once normalised; give a person's or a bot's name`,
    );
  if (isEngineActor(name))
    throw new InputError(
      `${where} "${name}" is the name the engine records its own actions under; give a person's or a bot's name`,
    );
}

/** An approval by someone who drove the run to the gate, refused because the policy does not allow it: nothing changes (exit 2). */
export class SelfApprovalRefused extends AwoError {
  constructor(message: string) {
    super('SELF_APPROVAL', message, 2);
  }
}

/**
 * Who drove a run to its gates, as the audit trail records them (each name as its `actorKeys`): the run's
 * creator, each gate's requester and each step's starters. Folded line by line (`noteActor`), so the
 * requesters of a gate are known as they were when it was resolved.
 */
export interface RunActors {
  /** Who created the run, and who re-ran a GitHub attempt that a session of it ran in. */
  created: Set<string>;
  gates: Map<string, Set<string>>;
  steps: Map<string, Set<string>>;
}

export function emptyActors(): RunActors {
  return { created: new Set(), gates: new Map(), steps: new Map() };
}

/**
 * Adds a person's name (not the engine's, not a missing one) to a set of actors. A name longer than any face
 * accepts (which trail rules refuse) is not folded: folding costs its length, on every line that holds it.
 */
function addPerson(set: Set<string>, actor: unknown): void {
  if (
    typeof actor === 'string' &&
    actor !== '' &&
    actor.length <= MAX_ACTOR_LENGTH &&
    !ENGINE_ACTORS.has(actor)
  )
    addActor(set, actor);
}

function add(map: Map<string, Set<string>>, key: string, actor: unknown): void {
  let set = map.get(key);
  if (!set) map.set(key, (set = new Set()));
  addPerson(set, actor);
}

/** A field of a record in a line's details, when both are there. */
export function field(record: unknown, name: string): unknown {
  return typeof record === 'object' && record !== null
    ? (record as Record<string, unknown>)[name]
    : undefined;
}

/**
 * Folds one audit line into the run's actors. Who started the GitHub attempt a line was written in
 * (`GITHUB_TRIGGERING_ACTOR`, a re-run: `rerunByOf`) set the run in motion as much as its actor; one recorded
 * on a session's first line is self to every gate after it, as the creator is.
 */
export function noteActor(actors: RunActors, line: AuditLine): void {
  const rerunBy = rerunByOf(line);
  if (line.event === 'run.created') {
    addPerson(actors.created, line.actor);
    addPerson(actors.created, rerunBy);
  } else if (line.event === 'run.status' && line.details?.status === 'running') {
    addPerson(actors.created, rerunBy);
  } else if (line.event === 'gate.requested' && line.gate_id) {
    add(actors.gates, line.gate_id, line.actor);
    add(actors.gates, line.gate_id, rerunBy);
  } else if (line.event === 'step.started' && line.step_id) add(actors.steps, line.step_id, line.actor);
}

/**
 * Who re-ran the GitHub attempt a line was written in, where a line records it: a run's creation in its
 * environment, a status line in its details, a gate the action opens in its context. Unchecked: trail rules
 * bound it, `noteActor` folds it.
 */
export function rerunByOf(line: AuditLine): unknown {
  if (line.event === 'run.created')
    return field(field(line.details?.environment, 'github'), 'triggering_actor');
  if (line.event === 'gate.requested') return field(line.details?.context, 'github_triggering_actor');
  if (line.event === 'run.status') return line.details?.triggering_actor;
  return undefined;
}

/**
 * Who "self" is for a gate: the actor who created the run, whoever started the gated step (not for a manual
 * gate, which names the next step only as where to continue), and whoever requested the gate.
 */
export function gateRequesters(actors: RunActors, gate: GateRecord): Set<string> {
  const out = new Set([...actors.created, ...(actors.gates.get(gate.gate_id) ?? [])]);
  if (gate.step_id !== '' && gate.kind !== 'manual')
    for (const actor of actors.steps.get(gate.step_id) ?? []) out.add(actor);
  return out;
}

/** The same from the audit lines (faces that judge a move before the engine opens the run for it). */
export function actorsOf(lines: readonly AuditLine[]): RunActors {
  const actors = emptyActors();
  for (const line of lines) noteActor(actors, line);
  return actors;
}

/** What a resolution records when a requester's approval stands: the override and what allowed it. */
export const SELF_APPROVAL_OVERRIDE = 'self_approval_override';

/** What allowed the self-approval a resolution records (`self_approval_allowed_by`), or undefined when none is. */
export function selfApprovalGrant(resolution: Pick<GateResolution, 'details'>): string | undefined {
  const details = resolution.details ?? {};
  return details[SELF_APPROVAL_OVERRIDE] === true ? String(details.self_approval_allowed_by) : undefined;
}

/**
 * What may allow a requester's approval (`details.self_approval_allowed_by`): the policy's
 * `allow_self_approval`, or the action's input `allow-self-approval`, which only its GitHub channels have.
 */
export const OVERRIDE_GRANTS = { policy: 'policy', actionInput: 'allow-self-approval' } as const;

/**
 * Who approved: `details.approvers` when a channel counted several people (its `actor` is their names joined
 * by ", "), else the actor.
 */
export function approversOf(resolution: Pick<GateResolution, 'actor' | 'details'>): string[] {
  const listed = resolution.details?.approvers;
  return Array.isArray(listed) ? listed.map(String) : [resolution.actor];
}

/**
 * Why a resolution breaks the self-approval rule, or undefined when it does not: an approval by one of the
 * gate's requesters stands only when it records the override (`details.self_approval_override: true`) and
 * what allowed it — the policy, only if it sets `allow_self_approval: true`, or the action's input, only on
 * a GitHub channel. Rejections always stand. The engine applies it before it writes a resolution; `awo
 * verify` applies it again to the chain.
 */
export function selfApprovalProblem(
  policy: Policy,
  actors: RunActors,
  gate: GateRecord,
  resolution: Pick<GateResolution, 'decision' | 'actor' | 'details' | 'source'>,
): string | undefined {
  if (resolution.decision !== 'approved') return undefined;
  const requesters = gateRequesters(actors, gate);
  const self = approversOf(resolution).find((name) => hasActor(requesters, name));
  if (self === undefined) return undefined;
  const details = resolution.details ?? {};
  if (details[SELF_APPROVAL_OVERRIDE] !== true)
    return `${self} approved gate "${gate.gate_id}" although they started the run or requested the gate, and no self-approval override is recorded`;
  const grant = details.self_approval_allowed_by;
  if (grant === OVERRIDE_GRANTS.policy)
    return policy.allow_self_approval === true
      ? undefined
      : `gate "${gate.gate_id}" records a self-approval allowed by policy ${policy.id}, which does not set allow_self_approval`;
  if (grant === OVERRIDE_GRANTS.actionInput)
    return resolution.source.startsWith('github-')
      ? undefined
      : `gate "${gate.gate_id}" records a self-approval allowed by the action's input allow-self-approval, but its source is ${resolution.source}, not one of the action's GitHub channels`;
  return `gate "${gate.gate_id}" records a self-approval override by ${self} without what allowed it (self_approval_allowed_by "${OVERRIDE_GRANTS.policy}" or "${OVERRIDE_GRANTS.actionInput}")`;
}

/**
 * Applies the rule when a resolution is written: a requester's approval is refused unless the face recorded
 * the override itself (the action's `allow-self-approval`) or the policy sets `allow_self_approval: true`,
 * in which case the override is recorded. Returns the details to add to the resolution, if any.
 */
export function allowSelfApproval(
  policy: Policy,
  actors: RunActors,
  gate: GateRecord,
  resolution: Pick<GateResolution, 'decision' | 'actor' | 'details' | 'source'>,
): Record<string, unknown> | undefined {
  if (!selfApprovalProblem(policy, actors, gate, resolution)) return undefined;
  if (policy.allow_self_approval === true)
    return { [SELF_APPROVAL_OVERRIDE]: true, self_approval_allowed_by: OVERRIDE_GRANTS.policy };
  throw new SelfApprovalRefused(
    `${resolution.actor} cannot approve gate "${gate.gate_id}": they started the run or requested the gate, and policy ${policy.id} does not set allow_self_approval`,
  );
}
