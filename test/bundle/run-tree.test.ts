import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { foldersHolding } from '../../src/bundle/run-tree.js';

/** Every proper prefix of each path that ends before a `/`: the definition, one path at a time. */
function naive(files: string[]): string[] {
  const out = new Set<string>();
  for (const file of files) {
    const parts = file.split('/');
    for (let i = 1; i < parts.length; i++) out.add(parts.slice(0, i).join('/'));
  }
  return [...out].sort();
}

describe('foldersHolding', () => {
  it('names each folder holding a file, at any depth, once', () => {
    expect([...foldersHolding(['a.txt', 'x/y/z.txt', 'x/b.txt', 'x/y/w/v.txt'])].sort()).toEqual([
      'x',
      'x/y',
      'x/y/w',
    ]);
  });

  it('agrees with the definition on generated paths, whatever their order', () => {
    const segment = fc.constantFrom('a', 'b', 'ab', 'c.d');
    const file = fc.array(segment, { minLength: 1, maxLength: 5 }).map((parts) => parts.join('/'));
    fc.assert(
      fc.property(fc.array(file, { maxLength: 30 }), (files) => {
        expect([...foldersHolding(files)].sort()).toEqual(naive(files));
      }),
      { numRuns: 2000 },
    );
  });
});
