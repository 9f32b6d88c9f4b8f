import * as fs from 'node:fs';
import * as path from 'node:path';
import { InputError } from '../core/errors.js';
import { HttpProblem } from './problem.js';

/**
 * The folder workflow and policy files may be read from. A path given over the API is resolved against it
 * and its real path (symlinks followed) must stay inside it: `../`, absolute paths and links that lead out are refused.
 */
export class AllowedFolder {
  readonly root: string;

  constructor(dir: string) {
    try {
      this.root = fs.realpathSync(dir);
    } catch (err) {
      throw new InputError(`cannot use workflows folder ${dir}: ${(err as Error).message}`);
    }
  }

  /** The real path of `rel` (relative to `base`, default the root), refused unless it is a file inside the folder. */
  resolve(rel: string, what: string, base = this.root): string {
    const candidate = path.resolve(base, rel);
    let real: string;
    try {
      real = fs.realpathSync(candidate);
    } catch {
      // Say nothing about what exists outside the folder.
      if (!this.contains(candidate)) throw outside(rel, what);
      throw new HttpProblem(400, 'INPUT_INVALID', `${what} ${rel} does not exist in the workflows folder`, [
        { detail: `${what} ${rel}: no such file` },
      ]);
    }
    if (!this.contains(real)) throw outside(rel, what);
    if (!fs.statSync(real).isFile())
      throw new HttpProblem(400, 'INPUT_INVALID', `${what} ${rel} is not a file`);
    return real;
  }

  /** `rel` as it reads inside the folder, for messages and `input.json`'s source. */
  relative(real: string): string {
    return path.relative(this.root, real).split(path.sep).join('/');
  }

  private contains(file: string): boolean {
    const rel = path.relative(this.root, file);
    return rel !== '' && rel !== '..' && !rel.startsWith(`..${path.sep}`) && !path.isAbsolute(rel);
  }
}

function outside(rel: string, what: string): HttpProblem {
  return new HttpProblem(
    403,
    'PATH_OUTSIDE_ALLOWED_FOLDER',
    `${what} ${rel} is outside the workflows folder the server may read`,
  );
}
