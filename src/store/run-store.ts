import { execFileSync } from 'node:child_process';
import { createHash, type Hash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { InputError, IntegrityError } from '../core/errors.js';
import { sha256Hex } from '../core/hash.js';
import { LEFTOVER_TEMP } from '../core/run-verify.js';
import type { RunStore } from '../core/ports.js';
import { writeManifest } from '../bundle/manifest.js';
import { sortBytewise } from '../bundle/run-tree.js';
import { lockRunFolder } from './run-lock.js';
import { makeFolders } from './make-folders.js';
import { MAX_RUN_FILE_BYTES, readInputFile } from './read-input-file.js';

/** Up to this many changed files, a commit fsyncs each through Node instead of starting `sync -f`. */
const FSYNC_ONE_BY_ONE = 256;

let syncfsWorks: boolean | undefined = process.platform === 'linux' ? undefined : false;

/** `sync -f DIR` (coreutils): syncfs(2) on the file system holding DIR. False where it is not available. */
function syncFileSystem(dir: string): boolean {
  if (syncfsWorks === false) return false;
  try {
    execFileSync('sync', ['-f', dir], { stdio: 'ignore', timeout: 120_000 });
    syncfsWorks = true;
  } catch {
    syncfsWorks = false;
  }
  return syncfsWorks;
}

/**
 * A run folder on the local disk. Whole-file writes are atomic (temp file + rename) so a crash never leaves
 * a torn receipt; appends go through cached descriptors; nothing is fsynced until `commit()`, the group
 * commit the engine calls at state transitions.
 */
export class FsRunStore implements RunStore {
  private readonly appendFds = new Map<string, number>();
  /** Digests of whole files this process wrote. */
  private readonly written = new Map<string, string>();
  /** Running hashes of the files this process appends to. */
  private readonly appended = new Map<string, Hash>();
  private readonly dirty = new Set<string>();
  private readonly madeDirs = new Set<string>();
  /** Artifact folders verified to be real folders, not links. */
  private readonly checkedDirs = new Set<string>();

  /** The seal the first change of this session removes (see `unsealOnFirstWrite`). */
  private seal: readonly string[] = [];

  constructor(readonly dir: string) {}

  unsealOnFirstWrite(files: readonly string[]): void {
    this.seal = files;
  }

  /** Removes the seal, durably, before the session's first change. */
  private unseal(): void {
    if (this.seal.length === 0) return;
    const files = this.seal;
    this.seal = [];
    for (const rel of files) {
      if (!this.exists(rel)) continue;
      this.remove(rel);
      this.dirty.add(rel);
    }
    this.commit();
  }

  private abs(rel: string): string {
    return path.join(this.dir, ...rel.split('/'));
  }

  private ensureDir(rel: string): void {
    const parent = rel.includes('/') ? rel.slice(0, rel.lastIndexOf('/')) : '';
    if (parent === '' || this.madeDirs.has(parent)) return;
    makeFolders(this.abs(parent));
    this.madeDirs.add(parent);
  }

  write(rel: string, data: string | Uint8Array, options: { atomic?: boolean } = {}): void {
    this.unseal();
    this.ensureDir(rel);
    const target = this.abs(rel);
    if (options.atomic === false) {
      fs.writeFileSync(target, data);
    } else {
      const temp = `${target}.tmp-${process.pid}`;
      fs.writeFileSync(temp, data);
      fs.renameSync(temp, target);
    }
    this.written.set(rel, sha256Hex(data));
    this.appended.delete(rel);
    this.dirty.add(rel);
  }

  append(rel: string, text: string): void {
    this.unseal();
    let fd = this.appendFds.get(rel);
    if (fd === undefined) {
      this.ensureDir(rel);
      fd = fs.openSync(this.abs(rel), 'a');
      this.appendFds.set(rel, fd);
      // The running hash covers the whole file, so it starts from what the file already holds (the audit
      // trail of a resumed run, a recovered step log rewritten without its torn line). One writer per run.
      if (!this.appended.has(rel)) {
        const held = fs.fstatSync(fd).size > 0 ? this.read(rel) : undefined;
        this.appended.set(rel, held ? createHash('sha256').update(held) : createHash('sha256'));
      }
    }
    fs.writeSync(fd, text);
    this.appended.get(rel)?.update(text);
    this.written.delete(rel);
    this.dirty.add(rel);
  }

  /** Releases the descriptor of an appended file (the engine calls it when a step's log is done). */
  release(rel: string): void {
    const fd = this.appendFds.get(rel);
    if (fd === undefined) return;
    // No fsync here: commit() makes released files durable together at the next state transition.
    fs.closeSync(fd);
    this.appendFds.delete(rel);
  }

  writeArtifact(rel: string, text: string): void {
    this.unseal();
    // Walk the path one component at a time with lstat: a symlinked folder or file is refused before any write.
    // Folders this process already checked (or made) are not checked again; the file itself always is.
    const parts = rel.split('/');
    let current = this.dir;
    for (let i = 0; i < parts.length; i++) {
      current = path.join(current, parts[i]);
      if (i < parts.length - 1 && this.checkedDirs.has(current)) continue;
      let stat: fs.Stats | undefined;
      try {
        stat = fs.lstatSync(current);
      } catch {
        stat = undefined;
      }
      const shown = parts.slice(0, i + 1).join('/');
      if (stat?.isSymbolicLink())
        throw new InputError(`refusing to write ${rel}: ${shown} is a symbolic link`);
      if (i < parts.length - 1) {
        if (!stat) fs.mkdirSync(current);
        else if (!stat.isDirectory())
          throw new InputError(`refusing to write ${rel}: ${shown} is not a folder`);
        this.checkedDirs.add(current);
      } else if (stat && !stat.isFile()) {
        throw new InputError(`refusing to write ${rel}: ${shown} exists and is not a regular file`);
      }
    }
    // A folder checked earlier may have been swapped for a link since: its real path must be where it was.
    const parent = path.dirname(current);
    if (fs.realpathSync.native(parent) !== path.join(this.realDir(), ...parts.slice(0, -1))) {
      throw new InputError(`refusing to write ${rel}: a folder on its path is a symbolic link`);
    }
    // O_NOFOLLOW closes the window between the check above and the open for the file itself.
    const fd = fs.openSync(
      current,
      fs.constants.O_WRONLY | fs.constants.O_CREAT | fs.constants.O_TRUNC | fs.constants.O_NOFOLLOW,
      0o644,
    );
    try {
      fs.writeSync(fd, text);
    } finally {
      fs.closeSync(fd);
    }
    this.written.set(rel, sha256Hex(text));
    this.appended.delete(rel);
    this.dirty.add(rel);
  }

  private realDirCache: string | undefined;

  private realDir(): string {
    this.realDirCache ??= fs.realpathSync.native(this.dir);
    return this.realDirCache;
  }

  read(rel: string): Uint8Array | undefined {
    const file = this.abs(rel);
    if (!fs.existsSync(file)) return undefined;
    // A FIFO or a device put into a run folder is refused by its type, never waited on.
    return readInputFile(file, 'run file', { maxBytes: MAX_RUN_FILE_BYTES, shownAs: rel });
  }

  exists(rel: string): boolean {
    return fs.existsSync(this.abs(rel));
  }

  remove(rel: string): void {
    // A leftover temporary file is not evidence: removing it changes nothing a seal describes.
    if (!LEFTOVER_TEMP.test(rel)) this.unseal();
    fs.rmSync(this.abs(rel), { force: true });
    this.written.delete(rel);
    this.appended.delete(rel);
  }

  list(): string[] {
    const out: string[] = [];
    const walk = (rel: string) => {
      for (const entry of fs.readdirSync(rel === '' ? this.dir : this.abs(rel), { withFileTypes: true })) {
        const child = rel === '' ? entry.name : `${rel}/${entry.name}`;
        if (entry.isDirectory()) walk(child);
        else if (entry.isFile()) out.push(child);
        else
          throw new IntegrityError(
            `${child} is ${entry.isSymbolicLink() ? 'a symbolic link' : 'not a regular file'}; a run folder holds only regular files and folders`,
            child,
          );
      }
    };
    walk('');
    return sortBytewise(out);
  }

  digest(rel: string): string {
    const known = this.written.get(rel) ?? this.appended.get(rel)?.copy().digest('hex');
    if (known) return known;
    const data = this.read(rel);
    if (data === undefined) throw new Error(`${rel} does not exist`);
    return sha256Hex(data);
  }

  knownDigest(rel: string): `sha256:${string}` | undefined {
    const hex = this.written.get(rel) ?? this.appended.get(rel)?.copy().digest('hex');
    return hex === undefined ? undefined : `sha256:${hex}`;
  }

  /** Known digests for the manifest writer, so files this process wrote are not read back. */
  knownDigests(): Map<string, string> {
    const out = new Map(this.written);
    for (const [rel, hash] of this.appended) out.set(rel, hash.copy().digest('hex'));
    return out;
  }

  commit(): void {
    if (this.dirty.size === 0) return;
    // A few files (a server request's step, a seal) are fsynced one by one through Node. Past that, one
    // syncfs(2) (coreutils `sync -f`, Node has no binding) flushes every file and folder written since the
    // last commit in a single journal commit; fsyncing tens of thousands of step files one by one costs
    // seconds for the same guarantee, against one process start per commit.
    if (this.dirty.size > FSYNC_ONE_BY_ONE && syncFileSystem(this.dir)) {
      this.dirty.clear();
      return;
    }
    const folders = new Set<string>();
    for (const rel of this.dirty) {
      const fd = this.appendFds.get(rel);
      if (fd !== undefined) {
        fs.fsyncSync(fd);
      } else {
        try {
          const handle = fs.openSync(this.abs(rel), 'r');
          fs.fsyncSync(handle);
          fs.closeSync(handle);
        } catch {
          // A file removed since it was written has nothing to make durable.
        }
      }
      folders.add(rel.includes('/') ? rel.slice(0, rel.lastIndexOf('/')) : '');
    }
    for (const folder of folders) {
      const handle = fs.openSync(folder === '' ? this.dir : this.abs(folder), 'r');
      fs.fsyncSync(handle);
      fs.closeSync(handle);
    }
    this.dirty.clear();
  }

  writeManifest(known?: ReadonlyMap<string, string>): void {
    writeManifest(this.dir, new Map([...(known ?? []), ...this.knownDigests()]));
    this.dirty.add('SHA256SUMS.txt');
    this.written.delete('SHA256SUMS.txt');
  }

  private unlock: (() => void) | undefined;

  /** Takes the folder for this session (see `lockRunFolder`); `close()` gives it back. */
  lock(command: string): this {
    this.unlock ??= lockRunFolder(this.dir, command);
    return this;
  }

  close(): void {
    for (const rel of [...this.appendFds.keys()]) this.release(rel);
    this.unlock?.();
    this.unlock = undefined;
  }
}
