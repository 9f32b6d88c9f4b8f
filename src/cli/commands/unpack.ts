import * as path from 'node:path';
import type { Command } from '../command.js';
import { InputError } from '../../core/errors.js';
import { DEFAULT_MAX_BYTES, unpackBundle } from '../../bundle/safe-extract.js';

const usage = `Usage: awo unpack <bundle.tar.gz> [dir] [--sha256 <expected>] [--max-bytes <n>]

Safely extracts an evidence bundle into [dir] (default: the current folder) as <dir>/<run id>/.
Refuses absolute paths, "..", links, devices, duplicate entries, entries outside the one top folder
and output beyond --max-bytes (default ${DEFAULT_MAX_BYTES}); on refusal nothing is left behind, nor when
interrupted (Ctrl-C exits 130, SIGTERM 143).
Prints the run folder's path, then the bundle's sha256:<hex> digest.

  --sha256 <expected>  check the bundle's digest before reading anything inside it
  --max-bytes <n>      refuse bundles that expand beyond n bytes`;

/** `awo unpack <bundle> [dir]`: safe extraction of an evidence bundle. */
export const command: Command = {
  name: 'unpack',
  summary: 'Safely extract an evidence bundle (.tar.gz) into a folder',
  usage,
  async run(args, io) {
    const positional: string[] = [];
    let expectedSha256: string | undefined;
    let maxBytes: number | undefined;
    for (let i = 0; i < args.length; i++) {
      const arg = args[i];
      if (arg === '--help' || arg === '-h') return (io.out(usage), 0);
      const [flag, inline] =
        arg.startsWith('--') && arg.includes('=') ? arg.split(/=(.*)/s, 2) : [arg, undefined];
      if (flag === '--sha256' || flag === '--max-bytes') {
        const value = inline ?? args[++i];
        if (value === undefined) throw new InputError(`${flag} needs a value\n\n${usage}`);
        if (flag === '--sha256') expectedSha256 = value;
        else {
          maxBytes = Number(value);
          if (!Number.isSafeInteger(maxBytes) || maxBytes <= 0) {
            throw new InputError(`--max-bytes must be a positive whole number, found "${value}"`);
          }
        }
      } else if (arg.startsWith('-')) {
        throw new InputError(`unknown option ${arg}\n\n${usage}`);
      } else {
        positional.push(arg);
      }
    }
    if (positional.length === 0) throw new InputError(`missing the bundle\n\n${usage}`);
    if (positional.length > 2) throw new InputError(`too many arguments\n\n${usage}`);
    const [bundle, dir = '.'] = positional;
    const result = await unpackBundle(path.resolve(io.cwd, bundle), path.resolve(io.cwd, dir), {
      expectedSha256,
      maxBytes,
    });
    io.out(result.runDir);
    io.out(result.sha256);
    return 0;
  },
};
