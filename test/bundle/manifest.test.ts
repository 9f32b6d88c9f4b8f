import { afterAll, describe, expect, it } from '@jest/globals';
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { IntegrityError } from '../../src/core/errors.js';
import { checkManifest, checkManifestText, listRunFiles, writeManifest } from '../../src/bundle/manifest.js';
import { sampleRunFiles, removeTempDirs, tempDir, writeFiles } from './fixtures.js';

function runFolder(): string {
  const dir = path.join(tempDir('manifest'), 'run_2025-01-02T03-04-05Z');
  fs.mkdirSync(dir);
  writeFiles(dir, sampleRunFiles());
  return dir;
}

function sha256sumCheck(dir: string): { status: number | null; out: string } {
  const r = spawnSync('sha256sum', ['-c', '--strict', 'SHA256SUMS.txt'], { cwd: dir, encoding: 'utf8' });
  return { status: r.status, out: r.stdout + r.stderr };
}

afterAll(removeTempDirs);

describe('writeManifest', () => {
  it('lists every other file, ./-relative and sorted bytewise, in the format sha256sum -c accepts', () => {
    const dir = runFolder();
    writeManifest(dir);
    const text = fs.readFileSync(path.join(dir, 'SHA256SUMS.txt'), 'utf8');
    const lines = text.trimEnd().split('\n');
    const names = lines.map((l) => l.slice(66));
    const expected = Object.keys(sampleRunFiles())
      .map((p) => `./${p}`)
      .sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
    expect(names).toEqual(expected);
    // Bytewise, not locale order: "B" before "a", "a-b" before "a/b", "r" before "é".
    expect(names.indexOf('./artifacts/B.txt')).toBeLessThan(names.indexOf('./artifacts/a-b.txt'));
    expect(names.indexOf('./artifacts/a-b.txt')).toBeLessThan(names.indexOf('./artifacts/a/b.txt'));
    expect(names).not.toContain('./SHA256SUMS.txt');
    const meta = fs.readFileSync(path.join(dir, 'metadata.json'));
    expect(lines).toContain(`${createHash('sha256').update(meta).digest('hex')}  ./metadata.json`);
    expect(text.endsWith('\n')).toBe(true);

    const ok = sha256sumCheck(dir);
    expect(ok.status).toBe(0);
    expect(ok.out).toContain('./artifacts/large.bin: OK');
  });

  it('fails coreutils sha256sum -c after one byte changes', () => {
    const dir = runFolder();
    writeManifest(dir);
    const file = path.join(dir, 'outputs/s1.json');
    const bytes = fs.readFileSync(file);
    bytes[0] ^= 1;
    fs.writeFileSync(file, bytes);
    const bad = sha256sumCheck(dir);
    expect(bad.status).not.toBe(0);
    expect(bad.out).toContain('./outputs/s1.json: FAILED');
  });

  it('escapes a backslash in a name the way sha256sum does', () => {
    const dir = runFolder();
    fs.writeFileSync(path.join(dir, 'artifacts/back\\slash.txt'), 'x');
    writeManifest(dir);
    const line = fs
      .readFileSync(path.join(dir, 'SHA256SUMS.txt'), 'utf8')
      .split('\n')
      .find((l) => l.includes('slash.txt'));
    expect(line?.startsWith('\\')).toBe(true);
    expect(sha256sumCheck(dir).status).toBe(0);
    expect(checkManifest(dir)).toEqual({ ok: true });
  });

  it('uses known digests without reading those files again', () => {
    const dir = runFolder();
    const claimed = 'f'.repeat(64);
    writeManifest(dir, new Map([['outputs/s1.json', `sha256:${claimed}`]]));
    const text = fs.readFileSync(path.join(dir, 'SHA256SUMS.txt'), 'utf8');
    expect(text).toContain(`${claimed}  ./outputs/s1.json\n`);
  });

  it('is rewritten after the folder changes (a resume), and the old manifest is not listed', () => {
    const dir = runFolder();
    writeManifest(dir);
    fs.writeFileSync(path.join(dir, 'steps/002_s2.jsonl'), '{"event":"started"}\n');
    expect(checkManifest(dir)).toMatchObject({ ok: false, where: 'steps/002_s2.jsonl' });
    writeManifest(dir);
    expect(checkManifest(dir)).toEqual({ ok: true });
    expect(sha256sumCheck(dir).status).toBe(0);
  });

  it('refuses a symbolic link, naming it', () => {
    const dir = runFolder();
    fs.symlinkSync('/etc/passwd', path.join(dir, 'artifacts/link'));
    expect(() => writeManifest(dir)).toThrow(IntegrityError);
    expect(() => writeManifest(dir)).toThrow(/"artifacts\/link": it is a symbolic link/);
    expect(fs.existsSync(path.join(dir, 'SHA256SUMS.txt'))).toBe(false);
  });

  it('refuses a FIFO, naming it', () => {
    const dir = runFolder();
    execFileSync('mkfifo', [path.join(dir, 'audit/pipe')]);
    expect(() => listRunFiles(dir)).toThrow(/"audit\/pipe": it is a FIFO/);
  });

  it('refuses a file name with a newline', () => {
    const dir = runFolder();
    fs.writeFileSync(path.join(dir, 'artifacts/two\nlines'), 'x');
    expect(() => writeManifest(dir)).toThrow(/control characters/);
  });

  // How fast 15,000 files are listed is `npm run bench -- bundle`'s figure, measured next to sha256sum;
  // a test asserts what is written, never how long it took.
  it('lists thousands of files in many folders', () => {
    const dir = path.join(tempDir('manifest-many'), 'run_x');
    for (let d = 0; d < 20; d++) {
      fs.mkdirSync(path.join(dir, 'artifacts', `d${d}`), { recursive: true });
      for (let f = 0; f < 100; f++)
        fs.writeFileSync(path.join(dir, 'artifacts', `d${d}`, `f${f}.txt`), `${d}/${f}`);
    }
    writeManifest(dir);
    expect(fs.readFileSync(path.join(dir, 'SHA256SUMS.txt'), 'utf8').split('\n')).toHaveLength(2_001);
    expect(checkManifest(dir)).toEqual({ ok: true });
  });
});

