import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as zlib from 'node:zlib';
import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { isUtf8 } from 'node:buffer';
import { InputError, IntegrityError } from '../../src/core/errors.js';
import { checkManifest, writeManifest } from '../../src/bundle/manifest.js';
import { packRun } from '../../src/bundle/pack.js';
import { extractInto, unpackBundle } from '../../src/bundle/safe-extract.js';
import type { EntrySink } from '../../src/bundle/entry-sink.js';
import { folderSink } from '../../src/bundle/folder-sink.js';
import { NotPlainUstar } from '../../src/bundle/ustar-walk.js';
import { readBundle } from '../../src/bundle/bundle-run.js';
import {
  EOF_BLOCKS,
  gzip,
  listAll,
  rawHeader,
  withHeaderBytes,
  paxEntry,
  rawEntry,
  rawTar,
  sampleRunFiles,
  removeTempDirs,
  tempDir,
  writeFiles,
} from './fixtures.js';
import { describeE2E, nodeBinary } from '../action/e2e-setup.js';

const TOP = rawEntry('run_x/', '', { type: '5', mode: 0o755 });
const A = rawEntry('run_x/a.txt', 'hello\n');

/** The files this process holds open under `root` (Linux: /proc/self/fd), deleted ones included. */
function openFilesUnder(root: string): string[] {
  const held: string[] = [];
  for (const fd of fs.readdirSync('/proc/self/fd')) {
    let target: string;
    try {
      target = fs.readlinkSync(path.join('/proc/self/fd', fd));
    } catch {
      continue; // the descriptor readdir itself used, closed by now
    }
    if (target.startsWith(root + path.sep)) held.push(target);
  }
  return held;
}

async function packedSample(): Promise<{ file: string; sha256: string; source: string }> {
  const source = path.join(tempDir('x-src'), 'run_2025-01-02T03-04-05Z');
  fs.mkdirSync(source);
  writeFiles(source, sampleRunFiles());
  writeManifest(source);
  const bundle = await packRun(source, tempDir('x-out'));
  return { file: bundle.path, sha256: bundle.sha256, source };
}

/** The sample run with short ASCII names only (no PAX header), so the plain reader reads every entry. */
async function packedPlainSample(): Promise<{ file: string; source: string }> {
  const source = path.join(tempDir('x-src'), 'run_2025-01-02T03-04-05Z');
  fs.mkdirSync(source);
  const files = sampleRunFiles();
  writeFiles(
    source,
    Object.fromEntries(Object.entries(files).filter(([rel]) => /^[\w./-]{1,60}$/.test(rel))),
  );
  writeManifest(source);
  const { path: file } = await packRun(source, tempDir('x-out'));
  return { file, source };
}

/** `tar` gzipped with the header CRC flag set (RFC 1952 FHCRC), its CRC off by `off` (0: right). */
function gzipWithHeaderCrc(tar: Buffer, off: number): Buffer {
  const header = Buffer.from([0x1f, 0x8b, 8, 0x02, 0, 0, 0, 0, 0, 3]);
  const crc16 = Buffer.alloc(2);
  crc16.writeUInt16LE((zlib.crc32(header) + off) % 0x10000);
  const trailer = Buffer.alloc(8);
  trailer.writeUInt32LE(zlib.crc32(tar), 0);
  trailer.writeUInt32LE(tar.length, 4);
  return Buffer.concat([header, crc16, zlib.deflateRawSync(tar), trailer]);
}

interface Hostile {
  what: string;
  bytes: () => Buffer;
  refusal: RegExp;
  opts?: { maxBytes?: number; maxEntries?: number };
}

