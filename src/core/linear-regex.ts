import { RE2JS } from 're2js';

/**
 * Regular expressions that run in time linear in their input, whatever the pattern: RE2 semantics through
 * re2js (a pure JavaScript port of RE2, no native code, no WASM). A policy's `prompt_regex` and every glob
 * go through here, so no pattern a user writes can make a run, or the server's event loop, backtrack for
 * ever (`^(a|a)+$` on forty `a` and a `!` answers at once). Patterns RE2 cannot run in linear time
 * (backreferences, lookaround) are refused when the policy is loaded, never at match time.
 */
export interface LinearRegex {
  /** True when the pattern matches anywhere in `text` (like `RegExp.prototype.test`). */
  test(text: string): boolean;
}

/** Longest pattern accepted, in characters: a policy's regex is a rule, not a data file. */
export const MAX_PATTERN_LENGTH = 4096;

const cache = new Map<string, LinearRegex>();
const CACHE_SIZE = 256;

/**
 * Compiles `source` (JavaScript regex syntax is translated: `\uXXXX`, `\/`; the rest is RE2's, which
 * JavaScript's common subset shares). Throws a `SyntaxError` whose message says why a pattern is refused.
 */
export function compileLinear(source: string): LinearRegex {
  const known = cache.get(source);
  if (known) return known;
  if (source.length > MAX_PATTERN_LENGTH)
    throw new SyntaxError(`is ${source.length} characters long; at most ${MAX_PATTERN_LENGTH} are accepted`);
  let compiled: RE2JS;
  try {
    compiled = RE2JS.compile(RE2JS.translateRegExp(source));
  } catch (err) {
    const why = (err instanceof Error ? err.message : String(err)).replace(/^error parsing regexp: /, '');
    throw new SyntaxError(why, { cause: err });
  }
  const regex: LinearRegex = { test: (text) => compiled.test(text) };
  if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value as string);
  cache.set(source, regex);
  return regex;
}

/** Why `source` cannot be a linear-time regex, or undefined when it can. */
export function linearRegexProblem(source: string): string | undefined {
  try {
    compileLinear(source);
    return undefined;
  } catch (err) {
    return err instanceof Error ? err.message : String(err);
  }
}
