import { afterAll, describe, expect, it } from '@jest/globals';
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { once } from 'node:events';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as zlib from 'node:zlib';
import { InputError, IntegrityError } from '../../src/core/errors.js';
import { writeManifest } from '../../src/bundle/manifest.js';
import { feed, packRun } from '../../src/bundle/pack.js';
import { DIR_MODE, entryHeader, FILE_MODE } from '../../src/bundle/deterministic-tar.js';
import { compareBytewise } from '../../src/core/bytewise-order.js';
import { prettyJson } from '../../src/core/hash.js';
import { Header } from 'tar';
import { sampleRunFiles, removeTempDirs, tempDir, writeFiles } from './fixtures.js';
import { describeE2E, nodeBinary } from '../action/e2e-setup.js';

const RUN_ID = 'run_2025-01-02T03-04-05Z';
/**
 * The digest of the sample folder's bundle. A golden value on purpose: if it moves, bundles written by
 * earlier versions no longer reproduce, which must be a deliberate, noted change.
 */
const GOLDEN_SHA256 = 'sha256:940e39259acd87be1cc9b1ef399549c31dc0ae7ac8a7428768cd94f9ab031ade';

/** Folder A: written in key order by this process, under its umask, then chmod'ed loosely. */
function folderA(): string {
  const dir = path.join(tempDir('pack-a'), RUN_ID);
  fs.mkdirSync(dir);
  writeFiles(dir, sampleRunFiles());
  fs.chmodSync(path.join(dir, 'outputs/s1.json'), 0o775);
  writeManifest(dir);
  return dir;
}

/**
 * Folder B: the same files, written in reverse order by a child process running under umask 077, with
 * shuffled mtimes and its manifest written after them.
 */
function folderB(): string {
  const root = tempDir('pack-b');
  const dir = path.join(root, 'elsewhere', RUN_ID);
  const files = sampleRunFiles();
  const spec = path.join(root, 'spec.json');
  const entries = Object.keys(files)
    .reverse()
    .map((rel) => [rel, Buffer.from(files[rel]).toString('base64')]);
  fs.writeFileSync(spec, JSON.stringify(entries));
  const writer = `
    import * as fs from 'node:fs'; import * as path from 'node:path';
    const [spec, dir] = process.argv.slice(1);
    for (const [rel, b64] of JSON.parse(fs.readFileSync(spec, 'utf8'))) {
      fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
      fs.writeFileSync(path.join(dir, rel), Buffer.from(b64, 'base64'));
    }`;
  execFileSync('sh', [
    '-c',
    'umask 077 && exec node --input-type=module -e "$0" "$1" "$2"',
    writer,
    spec,
    dir,
  ]);
  expect(fs.statSync(path.join(dir, 'metadata.json')).mode & 0o777).toBe(0o600);
  writeManifest(dir);
  let t = 1_000_000_000;
  for (const rel of [...Object.keys(files), 'SHA256SUMS.txt']) {
    t += 7_777_777 * ((rel.length % 5) + 1);
    fs.utimesSync(path.join(dir, rel), t, t);
  }
  fs.utimesSync(path.join(dir, 'artifacts'), 42, 42);
  return dir;
}

afterAll(removeTempDirs);

