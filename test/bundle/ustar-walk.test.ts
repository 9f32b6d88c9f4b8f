import { afterAll, describe, expect, it } from '@jest/globals';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as zlib from 'node:zlib';
import { Parser, type ReadEntry } from 'tar';
import { writeManifest } from '../../src/bundle/manifest.js';
import { packRun } from '../../src/bundle/pack.js';
import { NotPlainUstar, UstarWalker, type PlainEntry } from '../../src/bundle/ustar-walk.js';
import { TarEndTracker } from '../../src/bundle/tar-end.js';
import {
  EOF_BLOCKS,
  headerSum,
  paxEntry,
  rawEntry,
  rawHeader,
  rawTar,
  removeTempDirs,
  tempDir,
  withHeaderBytes,
  writeFiles,
} from './fixtures.js';

afterAll(removeTempDirs);

type Seen = [string, string, number, string];

/** `header` with its right checksum written as 8 octal digits and no terminator. */
function eightDigitChecksum(header: Buffer): Buffer {
  const out = Buffer.from(header);
  out.write(headerSum(out).toString(8).padStart(8, '0'), 148, 'latin1');
  return out;
}

function walk(tar: Buffer, chunk: number): Seen[] {
  const seen: Seen[] = [];
  const walker = new UstarWalker((entry: PlainEntry) => {
    if (entry.type === 'Directory') return void seen.push([entry.name, entry.type, entry.size, '']);
    return (data) => void seen.push([entry.name, entry.type, entry.size, data.toString('latin1')]);
  });
  for (let i = 0; i < tar.length; i += chunk) expect(walker.push(tar.subarray(i, i + chunk))).toBe(true);
  walker.end();
  return seen;
}

async function parse(tar: Buffer): Promise<Seen[]> {
  const seen: Seen[] = [];
  const parser = new Parser({ strict: true });
  parser.on('entry', (entry: ReadEntry) => {
    const parts: Buffer[] = [];
    entry.on('data', (c: Buffer) => parts.push(c));
    entry.on('end', () =>
      seen.push([entry.path, entry.type, entry.size, Buffer.concat(parts).toString('latin1')]),
    );
  });
  await new Promise((resolve) => {
    parser.on('end', resolve);
    parser.end(tar);
  });
  return seen;
}

