import * as path from 'node:path';
import type { RunOutcome } from '../core/engine.js';
import type { CliIo } from './command.js';

/** Prints where the run folder is and what state it is in, in words a person can act on. */
export function printOutcome(outcome: RunOutcome, io: CliIo): number {
  const dir = path.relative(io.cwd, outcome.runDir) || '.';
  io.out(dir);
  for (const { step_id, decision } of outcome.decisions) {
    if (decision.decision === 'flag')
      io.err(`warning: step ${step_id} flagged by policy ${decision.policy_id}: ${decision.reason}`);
    if (decision.decision === 'deny')
      io.err(`error: step ${step_id} denied by policy ${decision.policy_id}: ${decision.reason}`);
  }
  switch (outcome.status) {
    case 'completed':
      io.err(`completed: ${dir} (report: ${path.join(dir, 'report.md')})`);
      break;
    case 'paused': {
      const gate = outcome.gate;
      io.err(
        `paused for human review at gate ${gate?.gate_id ?? '?'} (step ${gate?.step_id ?? '?'})${gate?.status === 'approved' ? ', approved: run `awo resume ' + dir + '`' : ''}`,
      );
      if (gate?.status !== 'approved')
        io.err(`  approve: awo approve ${dir} --actor NAME [--comment TEXT], then: awo resume ${dir}`);
      break;
    }
    default:
      io.err(`${outcome.status}: ${outcome.failure?.reason ?? 'see report.md'}`);
  }
  return outcome.exitCode;
}