describe('packRun', () => {
  it('gives identical bytes for the same folder whatever the umask, write order and mtimes', async () => {
    const a = await packRun(folderA(), tempDir('out-a'));
    const b = await packRun(folderB(), tempDir('out-b'));
    expect(a.name).toBe(`awo-${RUN_ID}-abcdef0.tar.gz`);
    expect(b.name).toBe(a.name);
    const bytesA = fs.readFileSync(a.path);
    expect(fs.readFileSync(b.path).equals(bytesA)).toBe(true);
    expect(a.sha256).toBe(`sha256:${createHash('sha256').update(bytesA).digest('hex')}`);
    expect(a.bytes).toBe(bytesA.length);
    expect(b.sha256).toBe(a.sha256);
    expect(a.sha256).toBe(GOLDEN_SHA256);
  });

  it('writes a deterministic gzip header: mtime 0, no name, Unix OS byte', async () => {
    const { path: file } = await packRun(folderA(), tempDir('out'));
    const head = fs.readFileSync(file).subarray(0, 10);
    expect([...head.subarray(0, 4)]).toEqual([0x1f, 0x8b, 8, 0]);
    expect(head.readUInt32LE(4)).toBe(0);
    expect(head[9]).toBe(3);
  });

  it('holds one top folder with sorted entries, uid/gid 0, fixed modes and the run mtime (GNU tar listing)', async () => {
    const { path: file } = await packRun(folderA(), tempDir('out'));
    const listing = execFileSync('tar', ['--numeric-owner', '--full-time', '-tvzf', file], {
      encoding: 'utf8',
      env: { ...process.env, TZ: 'UTC' },
    })
      .trimEnd()
      .split('\n');
    const names = listing.map((l) => l.split(/ +/).slice(5).join(' '));
    expect(names[0]).toBe(`${RUN_ID}/`);
    expect(names.every((n) => n.startsWith(`${RUN_ID}/`))).toBe(true);
    const sorted = [...names].sort((x, y) =>
      Buffer.compare(Buffer.from(x.replace(/\/$/, '')), Buffer.from(y.replace(/\/$/, ''))),
    );
    expect(names).toEqual(sorted);
    for (const line of listing) {
      const [mode, owner, , date, time] = line.split(/ +/);
      expect(owner).toBe('0/0');
      expect(`${date} ${time}`).toBe('2025-01-02 03:04:05');
      expect(mode).toBe(mode.startsWith('d') ? 'drwxr-xr-x' : '-rw-r--r--');
    }
    expect(names).toContain(`${RUN_ID}/artifacts/résumé.txt`);
    expect(names.some((n) => n.endsWith('a-very-long-file-name-.txt'))).toBe(true);
  });

  it('unpacks with GNU tar into a folder where coreutils sha256sum -c passes, and fails after a one-byte change', async () => {
    const { path: file } = await packRun(folderA(), tempDir('out'));
    const into = tempDir('gnu-x');
    execFileSync('tar', ['-xzf', file, '-C', into]);
    expect(fs.readdirSync(into)).toEqual([RUN_ID]);
    const run = path.join(into, RUN_ID);
    const ok = spawnSync('sha256sum', ['-c', '--strict', 'SHA256SUMS.txt'], { cwd: run, encoding: 'utf8' });
    expect(ok.status).toBe(0);
    const target = path.join(run, 'artifacts/large.bin');
    const bytes = fs.readFileSync(target);
    bytes[1000] ^= 0xff;
    fs.writeFileSync(target, bytes);
    const bad = spawnSync('sha256sum', ['-c', '--strict', 'SHA256SUMS.txt'], { cwd: run, encoding: 'utf8' });
    expect(bad.status).toBe(1);
    expect(bad.stdout).toContain('./artifacts/large.bin: FAILED');
  });

  it('keeps every byte across many batches of small and large files (GNU tar and sha256sum -c agree)', async () => {
    // 6 MB of small files and files of 1.5 and 3.5 MB: a batch is refilled while gzip still works on the one
    // before, so a batch handed on too early would corrupt what was packed.
    const dir = path.join(tempDir('pack-batches'), RUN_ID);
    const files: Record<string, Buffer> = {};
    for (let i = 0; i < 3000; i++) files[`outputs/s${i}.json`] = Buffer.alloc(1500 + (i % 997), `${i};`);
    for (const [name, size] of [
      ['artifacts/a.bin', 1.5 * 2 ** 20],
      ['artifacts/b.bin', 3.5 * 2 ** 20],
    ] as const) {
      const bytes = Buffer.alloc(size);
      for (let i = 0; i < size; i += 4) bytes.writeUInt32LE((i * 2654435761) >>> 0, i);
      files[name] = bytes;
    }
    writeFiles(dir, files);
    writeManifest(dir);
    const bundle = await packRun(dir, tempDir('out'));
    const into = tempDir('batches-x');
    execFileSync('tar', ['-xzf', bundle.path, '-C', into]);
    const ok = spawnSync('sha256sum', ['-c', '--strict', '--quiet', 'SHA256SUMS.txt'], {
      cwd: path.join(into, RUN_ID),
      encoding: 'utf8',
    });
    expect(ok.stdout).toBe('');
    expect(ok.status).toBe(0);
    for (const [rel, bytes] of Object.entries(files))
      expect(bundle.fileDigests.get(rel)).toBe(createHash('sha256').update(bytes).digest('hex'));
  });

  it('names the bundle nosha and dates it at the epoch without metadata', async () => {
    const dir = path.join(tempDir('pack-nometa'), 'run_plain');
    writeFiles(dir, { 'report.md': '# report\n' });
    const bundle = await packRun(dir, tempDir('out'));
    expect(bundle.name).toBe('awo-run_plain-nosha.tar.gz');
    const listing = execFileSync('tar', ['--full-time', '-tvzf', bundle.path], {
      encoding: 'utf8',
      env: { ...process.env, TZ: 'UTC' },
    });
    expect(listing).toContain('1970-01-01 00:00:00');
  });

  it('refuses a symbolic link in the run folder, naming it, and leaves no partial bundle', async () => {
    const dir = folderA();
    fs.symlinkSync('/etc/passwd', path.join(dir, 'artifacts/passwd'));
    const out = tempDir('out');
    await expect(packRun(dir, out)).rejects.toThrow(IntegrityError);
    await expect(packRun(dir, out)).rejects.toThrow(/"artifacts\/passwd": it is a symbolic link/);
    expect(fs.readdirSync(out)).toEqual([]);
  });

  it('refuses a FIFO in the run folder, naming it', async () => {
    const dir = folderA();
    execFileSync('mkfifo', [path.join(dir, 'steps/fifo')]);
    await expect(packRun(dir, tempDir('out'))).rejects.toThrow(/"steps\/fifo": it is a FIFO/);
  });

  it('refuses a device in the run folder, naming it', async () => {
    const dir = folderA();
    const dev = path.join(dir, 'artifacts/null');
    // mknod needs CAP_MKNOD; where the test runs unprivileged the FIFO test above covers special files.
    const made = spawnSync('mknod', [dev, 'c', '1', '3']);
    if (made.status !== 0) return;
    await expect(packRun(dir, tempDir('out'))).rejects.toThrow(/"artifacts\/null": it is a character device/);
  });

  it("names the output's own failure and leaves nothing behind when the bundle cannot be written", async () => {
    const dir = path.join(tempDir('pack-out-fails'), RUN_ID);
    // Several batches, so gzip is still being fed when the output fails.
    writeFiles(dir, { 'artifacts/big.bin': Buffer.alloc(5 * 2 ** 20, 7), 'report.md': '# r\n' });
    const out = tempDir('out-fails');
    // The partial bundle's name is a link into a folder that does not exist: opening it fails (ENOENT).
    const partial = path.join(out, `.awo-${RUN_ID}-nosha.tar.gz.${process.pid}.partial`);
    fs.symlinkSync(path.join(out, 'no-such-folder', 'x'), partial);
    await expect(packRun(dir, out)).rejects.toThrow(/ENOENT: no such file or directory, open/);
    expect(fs.readdirSync(out)).toEqual([]);
  });

  it('stops feeding gzip when the output fails, even with a write zlib paused for a reader', async () => {
    // Nothing reads the gzip stream, so zlib pauses inside the first batch's write once its output backs up:
    // that write's callback will never come. The output then fails (a full disk, a closed pipe).
    const gzip = zlib.createGzip();
    let fail: (err: Error) => void = () => {};
    const written = new Promise<void>((_resolve, reject) => (fail = reject));
    function* batches(): Generator<Buffer> {
      for (let i = 0; i < 8; i++) yield randomBytes(1 << 20);
    }
    const fed = feed(gzip, batches(), written);
    // Output nobody reads: zlib has paused the first batch's write, and the second waits behind it.
    await once(gzip, 'readable');
    expect(gzip.readableLength).toBeGreaterThanOrEqual(gzip.readableHighWaterMark);
    fail(Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' }));
    gzip.destroy();
    await expect(fed).rejects.toThrow(/ENOSPC/);
  }, 10_000);

  it('refuses to write the bundle inside the run folder', async () => {
    const dir = folderA();
    await expect(packRun(dir, path.join(dir, 'artifacts'))).rejects.toThrow(InputError);
  });

  it('refuses a git.sha that is not hex, since it would go into the file name', async () => {
    const dir = path.join(tempDir('pack-badsha'), 'run_x');
    writeFiles(dir, { 'metadata.json': JSON.stringify({ git: { sha: '../../etc' } }) });
    await expect(packRun(dir, tempDir('out'))).rejects.toThrow(/git.sha must be a hex commit SHA/);
  });

  it('names and dates the bundle from the members before steps, refusing a head that is not JSON', async () => {
    const dir = path.join(tempDir('pack-head'), 'run_folder');
    const steps = Array.from({ length: 50 }, (_, i) => ({
      step_id: `s${i}`,
      run_id: 'run_1999-01-01T00-00-00Z',
    }));
    const metadata = {
      run_id: RUN_ID,
      created_at: '2025-01-02T03:04:05.678Z',
      git: { sha: 'ABCDEF1234' },
      steps,
    };
    writeFiles(dir, {
      'input.json': prettyJson({ run_id: RUN_ID, steps }),
      'metadata.json': prettyJson(metadata),
    });
    const bundle = await packRun(dir, tempDir('out'));
    expect(bundle.name).toBe(`awo-${RUN_ID}-abcdef1.tar.gz`);
    const listed = execFileSync('tar', ['--utc', '-tvzf', bundle.path], { encoding: 'utf8' });
    expect(listed).toContain(`2025-01-02 03:04 ${RUN_ID}/metadata.json`);

    fs.writeFileSync(
      path.join(dir, 'metadata.json'),
      prettyJson(metadata).replace('"created_at"', 'created_at'),
    );
    await expect(packRun(dir, tempDir('out'))).rejects.toThrow(/metadata.json is not valid JSON/);
    fs.writeFileSync(path.join(dir, 'metadata.json'), '[]');
    fs.writeFileSync(path.join(dir, 'input.json'), prettyJson({ run_id: RUN_ID, steps }).replace('{', '{{'));
    await expect(packRun(dir, tempDir('out'))).rejects.toThrow(/input.json is not valid JSON/);
  });

  it('names and dates the bundle from the first 64 KiB, or the whole file when its head is longer', async () => {
    const dir = path.join(tempDir('pack-head-long'), 'run_folder');
    const steps = Array.from({ length: 2000 }, (_, i) => ({ step_id: `s${i}`, text: 'x'.repeat(40) }));
    const metadata = (before: Record<string, unknown>) =>
      prettyJson({
        run_id: RUN_ID,
        ...before,
        created_at: '2025-01-02T03:04:05Z',
        git: { sha: 'abcdef1' },
        steps,
      });
    // Steps far past the first 64 KiB; then a member before them that is itself longer than 64 KiB.
    for (const before of [{}, { note: 'y'.repeat(70 * 1024) }]) {
      writeFiles(dir, {
        'input.json': prettyJson({ ...before, run_id: RUN_ID, steps }),
        'metadata.json': metadata(before),
      });
      expect(fs.statSync(path.join(dir, 'metadata.json')).size).toBeGreaterThan(128 * 1024);
      const bundle = await packRun(dir, tempDir('out'));
      expect(bundle.name).toBe(`awo-${RUN_ID}-abcdef1.tar.gz`);
      const listed = execFileSync('tar', ['--utc', '-tvzf', bundle.path], { encoding: 'utf8' });
      expect(listed).toContain(`2025-01-02 03:04 ${RUN_ID}/metadata.json`);
      // A head that is not JSON is refused whether or not it fits the first 64 KiB.
      fs.writeFileSync(path.join(dir, 'metadata.json'), metadata(before).replace('"git"', 'git'));
      await expect(packRun(dir, tempDir('out'))).rejects.toThrow(/metadata.json is not valid JSON/);
    }
  });

  it('streams a large file with flat memory', async () => {
    const dir = path.join(tempDir('pack-large'), 'run_large');
    fs.mkdirSync(path.join(dir, 'artifacts'), { recursive: true });
    const fd = fs.openSync(path.join(dir, 'artifacts/big.bin'), 'w');
    const block = Buffer.alloc(1 << 20);
    for (let i = 0; i < 96; i++) {
      block.fill(i);
      block.writeUInt32LE((i * 2654435761) >>> 0, 0);
      fs.writeSync(fd, block);
    }
    fs.closeSync(fd);
    const before = process.memoryUsage().rss;
    let peak = before;
    const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5);
    const bundle = await packRun(dir, tempDir('out'));
    clearInterval(timer);
    expect(peak - before).toBeLessThan(64 * 1024 * 1024);
    const listed = execFileSync('tar', ['-tvzf', bundle.path], { encoding: 'utf8' });
    expect(listed).toContain(String(96 * 1024 * 1024));
  });
});

