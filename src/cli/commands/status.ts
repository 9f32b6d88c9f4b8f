import { escapeForLine } from '../../core/actor-name.js';
import { selfApprovalGrant } from '../../core/self-approval.js';
import { currentGate, reportedSteps } from '../../core/run-state.js';
import { readRunState } from '../../store/run-reading.js';
import type { Command } from '../command.js';
import { onePositional, parse } from '../arguments.js';

const usage = `usage: awo status <run folder> [--json]

Prints the run's status, its pending gate and each step's state, as the run's last stop sealed them (read from
the sealed files, not re-derived from every audit line: \`awo verify\` checks that the folder still holds what
was sealed). Changes nothing.`;

export const command: Command = {
  name: 'status',
  summary: "show a run's status, gate and steps",
  usage,
  async run(args, io) {
    const { values, positionals } = parse(args, { json: { type: 'boolean' } }, usage);
    if (values.help) return (io.out(usage), 0);
    const { state } = await readRunState(onePositional(positionals, 'run folder', usage));
    const gate = currentGate(state);
    const steps = reportedSteps(state);
    if (values.json) {
      io.out(
        JSON.stringify(
          { run_id: state.run_id, status: state.status, failure: state.failure, gate: gate ?? null, steps },
          null,
          2,
        ),
      );
      return 0;
    }
    const lines = [
      `${state.run_id}: ${state.status}${state.failure ? ` (${escapeForLine(state.failure.reason)})` : ''}`,
    ];
    if (gate) {
      const r = gate.resolution;
      const grant = r ? selfApprovalGrant(r) : undefined;
      lines.push(
        `gate ${gate.gate_id} (step ${gate.step_id}): ${gate.status}${r ? ` by ${escapeForLine(r.actor)} at ${escapeForLine(r.at)}` : ''}${grant !== undefined ? ` (self-approval, allowed by ${escapeForLine(grant)})` : ''}`,
      );
    }
    for (const step of steps)
      lines.push(
        `  ${step.step_id.padEnd(24)} ${step.op.padEnd(11)} ${step.status.padEnd(9)} ${step.decision?.decision ?? ''}`,
      );
    // One write: a long run's listing is not ten thousand of them.
    io.out(lines.join('\n'));
    return 0;
  },
};
