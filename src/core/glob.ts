/**
 * Glob to RegExp: `**` crosses "/", `*` matches within one path segment, `?` one character.
 * Everything else is literal.
 */
export function globToRegExp(glob: string): RegExp {
  let source = '';
  for (let i = 0; i < glob.length; i++) {
    const char = glob[i];
    if (char === '*' && glob[i + 1] === '*') {
      i++;
      if (glob[i + 1] === '/') {
        i++;
        source += '(?:.*/)?';
      } else {
        source += '.*';
      }
    } else if (char === '*') {
      source += '[^/]*';
    } else if (char === '?') {
      source += '[^/]';
    } else {
      source += char.replace(/[.+^${}()|[\]\\]/g, '\\$&');
    }
  }
  return new RegExp(`^${source}$`, 'u');
}

/** True when `value` matches any of the globs. */
export function matchesAnyGlob(value: string, globs: string | readonly string[]): boolean {
  return (typeof globs === 'string' ? [globs] : globs).some((glob) => globToRegExp(glob).test(value));
}
