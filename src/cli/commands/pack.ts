import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Command } from '../command.js';
import { InputError, messageOf } from '../../core/errors.js';
import { checkManifest, MANIFEST_NAME } from '../../bundle/manifest.js';
import { packRun } from '../../bundle/pack.js';

const usage = `Usage: awo pack <run folder> [--out <dir>]

Packs a finished or paused run folder into awo-<run id>-<short sha>.tar.gz: one top folder, sorted
entries, fixed mtime, uid/gid 0, normalised modes. The same folder always gives the same bytes.
Prints the bundle's path, then its sha256:<hex> digest.

  --out <dir>   folder to write the bundle into (default: the current folder)`;

/** `awo pack <run folder>`: the deterministic evidence bundle (docs/format.md#evidence-bundle). */
export const command: Command = {
  name: 'pack',
  summary: 'Pack a run folder into a deterministic .tar.gz evidence bundle',
  usage,
  async run(args, io) {
    let runArg: string | undefined;
    let outArg: string | undefined;
    for (let i = 0; i < args.length; i++) {
      const arg = args[i];
      if (arg === '--help' || arg === '-h') return (io.out(usage), 0);
      if (arg === '--out' || arg === '-o') {
        outArg = args[++i];
        if (outArg === undefined) throw new InputError(`${arg} needs a folder\n\n${usage}`);
      } else if (arg.startsWith('--out=')) {
        outArg = arg.slice('--out='.length);
      } else if (arg.startsWith('-')) {
        throw new InputError(`unknown option ${arg}\n\n${usage}`);
      } else if (runArg === undefined) {
        runArg = arg;
      } else {
        throw new InputError(`unexpected argument ${arg}: pack takes one run folder\n\n${usage}`);
      }
    }
    if (runArg === undefined) throw new InputError(`missing the run folder\n\n${usage}`);
    const runDir = path.resolve(io.cwd, runArg);
    // A folder without a manifest is not a finished or paused run; a bundle of it could not be verified.
    if (fs.existsSync(runDir) && !fs.existsSync(path.join(runDir, MANIFEST_NAME))) {
      throw new InputError(`${runDir} has no ${MANIFEST_NAME}: only finished or paused runs can be packed`);
    }
    const bundle = await packRun(runDir, path.resolve(io.cwd, outArg ?? '.'));
    io.out(bundle.path);
    io.out(bundle.sha256);
    // The evidence is packed either way (it may be all there is); the reader is told now, not at verify time.
    // The check is the seal's manifest against the digests of the very bytes packed (one pass, no re-read):
    // a file changed since the stop shows here; the audit chain and receipts are `awo verify`'s to recompute.
    let problem: string | undefined;
    try {
      const manifest = checkManifest(runDir, bundle.fileDigests);
      if (!manifest.ok) problem = manifest.message ?? 'unknown mismatch';
    } catch (err) {
      problem = messageOf(err);
    }
    if (problem)
      io.err(`warning: the run folder does not verify (${problem}); \`awo verify\` will reject this bundle`);
    return 0;
  },
};
