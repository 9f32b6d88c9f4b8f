import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import { digestBytes } from '../core/hash.js';

const git = (args: string[], cwd: string) =>
  execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 10_000 });

/**
 * The repository's HEAD where the proof runs, with `-dirty` when tracked files differ from it (untracked
 * files do not count, as with `git describe --dirty`: the proof's own output folder is one). `unknown
 * (not a git repository)` outside git.
 */
export function gitHead(cwd: string): string {
  let head: string;
  try {
    head = git(['rev-parse', 'HEAD'], cwd).trim();
  } catch {
    return 'unknown (not a git repository)';
  }
  try {
    return git(['status', '--porcelain', '--untracked-files=no'], cwd).trim() === '' ? head : `${head}-dirty`;
  } catch {
    return `${head} (working tree state unknown)`;
  }
}

/** `sha256:<hex>` of the file that runs (the bundled `cli.js`), or a note saying why it is unknown. */
export function fileDigest(file: string): string {
  try {
    return digestBytes(fs.readFileSync(file));
  } catch (err) {
    return `unknown (${(err as Error).message})`;
  }
}
