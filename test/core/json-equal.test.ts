import { describe, expect, it } from '@jest/globals';
import { canonicalJson } from '../../src/core/hash.js';
import { jsonEqual } from '../../src/core/json-equal.js';

/** The definition jsonEqual must agree with: equal RFC 8785 texts. */
const sameText = (a: unknown, b: unknown) => canonicalJson(a) === canonicalJson(b);

describe('jsonEqual', () => {
  it('ignores member order and tells -0 from nothing but 0, as canonical JSON does', () => {
    expect(jsonEqual({ a: 1, b: [1, { c: 'x', d: null }] }, { b: [1, { d: null, c: 'x' }], a: 1 })).toBe(
      true,
    );
    expect(jsonEqual({ n: -0 }, { n: 0 })).toBe(true);
    expect(jsonEqual({ '10': 1, '9': 2 }, { '9': 2, '10': 1 })).toBe(true);
  });

  it('tells apart values whose canonical texts differ', () => {
    const pairs: [unknown, unknown][] = [
      [{ a: 1 }, { a: 1, b: 2 }],
      [
        { a: 1, b: 2 },
        { a: 1, c: 2 },
      ],
      [
        [1, 2],
        [2, 1],
      ],
      [[1], { 0: 1 }],
      [{}, []],
      ['1', 1],
      [null, {}],
      [true, 'true'],
      [{ a: [1, [2, 3]] }, { a: [1, [2, 4]] }],
      [Object.create(null) as object, { a: 1 }],
    ];
    for (const [a, b] of pairs) {
      expect(sameText(a, b)).toBe(false);
      expect(jsonEqual(a, b)).toBe(false);
      expect(jsonEqual(b, a)).toBe(false);
    }
  });

  it('leaves what is not plain JSON to the canonical texts', () => {
    // An undefined member is left out of the text: these are equal although their names differ.
    expect(jsonEqual({ a: 1, b: undefined }, { a: 1, c: undefined })).toBe(true);
    expect(jsonEqual([undefined], [null])).toBe(true);
    const date = new Date(Date.UTC(2026, 0, 2));
    expect(jsonEqual({ at: date }, { at: '2026-01-02T00:00:00.000Z' })).toBe(true);
    expect(jsonEqual({ toJSON: 'x' }, { toJSON: 'x' })).toBe(true);
    // An own toJSON writes whatever it returns, wherever the comparison meets it.
    const pairs: [unknown, unknown][] = [
      [{ y: { toJSON: () => 1 } }, { y: 1 }],
      [{ x: 1, y: { toJSON: () => undefined } }, { x: 1 }],
      [Object.assign([1], { toJSON: () => 'z' }), 'z'],
    ];
    for (const [a, b] of pairs) {
      expect(sameText(a, b)).toBe(true);
      expect(jsonEqual(a, b)).toBe(true);
      expect(jsonEqual(b, a)).toBe(true);
    }
    const written = Object.assign([1, 2], { toJSON: () => [3] });
    expect(sameText(written, [1, 2])).toBe(false);
    expect(jsonEqual(written, [1, 2])).toBe(false);
    expect(() => jsonEqual({ n: NaN }, { n: NaN })).toThrow(/cannot be canonicalized/);
  });

  it('agrees with comparing canonical texts on generated values', () => {
    // Deterministic: pairs drawn from a small pool, so equal, reordered and near-equal values all occur.
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)];
    const leaves = [null, true, false, 0, -0, 1, 0.1, '', 'a', '0', '\u2028', undefined];
    const value = (depth: number): unknown => {
      const kind = Math.floor(next() * (depth > 2 ? 1 : 3));
      if (kind === 0) return pick(leaves);
      if (kind === 1) return Array.from({ length: Math.floor(next() * 3) }, () => value(depth + 1));
      const names = ['a', 'b', '1', 'z'].filter(() => next() < 0.5);
      if (next() < 0.5) names.reverse();
      return Object.fromEntries(names.map((name) => [name, value(depth + 1)]));
    };
    let equal = 0;
    for (let i = 0; i < 20000; i++) {
      const a = value(0);
      const b = value(0);
      if (a === undefined || b === undefined) continue;
      const expected = sameText(a, b);
      if (expected) equal += 1;
      expect(jsonEqual(a, b)).toBe(expected);
    }
    // The generator must reach both answers often, or the comparison proves little.
    expect(equal).toBeGreaterThan(300);
  });
});
