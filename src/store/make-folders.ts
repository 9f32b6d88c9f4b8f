import * as fs from 'node:fs';
import * as path from 'node:path';

/**
 * `mkdir -p`: creates a folder and any missing parents. Node's own `recursive: true` never returns on a
 * file system that answers ENOENT for a folder whose parent exists (`/proc/x` on Node 20); here a second
 * ENOENT, after the parent was made, is an error.
 */
export function makeFolders(dir: string, mode?: number): void {
  const target = path.resolve(dir);
  try {
    fs.mkdirSync(target, { mode });
    return;
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') {
      if (fs.statSync(target).isDirectory()) return;
      throw err;
    }
    if (code !== 'ENOENT' || path.dirname(target) === target) throw err;
  }
  makeFolders(path.dirname(target), mode);
  try {
    fs.mkdirSync(target, { mode });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST' || !fs.statSync(target).isDirectory()) throw err;
  }
}
