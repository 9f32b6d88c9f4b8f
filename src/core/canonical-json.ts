/**
 * RFC 8785 (JSON Canonicalization Scheme) for the JSON data model the run records use, written for speed:
 * a run hashes a dozen records per step, and the generic `canonicalize` package spent most of a step's CPU
 * building strings with `reduce`. The output is byte for byte what `canonicalize` 2.1.0 (the maintained
 * reference implementation by the RFC's co-author) gives for every JSON value; test/core/canonical-json.test.ts
 * checks it against the RFC's test vectors and against that package on generated values.
 *
 * - strings: ECMAScript `JSON.stringify` (RFC 8785 §3.2.2.2 takes its escaping as is);
 * - numbers: ECMAScript Number-to-String (§3.2.2.3), which `JSON.stringify` of a finite number is; NaN and
 *   ±Infinity are refused;
 * - objects: members sorted by their names' UTF-16 code units (§3.2.3), which is JavaScript's default sort;
 *   members whose value is `undefined`, a function or a symbol are left out, as `JSON.stringify` does;
 * - arrays: in order; `undefined`, functions and symbols become `null`;
 * - a `toJSON` method is honoured (a `Date` is its ISO string).
 *
 * Fast path: `JSON.stringify` already writes strings, numbers and literals as RFC 8785 does and follows an
 * object's own key order, so a value whose every object is a plain one with its members in sorted order *is*
 * canonical as `JSON.stringify` writes it. `inOrder` returns such a value (the same objects where they were
 * sorted already, copies with the members reordered where not) and the native writer does the rest: 2.4 times
 * faster on a large workflow receipt, a fifth faster on a step's records. Where JavaScript's own order cannot
 * be the canonical one (a name that starts with a digit: V8 enumerates integer-like names first, in numeric
 * order; a `__proto__` member; anything but a plain object), the value is written by `serialize` below.
 */

/** Quoted JSON strings of member names met before: records repeat the same few dozen names. */
const quotedNames = new Map<string, string>();
const MAX_CACHED_NAMES = 4096;

function quoteName(name: string): string {
  let quoted = quotedNames.get(name);
  if (quoted === undefined) {
    quoted = JSON.stringify(name);
    if (quotedNames.size < MAX_CACHED_NAMES) quotedNames.set(name, quoted);
  }
  return quoted;
}

function serialize(value: unknown): string | undefined {
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value);
    case 'number':
      if (!Number.isFinite(value))
        throw new TypeError(`${String(value)} cannot be canonicalized as JSON (RFC 8785 §3.2.2.3)`);
      return JSON.stringify(value);
    case 'boolean':
      return value ? 'true' : 'false';
    case 'object': {
      if (value === null) return 'null';
      if (Array.isArray(value)) {
        let out = '[';
        for (let i = 0; i < value.length; i++) {
          if (i > 0) out += ',';
          out += serialize(value[i] as unknown) ?? 'null';
        }
        return out + ']';
      }
      const toJSON = (value as { toJSON?: unknown }).toJSON;
      if (typeof toJSON === 'function') return serialize((toJSON as () => unknown).call(value));
      const record = value as Record<string, unknown>;
      const names = Object.keys(record).sort();
      let out = '{';
      let first = true;
      for (const name of names) {
        const member = serialize(record[name]);
        if (member === undefined) continue;
        if (!first) out += ',';
        first = false;
        out += quoteName(name) + ':' + member;
      }
      return out + '}';
    }
    case 'bigint':
      throw new TypeError('a BigInt cannot be canonicalized as JSON');
    default:
      // undefined, a function, a symbol: not JSON values.
      return undefined;
  }
}

/** Thrown by `inOrder` when the value needs `serialize`. */
class NotPlain extends Error {}
const NOT_PLAIN = new NotPlain('not a plain JSON value in JavaScript order');

function refuseNumber(value: number): never {
  throw new TypeError(`${String(value)} cannot be canonicalized as JSON (RFC 8785 §3.2.2.3)`);
}

/** `value` with every object's members in sorted order, for `JSON.stringify` (see the note at the top). */
function inOrder(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) {
    if (typeof value === 'number' && !Number.isFinite(value)) refuseNumber(value);
    if (typeof value === 'bigint') throw new TypeError('a BigInt cannot be canonicalized as JSON');
    return value;
  }
  if (Array.isArray(value)) {
    let copy: unknown[] | undefined;
    for (let i = 0; i < value.length; i++) {
      const item = value[i] as unknown;
      const ordered = inOrder(item);
      if (ordered !== item) (copy ??= value.slice())[i] = ordered;
    }
    return copy ?? value;
  }
  const proto = Object.getPrototypeOf(value) as unknown;
  if (proto !== Object.prototype && proto !== null) {
    // A Date (toJSON) or any other class instance: what `serialize` makes of it, exactly.
    throw NOT_PLAIN;
  }
  const record = value as Record<string, unknown>;
  const names = Object.keys(record);
  let sorted = true;
  for (let i = 0; i < names.length; i++) {
    const name = names[i];
    const first = name.charCodeAt(0);
    if ((first >= 48 && first <= 57) || name === '__proto__' || name === 'toJSON') throw NOT_PLAIN;
    if (i > 0 && names[i - 1] > name) sorted = false;
  }
  if (sorted) {
    let copy: Record<string, unknown> | undefined;
    for (const name of names) {
      const member = record[name];
      const ordered = inOrder(member);
      if (ordered !== member) (copy ??= { ...record })[name] = ordered;
    }
    return copy ?? record;
  }
  names.sort();
  const copy: Record<string, unknown> = {};
  for (const name of names) copy[name] = inOrder(record[name]);
  return copy;
}

/** RFC 8785 canonical JSON of `value`; `undefined` when `value` is not a JSON value (undefined, a function). */
export function canonicalize(value: unknown): string | undefined {
  let ordered: unknown;
  try {
    ordered = inOrder(value);
  } catch (err) {
    if (err !== NOT_PLAIN) throw err;
    return serialize(value);
  }
  return JSON.stringify(ordered);
}
