import { duplicateKeys } from './json-duplicate-keys.js';
import { placed, type PlacedProblem } from './schema-issues.js';

/** A lone UTF-16 surrogate: with the `u` flag a well-formed pair is one code point, never `Cs`. */
const LONE_SURROGATE = /\p{Cs}/u;

/**
 * Paths of the strings (values or keys) in a parsed JSON value that hold a lone surrogate (`"\ud800"`).
 * JSON.parse accepts the escape, but no UTF-8 file can hold the character: written out it becomes U+FFFD,
 * so the evidence would no longer say what ran (and the run would no longer verify).
 */
export function illFormedStrings(value: unknown, at: readonly PropertyKey[] = []): PropertyKey[][] {
  if (typeof value === 'string') return LONE_SURROGATE.test(value) ? [[...at]] : [];
  if (Array.isArray(value)) return value.flatMap((item, i) => illFormedStrings(item, [...at, i]));
  if (value !== null && typeof value === 'object')
    return Object.entries(value).flatMap(([key, item]) =>
      LONE_SURROGATE.test(key) ? [[...at, key]] : illFormedStrings(item, [...at, key]),
    );
  return [];
}

/** What a refusal of a lone surrogate says, after its place. */
export const LONE_SURROGATE_PROBLEM =
  'holds a lone UTF-16 surrogate escape (\\ud800-\\udfff without its pair), which no UTF-8 file can record';

const DUPLICATE_KEY_PROBLEM =
  'the key appears twice in one object; JSON readers differ on which one counts, so give it once';

/** Paths of the numbers in a parsed value that are not finite (JSON.parse reads 1e999 as Infinity). */
function nonFiniteNumbers(value: unknown, at: readonly PropertyKey[] = []): PropertyKey[][] {
  if (typeof value === 'number') return Number.isFinite(value) ? [] : [[...at]];
  if (Array.isArray(value)) return value.flatMap((item, i) => nonFiniteNumbers(item, [...at, i]));
  if (value !== null && typeof value === 'object')
    return Object.entries(value).flatMap(([key, item]) => nonFiniteNumbers(item, [...at, key]));
  return [];
}

/**
 * What JSON.parse accepts in `text` (parsed as `value`) but no evidence may hold: a key given twice in one
 * object (readers differ on which counts), a lone surrogate escape, and a number too large to be finite
 * (no hash, RFC 8785, and no JSON file can hold Infinity: written out it becomes null). Every reader of
 * user JSON (workflow, policy, request body, tokens file) refuses these the same way.
 */
export function ambiguousJson(text: string, value: unknown): PlacedProblem[] {
  return [
    ...duplicateKeys(text).map((where) => placed(where, DUPLICATE_KEY_PROBLEM)),
    ...illFormedStrings(value).map((where) => placed(where, LONE_SURROGATE_PROBLEM)),
    ...nonFiniteNumbers(value).map((where) => placed(where, 'is too large to be a finite number')),
  ];
}
