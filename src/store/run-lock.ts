import { randomUUID } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { IllegalTransition, InputError, messageOf } from '../core/errors.js';
import { readInputFile } from './read-input-file.js';

/** Who holds a run folder. */
interface Holder {
  pid: number;
  host: string;
  command: string;
  since: string;
  token: string;
}

/** `.run_<id>.awo-lock`, beside the run folder: inside it, it would be a file no receipt lists. */
export function lockFileOf(runDir: string): string {
  return path.join(path.dirname(runDir), `.${path.basename(runDir)}.awo-lock`);
}

function readHolder(file: string): Holder | undefined {
  try {
    return JSON.parse(Buffer.from(readInputFile(file, 'lock file')).toString('utf8')) as Holder;
  } catch {
    return undefined;
  }
}

/** A holder on another machine (a shared disk) cannot be checked, so it counts as alive. */
function alive(holder: Holder): boolean {
  if (holder.host !== os.hostname()) return true;
  try {
    process.kill(holder.pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Who holds a run folder's lock, when another live process does (a CLI session writing to a run the server
 * also serves): described for a message; undefined when nobody, a process that is gone, or this one holds it.
 */
export function heldByAnother(runDir: string): string | undefined {
  const holder = readHolder(lockFileOf(runDir));
  if (!holder || !alive(holder) || (holder.pid === process.pid && holder.host === os.hostname()))
    return undefined;
  return `another awo session (${holder.command}, pid ${holder.pid} on ${holder.host}, since ${holder.since})`;
}

/**
 * Takes a run folder for one session that writes to it: a second session (two `awo resume` at once, an
 * approve while the server works on the run) would fork the audit chain and run steps twice. The lock file
 * appears whole (written aside, then hard-linked into place) and names its holder; one left by a process
 * that is gone is taken over. Returns the release.
 */
export function lockRunFolder(runDir: string, command: string): () => void {
  // Keyed on the real path: a symbolic link to the folder names the same run.
  return lockFile(lockFileOf(fs.realpathSync(runDir)), runDir, command);
}

/**
 * Takes the lock of a run folder about to appear (a new run renamed into place): its session holds the run
 * from the moment another process could see it.
 */
export function lockNewRunFolder(runDir: string, command: string): () => void {
  return lockFile(
    lockFileOf(path.join(fs.realpathSync(path.dirname(runDir)), path.basename(runDir))),
    runDir,
    command,
  );
}

function lockFile(file: string, runDir: string, command: string): () => void {
  const me: Holder = {
    pid: process.pid,
    host: os.hostname(),
    command,
    since: new Date().toISOString(),
    token: randomUUID(),
  };
  const aside = `${file}.${me.token}`;
  try {
    fs.writeFileSync(aside, JSON.stringify(me));
  } catch (err) {
    throw new InputError(`cannot lock run folder ${runDir}: ${messageOf(err)}`);
  }
  try {
    for (let attempt = 0; attempt < 2; attempt++) {
      try {
        fs.linkSync(aside, file);
        return () => {
          if (readHolder(file)?.token === me.token) fs.rmSync(file, { force: true });
        };
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      }
      if (fs.lstatSync(file, { throwIfNoEntry: false })?.isFile() === false)
        throw new IllegalTransition(
          `cannot lock run folder ${runDir}: ${file} is not a lock file (a folder or a link is in its place); remove it if no awo session is running`,
        );
      const holder = readHolder(file);
      if (holder && alive(holder))
        throw new IllegalTransition(
          `run folder ${runDir} is in use by another awo session (${holder.command}, pid ${holder.pid} on ${holder.host}, since ${holder.since}); wait for it to end, or remove ${file} if that process is gone`,
        );
      // Left by a session that died: nothing holds the folder. One process at a time takes it over, and
      // only if the lock is still the dead one it read (another may have taken it over meanwhile).
      takeOver(file, holder?.token);
    }
    throw new IllegalTransition(`run folder ${runDir} is in use by another awo session; try again`);
  } finally {
    fs.rmSync(aside, { force: true });
  }
}

/** How long a takeover may take before its own marker counts as left by a crash. */
const TAKEOVER_MS = 10_000;

/** Removes a dead holder's lock under an exclusive takeover marker; does nothing when another is taking over. */
function takeOver(file: string, deadToken: string | undefined): void {
  const marker = `${file}.takeover`;
  try {
    fs.writeFileSync(marker, String(process.pid), { flag: 'wx' });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    const found = fs.lstatSync(marker, { throwIfNoEntry: false });
    if (found && !found.isFile())
      throw new IllegalTransition(
        `${marker} is not a lock takeover marker (a folder or a link is in its place); remove it, then try again`,
      );
    const age = Date.now() - (found?.mtimeMs ?? Date.now());
    if (age > TAKEOVER_MS) fs.rmSync(marker, { force: true });
    return;
  }
  try {
    if (readHolder(file)?.token === deadToken) fs.rmSync(file, { force: true });
  } finally {
    fs.rmSync(marker, { force: true });
  }
}

/** Removes the lock of a session whose process is gone (a crash); true when there was one. */
export function removeStaleLock(runDir: string): boolean {
  const file = lockFileOf(runDir);
  if (!fs.existsSync(file)) return false;
  const holder = readHolder(file);
  if (holder && alive(holder)) return false;
  takeOver(file, holder?.token);
  return !fs.existsSync(file);
}
