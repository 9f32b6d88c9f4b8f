import type { ReadEntry } from 'tar';
import { IntegrityError } from '../core/errors.js';

/**
 * Where the entries of a bundle go once they passed every check: written into a folder, or held in memory.
 * `file` consumes the entry's bytes and resolves to their hex SHA-256, taken from the very bytes it kept.
 */
export interface EntrySink {
  folder(parts: readonly string[]): void;
  file(parts: readonly string[], entry: ReadEntry): Promise<string>;
  /**
   * Takes a file's bytes whole (a buffer it may keep) and returns their hex SHA-256, or undefined when it
   * cannot hold them (then the bundle is read again through `file`). A sink with this method is read with
   * the plain-ustar walker first (see ustar-walk.ts).
   */
  bytes?(parts: readonly string[], data: Buffer): string | undefined;
  /** Whether `bytes` could take a file of `size` bytes: asked from its header, before a byte is buffered. */
  fits?(size: number): boolean;
  /**
   * Called when the bundle is refused: ends every write still open and resolves once none can touch the
   * disk any more, so the caller can remove what was written.
   */
  settle?(): Promise<void>;
}

/**
 * The most characters of an entry's name a message shows. A name is read before it is checked, and a PAX
 * header holds one of up to a megabyte: past this, the name is cut and its length given instead.
 */
const SHOWN_NAME_LENGTH = 200;

/** An entry's name as messages and `where` show it: whole, or its first characters and its length. */
function shortName(name: string): { head: string; rest: string } {
  if (name.length <= SHOWN_NAME_LENGTH) return { head: name, rest: '' };
  // Never half of a character (a surrogate pair) at the cut.
  const cut = /[\uD800-\uDBFF]/.test(name[SHOWN_NAME_LENGTH - 1]) ? SHOWN_NAME_LENGTH - 1 : SHOWN_NAME_LENGTH;
  return { head: name.slice(0, cut), rest: `…(${Buffer.byteLength(name)} bytes)` };
}

/** An entry's name quoted for a message: `"run_x/a.txt"`, or `"run_x/aaa"…(1000000 bytes)` when long. */
export function shownName(name: string): string {
  const { head, rest } = shortName(name);
  return `${JSON.stringify(head)}${rest}`;
}

/** How a bundle's entry is refused, by the checks or by the sink that writes it: named, with the reason. */
export function refuseEntry(name: string, why: string): IntegrityError {
  const { head, rest } = shortName(name);
  return new IntegrityError(`refused entry ${JSON.stringify(head)}${rest}: ${why}`, `${head}${rest}`);
}