describe('UstarWalker', () => {
  it('reads what awo pack writes for short names exactly as the tar package does, in any chunking', async () => {
    const dir = path.join(tempDir('walk'), 'run_2025-01-02T03-04-05Z');
    fs.mkdirSync(dir);
    writeFiles(dir, {
      'metadata.json': '{"created_at":"2025-01-02T03:04:05Z"}',
      'outputs/s1.json': '{"text":"x"}\n',
      'artifacts/empty.txt': '',
      'artifacts/block.bin': Buffer.alloc(512, 7),
      'artifacts/large.bin': Buffer.from(Array.from({ length: 300 * 1024 }, (_, i) => (i * 31) % 251)),
    });
    writeManifest(dir);
    const bundle = await packRun(dir, tempDir('walk-out'));
    const tar = zlib.gunzipSync(fs.readFileSync(bundle.path));
    const expected = await parse(tar);
    expect(expected.length).toBe(9);
    for (const chunk of [1, 100, 512, 777, 1 << 20]) expect(walk(tar, chunk)).toEqual(expected);
  });

  const notPlain: [string, Buffer][] = [
    ['a PAX header', rawTar(paxEntry({ path: 'run_x/a' }), rawEntry('run_x/a', 'x'))],
    ['a symbolic link', rawTar(rawEntry('run_x/l', '', { type: '2', linkname: '/etc/passwd' }))],
    ['a hard link', rawTar(rawEntry('run_x/l', '', { type: '1', linkname: 'run_x/a' }))],
    ['a bad checksum', rawTar(rawEntry('run_x/a', 'x', { badChecksum: true }))],
    ['a prefix field', rawTar(rawEntry('a', 'x', { prefix: 'run_x' }))],
    ['a non-ASCII name', rawTar(rawEntry('run_x/é', 'x'))],
    ['a folder with data', rawTar(rawEntry('run_x/', 'x', { type: '5' }))],
    [
      'a lone zero block',
      Buffer.concat([rawEntry('run_x/a', 'x'), Buffer.alloc(512), rawEntry('run_x/b', 'y'), EOF_BLOCKS]),
    ],
    ['a truncated entry', rawEntry('run_x/a', 'x'.repeat(600)).subarray(0, 700)],
    ['no end-of-archive marker', rawEntry('run_x/a', 'x')],
    ['an old-style file type', Buffer.concat([rawHeader({ name: 'run_x/a', type: '\0' }), EOF_BLOCKS])],
    [
      'a base-256 uid',
      Buffer.concat([withHeaderBytes(rawHeader({ name: 'run_x/a' }), 108, '\x80'), EOF_BLOCKS]),
    ],
    [
      'a garbled mtime',
      Buffer.concat([withHeaderBytes(rawHeader({ name: 'run_x/a' }), 136, '\x81'), EOF_BLOCKS]),
    ],
    [
      'a mode of 0xfe',
      Buffer.concat([withHeaderBytes(rawHeader({ name: 'run_x/a' }), 100, '\xfe'), EOF_BLOCKS]),
    ],
    [
      'a garbled devmajor',
      Buffer.concat([withHeaderBytes(rawHeader({ name: 'run_x/a' }), 329, 'x'), EOF_BLOCKS]),
    ],
    [
      'a checksum of 8 digits',
      Buffer.concat([eightDigitChecksum(rawHeader({ name: 'run_x/a' })), EOF_BLOCKS]),
    ],
  ];
  it.each(notPlain)('hands %s to the tar package', (_what, tar) => {
    expect(() => walk(tar, 512)).toThrow(NotPlainUstar);
  });

  it("hands a file's bytes over as one buffer of its own, untouched when the stream reuses its chunks", () => {
    const content = Buffer.from(Array.from({ length: 3000 }, (_, i) => i % 251));
    const tar = rawTar(rawEntry('run_x/a.bin', content), rawEntry('run_x/b.txt', 'b'));
    const kept: Buffer[] = [];
    const walker = new UstarWalker(() => (data) => void kept.push(data));
    const chunk = Buffer.alloc(700);
    for (let i = 0; i < tar.length; i += chunk.length) {
      const n = tar.copy(chunk, 0, i);
      walker.push(chunk.subarray(0, n));
      chunk.fill(0xee);
    }
    walker.end();
    expect(kept.map((data) => data.toString('latin1'))).toEqual([content.toString('latin1'), 'b']);
  });

  it('refuses an extended header with a character split between two reads (the parser decodes each alone)', () => {
    const tar = rawTar(
      rawEntry('run_x/', '', { type: '5' }),
      paxEntry({ path: `run_x/${'é'.repeat(300)}` }),
      rawEntry('run_x/a', 'a'),
    );
    // The record starts "<length> path=run_x/", 15 bytes; the 11th "é" is split after its first byte.
    const split = 1024 + 15 + 2 * 10 + 1;
    const whole = new TarEndTracker();
    whole.push(tar);
    expect(whole.refusal).toBeUndefined();
    const tracker = new TarEndTracker();
    tracker.push(tar.subarray(0, split));
    tracker.push(tar.subarray(split));
    expect(tracker.refusal?.why).toMatch(/a character split across reads/);
  });

  it('says when non-zero data follows the end-of-archive marker', () => {
    const walker = new UstarWalker(() => undefined);
    expect(
      walker.push(Buffer.concat([rawTar(rawEntry('run_x/', '', { type: '5' })), Buffer.alloc(512)])),
    ).toBe(true);
    expect(walker.push(rawEntry('run_x/hidden', 'x'))).toBe(false);
  });
});