const hostile: Hostile[] = [
  {
    what: 'a ".." inside the top folder',
    bytes: () => gzip(rawTar(TOP, rawEntry('run_x/../evil', 'x'))),
    refusal: /refused entry "run_x\/\.\.\/evil": path escapes the bundle's top folder/,
  },
  {
    what: 'a leading ".."',
    bytes: () => gzip(rawTar(rawEntry('../evil', 'x'))),
    refusal: /refused entry "\.\.\/evil": path escapes/,
  },
  {
    what: 'an absolute path',
    bytes: () => gzip(rawTar(rawEntry('/tmp/awo-absolute-evil', 'x'))),
    refusal: /refused entry "\/tmp\/awo-absolute-evil": absolute paths are not allowed/,
  },
  {
    what: 'a symbolic link',
    bytes: () => gzip(rawTar(TOP, rawEntry('run_x/passwd', '', { type: '2', linkname: '/etc/passwd' }))),
    refusal: /refused entry "run_x\/passwd": it is a symbolic link/,
  },
  {
    what: 'a hard link',
    bytes: () => gzip(rawTar(TOP, A, rawEntry('run_x/hard', '', { type: '1', linkname: 'run_x/a.txt' }))),
    refusal: /refused entry "run_x\/hard": it is a hard link/,
  },
  {
    what: 'a character device',
    bytes: () => gzip(rawTar(TOP, rawEntry('run_x/null', '', { type: '3' }))),
    refusal: /refused entry "run_x\/null": it is a character device/,
  },
  {
    what: 'a block device',
    bytes: () => gzip(rawTar(TOP, rawEntry('run_x/sda', '', { type: '4' }))),
    refusal: /refused entry "run_x\/sda": it is a block device/,
  },
  {
    what: 'a FIFO',
    bytes: () => gzip(rawTar(TOP, rawEntry('run_x/pipe', '', { type: '6' }))),
    refusal: /refused entry "run_x\/pipe": it is a FIFO/,
  },
  {
    what: 'a duplicate entry',
    bytes: () => gzip(rawTar(TOP, A, rawEntry('run_x/a.txt', 'replaced\n'))),
    refusal: /refused entry "run_x\/a.txt": duplicate entry/,
  },
  {
    what: 'two top folders',
    bytes: () => gzip(rawTar(TOP, A, rawEntry('run_y/b.txt', 'x'))),
    refusal: /refused entry "run_y\/b.txt": it is outside the single top folder "run_x"/,
  },
  {
    what: 'a file at the top level',
    bytes: () => gzip(rawTar(rawEntry('loose.txt', 'x'))),
    refusal: /refused entry "loose.txt": a file at the top level/,
  },
  {
    what: 'a bomb: an entry larger than the bound',
    bytes: () => gzip(rawTar(TOP, rawEntry('run_x/zeros', Buffer.alloc(16 * 1024 * 1024)))),
    refusal: /refused entry "run_x\/zeros": the bundle expands beyond the limit of 4194304 bytes/,
    opts: { maxBytes: 4 * 1024 * 1024 },
  },
  {
    what: 'a bomb: a small entry followed by a flood of zero blocks',
    bytes: () => gzip(Buffer.concat([TOP, A, Buffer.alloc(16 * 1024 * 1024)])),
    refusal: /the bundle expands beyond the limit of 4194304 bytes/,
    opts: { maxBytes: 4 * 1024 * 1024 },
  },
  {
    what: 'a header declaring a huge size with no data behind it',
    bytes: () => gzip(Buffer.concat([TOP, rawEntry('run_x/huge', '', { size: 0o77777777770 })])),
    refusal: /refused entry "run_x\/huge": the bundle expands beyond the limit/,
  },
  // A folder the tar package reads as empty, whose declared data it then reads as more entries (GNU tar
  // skips it): each after a PAX entry, so the tar package reads them, not the plain reader.
  {
    what: 'an old-style folder entry (a file whose name ends in "/") carrying an entry',
    bytes: () =>
      gzip(
        rawTar(
          TOP,
          paxEntry({ path: 'run_x/é.txt' }),
          A,
          rawEntry('run_x/d/', rawEntry('run_x/evil', 'EVIL')),
        ),
      ),
    refusal: /refused entry "run_x\/d\/": a folder entry that declares data/,
  },
  {
    what: 'a folder entry with a size, carrying an entry',
    bytes: () =>
      gzip(
        rawTar(
          TOP,
          paxEntry({ path: 'run_x/é.txt' }),
          A,
          rawEntry('run_x/d/', rawEntry('run_x/evil', 'EVIL'), { type: '5' }),
        ),
      ),
    refusal: /refused entry "run_x\/d\/": a folder entry that declares data/,
  },
  {
    what: 'a folder entry given a size by its PAX header',
    bytes: () => {
      const hidden = rawEntry('run_x/evil', 'EVIL');
      return gzip(
        rawTar(
          TOP,
          paxEntry({ size: String(hidden.length) }),
          rawEntry('run_x/d/', '', { type: '5' }),
          hidden,
        ),
      );
    },
    refusal: /refused entry "run_x\/d\/": a folder entry that declares data/,
  },
  // Headers tar readers do not read alike (each found by an adversarial review): refused before the `tar`
  // package reads them, so no entry is named, placed or counted otherwise by GNU tar than by awo unpack.
  {
    what: 'a ustar version other than "00" with a prefix (GNU tar applies it, the tar package not)',
    bytes: () =>
      gzip(rawTar(TOP, withHeaderBytes(rawEntry('x.txt', 'x', { prefix: 'elsewhere' }), 263, '\0\0'))),
    refusal:
      /refused entry "x.txt": a header that is neither POSIX ustar \(magic and version "00"\) nor GNU tar's/,
  },
  {
    what: 'a GNU long name after a PAX path (GNU tar takes the PAX path, the tar package the last)',
    bytes: () =>
      gzip(
        rawTar(
          TOP,
          paxEntry({ path: 'run_x/innocent.txt' }),
          rawEntry('././@LongLink', 'elsewhere/planted.txt\0', { type: 'L' }),
          rawEntry('run_x/x', 'x'),
        ),
      ),
    refusal: /a second extended header for one entry/,
  },
  {
    what: 'two PAX headers before one entry (the tar package merges them, GNU tar keeps the last)',
    bytes: () =>
      gzip(
        rawTar(
          TOP,
          paxEntry({ path: 'run_x/evil.txt' }),
          paxEntry({ size: '1' }),
          rawEntry('run_x/good.txt', 'g'),
        ),
      ),
    refusal: /a second extended header for one entry/,
  },
  {
    what: 'a PAX global header naming a path (GNU tar applies it, the tar package not)',
    bytes: () =>
      gzip(
        rawTar(TOP, withHeaderBytes(paxEntry({ path: 'elsewhere/a' }), 156, 'g'), rawEntry('run_x/a', 'a')),
      ),
    refusal: /unsupported entry type "GlobalExtendedHeader" \(awo pack never writes it\)/,
  },
  {
    what: 'GNU sparse keys in a PAX header (GNU tar restores the file under another name)',
    bytes: () =>
      gzip(
        rawTar(
          TOP,
          paxEntry({ 'GNU.sparse.major': '1', 'GNU.sparse.name': 'elsewhere/s' }),
          rawEntry('run_x/s', 'x'),
        ),
      ),
    refusal: /a PAX header with key "GNU.sparse.major" \(awo pack writes only path and size, once each\)/,
  },
  {
    what: 'an old GNU long-name entry (type N: GNU tar extracts it as a file)',
    bytes: () =>
      gzip(rawTar(TOP, rawEntry('run_x/n', 'run_x/other', { type: 'N' }), rawEntry('run_x/a', 'a'))),
    refusal: /refused entry "run_x\/n": unsupported entry type "OldGnuLongPath"/,
  },
  {
    what: 'a PAX value holding a line feed (the tar package finds a record GNU tar does not)',
    bytes: () => gzip(rawTar(TOP, paxEntry({ path: 'run_x/a.txt\nsize=1024' }), rawEntry('run_x/a', 'a'))),
    refusal: /a PAX record with a line feed inside its value/,
  },
  {
    what: 'a PAX path that is not UTF-8 (the tar package drops it, GNU tar writes its bytes)',
    bytes: () => {
      const record = Buffer.concat([
        Buffer.from('path=run_x/'),
        Buffer.from([0xff, 0xfe]),
        Buffer.from('.txt\n'),
      ]);
      const body = Buffer.concat([Buffer.from(`${record.length + 3} `), record]);
      return gzip(
        rawTar(TOP, rawEntry('PaxHeader/x', body, { type: 'x' }), rawEntry('run_x/innocent.txt', 'a')),
      );
    },
    refusal: /a PAX record that is not valid UTF-8/,
  },
  {
    what: 'a PAX path holding a NUL byte (the tar package cuts the name there)',
    bytes: () =>
      gzip(rawTar(TOP, paxEntry({ path: 'run_x/ok\0/../../evil' }), rawEntry('run_x/innocent.txt', 'a'))),
    refusal:
      /^refused entry "run_x\/ok\\u0000\/\.\.\/\.\.\/evil": a NUL byte inside its PAX record \(the tar package cuts the name there; a name holds none\)$/,
  },
  {
    what: 'a ustar name that is not UTF-8 (the tar package writes U+FFFD, GNU tar the byte)',
    // 'run_x/caf' is 9 bytes: the 'e' after it becomes 0xE9, a Latin-1 'é'.
    bytes: () => gzip(rawTar(TOP, withHeaderBytes(rawEntry('run_x/cafe.txt', 'a'), 9, [0xe9]))),
    refusal: /a name that is not valid UTF-8/,
  },
  {
    what: 'a GNU long name that is not UTF-8',
    bytes: () =>
      gzip(
        rawTar(
          TOP,
          rawEntry(
            '././@LongLink',
            Buffer.concat([Buffer.from(`run_x/${'l'.repeat(120)}`), Buffer.from([0xe9, 0])]),
            {
              type: 'L',
            },
          ),
          rawEntry('run_x/x', 'a'),
        ),
      ),
    refusal: /a name that is not valid UTF-8/,
  },
  {
    what: 'a GNU long name ending in "/" over a file header with data (the tar package reads a folder, and its data as entries)',
    bytes: () =>
      gzip(
        rawTar(
          TOP,
          rawEntry('././@LongLink', 'run_x/evil/\0', { type: 'L' }),
          rawEntry('run_x/evilx', rawTar(rawEntry('run_x/smuggled.txt', 'PWNED')).subarray(0, 1024)),
          rawEntry('run_x/after.txt', 'a'),
        ),
      ),
    refusal: /refused entry "run_x\/evil\/": a folder entry that declares data/,
  },
  {
    what: 'an empty GNU long name (GNU tar names the next entry "", the tar package by its header)',
    bytes: () =>
      gzip(
        rawTar(
          TOP,
          rawEntry('././@LongLink', '', { type: 'L' }),
          rawEntry('run_x/evil/', rawTar(rawEntry('run_x/smuggled.txt', 'PWNED')).subarray(0, 1024)),
          rawEntry('run_x/after.txt', 'a'),
        ),
      ),
    refusal: /an empty long name/,
  },
  {
    what: 'a PAX path 90,000 folders deep (its parents cost the square of its depth to list)',
    bytes: () =>
      gzip(
        rawTar(
          TOP,
          paxEntry({ path: `run_x/${Array(90_000).fill('a').join('/')}` }),
          rawEntry('run_x/a', 'a'),
        ),
      ),
    // Shown as its first 200 characters and its length (the 180,005 bytes in full once made a 180 kB line).
    refusal: /^refused entry "run_x\/(a\/){97}"…\(180005 bytes\): the path is longer than 4096 bytes$/,
  },
  {
    what: 'a folder name longer than NAME_MAX (the disk refuses it)',
    bytes: () =>
      gzip(rawTar(TOP, paxEntry({ path: `run_x/${'b'.repeat(300)}/f.txt` }), rawEntry('run_x/f', 'a'))),
    refusal: /a component of the path is longer than 255 characters/,
  },
  {
    what: 'one short entry that implies more folders than the entry limit',
    bytes: () => gzip(rawTar(TOP, rawEntry('run_x/a/b/c/d/e/f/g/h/i/j/k/l/m.txt', 'a'))),
    refusal: /more than 10 entries, counting the folders its paths imply/,
    opts: { maxEntries: 10 },
  },
  {
    what: 'a size field with trailing garbage (the tar package reads its digits, GNU tar skips the entry)',
    bytes: () =>
      gzip(rawTar(TOP, withHeaderBytes(rawEntry('run_x/a.txt', 'x'.repeat(1024)), 124, '00000002000x'))),
    refusal: /refused entry "run_x\/a.txt": a header with a number that is not plain octal/,
  },
  {
    what: 'a lone zero block before more entries (GNU tar stops there, the tar package reads on)',
    bytes: () => gzip(rawTar(TOP, A, Buffer.alloc(512), rawEntry('run_x/hidden.txt', 'h'))),
    refusal: /refused entry "run_x\/hidden.txt": a lone zero block comes before it/,
  },
  {
    what: 'a gzip header whose CRC does not hold',
    bytes: () => gzipWithHeaderCrc(rawTar(TOP, A), 1),
    refusal: /its gzip header CRC does not match the header/,
  },
  {
    what: 'too many entries',
    bytes: () => gzip(rawTar(TOP, A, rawEntry('run_x/b.txt', 'b'), rawEntry('run_x/c.txt', 'c'))),
    refusal: /refused entry "run_x\/c.txt": the bundle has more than 3 entries/,
    opts: { maxEntries: 3 },
  },
  {
    what: 'a truncated gzip stream',
    bytes: () => {
      const whole = gzip(rawTar(TOP, rawEntry('run_x/data', Buffer.from('x'.repeat(50_000)))));
      return whole.subarray(0, whole.length - 20);
    },
    refusal: /the gzip stream is truncated/,
  },
  {
    what: 'trailing garbage after the gzip stream',
    bytes: () => Buffer.concat([gzip(rawTar(TOP, A)), Buffer.from('GARBAGE')]),
    refusal: /data follows the gzip stream/,
  },
  {
    what: 'trailing zero padding after the gzip stream',
    bytes: () => Buffer.concat([gzip(rawTar(TOP, A)), Buffer.alloc(64)]),
    refusal: /data follows the gzip stream/,
  },
  {
    what: 'a second gzip member',
    bytes: () => Buffer.concat([gzip(rawTar(TOP, A)), gzip(rawTar(rawEntry('run_x/smuggled', 'x')))]),
    refusal: /data follows the (gzip stream|end-of-archive marker)/,
  },
  {
    // An empty member adds nothing to the CRC and length the last trailer gives, so zlib's gunzip let it
    // hide the member after it. Only the first member is inflated now: its empty tar is refused.
    what: 'an empty gzip member before the one holding the tar',
    bytes: () => Buffer.concat([gzip(Buffer.alloc(0)), gzip(rawTar(TOP, A))]),
    refusal: /the tar stream is invalid at its start/,
  },
  {
    what: 'an empty gzip member, then the tar in a member whose header carries a comment',
    bytes: () => {
      const second = gzip(rawTar(TOP, A));
      const comment = Buffer.from('HIDDEN PAYLOAD\0');
      const flagged = Buffer.concat([second.subarray(0, 10), comment, second.subarray(10)]);
      flagged[3] = 0x10;
      return Buffer.concat([gzip(Buffer.alloc(0)), flagged]);
    },
    refusal: /the tar stream is invalid at its start/,
  },
  {
    what: 'an empty gzip member after the one holding the tar, its header carrying a comment',
    bytes: () => {
      const empty = gzip(Buffer.alloc(0));
      const flagged = Buffer.concat([
        empty.subarray(0, 10),
        Buffer.from('HIDDEN PAYLOAD\0'),
        empty.subarray(10),
      ]);
      flagged[3] = 0x10;
      return Buffer.concat([gzip(rawTar(TOP, A)), flagged]);
    },
    refusal: /data follows the gzip stream \(trailing garbage or a second gzip member\)/,
  },
  {
    what: 'a gzip header whose name never ends',
    bytes: () => {
      const header = Buffer.from([0x1f, 0x8b, 8, 0x08, 0, 0, 0, 0, 0, 3]);
      return Buffer.concat([header, Buffer.alloc(200 * 1024, 0x41)]);
    },
    refusal: /its gzip header runs past 131072 bytes/,
  },
  {
    what: 'not gzip at all (a plain tar)',
    bytes: () => rawTar(TOP, A),
    refusal: /not a gzip file/,
  },
  {
    what: 'a .tar.gz compressed a second time',
    bytes: () => gzip(gzip(rawTar(TOP, A))),
    refusal: /itself compressed/,
  },
  {
    what: 'a header with a bad checksum',
    bytes: () => gzip(rawTar(TOP, rawEntry('run_x/bad', 'x', { badChecksum: true }))),
    refusal: /checksum failure/,
  },
  {
    what: 'a PAX path that escapes, behind a harmless ustar name',
    bytes: () => gzip(rawTar(TOP, paxEntry({ path: 'run_x/../../evil' }), rawEntry('run_x/innocent', 'x'))),
    refusal: /refused entry "run_x\/\.\.\/\.\.\/evil": path escapes/,
  },
  {
    what: 'a GNU long name that escapes',
    bytes: () =>
      gzip(
        rawTar(
          TOP,
          rawEntry('././@LongLink', '../../evil\0', { type: 'L' }),
          rawEntry('run_x/innocent', 'x'),
        ),
      ),
    refusal: /refused entry "\.\.\/\.\.\/evil": path escapes/,
  },
  {
    what: 'a backslash path (traversal on Windows)',
    bytes: () => gzip(rawTar(TOP, rawEntry('run_x\\..\\..\\evil', 'x'))),
    refusal: /contains a backslash/,
  },
  {
    what: 'an entry beneath a file',
    bytes: () => gzip(rawTar(TOP, A, rawEntry('run_x/a.txt/under', 'x'))),
    refusal: /refused entry "run_x\/a.txt\/under": its parent "run_x\/a.txt" is a file/,
  },
  {
    what: 'a truncated tar inside a valid gzip stream',
    bytes: () => gzip(Buffer.concat([TOP, rawEntry('run_x/data', 'x'.repeat(5000)).subarray(0, 1024)])),
    refusal: /Truncated input/,
  },
  {
    what: 'a tar without its end-of-archive marker',
    bytes: () => gzip(Buffer.concat([TOP, A])),
    refusal: /no end-of-archive marker/,
  },
  {
    what: 'an entry hidden after the end-of-archive marker',
    bytes: () => gzip(Buffer.concat([TOP, A, EOF_BLOCKS, rawEntry('run_x/hidden', 'x'), EOF_BLOCKS])),
    refusal: /data follows the end-of-archive marker/,
  },
  {
    what: 'an unsupported entry type (sparse file)',
    bytes: () => gzip(rawTar(TOP, rawEntry('run_x/sparse', 'x', { type: 'S' }))),
    refusal: /refused entry "run_x\/sparse": unsupported entry type/,
  },
  {
    what: 'an empty archive',
    bytes: () => gzip(EOF_BLOCKS),
    refusal: /holds no entries|Unrecognized archive format/,
  },
  {
    what: 'a "." component',
    bytes: () => gzip(rawTar(TOP, rawEntry('run_x/./a.txt', 'x'))),
    refusal: /empty or "\." component/,
  },
];

