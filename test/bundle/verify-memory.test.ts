import { afterAll, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { gzip, paxEntry, rawEntry, rawTar, removeTempDirs, tempDir } from './fixtures.js';
import { describeE2E, nodeBinary } from '../action/e2e-setup.js';

afterAll(removeTempDirs);

const TOP = rawEntry('run_x/', '', { type: '5', mode: 0o755 });
/** A file the plain reader leaves to the `tar` package: a non-ASCII name needs a PAX header. */
const ACCENTED = Buffer.concat([paxEntry({ path: 'run_x/é.txt' }), rawEntry('run_x/e.txt', 'accent\n')]);
const BIG = 128 * 1024 * 1024;

/** The peak resident memory, in bytes, of the built CLI verifying `bundle` (it fails: there is no manifest). */
function peakOfVerify(root: string, bundle: Buffer): number {
  const file = path.join(root, `b${fs.readdirSync(root).length}.tar.gz`);
  fs.writeFileSync(file, bundle);
  const preload = path.join(root, 'peak.cjs');
  fs.writeFileSync(
    preload,
    // VmHWM: this process's own peak (resourceUsage's maxRSS may be the parent's, inherited at fork).
    `process.on('exit', () => require('fs').writeSync(2, 'peak ' + /VmHWM:\\s*(\\d+) kB/.exec(require('fs').readFileSync('/proc/self/status', 'utf8'))[1] + '\\n'));`,
  );
  const run = spawnSync(
    nodeBinary(),
    ['-r', preload, path.join(process.cwd(), 'dist/cli.js'), 'verify', file],
    {
      encoding: 'utf8',
    },
  );
  expect(run.stderr).toMatch(/SHA256SUMS\.txt is missing/);
  const peak = /^peak (\d+)$/m.exec(run.stderr);
  if (!peak) throw new Error(`no peak in ${run.stderr}`);
  return Number(peak[1]) * 1024;
}

// A file held in memory costs its size once: not its stream chunks and then their concatenation, and not
// twice when the plain reader gives up after it and the bundle is read again.
describeE2E('awo verify <bundle> holds a large file once (Node 24)', () => {
  it.each([
    ['read by the plain reader', [rawEntry('run_x/big.bin', Buffer.alloc(BIG))]],
    ['read by the tar package', [ACCENTED, rawEntry('run_x/big.bin', Buffer.alloc(BIG))]],
    ['read again after the plain reader gave up', [rawEntry('run_x/big.bin', Buffer.alloc(BIG)), ACCENTED]],
  ])('%s', (_, entries) => {
    const root = tempDir('verify-memory');
    const small = peakOfVerify(root, gzip(rawTar(TOP, rawEntry('run_x/small.bin', Buffer.alloc(1024)))));
    const large = peakOfVerify(root, gzip(rawTar(TOP, ...entries)));
    expect((large - small) / BIG).toBeLessThan(1.5);
  });
});

// Zeros after the end-of-archive marker are allowed (tar pads to its record size). The `tar` package keeps
// whatever it is given past the marker, each chunk copied onto the last: 128 MiB of them took 18 s of CPU
// and their size in memory, 512 MiB minutes, from a bundle of 140 KB. They are checked, not handed to it.
describeE2E('awo verify <bundle> ignores padding after the end-of-archive marker (Node 24)', () => {
  it('does not hold it in memory on the tar package path', () => {
    const root = tempDir('verify-memory');
    const small = peakOfVerify(root, gzip(rawTar(TOP, ACCENTED)));
    const padded = peakOfVerify(root, gzip(Buffer.concat([rawTar(TOP, ACCENTED), Buffer.alloc(BIG)])));
    // Inflating it leaves garbage chunks for the collector (about half its size here); held, it cost 3 times.
    expect((padded - small) / BIG).toBeLessThan(1);
  });
});
