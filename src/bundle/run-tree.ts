import * as fs from 'node:fs';
import * as path from 'node:path';
import { sortBytewise, sortBytewiseBy } from '../core/bytewise-order.js';
import { IntegrityError, NotFoundError } from '../core/errors.js';

/** A regular file of a run folder: its `/`-separated path relative to the folder. */
export interface RunFile {
  path: string;
}

/** Everything a run folder holds, each list sorted bytewise (the order `LC_ALL=C sort` gives). */
export interface RunTree {
  files: RunFile[];
  /** Sub-folders (not the run folder itself), relative, without a trailing slash. */
  dirs: string[];
}

/** Every folder that holds one of `files` (relative paths): their parents and the parents' ancestors, once each. */
export function foldersHolding(files: Iterable<string>): Set<string> {
  const folders = new Set<string>();
  for (const file of files) {
    // Upwards until a folder met before: its own ancestors were added with it.
    for (let at = file.lastIndexOf('/'); at > 0; at = file.lastIndexOf('/', at - 1)) {
      const folder = file.slice(0, at);
      if (folders.has(folder)) break;
      folders.add(folder);
    }
  }
  return folders;
}

// A newline or other control character in a name would break the one-line-per-file manifest and the
// auditor's terminal; evidence file names never need one, so they are refused rather than escaped.
/** True when a name holds a control character (U+0000 to U+001F, or DEL). */
export function hasControlChar(name: string): boolean {
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c < 0x20 || c === 0x7f) return true;
  }
  return false;
}

function kindOf(entry: fs.Dirent): string {
  if (entry.isSymbolicLink()) return 'a symbolic link';
  if (entry.isFIFO()) return 'a FIFO';
  if (entry.isCharacterDevice()) return 'a character device';
  if (entry.isBlockDevice()) return 'a block device';
  if (entry.isSocket()) return 'a socket';
  return 'not a regular file or folder';
}

/**
 * Lists a run folder's regular files and sub-folders. Refuses, naming the path, anything a bundle must not
 * carry (symbolic links, devices, FIFOs, sockets) and names with control characters, because what is listed
 * here is exactly what the manifest covers and the bundle holds.
 */
export function listRunTree(runDir: string): RunTree {
  return walkRunTree(runDir);
}

/** Sorted relative paths of every regular file in a run folder (see {@link listRunTree} for what is refused). */
export function listRunFiles(runDir: string): string[] {
  return walkRunTree(runDir).files.map((f) => f.path);
}

/** True when `name`, as read back (invalid UTF-8 becomes U+FFFD), is the name a file in `dir` really has. */
function namedAsIs(dir: string, name: string): boolean {
  const bytes = Buffer.from(name, 'utf8');
  return fs.readdirSync(dir, { encoding: 'buffer' }).some((raw) => raw.equals(bytes));
}

/** The walk behind both listings: one readdir per folder, no stat per file. */
function walkRunTree(runDir: string): RunTree {
  let top: fs.Stats;
  try {
    top = fs.lstatSync(runDir);
  } catch {
    throw new NotFoundError(`run folder not found: ${runDir}`);
  }
  if (!top.isDirectory()) throw new NotFoundError(`not a run folder (not a directory): ${runDir}`);

  const files: RunFile[] = [];
  const dirs: string[] = [];
  const pending: string[] = [''];
  while (pending.length > 0) {
    const rel = pending.pop() as string;
    const abs = rel === '' ? runDir : path.join(runDir, rel);
    for (const entry of fs.readdirSync(abs, { withFileTypes: true })) {
      const childRel = rel === '' ? entry.name : `${rel}/${entry.name}`;
      if (hasControlChar(entry.name)) {
        throw new IntegrityError(
          `refused ${JSON.stringify(childRel)}: file names with control characters cannot be listed in SHA256SUMS.txt`,
          childRel,
        );
      }
      if (entry.name.includes('\uFFFD') && !namedAsIs(abs, entry.name)) {
        throw new IntegrityError(
          `refused ${JSON.stringify(childRel)}: its name is not valid UTF-8 (shown here with U+FFFD), so SHA256SUMS.txt cannot name it`,
          childRel,
        );
      }
      if (entry.isDirectory()) {
        dirs.push(childRel);
        pending.push(childRel);
      } else if (entry.isFile()) {
        files.push({ path: childRel });
      } else {
        throw new IntegrityError(
          `refused ${JSON.stringify(childRel)}: it is ${kindOf(entry)}; a run folder may hold only regular files and folders`,
          childRel,
        );
      }
    }
  }
  sortBytewiseBy(files, (file) => file.path);
  return { files, dirs: sortBytewise(dirs) };
}
