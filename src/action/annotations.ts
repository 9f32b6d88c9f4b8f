import * as core from '@actions/core';
import type { RunOutcome } from '../core/engine.js';

/** A warning annotation per flagged step and an error annotation per denied step. */
export function annotate(outcome: Pick<RunOutcome, 'runId' | 'decisions'>): void {
  for (const { step_id, decision } of outcome.decisions) {
    // The reason already names the rule that decided (`<rule id>: <why>`).
    const message = `step "${step_id}" ${decision.decision === 'deny' ? 'denied' : 'flagged'} by policy ${decision.policy_id}: ${decision.reason}`;
    if (decision.decision === 'deny') core.error(message, { title: `AWO policy deny (${outcome.runId})` });
    else if (decision.decision === 'flag')
      core.warning(message, { title: `AWO policy flag (${outcome.runId})` });
  }
}
