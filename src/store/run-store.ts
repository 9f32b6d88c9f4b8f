import { execFileSync } from 'node:child_process';
import { createHash, type Hash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { InputError, IntegrityError } from '../core/errors.js';
import { sha256Hex } from '../core/hash.js';
import { LEFTOVER_TEMP } from '../core/run-files.js';
import type { RunStore } from '../core/ports.js';
import { MANIFEST_NAME, writeManifest } from '../bundle/manifest.js';
import { foldersHolding, listRunTree } from '../bundle/run-tree.js';
import { sortBytewise } from '../core/bytewise-order.js';
import { lockNewRunFolder, lockRunFolder } from './run-lock.js';
import { makeFolders, removeEmptyFolders } from './make-folders.js';
import { MAX_RUN_FILE_BYTES, readFilePart, readInputFileIfPresent } from './read-input-file.js';

/**
 * A file of the run that another name shares (a hard link): written, it would change that name's file too,
 * one outside the folder included. Refused, whatever the seal says.
 */
function sharedFile(rel: string, links: number): IntegrityError {
  return new IntegrityError(
    `refusing to write ${rel}: it has ${links} hard links, so writing it would change a file outside the run too; a run folder's files are its own (copy the folder, do not link it)`,
    rel,
  );
}

/** A link, a folder, a FIFO or a device where the run keeps a file it appends to. */
function notAFile(rel: string): IntegrityError {
  return new IntegrityError(`refusing to write ${rel}: it is not a regular file of the run`, rel);
}

/**
 * Opens an existing file of the run to write (`flags` beside O_WRONLY), never through a link and never
 * waiting (O_NONBLOCK: a FIFO in its place is ENXIO), and only when it is a regular file with no other hard
 * link. Its descriptor and size; `refuse` makes the error for anything but a regular file (`link`: a link).
 */
function openOwnExisting(
  file: string,
  rel: string,
  flags: number,
  refuse: (link: boolean) => Error,
): { fd: number; size: number } {
  const { O_WRONLY, O_NOFOLLOW, O_NONBLOCK } = fs.constants;
  let fd: number;
  try {
    fd = fs.openSync(file, O_WRONLY | O_NOFOLLOW | O_NONBLOCK | flags, 0o644);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ELOOP' || code === 'EISDIR' || code === 'ENXIO') throw refuse(code === 'ELOOP');
    throw err;
  }
  const stat = fs.fstatSync(fd);
  if (!stat.isFile() || stat.nlink > 1) {
    fs.closeSync(fd);
    throw stat.isFile() ? sharedFile(rel, stat.nlink) : refuse(false);
  }
  return { fd, size: stat.size };
}

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

/** Appended text up to this size is kept as text and hashed in one call; past it, a running hash takes over. */
const KEEP_APPENDED = 64 * 1024;

/**
 * The digest of a file this process appends to, covering the whole file. A step log (a few hundred bytes,
 * one per step) is kept as its text and hashed when asked, without a Hash object per file; a large file
 * (the audit trail) feeds a running hash.
 */
class AppendedDigest {
  private text = '';
  private hash: Hash | undefined;

  constructor(held?: Uint8Array) {
    if (held && held.length > 0) this.hash = createHash('sha256').update(held);
  }

  update(text: string): void {
    if (this.hash) {
      this.hash.update(text);
      return;
    }
    this.text += text;
    if (this.text.length > KEEP_APPENDED) {
      this.hash = createHash('sha256').update(this.text);
      this.text = '';
    }
  }

  hex(): string {
    return this.hash ? this.hash.copy().digest('hex') : sha256Hex(this.text);
  }
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
  /** Digests of the files this process appends to. */
  private readonly appended = new Map<string, AppendedDigest>();
  /** Bytes a session read of a file it will append to (see `keepForAppend`). */
  private readonly kept = new Map<string, Uint8Array>();
  private readonly dirty = new Set<string>();
  private readonly madeDirs = new Set<string>();
  /** Artifact folders verified to be real folders, not links. */
  private readonly checkedDirs = new Set<string>();

  /** The seal the first change of this session removes (see `unsealOnFirstWrite`). */
  private seal: readonly string[] = [];

  /**
   * @param folder the run folder.
   * @param made true when this session just made the folder (empty, with `mkdir`): its listing then starts
   *   empty and follows this store's writes, so a file another process drops in is never sealed as evidence
   *   (the manifest leaves it out and `awo verify` names it).
   */
  constructor(
    private folder: string,
    made = false,
  ) {
    if (made) this.listing = new Set();
  }

  /** The run folder's path. */
  get dir(): string {
    return this.folder;
  }

  /**
   * The folder was renamed to `dir` (a new run published under its name): later writes go there, and the
   * open descriptors, which follow the rename, stay valid. Folders checked under the old path are checked again.
   */
  renamedTo(dir: string): void {
    this.folder = dir;
    this.checkedDirs.clear();
    this.realDirCache = undefined;
  }

  unsealOnFirstWrite(files: readonly string[]): void {
    this.seal = files;
  }

  /** Removes the seal, durably, before the session's first change. */
  private unseal(): void {
    if (this.seal.length === 0) return;
    const files = this.seal;
    // All or nothing: none is removed when one is not a file the run could have written.
    for (const rel of files) this.requireFileOrNone(rel);
    this.seal = [];
    for (const rel of files) {
      if (!this.exists(rel)) continue;
      this.remove(rel);
      this.dirty.add(rel);
    }
    this.commit();
  }

  private abs(rel: string): string {
    // A name from a forged folder (a step id or artifact path in input.json) never reaches outside it.
    if (!insideFolder(rel))
      throw new InputError(`refusing ${JSON.stringify(rel)}: not a path inside the run folder`);
    // `path.join` takes `/` as a separator on every platform (and writes the platform's own).
    return path.join(this.dir, rel);
  }

  private ensureDir(rel: string): void {
    const parent = rel.includes('/') ? rel.slice(0, rel.lastIndexOf('/')) : '';
    if (parent === '' || this.madeDirs.has(parent)) return;
    makeFolders(this.abs(parent));
    this.madeDirs.add(parent);
  }

  write(rel: string, data: string | Uint8Array, options: { atomic?: boolean } = {}): void {
    const target = this.abs(rel);
    this.unseal();
    this.ensureDir(rel);
    if (options.atomic === false) {
      const fd = this.openOwnFile(target, rel);
      try {
        fs.writeFileSync(fd, data);
      } finally {
        fs.closeSync(fd);
      }
    } else {
      // Renamed onto a folder planted in a file's place, the write would end in an internal error.
      this.requireFileOrNone(rel);
      const temp = `${target}.tmp-${process.pid}`;
      fs.writeFileSync(temp, data);
      fs.renameSync(temp, target);
    }
    this.written.set(rel, sha256Hex(data));
    this.appended.delete(rel);
    this.kept.delete(rel);
    this.dirty.add(rel);
    this.listed(rel);
  }

  append(rel: string, text: string): void {
    this.unseal();
    let fd = this.appendFds.get(rel);
    if (fd === undefined) {
      this.ensureDir(rel);
      const file = this.abs(rel);
      if (!this.appended.has(rel)) {
        // A new file (every step's log) needs no look at what it holds: created here, it holds nothing.
        try {
          fd = fs.openSync(file, 'ax');
        } catch (err) {
          if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
        }
      }
      let size = 0;
      if (fd === undefined) {
        // An existing file: appended to only when it is the run's own regular file.
        const { O_APPEND, O_CREAT } = fs.constants;
        ({ fd, size } = openOwnExisting(file, rel, O_APPEND | O_CREAT, () => notAFile(rel)));
      }
      this.appendFds.set(rel, fd);
      // The digest covers the whole file, so it starts from what the file already holds (the audit trail
      // of a resumed run, a recovered step log rewritten without its torn line). One writer per run.
      if (!this.appended.has(rel)) {
        const kept = this.kept.get(rel);
        this.kept.delete(rel);
        const held = size === 0 ? undefined : kept?.length === size ? kept : this.read(rel);
        this.appended.set(rel, new AppendedDigest(held));
      }
    }
    fs.writeSync(fd, text);
    this.appended.get(rel)?.update(text);
    this.written.delete(rel);
    this.dirty.add(rel);
    this.listed(rel);
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
    if (!insideFolder(rel))
      throw new InputError(`refusing to write ${JSON.stringify(rel)}: not a path inside the run folder`);
    this.unseal();
    // Walk the folders one component at a time with lstat: a symlinked folder is refused before any write.
    // Folders this process already checked (or made) are not checked again.
    const parts = rel.split('/');
    let current = this.dir;
    // The folders made for this file: removed again if it cannot be written (a name too long for the disk),
    // so a failed step leaves no empty folder, which no run writes and `awo verify` refuses.
    const made: string[] = [];
    try {
      for (let i = 0; i < parts.length - 1; i++) {
        current = path.join(current, parts[i]);
        if (this.checkedDirs.has(current)) continue;
        const stat = fs.lstatSync(current, { throwIfNoEntry: false });
        const shown = parts.slice(0, i + 1).join('/');
        if (stat?.isSymbolicLink())
          throw new InputError(`refusing to write ${rel}: ${shown} is a symbolic link`);
        if (!stat) {
          fs.mkdirSync(current);
          made.push(current);
        } else if (!stat.isDirectory())
          throw new InputError(`refusing to write ${rel}: ${shown} is not a folder`);
        this.checkedDirs.add(current);
      }
      // A folder checked earlier may have been swapped for a link since: its real path must be where it was.
      if (fs.realpathSync.native(current) !== path.join(this.realDir(), ...parts.slice(0, -1))) {
        throw new InputError(`refusing to write ${rel}: a folder on its path is a symbolic link`);
      }
      const fd = this.openOwnFile(path.join(current, parts[parts.length - 1]), rel);
      try {
        fs.writeSync(fd, text);
      } finally {
        fs.closeSync(fd);
      }
    } catch (err) {
      for (const dir of made) this.checkedDirs.delete(dir);
      removeEmptyFolders(made.reverse());
      throw err;
    }
    this.written.set(rel, sha256Hex(text));
    this.appended.delete(rel);
    this.kept.delete(rel);
    this.dirty.add(rel);
    this.listed(rel);
  }

  /**
   * Opens a file of the run for writing it whole, never through a link and never anything but a regular
   * file of its own. A new file (the common case) is created with O_EXCL, which fails on any existing name,
   * a link included; an existing one is opened with O_NOFOLLOW and without truncating, checked to be a
   * regular file with no other hard link (writing would change the other name's file too, one outside the
   * folder included), and only then truncated.
   */
  private openOwnFile(file: string, rel: string): number {
    const { O_WRONLY, O_CREAT, O_EXCL, O_NOFOLLOW } = fs.constants;
    try {
      return fs.openSync(file, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW, 0o644);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
    const { fd } = openOwnExisting(file, rel, 0, (link) =>
      link
        ? new InputError(`refusing to write ${rel}: ${rel} is a symbolic link`)
        : new InputError(`refusing to write ${rel}: ${rel} exists and is not a regular file`),
    );
    fs.ftruncateSync(fd, 0);
    return fd;
  }

  private realDirCache: string | undefined;

  private realDir(): string {
    this.realDirCache ??= fs.realpathSync.native(this.dir);
    return this.realDirCache;
  }

  read(rel: string): Uint8Array | undefined {
    // A FIFO or a device put into a run folder is refused by its type, never waited on.
    return readInputFileIfPresent(this.abs(rel), 'run file', { maxBytes: MAX_RUN_FILE_BYTES, shownAs: rel });
  }

  keepForAppend(rel: string, bytes: Uint8Array): void {
    if (!this.appended.has(rel)) this.kept.set(rel, bytes);
  }

  readTail(rel: string, bytes: number): Uint8Array | undefined {
    const file = this.abs(rel);
    if (!fs.existsSync(file)) return undefined;
    return readFilePart(file, 'run file', bytes, 'tail', { maxBytes: MAX_RUN_FILE_BYTES, shownAs: rel });
  }

  exists(rel: string): boolean {
    return fs.existsSync(this.abs(rel));
  }

  /** Only ever a file of the run's own is removed: a folder (or a link) in its place was not put there by a session. */
  private requireFileOrNone(rel: string): void {
    const found = fs.lstatSync(this.abs(rel), { throwIfNoEntry: false });
    if (found && !found.isFile())
      throw new IntegrityError(
        `refusing to change run folder ${this.dir}: ${rel} is ${found.isDirectory() ? 'a folder' : 'not a regular file'} where the run keeps a file`,
        rel,
      );
  }

  remove(rel: string): void {
    // A leftover temporary file is not evidence: removing it changes nothing a seal describes.
    if (!LEFTOVER_TEMP.test(rel)) this.unseal();
    this.requireFileOrNone(rel);
    fs.rmSync(this.abs(rel), { force: true });
    this.written.delete(rel);
    this.appended.delete(rel);
    this.kept.delete(rel);
    this.unlisted(rel);
    // The folders it empties go with it (a bundle refuses an empty folder).
    this.removeEmptied(path.posix.dirname(rel));
  }

  /**
   * Every regular file, sorted bytewise. The folder is walked once (refusing links, devices, FIFOs and names
   * with control characters, as the manifest and the bundle do); after that the listing is kept up to date
   * by this store's own writes and removals: a locked run folder has one writer.
   */
  list(): string[] {
    if (!this.listing) {
      const tree = listRunTree(this.dir);
      this.listing = new Set(tree.files.map((file) => file.path));
      this.sorted = [...this.listing];
      this.folders = tree.dirs;
    }
    this.sorted ??= sortBytewise([...this.listing]);
    return [...this.sorted];
  }

  /**
   * Folders that hold no file, as the folder was when first walked: a run writes files, never an empty
   * folder (a removal takes the folders it empties with it), so one was made by something else or left by
   * a write that died between making the folder and the file.
   */
  emptyFolders(): string[] {
    this.list();
    const holding = foldersHolding(this.listing ?? []);
    return (this.folders ?? []).filter((dir) => !holding.has(dir));
  }

  /** Removes a folder `emptyFolders` named, if it still holds nothing (not a seal change: it is not evidence). */
  removeEmptyFolder(rel: string): void {
    fs.rmdirSync(this.abs(rel));
    this.forgetFolder(rel);
    this.removeEmptied(path.posix.dirname(rel));
  }

  /** Removes `dir` and its parents while each is empty: a run folder never holds an empty folder. */
  private removeEmptied(dir: string): void {
    for (; dir !== '.'; dir = path.posix.dirname(dir)) {
      try {
        fs.rmdirSync(this.abs(dir));
      } catch {
        return; // not empty (or already gone)
      }
      this.forgetFolder(dir);
    }
  }

  /** A folder removed: writes into it make it again. */
  private forgetFolder(rel: string): void {
    this.madeDirs.delete(rel);
    this.checkedDirs.delete(this.abs(rel));
    if (this.folders) this.folders = this.folders.filter((dir) => dir !== rel);
  }

  private folders: string[] | undefined;

  /** The listing once the folder was walked, and its sorted copy until the next change. */
  private listing: Set<string> | undefined;
  private sorted: string[] | undefined;

  private listed(rel: string): void {
    if (!this.listing || this.listing.has(rel)) return;
    this.listing.add(rel);
    this.sorted = undefined;
  }

  private unlisted(rel: string): void {
    if (this.listing?.delete(rel)) this.sorted = undefined;
  }

  digest(rel: string): string {
    const known = this.written.get(rel) ?? this.appended.get(rel)?.hex();
    if (known) return known;
    const data = this.read(rel);
    if (data === undefined) throw new Error(`${rel} does not exist`);
    return sha256Hex(data);
  }

  knownDigest(rel: string): `sha256:${string}` | undefined {
    const hex = this.written.get(rel) ?? this.appended.get(rel)?.hex();
    return hex === undefined ? undefined : `sha256:${hex}`;
  }

  /** Known digests for the manifest writer, so files this process wrote are not read back. */
  knownDigests(): Map<string, string> {
    return this.withKnownDigests(new Map());
  }

  /** `into`, plus the digest of every file this process wrote or appended to that `into` does not name. */
  private withKnownDigests(into: Map<string, string>): Map<string, string> {
    for (const [rel, hex] of this.written) if (!into.has(rel)) into.set(rel, hex);
    for (const [rel, digest] of this.appended) if (!into.has(rel)) into.set(rel, digest.hex());
    return into;
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
    for (const folder of folders) this.fsyncFolder(folder);
    this.dirty.clear();
  }

  /** Makes a folder's entries durable; a folder removed since (emptied) is an entry of its parent. */
  private fsyncFolder(rel: string): void {
    for (;;) {
      let handle: number;
      try {
        handle = fs.openSync(rel === '' ? this.dir : this.abs(rel), 'r');
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'ENOENT' || rel === '') throw err;
        rel = rel.includes('/') ? rel.slice(0, rel.lastIndexOf('/')) : '';
        continue;
      }
      fs.fsyncSync(handle);
      fs.closeSync(handle);
      return;
    }
  }

  writeManifest(known?: ReadonlyMap<string, string>): void {
    // The caller's digests (the stop's, taken from this store or carried from verification) come first.
    writeManifest(this.dir, this.withKnownDigests(new Map(known)), this.listing && this.list());
    this.dirty.add(MANIFEST_NAME);
    this.listed(MANIFEST_NAME);
    this.written.delete(MANIFEST_NAME);
  }

  private unlock: (() => void) | undefined;

  /** Takes the folder for this session (see `lockRunFolder`); `close()` gives it back. */
  lock(command: string): this {
    this.unlock ??= lockRunFolder(this.dir, command);
    return this;
  }

  /** Takes the folder this one will be renamed to (see `lockNewRunFolder`); `close()` gives it back. */
  lockBeforeRename(dir: string, command: string): this {
    this.unlock ??= lockNewRunFolder(dir, command);
    return this;
  }

  close(): void {
    for (const rel of [...this.appendFds.keys()]) this.release(rel);
    this.unlock?.();
    this.unlock = undefined;
  }
}

/** A path relative to the run folder that stays inside it: `/`-separated names, none empty, `.` or `..`. */
function insideFolder(rel: string): boolean {
  return (
    !rel.includes('\\') &&
    !rel.includes('\0') &&
    rel.split('/').every((part) => part !== '' && part !== '.' && part !== '..')
  );
}
