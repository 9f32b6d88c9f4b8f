import * as fs from 'node:fs';
import * as path from 'node:path';
import { createHash } from 'node:crypto';
import { Transform } from 'node:stream';
import { messageOf } from '../core/errors.js';
import { sha256Hex } from '../core/hash.js';
import { makeFolders } from '../store/make-folders.js';
import { refuseEntry, type EntrySink } from './entry-sink.js';

/** The largest file {@link folderSink} takes whole from the plain ustar reader; a larger one is streamed. */
const WHOLE_FILE_BYTES = 64 * 1024 * 1024;

/**
 * Creates `dest` for writing and returns its descriptor. 'wx': never overwrite, never follow a link; on a
 * case-insensitive disk two names that differ only in case collide here and are refused rather than merged.
 * Opened at once, not on the thread pool, so the file exists as soon as its entry was admitted: nothing is
 * created after a refusal.
 */
function createNew(dest: string, name: string): number {
  try {
    return fs.openSync(dest, 'wx', 0o644);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw refuseEntry(
      name,
      code === 'EEXIST' ? 'duplicate entry (names collide on this disk)' : messageOf(err),
    );
  }
}

/**
 * The sink of `unpackBundle`: writes every entry under `tmp`, never overwriting, never through a link. A
 * file the plain ustar reader hands over whole is written at once; the `tar` package's entries are streamed.
 */
export function folderSink(tmp: string, wholeFileBytes = WHOLE_FILE_BYTES): EntrySink {
  const open = new Set<fs.WriteStream>();
  // The folders made so far: a bundle lists many files per folder, each made once (the temp folder is ours).
  const made = new Set<string>();
  // A folder the disk refuses (a name too long for it, no space) is a refusal naming the entry.
  const makeFolder = (dir: string, parts: readonly string[]) => {
    if (made.has(dir)) return;
    try {
      makeFolders(dir, 0o755);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      throw refuseEntry(parts.join('/'), `its folder cannot be made: ${code ?? messageOf(err)}`);
    }
    made.add(dir);
  };
  const fileAt = (parts: readonly string[]) => {
    const dest = path.join(tmp, ...parts);
    makeFolder(path.dirname(dest), parts);
    return dest;
  };
  return {
    folder(parts) {
      makeFolder(path.join(tmp, ...parts), parts);
    },
    fits: (size) => size <= wholeFileBytes,
    bytes(parts, data) {
      const name = parts.join('/');
      const fd = createNew(fileAt(parts), name);
      try {
        fs.writeFileSync(fd, data);
      } catch (err) {
        throw refuseEntry(name, messageOf(err));
      } finally {
        fs.closeSync(fd);
      }
      return sha256Hex(data);
    },
    file(parts, entry) {
      const dest = fileAt(parts);
      const out = fs.createWriteStream(dest, { fd: createNew(dest, entry.path) });
      open.add(out);
      // The file's digest is taken from the bytes written, so the manifest check need not read them back.
      const content = createHash('sha256');
      const tap = new Transform({
        transform(chunk: Buffer, _encoding, done) {
          content.update(chunk);
          done(null, chunk);
        },
      });
      entry.pipe(tap).pipe(out);
      return new Promise<string>((resolve, reject) => {
        out.on('close', () => {
          open.delete(out);
          resolve(content.digest('hex'));
        });
        out.on('error', (err) => {
          entry.resume();
          reject(refuseEntry(entry.path, messageOf(err)));
        });
      });
    },
    async settle() {
      await Promise.all(
        [...open].map((out) => {
          const closed = new Promise<void>((resolve) => out.once('close', () => resolve()));
          out.destroy();
          return closed;
        }),
      );
    },
  };
}
