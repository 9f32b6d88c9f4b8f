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

/**
 * Removes folders one made, deepest first, each only while it is empty: the first that cannot be removed
 * (something another process put there since) ends it, and its parents stay.
 */
export function removeEmptyFolders(deepestFirst: readonly string[]): void {
  for (const dir of deepestFirst) {
    try {
      fs.rmdirSync(dir);
    } catch {
      return;
    }
  }
}
