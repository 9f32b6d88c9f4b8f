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
  /**
   * Instructions in the compiled RE2 program. A match costs at most about this many steps per character of
   * text (RE2's NFA keeps at most one thread per instruction), so `programSize × text length` bounds its work.
   */
  programSize: number;
}

/** Longest pattern accepted, in characters: a policy's regex is a rule, not a data file. */
export const MAX_PATTERN_LENGTH = 4096;

/**
 * Largest compiled program a policy's `prompt_regex` may have, in RE2 instructions. A short pattern can
 * expand far (`.{1000}` is a thousand instructions), so the pattern's length alone does not bound its cost.
 */
export const MAX_PROGRAM_SIZE = 2000;

/**
 * Most work one policy evaluation may spend on `prompt_regex` rules, in program instructions × prompt
 * characters (about 0.1 s of one core, up to 0.5 s with large Unicode classes such as `\pL`). A step whose
 * prompts need more is denied, never half-checked.
 */
export const MAX_REGEX_WORK = 16_000_000;

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
  const regex: LinearRegex = { test: (text) => compiled.test(text), programSize: compiled.programSize() };
  if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value as string);
  cache.set(source, regex);
  return regex;
}

/**
 * Why `source` cannot be a linear-time regex, or undefined when it can. With `maxProgramSize`, a pattern
 * that compiles to more instructions is refused too.
 */
export function linearRegexProblem(source: string, maxProgramSize = Infinity): string | undefined {
  try {
    const { programSize } = compileLinear(source);
    if (programSize > maxProgramSize)
      return `compiles to ${programSize} RE2 instructions; at most ${maxProgramSize} are accepted (repetitions such as {1000} expand)`;
    return undefined;
  } catch (err) {
    return err instanceof Error ? err.message : String(err);
  }
}
