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

/** RFC 8785 canonical JSON of `value`; `undefined` when `value` is not a JSON value (undefined, a function). */
export function canonicalize(value: unknown): string | undefined {
  return serialize(value);
}
