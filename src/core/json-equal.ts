import { canonicalJson } from './hash.js';

/**
 * Whether two values have the same RFC 8785 canonical JSON, without writing it: `verify` compares records
 * it rebuilt with those it read (a step's policy decision, its input, the workflow's 10,000 steps) and
 * writing both out cost more than the rest of the comparison.
 *
 * For plain JSON values (what `JSON.parse` gives: strings, finite numbers, booleans, null, arrays, objects
 * with Object's or no prototype) canonical JSON is one-to-one, so the texts are equal exactly when the values
 * are equal member for member, whatever the members' order (`-0` and `0` both write `0`, as `===` holds).
 * Anything else met on the way (an `undefined` member, a `toJSON` or `__proto__` member, a Date, NaN, a
 * BigInt) hands the comparison to the canonical texts themselves. Values are looked at only as far as the
 * first difference: where canonical JSON would refuse a value further on (NaN, Infinity), the answer is
 * false rather than that refusal. It is never true unless the texts are equal.
 */
export function jsonEqual(a: unknown, b: unknown): boolean {
  try {
    return plainEqual(a, b);
  } catch (err) {
    if (err !== NOT_PLAIN) throw err;
    return canonicalJson(a) === canonicalJson(b);
  }
}

const NOT_PLAIN = new Error('not a plain JSON value');

/** Throws unless `value` is a string, a finite number, a boolean, null, an array or a plain object. */
function plainValue(value: unknown): void {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return;
  if (typeof value === 'number' && Number.isFinite(value)) return;
  if (typeof value !== 'object') throw NOT_PLAIN;
  // A Date or another class's instance, or anything with its own toJSON, writes what toJSON gives: maybe a
  // string, an array, or nothing at all.
  const proto = Object.getPrototypeOf(value) as unknown;
  if (!Array.isArray(value) && proto !== Object.prototype && proto !== null) throw NOT_PLAIN;
  if (Object.hasOwn(value, 'toJSON')) throw NOT_PLAIN;
}

function plainEqual(a: unknown, b: unknown): boolean {
  plainValue(a);
  plainValue(b);
  if (typeof a !== 'object' || a === null || typeof b !== 'object' || b === null) return a === b;
  const isArray = Array.isArray(a);
  if (isArray !== Array.isArray(b)) return false;
  if (isArray) {
    const left = a as unknown[];
    const right = b as unknown[];
    if (left.length !== right.length) return false;
    for (let i = 0; i < left.length; i++) if (!plainEqual(left[i], right[i])) return false;
    return true;
  }
  const left = plainMembers(a);
  const right = plainMembers(b);
  if (left.length !== right.length) return false;
  const other = b as Record<string, unknown>;
  for (const name of left) {
    if (!Object.hasOwn(other, name) || !plainEqual((a as Record<string, unknown>)[name], other[name]))
      return false;
  }
  return true;
}

/**
 * The member names of a plain object whose members are all JSON values: an `undefined` member (which
 * canonical JSON leaves out) could make objects with different names write the same text.
 */
function plainMembers(value: object): string[] {
  const names = Object.keys(value);
  for (const name of names) {
    if (name === '__proto__') throw NOT_PLAIN;
    plainValue((value as Record<string, unknown>)[name]);
  }
  return names;
}