afterAll(removeTempDirs);

describe('unpackBundle', () => {
  it('extracts a packed run folder byte for byte, with a manifest that checks', async () => {
    const { file, sha256, source } = await packedSample();
    const target = tempDir('x-target');
    const result = await unpackBundle(file, target, { expectedSha256: sha256 });
    expect(result.sha256).toBe(sha256);
    expect(result.runDir).toBe(path.join(target, 'run_2025-01-02T03-04-05Z'));
    expect(fs.readdirSync(target)).toEqual(['run_2025-01-02T03-04-05Z']);
    expect(checkManifest(result.runDir)).toEqual({ ok: true });
    for (const rel of Object.keys(sampleRunFiles())) {
      expect(
        fs.readFileSync(path.join(result.runDir, rel)).equals(fs.readFileSync(path.join(source, rel))),
      ).toBe(true);
    }
  });

  it('extracts what GNU tar writes for a run folder (its own magic, no prefix), as GNU tar does', async () => {
    const { source } = await packedSample();
    const root = tempDir('x-gnu');
    const bundle = path.join(root, 'gnu.tar.gz');
    spawnSync('tar', ['-czf', bundle, '-C', path.dirname(source), path.basename(source)]);
    const { runDir } = await unpackBundle(bundle, path.join(root, 'out'));
    expect(listAll(runDir)).toEqual(listAll(source));
    expect(checkManifest(runDir)).toEqual({ ok: true });
  });

  it('extracts GNU tar long names whose cut copy in the header splits a character or ends in "/"', async () => {
    const source = path.join(tempDir('x-gnu-long'), 'run_2025-01-02T03-04-05Z');
    fs.mkdirSync(source);
    // GNU tar writes a long name as its own entry and a copy cut at byte 100 in the header: cut inside an
    // "é" (not UTF-8 there), and cut right after a "/" (an old-style folder there), for file names.
    writeFiles(source, {
      ...sampleRunFiles(),
      [`artifacts/${'é'.repeat(40)}.txt`]: 'accented\n',
      [`artifacts/${'x'.repeat(64)}/report-with-a-long-name.txt`]: 'cut at a slash\n',
    });
    writeManifest(source);
    const bundle = path.join(path.dirname(source), 'gnu.tar.gz');
    expect(spawnSync('tar', ['-czf', bundle, '-C', path.dirname(source), path.basename(source)]).status).toBe(
      0,
    );
    const cut = (name: string) => Buffer.from(`run_2025-01-02T03-04-05Z/${name}`).subarray(0, 100);
    expect(isUtf8(cut(`artifacts/${'é'.repeat(40)}.txt`))).toBe(false);
    expect(cut(`artifacts/${'x'.repeat(64)}/report-with-a-long-name.txt`).at(-1)).toBe(0x2f);
    const { runDir } = await unpackBundle(bundle, path.join(path.dirname(source), 'out'));
    expect(listAll(runDir)).toEqual(listAll(source));
    expect(checkManifest(runDir)).toEqual({ ok: true });
  });

  it('reads a gzip header with a CRC that holds, as gzip does', async () => {
    const root = tempDir('x-fhcrc');
    const bundle = path.join(root, 'b.tar.gz');
    fs.writeFileSync(bundle, gzipWithHeaderCrc(rawTar(TOP, A), 0));
    const { runDir } = await unpackBundle(bundle, path.join(root, 'out'));
    expect(fs.readFileSync(path.join(runDir, 'a.txt'), 'utf8')).toBe('hello\n');
  });

  it('writes a plain bundle through the plain reader, and a bundle with PAX names through the tar package', async () => {
    const limits = { maxBytes: 1 << 30, maxEntries: 1000 };
    const plain = await packedPlainSample();
    const into = tempDir('x-plain');
    const read = await extractInto(plain.file, folderSink(into), limits);
    expect(read.tar.of).toBe('skeleton');
    const written = listFiles(path.join(into, read.top));
    expect(written).toEqual(listFiles(plain.source));
    for (const rel of written) {
      const bytes = fs.readFileSync(path.join(plain.source, rel));
      expect(fs.readFileSync(path.join(into, read.top, rel)).equals(bytes)).toBe(true);
      expect(read.digests.get(rel)).toBe(createHash('sha256').update(bytes).digest('hex'));
      expect(fs.statSync(path.join(into, read.top, rel)).mode & 0o777).toBe(0o644 & ~process.umask());
    }
    // A file larger than the sink takes whole sends the bundle to the tar package too.
    await expect(extractInto(plain.file, folderSink(tempDir('x-large'), 1024), limits)).rejects.toThrow(
      NotPlainUstar,
    );
    // With a PAX name the plain reader gives up; unpackBundle then starts over with the tar package.
    const { file, source } = await packedSample();
    await expect(extractInto(file, folderSink(tempDir('x-pax')), limits)).rejects.toThrow(NotPlainUstar);
    const { runDir } = await unpackBundle(file, tempDir('x-target'));
    expect(listFiles(runDir)).toEqual(listFiles(source));
    expect(checkManifest(runDir)).toEqual({ ok: true });
  });

  it('refuses a number the tar package cannot read, whichever reader meets it first', async () => {
    const root = tempDir('x-base256');
    const file = path.join(root, 'bundle.tar.gz');
    // A base-256 uid (0x80 first) that is not a valid number: the plain reader hands it to the tar package.
    fs.writeFileSync(file, gzip(rawTar(TOP, withHeaderBytes(A, 108, [0x80, 0xff, 0xff, 0xff]))));
    await expect(unpackBundle(file, path.join(root, 'target'))).rejects.toThrow(
      /refused bundle .*: the tar stream is invalid at/,
    );
    expect(fs.readdirSync(root)).toEqual(['bundle.tar.gz']);
  });

  it('checks the digest before parsing anything', async () => {
    const root = tempDir('x-digest');
    // Not even gzip: a parser would complain about the format; the digest check must come first.
    const file = path.join(root, 'bundle.tar.gz');
    fs.writeFileSync(file, 'not a bundle');
    const target = path.join(root, 'target');
    await expect(unpackBundle(file, target, { expectedSha256: `sha256:${'0'.repeat(64)}` })).rejects.toThrow(
      /bundle digest mismatch .* expected sha256:0{64}, found sha256:[0-9a-f]{64}; nothing was extracted/,
    );
    expect(fs.existsSync(target)).toBe(false);
  });

  it('accepts the digest as bare hex and refuses a malformed one as bad input', async () => {
    const { file, sha256 } = await packedSample();
    await expect(
      unpackBundle(file, tempDir('x-t'), { expectedSha256: sha256.slice(7).toUpperCase() }),
    ).resolves.toMatchObject({ sha256 });
    await expect(unpackBundle(file, tempDir('x-t'), { expectedSha256: 'abc' })).rejects.toThrow(InputError);
  });

  it('refuses to overwrite an existing run folder and leaves it untouched', async () => {
    const { file } = await packedSample();
    const target = tempDir('x-exists');
    fs.mkdirSync(path.join(target, 'run_2025-01-02T03-04-05Z'));
    fs.writeFileSync(path.join(target, 'run_2025-01-02T03-04-05Z', 'mine.txt'), 'keep');
    await expect(unpackBundle(file, target)).rejects.toThrow(/already exists/);
    expect(listAll(target)).toEqual(['run_2025-01-02T03-04-05Z', 'run_2025-01-02T03-04-05Z/mine.txt']);
  });

  it('refuses to unpack over a dangling link where the run folder would go, as bad input (helper-43)', async () => {
    const { file } = await packedSample();
    const target = tempDir('x-dangling');
    fs.symlinkSync(path.join(target, 'nowhere'), path.join(target, 'run_2025-01-02T03-04-05Z'));
    await expect(unpackBundle(file, target)).rejects.toThrow(InputError);
    await expect(unpackBundle(file, target)).rejects.toThrow(/already exists/);
    expect(fs.readdirSync(target)).toEqual(['run_2025-01-02T03-04-05Z']);
  });

  it('refuses a target that is a file, as bad input', async () => {
    const { file } = await packedSample();
    const notDir = path.join(tempDir('x-file'), 'file.txt');
    fs.writeFileSync(notDir, 'x');
    await expect(unpackBundle(file, notDir)).rejects.toThrow(InputError);
    expect(fs.readFileSync(notDir, 'utf8')).toBe('x');
  });

  it('has a corpus of at least 15 hostile archives', () => {
    expect(hostile.length).toBeGreaterThanOrEqual(15);
  });

  it.each(hostile.map((h) => [h.what, h] as const))('refuses %s, writing nothing', async (_what, h) => {
    const root = tempDir('x-hostile');
    const file = path.join(root, 'bundle.tar.gz');
    fs.writeFileSync(file, h.bytes());
    const existing = path.join(root, 'existing-target');
    fs.mkdirSync(existing);
    fs.writeFileSync(path.join(existing, 'keep.txt'), 'keep');
    // A target whose parents do not exist either: a refusal removes the folders it made for it.
    const fresh = path.join(root, 'fresh-target', 'a', 'b');

    for (const target of [existing, fresh]) {
      const attempt = unpackBundle(file, target, h.opts);
      await expect(attempt).rejects.toThrow(IntegrityError);
      // No file written is left open, or still being opened, once the refusal is out: the cleanup saw them all.
      expect(openFilesUnder(target)).toEqual([]);
      await expect(unpackBundle(file, target, h.opts)).rejects.toThrow(h.refusal);
    }
    // Nothing inside the target folders, nothing beside them, nothing at the absolute path.
    expect(listAll(existing)).toEqual(['keep.txt']);
    expect(fs.existsSync(fresh)).toBe(false);
    expect(fs.readdirSync(root).sort()).toEqual(['bundle.tar.gz', 'existing-target']);
    expect(fs.existsSync('/tmp/awo-absolute-evil')).toBe(false);
  });

  it('refuses, naming the entry, a folder the disk cannot make (a path past PATH_MAX under the target)', async () => {
    const root = tempDir('x-enametoolong');
    const file = path.join(root, 'b.tar.gz');
    const deep = `run_x/${Array(15).fill('d'.repeat(255)).join('/')}/f.txt`;
    fs.writeFileSync(file, gzip(rawTar(TOP, paxEntry({ path: deep }), rawEntry('run_x/f', 'a'))));
    // Named by its first 200 characters and its length.
    const refusal = new RegExp(
      `^refused entry "run_x/d{194}"…\\(${deep.length} bytes\\): its folder cannot be made: ENAMETOOLONG$`,
    );
    // The path is within PATH_MAX; under a target 250 bytes deeper it is not.
    const under = path.join(root, 'd'.repeat(250));
    await expect(unpackBundle(file, under)).rejects.toThrow(refusal);
    // Verification spills a file past its memory budget into the same kind of folder.
    fs.mkdirSync(under);
    await expect(readBundle(file, { tmpDir: under, memoryBudget: 0 })).rejects.toThrow(refusal);
    expect(fs.readdirSync(under)).toEqual([]);
    expect(fs.readdirSync(root).sort()).toEqual(['b.tar.gz', 'd'.repeat(250)]);
  });

  it('shows a long entry name as its first 200 characters and its length, in the message and where', async () => {
    const root = tempDir('x-long-name');
    const file = path.join(root, 'b.tar.gz');
    const name = `run_x/${'é'.repeat(100)}${'a'.repeat(1_000_000 - 206)}`;
    fs.writeFileSync(file, gzip(rawTar(TOP, paxEntry({ path: name }), rawEntry('run_x/a', 'a'))));
    const shown = `run_x/${'é'.repeat(100)}${'a'.repeat(94)}`;
    for (const read of [
      () => unpackBundle(file, path.join(root, 't')),
      () => readBundle(file, { tmpDir: root }),
    ]) {
      const err = await read().catch((e: unknown) => e);
      expect(err).toBeInstanceOf(IntegrityError);
      expect((err as IntegrityError).message).toBe(
        `refused entry "${shown}"…(1000000 bytes): the path is longer than 4096 bytes`,
      );
      expect((err as IntegrityError).where).toBe(`${shown}…(1000000 bytes)`);
    }
    expect(fs.readdirSync(root)).toEqual(['b.tar.gz']);
  });

  it('names the entry in a refusal without a stack trace in the message', async () => {
    const root = tempDir('x-msg');
    const file = path.join(root, 'b.tar.gz');
    fs.writeFileSync(file, gzip(rawTar(TOP, rawEntry('run_x/../evil', 'x'))));
    const err = await unpackBundle(file, path.join(root, 't')).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(IntegrityError);
    expect((err as IntegrityError).where).toBe('run_x/../evil');
    expect((err as IntegrityError).message).not.toMatch(/\n\s+at /);
  });
});

