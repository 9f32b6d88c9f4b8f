import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { findAutolinks } from '../../src/core/autolink.js';

/** The regex the scan stands for (report.md's old `LINKISH`), run by V8's backtracking engine. */
const LINKISH = /(?:[a-z][a-z0-9+.-]*:\/\/|www\.)[^\s<>|`]+|[^\s@<>|`()]+@[^\s@<>|`()]+\.[^\s@<>|`()]+/gi;
const byRegex = (line: string) =>
  [...line.matchAll(LINKISH)].map((m) => ({ start: m.index, end: m.index + m[0].length }));

/** Pieces that make and break links: schemes, `www.`, `@`, dots, parentheses, breaks, case, non-ASCII. */
const piece = fc.constantFrom(
  'a',
  'Z',
  '1',
  '+',
  '-',
  '.',
  '..',
  ':',
  '://',
  '/',
  '@',
  '(',
  ')',
  'w',
  'W',
  'www.',
  'WwW.',
  'http',
  'https://',
  'x.y',
  ' ',
  '\t',
  '\u00a0',
  '\u2028',
  '<',
  '>',
  '|',
  '`',
  '_',
  'é',
  'K',
  'ſ',
  '\ud83d\ude00',
);

describe('findAutolinks', () => {
  it('finds exactly what the regex finds', () => {
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 40 }).map((parts) => parts.join('')),
        (line) => {
          expect(findAutolinks(line)).toEqual(byRegex(line));
        },
      ),
      { numRuns: 5000 },
    );
  });

  it('finds links in ordinary text', () => {
    const line = 'see https://a.example/x, www.b.example. or (mail ann@c.example) and not a@b or x://';
    expect(findAutolinks(line).map((s) => line.slice(s.start, s.end))).toEqual([
      'https://a.example/x,',
      'www.b.example.',
      'ann@c.example',
    ]);
  });

  // The regex needs minutes for each of these (each start position scans to the end of the word); the scan
  // is linear, so a million characters pass within the test's default time.
  it.each([
    ['a word of letters, then a colon', `${'a'.repeat(1_000_000)}:`],
    ['a scheme-like word, then www', `${'a+'.repeat(500_000)}www.`],
    ['an address-like word, then @', `${'a.'.repeat(500_000)}@`],
    ['a domain after @ with no dot', `a@${'b'.repeat(1_000_000)}`],
  ])('stays linear on %s', (_, line) => {
    expect(findAutolinks(line)).toEqual([]);
  });
});
