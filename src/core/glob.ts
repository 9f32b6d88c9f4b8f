import { compileLinear, type LinearRegex } from './linear-regex.js';

/**
 * Glob to regex source, run by the linear-time engine (a glob of many `*` would make a backtracking regex
 * crawl): `**` crosses "/", `*` matches within one path segment, `?` one character. Everything else is literal.
 */
/** The RE2 source of a glob. */
export function globToSource(glob: string): string {
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
  return `^${source}$`;
}

/** A glob as a linear-time regex. */
export function globToRegExp(glob: string): LinearRegex {
  return compileLinear(globToSource(glob));
}

/** True when `value` matches any of the globs. */
export function matchesAnyGlob(value: string, globs: string | readonly string[]): boolean {
  return (typeof globs === 'string' ? [globs] : globs).some((glob) => globToRegExp(glob).test(value));
}
