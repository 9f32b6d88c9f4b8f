import { hasControlChar } from './run-tree.js';
import { refuseEntry } from './entry-sink.js';

/** How much a bundle may hold; a bundle that needs more is refused as a possible decompression bomb. */
export interface Limits {
  maxBytes: number;
  maxEntries: number;
}

const TYPE_PROBLEMS: Record<string, string> = {
  SymbolicLink: 'it is a symbolic link; links are not allowed in a bundle',
  Link: 'it is a hard link; links are not allowed in a bundle',
  CharacterDevice: 'it is a character device; only files and folders are allowed',
  BlockDevice: 'it is a block device; only files and folders are allowed',
  FIFO: 'it is a FIFO; only files and folders are allowed',
};

/**
 * The longest entry path, in bytes (PATH_MAX on Linux), and the most components it may have: a run writes
 * at most about 3.1 KiB (an artifact path of 1024 characters) and 514 components (512 one-letter folders).
 * Deeper trees cost the disk and its cleanup (a recursive removal) more than any run needs.
 */
export const MAX_PATH_BYTES = 4096;
export const MAX_PATH_DEPTH = 1024;
/** The longest path component, in UTF-16 units, as a run's artifact paths allow (macOS and Windows too). */
export const MAX_NAME_LENGTH = 255;

/** A folder of the admitted entries: its entries by name, a file's as {@link FILE}. */
type Folder = Map<string, Folder | typeof FILE>;
const FILE = 'file';

/** Splits an entry path into safe components, or says why it is unsafe. */
function entryParts(name: string, isDir: boolean): string[] | string {
  if (hasControlChar(name)) return 'the path contains a control character';
  if (name.includes('\\')) return 'the path contains a backslash (a path separator on Windows)';
  if (name.startsWith('/') || /^[A-Za-z]:/.test(name)) return 'absolute paths are not allowed';
  const trimmed = isDir && name.endsWith('/') ? name.slice(0, -1) : name;
  const parts = trimmed.split('/');
  if (parts.includes('..')) return "path escapes the bundle's top folder";
  if (parts.some((p) => p === '' || p === '.')) return 'the path has an empty or "." component';
  if (parts.length > MAX_PATH_DEPTH) return `the path has more than ${MAX_PATH_DEPTH} components`;
  if (parts.some((p) => p.length > MAX_NAME_LENGTH))
    return `a component of the path is longer than ${MAX_NAME_LENGTH} characters`;
  return parts;
}

/**
 * Every check an entry of one bundle passes before its bytes are taken, whichever reader found it (the plain
 * ustar walker or the `tar` package): its name, its type, the one top folder, duplicates and a file where a
 * folder is, the entry count and the declared sizes against the limits, nothing after the end marker.
 */
export class EntryAdmission {
  /** The last entry named, for messages about the stream around it. */
  current: string | undefined;
  /** The one top folder, once an entry named it. */
  top: string | undefined;
  /** Set when the reader met the end-of-archive marker: any entry after it is refused. */
  ended = false;
  private entries = 0;
  private declared = 0;
  /** The entries admitted so far, as a tree: each path costs its own components once, whatever its depth. */
  private readonly tree: Folder = new Map();

  constructor(private readonly limits: Limits) {}

  /** The entry's path components, once it passed every check; throws the refusal that names it. */
  admit(name: string, type: string, size: number): string[] {
    this.current = name;
    if (this.ended) throw refuseEntry(name, 'it comes after the end-of-archive marker');
    this.entries += 1;
    if (this.entries > this.limits.maxEntries) {
      throw refuseEntry(name, `the bundle has more than ${this.limits.maxEntries} entries (the set limit)`);
    }
    if (Buffer.byteLength(name) > MAX_PATH_BYTES)
      throw refuseEntry(name, `the path is longer than ${MAX_PATH_BYTES} bytes`);
    const isDir = type === 'Directory';
    const parts = entryParts(name, isDir);
    if (typeof parts === 'string') throw refuseEntry(name, parts);
    if (!isDir && type !== 'File' && type !== 'OldFile') {
      throw refuseEntry(name, TYPE_PROBLEMS[type] ?? `unsupported entry type "${type}"`);
    }
    this.top ??= parts[0];
    if (parts[0] !== this.top) throw refuseEntry(name, `it is outside the single top folder "${this.top}"`);
    if (parts.length === 1 && !isDir)
      throw refuseEntry(name, 'a file at the top level; a bundle holds one top folder');
    this.declared += size;
    if (this.declared > this.limits.maxBytes) {
      throw refuseEntry(
        name,
        `the bundle expands beyond the limit of ${this.limits.maxBytes} bytes (decompression bomb?)`,
      );
    }
    let folder = this.tree;
    for (let i = 0; i < parts.length - 1; i++) {
      let child = folder.get(parts[i]);
      if (child === undefined) {
        // A folder an entry implies is made on disk like one the bundle lists, and counted as one.
        if (++this.entries > this.limits.maxEntries)
          throw refuseEntry(
            name,
            `the bundle has more than ${this.limits.maxEntries} entries, counting the folders its paths imply (the set limit)`,
          );
        folder.set(parts[i], (child = new Map()));
      } else if (child === FILE)
        throw refuseEntry(name, `its parent "${parts.slice(0, i + 1).join('/')}" is a file`);
      folder = child;
    }
    const last = parts[parts.length - 1];
    // A folder made implicitly by an entry under it counts too: a later entry of that name is a duplicate.
    if (folder.has(last)) throw refuseEntry(name, 'duplicate entry: this path appears twice in the bundle');
    folder.set(last, isDir ? new Map() : FILE);
    return parts;
  }
}