describe('readBundle (verification reads a bundle into memory)', () => {
  it.each(hostile.map((h) => [h.what, h] as const))('refuses %s, as unpackBundle does', async (_what, h) => {
    const root = tempDir('x-memory');
    const file = path.join(root, 'bundle.tar.gz');
    fs.writeFileSync(file, h.bytes());
    await expect(readBundle(file, { ...h.opts, tmpDir: root })).rejects.toThrow(IntegrityError);
    await expect(readBundle(fs.readFileSync(file), { ...h.opts, tmpDir: root })).rejects.toThrow(h.refusal);
    expect(fs.readdirSync(root)).toEqual(['bundle.tar.gz']);
  });

  it('holds every file as packed, with the digest of its bytes, and writes nothing', async () => {
    const { file, sha256, source } = await packedSample();
    const tmpDir = tempDir('x-memory');
    const run = await readBundle(file, { expectedSha256: sha256, tmpDir });
    try {
      expect(run.name).toBe('run_2025-01-02T03-04-05Z');
      expect(run.sha256).toBe(sha256);
      expect(run.list()).toEqual(listFiles(source));
      for (const rel of run.list()) {
        const bytes = fs.readFileSync(path.join(source, rel));
        expect(Buffer.from(run.read(rel) ?? []).equals(bytes)).toBe(true);
        expect(run.extractedDigest(rel)).toBe(`sha256:${createHash('sha256').update(bytes).digest('hex')}`);
      }
      expect(fs.readdirSync(tmpDir)).toEqual([]);
    } finally {
      run.close();
    }
  });

  it('puts files beyond the memory budget in a temp folder, reads them from there, and removes it', async () => {
    const { file, source } = await packedSample();
    const tmpDir = tempDir('x-spill');
    const run = await readBundle(file, { tmpDir, memoryBudget: 1024 });
    const large = 'artifacts/large.bin';
    expect(typeof run.content(large)).toBe('string');
    expect(Buffer.from(run.read(large) ?? []).equals(fs.readFileSync(path.join(source, large)))).toBe(true);
    expect(fs.readdirSync(tmpDir)).toHaveLength(1);
    run.close();
    expect(fs.readdirSync(tmpDir)).toEqual([]);
  });

  it('refused while a file spills to disk, leaves no file open and removes the temp folder', async () => {
    const root = tempDir('x-spill-refused');
    const file = path.join(root, 'bundle.tar.gz');
    const whole = gzip(rawTar(TOP, rawEntry('run_x/data', Buffer.from('x'.repeat(50_000)))));
    fs.writeFileSync(file, whole.subarray(0, whole.length - 20));
    const tmpDir = tempDir('x-spill-tmp');
    await expect(readBundle(file, { tmpDir, memoryBudget: 1024 })).rejects.toThrow(
      /the gzip stream is truncated/,
    );
    expect(openFilesUnder(tmpDir)).toEqual([]);
    expect(fs.readdirSync(tmpDir)).toEqual([]);
  });

  it('decides a file is over the budget from its header, before gathering its bytes', async () => {
    const { file } = await packedPlainSample();
    const taken: string[] = [];
    const sink: EntrySink = {
      folder: () => undefined,
      file: () => Promise.reject(new Error('not asked for: the plain reader is first')),
      bytes: (parts) => (taken.push(parts.slice(1).join('/')), 'digest'),
      fits: (size) => size < 1024,
    };
    await expect(extractInto(file, sink, { maxBytes: 1 << 30, maxEntries: 1000 })).rejects.toThrow(
      NotPlainUstar,
    );
    // The files before the large one were taken; its bytes were never handed over (nor gathered).
    expect(taken).toEqual([
      'SHA256SUMS.txt',
      'artifacts/B.txt',
      'artifacts/a-b.txt',
      'artifacts/a/b.txt',
      'artifacts/empty.txt',
    ]);
  });

  it('refuses bytes whose digest differs before reading them', async () => {
    const { file } = await packedSample();
    await expect(
      readBundle(fs.readFileSync(file), {
        expectedSha256: `sha256:${'0'.repeat(64)}`,
        label: 'inner.tar.gz',
      }),
    ).rejects.toThrow(/bundle digest mismatch for inner\.tar\.gz/);
  });
});

