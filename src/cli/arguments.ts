import { parseArgs, type ParseArgsConfig } from 'node:util';
import { InputError } from '../core/errors.js';

/*
 * A command's own arguments, parsed; no model, actor or backend knowledge here, so a command that needs none
 * (status, verify) loads none of it.
 */

/** Parses a subcommand's arguments; any mistake is an `InputError` (exit 2) that names the option. */
export function parse<T extends NonNullable<ParseArgsConfig['options']>>(
  args: string[],
  options: T,
  usage: string,
) {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      options: { ...options, help: { type: 'boolean', short: 'h' }, debug: { type: 'boolean' } },
      allowPositionals: true,
      strict: true,
    });
  } catch (err) {
    throw new InputError(`${(err as Error).message.split('\n')[0]}\n${usage}`);
  }
  // An empty value would quietly mean the default (or the current folder): say so instead.
  for (const [name, value] of Object.entries(parsed.values))
    if (typeof value === 'string' && value.trim() === '' && !MAY_BE_EMPTY.has(name))
      throw new InputError(`--${name} must not be empty\n${usage}`);
  return parsed;
}

/** Options whose empty value means something: no comment. */
const MAY_BE_EMPTY = new Set(['comment']);

/** Exactly one positional argument, or a usage error. */
export function onePositional(positionals: string[], what: string, usage: string): string {
  if (positionals.length !== 1) {
    throw new InputError(
      `${positionals.length === 0 ? `missing ${what}` : `unexpected arguments: ${positionals.slice(1).join(' ')}`}\n${usage}`,
    );
  }
  return positionals[0];
}
