import { describe, it, expect } from '@jest/globals';
import { consistencyProof, leafHash, nodeHash, treeRoot, verifyConsistency } from '../../src/core/merkle.js';
import { checkpointOf, formatCheckpoint, parseCheckpoint } from '../../src/core/checkpoint.js';
import { InputError } from '../../src/core/errors.js';

// The Certificate Transparency reference vectors (RFC 6962 / 9162 hashing): eight leaves and the root of
// each prefix, as published with the reference implementations' Merkle tree tests.
const LEAVES = [
  '',
  '00',
  '10',
  '2021',
  '3031',
  '40414243',
  '5051525354555657',
  '606162636465666768696a6b6c6d6e6f',
];
const ROOTS = [
  '6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d',
  'fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125',
  'aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77',
  'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7',
  '4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4',
  '76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef',
  'ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c',
  '5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328',
];
const leaves = LEAVES.map((hex) => leafHash(Buffer.from(hex, 'hex')));

function tree(n: number): Buffer[] {
  return Array.from({ length: n }, (_, i) => leafHash(`line ${i}`));
}

describe('RFC 9162 Merkle tree', () => {
  it('gives the reference roots for every prefix of the reference leaves', () => {
    ROOTS.forEach((root, i) => expect(treeRoot(leaves.slice(0, i + 1)).toString('hex')).toBe(root));
  });

  it('hashes the empty tree as SHA-256 of nothing', () => {
    expect(treeRoot([]).toString('hex')).toBe(
      'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    );
  });

  it('proves every prefix of trees up to 40 leaves consistent, and the proof is as short as RFC 9162 says', () => {
    for (let n = 1; n <= 40; n++) {
      const all = tree(n);
      for (let m = 1; m <= n; m++) {
        const proof = consistencyProof(all, m);
        expect(verifyConsistency(m, n, treeRoot(all.slice(0, m)), treeRoot(all), proof)).toBe(true);
        expect(proof.length).toBeLessThanOrEqual(2 * Math.ceil(Math.log2(n)) + 1);
      }
    }
  });

  it('refuses a rewritten history of the same length, a truncation and a changed proof', () => {
    const all = tree(13);
    const head5 = treeRoot(all.slice(0, 5));
    const rewritten = [...all];
    rewritten[3] = leafHash('forged line 3');
    // Same sizes, history rewritten before the earlier head: the proof built from the forgery fails.
    expect(verifyConsistency(5, 13, head5, treeRoot(rewritten), consistencyProof(rewritten, 5))).toBe(false);
    // A rewrite after the earlier head is an append, which is exactly what consistency allows.
    const appended = [...all];
    appended[9] = leafHash('other line 9');
    expect(verifyConsistency(5, 13, head5, treeRoot(appended), consistencyProof(appended, 5))).toBe(true);
    // Truncation: a tree of 4 leaves is not an extension of the head at 5.
    expect(verifyConsistency(5, 4, head5, treeRoot(all.slice(0, 4)), [])).toBe(false);
    const proof = consistencyProof(all, 5);
    proof[0] = nodeHash(proof[0], proof[0]);
    expect(verifyConsistency(5, 13, head5, treeRoot(all), proof)).toBe(false);
    expect(verifyConsistency(5, 13, head5, treeRoot(all), consistencyProof(all, 5).slice(1))).toBe(false);
  });

  it('treats equal sizes as equal roots with an empty proof', () => {
    const all = tree(6);
    expect(verifyConsistency(6, 6, treeRoot(all), treeRoot(all), [])).toBe(true);
    expect(verifyConsistency(6, 6, treeRoot(all), treeRoot(tree(7).slice(1)), [])).toBe(false);
  });
});

describe('checkpoint', () => {
  it('is the tree head over the audit lines as written, in the text form <size>:<root>', () => {
    const lines = ['{"seq":1}', '{"seq":2}', '{"seq":3}'];
    const checkpoint = checkpointOf('run_x', lines);
    expect(checkpoint.size).toBe(3);
    expect(checkpoint.root).toBe(`sha256:${treeRoot(lines.map((l) => leafHash(l))).toString('hex')}`);
    expect(parseCheckpoint(formatCheckpoint(checkpoint), '--checkpoint')).toEqual({
      size: 3,
      root: checkpoint.root,
    });
  });

  it('refuses a malformed checkpoint, naming where it came from and the accepted form', () => {
    for (const bad of ['3', 'x:sha256:00', `03:sha256:${'a'.repeat(64)}`, `3:sha256:${'A'.repeat(64)}`]) {
      expect(() => parseCheckpoint(bad, '--checkpoint')).toThrow(InputError);
      expect(() => parseCheckpoint(bad, '--checkpoint')).toThrow(/^--checkpoint: .*<size>:sha256:/);
    }
  });
});
