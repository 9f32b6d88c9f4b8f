import { describe, expect, it } from '@jest/globals';
import { MAX_JSON_DEPTH, tooDeep } from '../../src/core/json-depth.js';

/** `depth` levels of objects and arrays around `leaf`, alternating, with the path down to it. */
function nested(depth: number, leaf: unknown = 1): { value: unknown; path: PropertyKey[] } {
  let value = leaf;
  const path: PropertyKey[] = [];
  for (let i = depth - 1; i >= 0; i--) {
    if (i % 2 === 0) {
      value = { other: 'x', [`k${i}`]: value };
      path.unshift(`k${i}`);
    } else {
      value = [0, value];
      path.unshift(1);
    }
  }
  return { value, path };
}

describe('tooDeep', () => {
  it('accepts values up to the limit, however wide', () => {
    expect(tooDeep(nested(MAX_JSON_DEPTH).value)).toBeUndefined();
    expect(
      tooDeep({ steps: Array.from({ length: 10_000 }, (_, i) => ({ id: `s${i}`, args: { a: [i] } })) }),
    ).toBe(undefined);
    expect(tooDeep('text')).toBeUndefined();
    expect(tooDeep(null)).toBeUndefined();
  });

  it('names the path of the first value past the limit, as keys and indexes from the root', () => {
    const { value, path } = nested(MAX_JSON_DEPTH + 1);
    expect(tooDeep(value)).toEqual(path.slice(0, MAX_JSON_DEPTH));
    expect(tooDeep({ a: 1, b: [[[]]] }, 2)).toEqual(['b', 0]);
    expect(tooDeep({}, 0)).toEqual([]);
    expect(tooDeep(5000, 0)).toBeUndefined();
  });

  it('walks own members only, a __proto__ member included', () => {
    const parsed = JSON.parse('{"__proto__":{"x":{"y":{}}}}') as unknown;
    expect(tooDeep(parsed, 2)).toEqual(['__proto__', 'x']);
    const inherited = Object.create({ deep: { a: { b: {} } } }) as object;
    expect(tooDeep(inherited, 1)).toBeUndefined();
  });
});
