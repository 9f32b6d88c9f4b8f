import { escapeForTerminal } from '../core/actor-name.js';
import { AwoError, messageOf } from '../core/errors.js';
import { TOOL_VERSION } from '../core/version.js';
import type { CliIo, Command } from './command.js';
import { commands } from './commands/index.js';

/** Only `awo --help` loads every command (for its summary); a command loads its own modules alone. */
async function usage(): Promise<string> {
  const summaries: string[] = [];
  // One at a time: the list is short, and loaders (Jest's among them) do not all take concurrent imports.
  for (const entry of commands) {
    const command = await entry.load();
    summaries.push(`  ${command.name.padEnd(9)} ${command.summary}`);
  }
  return [
    'usage: awo <command> [options]   (awo <command> --help for details)',
    '',
    ...summaries,
    '',
    'Global options: --help, --version, --debug (stack traces on errors).',
    'Exit codes: 0 completed, 78 paused for human review, 1 failed or rejected, 2 invalid input or usage.',
  ].join('\n');
}

/** The CLI's composition root and its one catch: user mistakes print one clear message, no stack trace. */
export async function main(argv: string[], terminal: CliIo): Promise<number> {
  // Names, comments, ids and messages come from files and requests: none may drive the terminal.
  const io: CliIo = {
    ...terminal,
    out: (line) => terminal.out(escapeForTerminal(line)),
    err: (line) => terminal.err(escapeForTerminal(line)),
  };
  const debug = argv.includes('--debug');
  const args = argv.filter((arg) => arg !== '--debug');
  // `awo help <command>` is `awo <command> --help`.
  if (args[0] === 'help' && args.length > 1) args.splice(0, 2, args[1], '--help');
  const [name, ...rest] = args;
  if (name === undefined) {
    io.err(await usage());
    return 2;
  }
  if (name === '--help' || name === '-h' || name === 'help') {
    io.out(await usage());
    return 0;
  }
  if (name === '--version' || name === '-v' || rest.includes('--version')) {
    io.out(TOOL_VERSION);
    return 0;
  }
  const entry = commands.find((candidate) => candidate.name === name);
  if (!entry) {
    io.err(`awo: unknown command "${name}"; commands: ${commands.map((c) => c.name).join(', ')}`);
    return 2;
  }
  try {
    const command: Command = await entry.load();
    return await command.run(rest, io);
  } catch (err) {
    if (err instanceof AwoError) {
      io.err(`awo ${name}: ${err.message}`);
      if (debug && err.stack) io.err(err.stack);
      return err.exitCode;
    }
    io.err(`awo ${name}: internal error: ${messageOf(err)}`);
    if (debug && err instanceof Error && err.stack) io.err(err.stack);
    else io.err('(run again with --debug for details)');
    return 1;
  }
}