/** Every regular file under `dir`, relative and sorted bytewise. */
function listFiles(dir: string): string[] {
  return listAll(dir)
    .filter((rel) => fs.statSync(path.join(dir, rel)).isFile())
    .sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
}

// The built CLI, as the action runs it: a write the disk refuses (here the file size limit) is a refusal
// naming the entry, not an internal error, and leaves nothing behind.
describeE2E('awo unpack under Node 24 (the runner)', () => {
  it('refuses a file the disk cannot take, naming it, and leaves nothing', () => {
    const root = tempDir('x-efbig');
    const file = path.join(root, 'bundle.tar.gz');
    fs.writeFileSync(file, gzip(rawTar(TOP, A, rawEntry('run_x/big.bin', Buffer.alloc(64 * 1024, 7)))));
    const target = path.join(root, 'target');
    const cli = path.join(process.cwd(), 'dist/cli.js');
    const run = spawnSync(
      'bash',
      ['-c', 'ulimit -f 16; exec "$0" "$@"', nodeBinary(), cli, 'unpack', file, target],
      { encoding: 'utf8' },
    );
    expect(run.stderr).toMatch(/refused entry "run_x\/big\.bin": EFBIG/);
    expect(run.stderr).not.toMatch(/internal error/);
    expect(run.status).not.toBe(0);
    expect(fs.readdirSync(root)).toEqual(['bundle.tar.gz']);
  });
});

