import { escapeForLine } from '../../core/actor-name.js';
import { pendingGate, reportedSteps } from '../../core/run-state.js';
import { readRunState } from '../../store/run-service.js';
import type { Command } from '../command.js';
import { onePositional, parse } from '../options.js';

const usage = `usage: awo status <run folder> [--json]

Prints the run's status, its pending gate and each step's state, as the audit trail records them. Changes nothing.`;

export const command: Command = {
  name: 'status',
  summary: "show a run's status, gate and steps",
  usage,
  run(args, io) {
    const { values, positionals } = parse(args, { json: { type: 'boolean' } }, usage);
    if (values.help) return Promise.resolve((io.out(usage), 0));
    const { state } = readRunState(onePositional(positionals, 'run folder', usage));
    const gate = pendingGate(state) ?? (state.status === 'paused' ? state.gates.at(-1) : undefined);
    const steps = reportedSteps(state);
    if (values.json) {
      io.out(
        JSON.stringify(
          { run_id: state.run_id, status: state.status, failure: state.failure, gate: gate ?? null, steps },
          null,
          2,
        ),
      );
      return Promise.resolve(0);
    }
    io.out(
      `${state.run_id}: ${state.status}${state.failure ? ` (${escapeForLine(state.failure.reason)})` : ''}`,
    );
    if (gate)
      io.out(
        `gate ${gate.gate_id} (step ${gate.step_id}): ${gate.status}${gate.resolution ? ` by ${escapeForLine(gate.resolution.actor)} at ${escapeForLine(gate.resolution.at)}` : ''}`,
      );
    for (const step of steps)
      io.out(
        `  ${step.step_id.padEnd(24)} ${step.op.padEnd(11)} ${step.status.padEnd(9)} ${step.decision?.decision ?? ''}`,
      );
    return Promise.resolve(0);
  },
};
