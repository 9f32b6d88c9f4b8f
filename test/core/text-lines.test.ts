import { describe, it, expect } from '@jest/globals';
import { verifyChain } from '../../src/core/audit-chain.js';
import { completeLines } from '../../src/core/text-lines.js';

describe('completeLines', () => {
  it('gives the newline-terminated lines, without the text after the last newline', () => {
    expect([...completeLines('')]).toEqual([]);
    expect([...completeLines('a')]).toEqual([]);
    expect([...completeLines('\n')]).toEqual(['']);
    expect([...completeLines('a\nb\n')]).toEqual(['a', 'b']);
    expect([...completeLines('a\n\nb\ntorn')]).toEqual(['a', '', 'b']);
  });
});

describe('verifyChain on a trail of 300 million empty lines (helper-43)', () => {
  it('refuses its first line instead of aborting the process on an array too large to hold', () => {
    // `text.split('\n')` here ended the process with "Fatal JavaScript invalid size error" (exit 133).
    const check = verifyChain('\n'.repeat(300_000_000), `sha256:${'0'.repeat(64)}`, 'run_x');
    expect(check).toMatchObject({ ok: false, line: 1, message: 'is not valid JSON' });
  });
});
