/**
 * An RFC 6901 JSON Pointer (`/steps/2/args/path`) from a validator's path (`['steps', 2, 'args', 'path']`):
 * each key escaped (`~` as `~0`, `/` as `~1`), so a key holding `.`, `[`, `/` or `~` points where it is.
 */
export function toPointer(path: readonly PropertyKey[]): string {
  return path.map((key) => `/${String(key).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
}
