import { describe, expect, it } from '@jest/globals';
import { sortBytewise, sortBytewiseBy } from '../../src/core/bytewise-order.js';

const byBytes = (paths: string[]) =>
  [...paths].sort((a, b) => Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8')));

/** A deterministic pseudo-random path from `alphabet`. */
function paths(alphabet: string[], count: number): string[] {
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
  return Array.from({ length: count }, () =>
    Array.from({ length: 1 + (next() % 6) }, () => alphabet[next() % alphabet.length]).join(''),
  );
}

describe('sortBytewise', () => {
  it.each([
    ['ASCII names (compared as strings)', ['a', 'B', '/', '_', '0', '.', 'z']],
    ['names with BMP letters', ['a', 'é', 'ж', '/', 'z']],
    // Above U+D800, UTF-16 order differs from UTF-8 byte order: U+FF21 sorts after U+1F600 in bytes only.
    ['names with astral and high-BMP characters', ['a', '\uff21', '😀', '\ue000', 'z']],
  ])('orders %s as their UTF-8 bytes', (_what, alphabet) => {
    const input = paths(alphabet, 500);
    expect(sortBytewise(input)).toEqual(byBytes(input));
    const items = input.map((name, i) => ({ name, i }));
    expect(sortBytewiseBy(items, (item) => item.name).map((item) => item.name)).toEqual(byBytes(input));
  });

  it('leaves its argument as it was', () => {
    const input = ['b', 'a'];
    sortBytewise(input);
    expect(input).toEqual(['b', 'a']);
  });
});
