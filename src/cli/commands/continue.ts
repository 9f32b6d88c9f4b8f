import { continueRun, recordedBackend } from '../../store/run-service.js';
import { requireRunFolder } from '../../store/run-folder.js';
import type { Command } from '../command.js';
import { onePositional, parse } from '../arguments.js';
import { actorOf, backendOf, backendOptions } from '../options.js';
import { printOutcome } from '../print-outcome.js';

function continueCommand(mode: 'resume' | 'retry', summary: string, detail: string): Command {
  const usage = `usage: awo ${mode} <run folder> [--backend NAME] [--model M] [--base-url URL] [--actor NAME]

${detail}
Steps that already have a receipt are never executed again. The backend defaults to the run's own.`;
  return {
    name: mode,
    summary,
    usage,
    async run(args, io) {
      const { values, positionals } = parse(args, backendOptions, usage);
      if (values.help) return (io.out(usage), 0);
      const runDir = onePositional(positionals, 'run folder', usage);
      const recorded = recordedBackend(requireRunFolder(runDir));
      // The run's recorded backend settings (name, model, endpoint) unless the options name others; the key
      // comes from the options or the environment, as it was never recorded.
      const backend = backendOf(
        {
          model: recorded?.model ?? undefined,
          'base-url': recorded?.base_url ?? undefined,
          ...values,
        },
        io,
        recorded?.name,
      );
      const outcome = await continueRun(runDir, mode, {
        backend,
        actor: actorOf(values, io),
        env: io.env,
        cwd: io.cwd,
      });
      return printOutcome(outcome, io);
    },
  };
}

export const resume = continueCommand(
  'resume',
  'continue a paused run after its gate was approved',
  'Continues a paused run whose gate was approved (or one that was interrupted), to the end or the next gate.',
);
export const retry = continueCommand(
  'retry',
  'continue a run that failed on an error',
  'Continues a run that failed on an error (not a policy deny) from the first step without a receipt.',
);
