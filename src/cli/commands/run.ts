import { startRun } from '../../store/run-service.js';
import type { Command } from '../command.js';
import { onePositional, parse } from '../arguments.js';
import { actorOf, backendOf, backendOptions } from '../options.js';
import { printOutcome } from '../print-outcome.js';

const usage = `usage: awo run <workflow.json> [--backend echo|openai|azure-openai|anthropic|replay] [--model M] [--base-url URL]
               [--api-key KEY] [--replay-from RUN|BUNDLE] [--runs-dir runs] [--policy FILE] [--actor NAME]

Runs a workflow and writes a run folder under --runs-dir (default: runs). Prints the run folder.
Keys are better given as environment variables (OPENAI_API_KEY, AZURE_OPENAI_API_KEY, ANTHROPIC_API_KEY, AWO_API_KEY).
Exit codes: 0 completed, 78 paused for human review, 1 failed, 2 invalid input.`;

export const command: Command = {
  name: 'run',
  summary: 'run a workflow and write its run folder',
  usage,
  async run(args, io) {
    const { values, positionals } = parse(
      args,
      { ...backendOptions, 'runs-dir': { type: 'string' }, policy: { type: 'string' } },
      usage,
    );
    if (values.help) return (io.out(usage), 0);
    const workflowPath = onePositional(positionals, 'workflow file', usage);
    const runsDir = values['runs-dir'] ?? 'runs';
    const outcome = await startRun({
      workflowPath,
      runsDir,
      policyPath: values.policy,
      backend: backendOf(values, io, 'echo', runsDir),
      actor: actorOf(values, io),
      env: io.env,
      cwd: io.cwd,
    });
    return printOutcome(outcome, io);
  },
};