describe('checkManifest', () => {
  function sealed(): string {
    const dir = runFolder();
    writeManifest(dir);
    return dir;
  }

  it('accepts an untouched folder', () => {
    expect(checkManifest(sealed())).toEqual({ ok: true });
  });

  it('names a file whose content changed', () => {
    const dir = sealed();
    fs.appendFileSync(path.join(dir, 'artifacts/notes/summary.txt'), '!');
    const r = checkManifest(dir);
    expect(r).toMatchObject({ ok: false, where: 'artifacts/notes/summary.txt' });
    expect(!r.ok && r.message).toMatch(/content does not match SHA256SUMS.txt/);
  });

  it('names a listed file that is missing', () => {
    const dir = sealed();
    fs.rmSync(path.join(dir, 'audit/log.jsonl'));
    const r = checkManifest(dir);
    expect(r).toMatchObject({ ok: false, where: 'audit/log.jsonl' });
    expect(!r.ok && r.message).toMatch(/listed in SHA256SUMS.txt but missing/);
  });

  it('names an extra file', () => {
    const dir = sealed();
    fs.writeFileSync(path.join(dir, 'artifacts/smuggled.txt'), 'x');
    const r = checkManifest(dir);
    expect(r).toMatchObject({ ok: false, where: 'artifacts/smuggled.txt' });
    expect(!r.ok && r.message).toMatch(/not listed/);
  });

  it('names the first problem in bytewise order', () => {
    const dir = sealed();
    fs.appendFileSync(path.join(dir, 'workflow.snapshot.json'), ' ');
    fs.appendFileSync(path.join(dir, 'artifacts/B.txt'), ' ');
    expect(checkManifest(dir)).toMatchObject({ ok: false, where: 'artifacts/B.txt' });
  });

  it('reports a missing manifest', () => {
    expect(checkManifest(runFolder())).toMatchObject({ ok: false, where: 'SHA256SUMS.txt' });
  });

  it("refuses, before parsing it, a manifest longer than any listing of the folder's files", () => {
    const dir = sealed();
    const file = path.join(dir, 'SHA256SUMS.txt');
    const text = fs.readFileSync(file, 'utf8');
    fs.writeFileSync(file, `${text}${`${'0'.repeat(64)}  ./x\n`.repeat(5000)}`);
    const r = checkManifest(dir);
    expect(r).toMatchObject({ ok: false, where: 'SHA256SUMS.txt' });
    expect(!r.ok && r.message).toMatch(
      /^SHA256SUMS.txt is \d+ bytes, longer than a listing of the \d+ files beside it can be/,
    );
    // A line no run could write is named, not quoted whole (among files whose listing could be as long).
    const files = Array.from({ length: 100 }, (_, i) => `f${i}`.padEnd(100, 'x'));
    const long = checkManifestText(`${'0'.repeat(64)}  ./${'p'.repeat(10_000)}\n`, files, () => undefined);
    expect(long).toEqual({
      ok: false,
      where: 'SHA256SUMS.txt:1',
      message: 'SHA256SUMS.txt:1: longer than any line listing a path of a run',
    });
    // One line too many is within the bound: named as the file it lists.
    fs.writeFileSync(file, `${text}${'0'.repeat(64)}  ./zz-extra.txt\n`);
    expect(checkManifest(dir)).toMatchObject({ ok: false, where: 'zz-extra.txt' });
  });

  it('refuses a manifest with a malformed or out-of-order line, naming the line', () => {
    const dir = sealed();
    const file = path.join(dir, 'SHA256SUMS.txt');
    const lines = fs.readFileSync(file, 'utf8').trimEnd().split('\n');
    fs.writeFileSync(file, [lines[1], lines[0], ...lines.slice(2)].join('\n') + '\n');
    expect(checkManifest(dir)).toMatchObject({ ok: false, where: 'SHA256SUMS.txt:2' });
    fs.writeFileSync(file, ['nonsense', ...lines].join('\n') + '\n');
    expect(checkManifest(dir)).toMatchObject({ ok: false, where: 'SHA256SUMS.txt:1' });
  });

  it('gives with the digests of every file what it gives hashing them from disk, case by case', () => {
    const digestsOf = (dir: string) =>
      new Map(
        listRunFiles(dir).map((rel) => [
          rel,
          createHash('sha256')
            .update(fs.readFileSync(path.join(dir, rel)))
            .digest('hex'),
        ]),
      );
    const cases: [string, (dir: string) => void][] = [
      ['untouched', () => undefined],
      ['an edited file', (dir) => fs.appendFileSync(path.join(dir, 'artifacts/B.txt'), ' ')],
      ['an extra file', (dir) => fs.writeFileSync(path.join(dir, 'artifacts/extra.txt'), 'x')],
      [
        'a line out of order',
        (dir) => {
          const file = path.join(dir, 'SHA256SUMS.txt');
          const lines = fs.readFileSync(file, 'utf8').trimEnd().split('\n');
          fs.writeFileSync(file, [lines[1], lines[0], ...lines.slice(2)].join('\n') + '\n');
        },
      ],
    ];
    // Names sealed as they are: a backslash (escaped in its line), and U+2028, which no line can be read
    // back with (the check from disk refuses its line; so must the one from digests).
    for (const name of ['back\\slash.txt', 'line\u2028separator.txt'])
      cases.push([name, (dir) => fs.writeFileSync(path.join(dir, 'artifacts', name), 'x')]);
    for (const [what, change] of cases) {
      const dir = runFolder();
      if (what.endsWith('.txt')) change(dir);
      writeManifest(dir);
      if (!what.endsWith('.txt')) change(dir);
      const fromDisk = checkManifest(dir);
      expect({ what, result: checkManifest(dir, digestsOf(dir)) }).toEqual({ what, result: fromDisk });
      expect({ what, ok: fromDisk.ok }).toEqual({
        what,
        ok: what === 'untouched' || what.startsWith('back'),
      });
    }
  });

  it('gives with digests no disk could hold (an empty name, a digest in capitals) what the line check gives', () => {
    const dir = sealed();
    const text = fs.readFileSync(path.join(dir, 'SHA256SUMS.txt'), 'utf8');
    const sound = new Map(
      listRunFiles(dir).map((rel) => [
        rel,
        createHash('sha256')
          .update(fs.readFileSync(path.join(dir, rel)))
          .digest('hex'),
      ]),
    );
    const outcome = (check: () => unknown) => {
      try {
        return check();
      } catch (err) {
        return `threw ${(err as Error).message}`;
      }
    };
    const upper = (rel: string) => new Map([...sound, [rel, sound.get(rel)!.toUpperCase()]]);
    const maps = [
      new Map([['', sound.get('metadata.json')!], ...sound]),
      upper('artifacts/B.txt'),
      upper('workflow.snapshot.json'),
      new Map([...upper('workflow.snapshot.json'), ['artifacts/B.txt', 'f'.repeat(64)]]),
    ];
    for (const digests of maps) {
      const byLine = outcome(() =>
        checkManifestText(text, [...digests.keys()], (rel) => {
          const known = digests.get(rel)!;
          if (!/^[0-9a-f]{64}$/.test(known))
            throw new TypeError(`known digest for ${rel} is not a SHA-256: ${known}`);
          return known;
        }),
      );
      expect(outcome(() => checkManifest(dir, digests))).toEqual(byLine);
    }
  });

  it('names a symbolic link planted after sealing', () => {
    const dir = sealed();
    fs.symlinkSync('../../etc', path.join(dir, 'artifacts/escape'));
    expect(checkManifest(dir)).toMatchObject({ ok: false, where: 'artifacts/escape' });
  });
});