// Ctrl-C (SIGINT) or SIGTERM while the built CLI reads a large bundle: the temp folder it writes into goes
// too, and the process ends with the code a shell gives for the signal. The signal is sent once the file is
// being written there (the disk is polled), with gigabytes of it still to come.
describeE2E('awo verify and awo unpack, interrupted', () => {
  const BIG = 2 * 1024 ** 3;
  let bundle: string;

  beforeAll(async () => {
    bundle = path.join(tempDir('x-interrupt'), 'big.tar.gz');
    const gz = zlib.createGzip({ level: 1 });
    const written = once(gz.pipe(fs.createWriteStream(bundle)), 'close');
    const write = async (bytes: Buffer) => {
      if (!gz.write(bytes)) await once(gz, 'drain');
    };
    await write(TOP);
    await write(rawHeader({ name: 'run_x/big.bin', size: BIG }));
    const zeros = Buffer.alloc(16 * 1024 * 1024);
    for (let left = BIG; left > 0; left -= zeros.length) await write(zeros);
    await write(EOF_BLOCKS);
    gz.end();
    await written;
  });

  /** Whether some temp folder directly under `dir` holds the big file (being written) now. */
  const writingUnder = (dir: string) => {
    try {
      return fs.readdirSync(dir).some((name) => fs.existsSync(path.join(dir, name, 'run_x', 'big.bin')));
    } catch {
      return false;
    }
  };

  /** Runs the built CLI until `ready` holds, then sends `signal`; resolves to how it ended. */
  async function interrupted(args: string[], tmp: string, ready: () => boolean, signal: NodeJS.Signals) {
    const cli = path.join(process.cwd(), 'dist/cli.js');
    const child = spawn(nodeBinary(), [cli, ...args], {
      env: { ...process.env, TMPDIR: tmp },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const ended = once(child, 'close') as Promise<[number | null, NodeJS.Signals | null]>;
    let done = false;
    void ended.then(() => (done = true));
    while (!ready()) {
      if (done) throw new Error(`awo ${args[0]} ended before it wrote its temp folder: ${stderr}`);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    child.kill(signal);
    const [code, killedBy] = await ended;
    return { code, killedBy, stderr };
  }

  it.each([
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const)('awo verify removes its spill folder on %s and exits %i', async (signal, exitCode) => {
    const tmp = tempDir('x-interrupt-tmp');
    const ended = await interrupted(['verify', bundle], tmp, () => writingUnder(tmp), signal);
    expect(ended).toEqual({ code: exitCode, killedBy: null, stderr: '' });
    expect(fs.readdirSync(tmp)).toEqual([]);
  });

  it.each([
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const)(
    'awo unpack removes its temp folder and the target it made on %s and exits %i',
    async (signal, exitCode) => {
      const root = tempDir('x-interrupt-unpack');
      const target = path.join(root, 'fresh', 'out');
      const ended = await interrupted(['unpack', bundle, target], root, () => writingUnder(target), signal);
      expect(ended).toEqual({ code: exitCode, killedBy: null, stderr: '' });
      expect(fs.readdirSync(root)).toEqual([]);
    },
  );
});
