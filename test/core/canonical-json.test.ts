import { createRequire } from 'node:module';
import { describe, expect, it } from '@jest/globals';
import { canonicalize } from '../../src/core/canonical-json.js';

// The maintained reference implementation (by an author of RFC 8785), kept as a test-only comparison.
const reference = createRequire(import.meta.url)('canonicalize') as (value: unknown) => string | undefined;

/** A double from its IEEE 754 bit pattern, as RFC 8785 Appendix B lists them. */
function fromBits(hex: string): number {
  const view = new DataView(new ArrayBuffer(8));
  view.setBigUint64(0, BigInt(`0x${hex}`));
  return view.getFloat64(0);
}

describe('RFC 8785 canonical JSON', () => {
  it('writes the RFC §3.2.2 example byte for byte', () => {
    const input = JSON.parse(
      '{"numbers": [333333333.33333329, 1E30, 4.50, 2e-3, 0.000000000000000000000000001],' +
        ' "string": "\\u20ac$\\u000F\\u000aA\'\\u0042\\u0022\\u005c\\\\\\"\\/",' +
        ' "literals": [null, true, false]}',
    ) as unknown;
    expect(canonicalize(input)).toBe(
      '{"literals":[null,true,false],"numbers":[333333333.3333333,1e+30,4.5,0.002,1e-27],"string":"€$\\u000f\\nA\'B\\"\\\\\\\\\\"/"}',
    );
  });

  it('sorts member names by UTF-16 code units (RFC §3.2.3)', () => {
    const input = JSON.parse(
      '{"\\u20ac": "Euro Sign", "\\r": "Carriage Return", "\\ufb33": "Hebrew Letter Dalet With Dagesh",' +
        ' "1": "One", "\\ud83d\\ude00": "Emoji: Grinning Face", "\\u0080": "Control",' +
        ' "\\u00f6": "Latin Small Letter O With Diaeresis"}',
    ) as unknown;
    expect(canonicalize(input)).toBe(
      '{"\\r":"Carriage Return","1":"One","\u0080":"Control","\u00f6":"Latin Small Letter O With Diaeresis",' +
        '"\u20ac":"Euro Sign","\ud83d\ude00":"Emoji: Grinning Face","\ufb33":"Hebrew Letter Dalet With Dagesh"}',
    );
  });

  it('orders integer-like names as strings, not as JavaScript enumerates them', () => {
    expect(canonicalize({ 9: 'a', 10: 'b', a: 1, '-1': 2 })).toBe('{"-1":2,"10":"b","9":"a","a":1}');
  });

  it.each([
    ['0000000000000000', '0'],
    ['8000000000000000', '0'],
    ['0000000000000001', '5e-324'],
    ['8000000000000001', '-5e-324'],
    ['7fefffffffffffff', '1.7976931348623157e+308'],
    ['ffefffffffffffff', '-1.7976931348623157e+308'],
    ['4340000000000000', '9007199254740992'],
    ['c340000000000000', '-9007199254740992'],
    ['4430000000000000', '295147905179352830000'],
    ['44b52d02c7e14af5', '9.999999999999997e+22'],
    ['44b52d02c7e14af6', '1e+23'],
    ['44b52d02c7e14af7', '1.0000000000000001e+23'],
    ['444b1ae4d6e2ef4e', '999999999999999700000'],
    ['444b1ae4d6e2ef4f', '999999999999999900000'],
    ['444b1ae4d6e2ef50', '1e+21'],
    ['3eb0c6f7a0b5ed8c', '9.999999999999997e-7'],
    ['3eb0c6f7a0b5ed8d', '0.000001'],
    ['41b3de4355555553', '333333333.3333332'],
    ['41b3de4355555554', '333333333.33333325'],
    ['41b3de4355555555', '333333333.3333333'],
    ['41b3de4355555556', '333333333.3333334'],
    ['41b3de4355555557', '333333333.33333343'],
    ['becbf647612f3696', '-0.0000033333333333333333'],
    ['43143ff3c1cb0959', '1424953923781206.2'],
  ])('serialises the double %s as %s (RFC Appendix B)', (bits, text) => {
    expect(canonicalize(fromBits(bits))).toBe(text);
  });

  it.each(['7fffffffffffffff', '7ff0000000000000', 'fff0000000000000'])(
    'refuses the non-finite double %s (RFC Appendix B)',
    (bits) => {
      expect(() => canonicalize({ n: fromBits(bits) })).toThrow(/cannot be canonicalized/);
    },
  );

  it('leaves out undefined members, writes undefined array items as null, honours toJSON', () => {
    const value = { a: undefined, b: [undefined, 1], c: new Date(Date.UTC(2026, 0, 2)) };
    expect(canonicalize(value)).toBe('{"b":[null,1],"c":"2026-01-02T00:00:00.000Z"}');
    expect(canonicalize(undefined)).toBeUndefined();
  });

  it('gives the reference implementation’s bytes on generated records', () => {
    // A deterministic generator (no Math.random): names and strings from awkward code points.
    let seed = 19;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const alphabet = [
      'a',
      'Z',
      '1',
      '10',
      '\u0000',
      '\u001f',
      '"',
      '\\',
      '\u2028',
      '\ud800',
      '\udc00',
      '😀',
      'é',
      '\ufb33',
      ' ',
    ];
    const text = () =>
      Array.from(
        { length: Math.floor(next() * 6) },
        () => alphabet[Math.floor(next() * alphabet.length)],
      ).join('');
    const numbers = [0, -0, 1, -1, 0.1, 1e21, 1e-7, 123456789.123, -5e-324, 2 ** 53, 1 / 3];
    const value = (depth: number): unknown => {
      const kind = Math.floor(next() * (depth > 3 ? 4 : 6));
      if (kind === 0) return null;
      if (kind === 1) return next() < 0.5;
      if (kind === 2) return numbers[Math.floor(next() * numbers.length)] * (next() < 0.5 ? 1 : 1e-3);
      if (kind === 3) return text();
      if (kind === 4) return Array.from({ length: Math.floor(next() * 4) }, () => value(depth + 1));
      return Object.fromEntries(
        Array.from({ length: Math.floor(next() * 5) }, () => [text(), value(depth + 1)]),
      );
    };
    for (let i = 0; i < 2000; i++) {
      const sample = value(0);
      expect(canonicalize(sample)).toBe(reference(sample));
    }
  });
});