// The action packs under the runner's Node 24, whose zlib is not the one these tests run on.
describeE2E('packRun under Node 24 (the runner)', () => {
  it('gives the same golden bytes from the built CLI', () => {
    const out = tempDir('out24');
    const printed = execFileSync(
      nodeBinary(),
      [path.join(process.cwd(), 'dist/cli.js'), 'pack', folderA(), '--out', out],
      {
        encoding: 'utf8',
      },
    )
      .trim()
      .split('\n');
    expect(printed[1]).toBe(GOLDEN_SHA256);
    expect(`sha256:${createHash('sha256').update(fs.readFileSync(printed[0])).digest('hex')}`).toBe(
      GOLDEN_SHA256,
    );
  });
});

describe('tar headers and bytewise order', () => {
  const names = [
    'run_2025-01-02T03-04-05Z',
    'run_2025-01-02T03-04-05Z/outputs/ask_1234.json',
    `run_x/${'n'.repeat(93)}`, // 99 bytes: the longest name the short path writes
    `run_x/${'n'.repeat(94)}`, // 100 bytes: the tar package splits or adds a PAX header
    'run_x/artifacts/résumé.txt',
    'run_x/a b\\c "q".txt',
  ];
  const sizes = [0, 1, 511, 512, 513, 7 ** 9, 0o77777777777];
  // Before 1970 and from 2242 on, the time needs a PAX header whatever the name.
  const dates = [new Date(0), new Date('2025-01-02T03:04:05Z'), new Date(-1000), new Date(8 ** 11 * 1000)];

  it.each(names)('encodes %s exactly as the tar package does, for every size, type and time', (name) => {
    for (const mtime of dates) {
      for (const type of ['File', 'Directory'] as const) {
        for (const size of type === 'File' ? sizes : [0]) {
          const archivePath = type === 'Directory' ? `${name}/` : name;
          const header = new Header({
            path: archivePath,
            mode: type === 'Directory' ? DIR_MODE : FILE_MODE,
            uid: 0,
            gid: 0,
            size,
            mtime,
            type,
            uname: '',
            gname: '',
          });
          const needPax = header.encode();
          const fast = entryHeader(name, type, size, mtime);
          if (needPax) expect(fast.length).toBeGreaterThan(512);
          expect(fast.subarray(-512).equals(header.block as Buffer)).toBe(true);
        }
      }
    }
  });

  it('encodes long and deep names (a PAX header, a ustar split) exactly as the tar package does', () => {
    // Deterministic names around the fields' bounds: 100-byte names, 155-byte prefixes, 256-byte paths,
    // first folders too long for the prefix, 1- to 4-byte characters (an astral one is a surrogate pair).
    const alphabet = ['a', 'b', '-', 'é', '中', '\u{1F600}'];
    let seed = 7;
    const next = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    const names: string[] = [
      `run_x/${'p'.repeat(149)}/${'n'.repeat(100)}`,
      `run_x/${'p'.repeat(148)}/${'n'.repeat(101)}`,
      `run_x/${'p'.repeat(150)}/${'n'.repeat(101)}`,
      `run_x/${'p'.repeat(200)}/${'n'.repeat(60)}`,
      `${'t'.repeat(300)}`,
      `run_x/${Array(300).fill('a').join('/')}`,
      `run_x/${Array(100).fill('中中').join('/')}`,
    ];
    for (let i = 0; i < 400; i++) {
      const depth = 1 + next(60);
      const parts = ['run_x'];
      for (let d = 0; d < depth; d++)
        parts.push(
          Array.from({ length: 1 + next(d % 7 === 0 ? 120 : 12) }, () => alphabet[next(6)]).join(''),
        );
      names.push(parts.join('/'));
    }
    const mtime = new Date('2025-01-02T03:04:05Z');
    let long = 0;
    for (const name of names) {
      for (const type of ['File', 'Directory'] as const) {
        const archivePath = type === 'Directory' ? `${name}/` : name;
        if (Buffer.byteLength(archivePath) > 257) long++;
        const header = new Header({
          path: archivePath,
          mode: type === 'Directory' ? DIR_MODE : FILE_MODE,
          uid: 0,
          gid: 0,
          size: 1,
          mtime,
          type,
          uname: '',
          gname: '',
        });
        const needPax = header.encode();
        const fast = entryHeader(name, type, 1, mtime);
        expect([name, fast.length > 512]).toEqual([name, needPax]);
        expect([name, fast.subarray(-512).toString('hex')]).toEqual([
          name,
          (header.block as Buffer).toString('hex'),
        ]);
      }
    }
    // Most of them take the long path's own split.
    expect(long).toBeGreaterThan(400);
  });

  it('orders strings as their UTF-8 bytes do, surrogate pairs and U+E000..U+FFFF included', () => {
    const words = [
      '',
      'a',
      'a/b',
      'a-b',
      'B',
      'é',
      'e\u0301',
      '\u{1F600}',
      '\uE000',
      '\uFFFD',
      'z\u{10000}',
      'z\uFFFF',
    ];
    for (const a of words)
      for (const b of words)
        expect(Math.sign(compareBytewise(a, b))).toBe(
          Math.sign(Buffer.compare(Buffer.from(a), Buffer.from(b))),
        );
  });
});
