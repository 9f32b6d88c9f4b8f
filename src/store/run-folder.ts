import * as fs from 'node:fs';
import * as path from 'node:path';
import { InputError, NotFoundError } from '../core/errors.js';
import { makeFolders } from './make-folders.js';

/** `run_YYYY-MM-DDTHH-MM-SSZ` in UTC (docs/format.md#run-folder). */
export function runIdFor(date: Date): string {
  return `run_${date.toISOString().slice(0, 19).replace(/:/g, '-')}Z`;
}

/** A run id as the engine makes them: `run_YYYY-MM-DDTHH-MM-SSZ` with an optional `-N`. */
export const RUN_ID = /^run_\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}Z(?:-\d{1,4})?$/;

/** Prefix of a run folder still being created: never a run folder, so never verified or resumed. */
export const CREATING_PREFIX = '.creating-';

/**
 * Reserves a new run id under `runsDir` and creates its folder under a hidden name (`.creating-<id>`);
 * `publishRunFolder` renames it into place once its first files are durable, so a crash during creation
 * never leaves a half-made run folder. A second run in the same second gets `-2`, `-3`, ...: `mkdir`
 * without `recursive` fails when the name is taken, so two processes never share one.
 */
export function createRunFolder(
  runsDir: string,
  date: Date,
): { runId: string; dir: string; creating: string } {
  const enclosing = enclosingRunFolder(path.resolve(runsDir));
  if (enclosing)
    throw new InputError(
      `the runs folder ${runsDir} ${enclosing === path.resolve(runsDir) ? 'is' : 'is inside'} the run folder ${enclosing}: a new run there would change that run's sealed evidence; give a runs folder outside it`,
    );
  try {
    makeFolders(runsDir);
  } catch (err) {
    throw new InputError(`cannot create runs folder ${runsDir}: ${(err as Error).message}`);
  }
  const base = runIdFor(date);
  for (let n = 1; n < 10_000; n++) {
    const runId = n === 1 ? base : `${base}-${n}`;
    const dir = path.join(runsDir, runId);
    const creating = path.join(runsDir, CREATING_PREFIX + runId);
    if (fs.existsSync(dir)) continue;
    try {
      fs.mkdirSync(creating);
      return { runId, dir, creating };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST')
        throw new InputError(`cannot create run folder ${dir}: ${(err as Error).message}`);
    }
  }
  throw new InputError(`too many runs in ${runsDir} within one second`);
}

/** The run folder that holds `dir` (or is `dir`), if any. */
function enclosingRunFolder(dir: string): string | undefined {
  for (let at = dir; ; at = path.dirname(at)) {
    if (fs.existsSync(path.join(at, 'input.json')) && fs.existsSync(path.join(at, 'lock.snapshot.json')))
      return at;
    if (path.dirname(at) === at) return undefined;
  }
}

/** Moves a created run folder into place (atomic rename) and makes the rename durable. */
export function publishRunFolder(folder: { dir: string; creating: string }): void {
  fs.renameSync(folder.creating, folder.dir);
  const parent = fs.openSync(path.dirname(folder.dir), 'r');
  try {
    fs.fsyncSync(parent);
  } finally {
    fs.closeSync(parent);
  }
}

/** Checks that a path is a run folder before any command opens it. */
export function requireRunFolder(dir: string): string {
  let resolved: string;
  let stat: fs.Stats;
  try {
    // The real path: a session through a symbolic link works on (and seals) the folder itself.
    resolved = fs.realpathSync(path.resolve(dir));
    stat = fs.statSync(resolved);
  } catch {
    throw new NotFoundError(`no run folder at ${dir}`);
  }
  if (!stat.isDirectory())
    throw new NotFoundError(`${dir} is not a folder; give a run folder (runs/run_...)`);
  if (
    !fs.existsSync(path.join(resolved, 'input.json')) ||
    !fs.existsSync(path.join(resolved, 'lock.snapshot.json'))
  ) {
    throw new NotFoundError(`${dir} is not a run folder: input.json or lock.snapshot.json is missing`);
  }
  return resolved;
}
