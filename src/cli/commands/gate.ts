import * as path from 'node:path';
import { InputError } from '../../core/errors.js';
import { checkActorName } from '../../core/self-approval.js';
import { checkActorText, MAX_COMMENT_LENGTH } from '../../core/actor-name.js';
import { decideGate } from '../../store/run-service.js';
import type { Command } from '../command.js';
import { onePositional, parse } from '../arguments.js';
import { printOutcome } from '../print-outcome.js';

function gateCommand(verb: 'approve' | 'reject'): Command {
  const usage = `usage: awo ${verb} <run folder> --actor NAME [--comment TEXT]

${verb === 'approve' ? 'Approves' : 'Rejects'} the pending gate of a paused run and records who decided, in the audit trail and a gate receipt.
${verb === 'approve' ? 'Then `awo resume <run folder>` continues the run.' : 'A rejected run ends with status rejected.'}`;
  return {
    name: verb,
    summary: `${verb} the pending gate of a paused run`,
    usage,
    async run(args, io) {
      const { values, positionals } = parse(
        args,
        { actor: { type: 'string' }, comment: { type: 'string' } },
        usage,
      );
      if (values.help) return (io.out(usage), 0);
      const runDir = onePositional(positionals, 'run folder', usage);
      if (!values.actor || values.actor.trim() === '')
        throw new InputError(`--actor NAME is required: the audit trail records who ${verb}d\n${usage}`);
      checkActorText(values.actor, '--actor');
      checkActorName(values.actor, '--actor');
      if (values.comment !== undefined && values.comment.length > MAX_COMMENT_LENGTH)
        throw new InputError(
          `--comment is ${values.comment.length} characters long; a comment may have at most ${MAX_COMMENT_LENGTH}`,
        );
      const outcome = await decideGate(
        runDir,
        {
          decision: verb === 'approve' ? 'approved' : 'rejected',
          actor: values.actor,
          comment: values.comment ?? '',
          source: 'cli',
        },
        {
          backend: {
            name: 'none',
            generate: () => Promise.reject(new Error('no model calls while deciding a gate')),
          },
          actor: values.actor,
          env: io.env,
          cwd: io.cwd,
        },
      );
      if (verb === 'approve') {
        io.err(`approved gate ${outcome.gate?.gate_id ?? '?'} as ${values.actor}`);
        io.out(path.relative(io.cwd, outcome.runDir) || '.');
        return 0;
      }
      // Says `rejected: gate "<id>" rejected by <actor>: <comment>`.
      return printOutcome(outcome, io);
    },
  };
}

export const approve = gateCommand('approve');
export const reject = gateCommand('reject');
