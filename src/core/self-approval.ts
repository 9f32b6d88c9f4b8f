import type { AuditLine } from './audit-chain.js';
import { AwoError, InputError } from './errors.js';
import type { Policy } from './policy-schema.js';
import type { GateRecord } from './run-state.js';

/** Actors the engine writes on its own behalf: never a person, so no person may act under these names. */
export const ENGINE_ACTORS = new Set(['policy', 'system']);

/**
 * One person, however the name was typed: Unicode-normalised, invisible and combining characters removed
 * (format, control, default-ignorable, nonspacing marks), blanks trimmed and collapsed, case folded. `Alice`,
 * `alice `, `alice` + U+200B and `alice` + U+034F are the same reviewer. Look-alike letters from other scripts
 * (Cyrillic `а`) are not folded: that needs the Unicode confusables table.
 */
export function sameActor(name: string): string {
  return name
    .normalize('NFKC')
    .replace(/[\p{Cf}\p{Cc}\p{Mn}\p{Default_Ignorable_Code_Point}]/gu, '')
    .replace(/[\s\u2800]+/g, ' ')
    .trim()
    .toLowerCase();
}

/** Refuses a name the engine writes for itself (`system`, `policy`), in any spelling. */
export function checkActorName(name: string, where: string): void {
  if (ENGINE_ACTORS.has(sameActor(name)))
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
 * Who "self" is for a gate: the actor who created the run, whoever started the gated step, and whoever
 * requested the gate, each as `sameActor` spells them. Read from the audit trail, which records each of them. Pure.
 */
export function gateRequesters(lines: readonly AuditLine[], gate: GateRecord): Set<string> {
  const actors = new Set<string>();
  for (const line of lines) {
    const relevant =
      line.event === 'run.created' ||
      (line.event === 'gate.requested' && line.gate_id === gate.gate_id) ||
      (line.event === 'step.started' &&
        gate.step_id !== '' &&
        line.step_id === gate.step_id &&
        gate.kind !== 'manual');
    if (relevant && !ENGINE_ACTORS.has(line.actor)) actors.add(sameActor(line.actor));
  }
  return actors;
}

/**
 * Refuses an approval by one of the gate's requesters unless the policy sets `allow_self_approval: true`.
 * Rejections are always accepted: stopping one's own run needs no second pair of eyes.
 */
export function checkSelfApproval(
  policy: Policy,
  lines: readonly AuditLine[],
  gate: GateRecord,
  decision: 'approved' | 'rejected',
  actor: string,
): void {
  if (decision !== 'approved' || policy.allow_self_approval === true) return;
  if (gateRequesters(lines, gate).has(sameActor(actor))) {
    throw new SelfApprovalRefused(
      `${actor} cannot approve gate "${gate.gate_id}" of run ${lines[0]?.run_id ?? '?'}: they started the run or requested the gate, and policy ${policy.id} does not set allow_self_approval`,
    );
  }
}
