import { afterAll, describe, expect, it } from '@jest/globals';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { CliIo } from '../../src/cli/command.js';
import { command as pack } from '../../src/cli/commands/pack.js';
import { command as unpack } from '../../src/cli/commands/unpack.js';
import { writeManifest } from '../../src/bundle/manifest.js';
import { InputError, IntegrityError } from '../../src/core/errors.js';
import { gzip, rawEntry, rawTar, sampleRunFiles, removeTempDirs, tempDir, writeFiles } from './fixtures.js';

function io(cwd: string): CliIo & { lines: string[] } {
  const lines: string[] = [];
  return { lines, out: (l) => lines.push(l), err: (l) => lines.push(`ERR ${l}`), cwd, env: {} };
}

function sealedRun(): string {
  const dir = path.join(tempDir('cmd-src'), 'run_2025-01-02T03-04-05Z');
  fs.mkdirSync(dir);
  writeFiles(dir, sampleRunFiles());
  writeManifest(dir);
  return dir;
}

afterAll(removeTempDirs);

describe('awo pack / awo unpack', () => {
  it('packs, printing the path and sha256, and unpacks with the digest check', async () => {
    const run = sealedRun();
    const out = tempDir('cmd-out');
    const packIo = io(out);
    expect(await pack.run([run], packIo)).toBe(0);
    const [bundlePath, digest] = packIo.lines;
    expect(bundlePath).toBe(path.join(out, 'awo-run_2025-01-02T03-04-05Z-abcdef0.tar.gz'));
    expect(digest).toMatch(/^sha256:[0-9a-f]{64}$/);

    const where = tempDir('cmd-unpack');
    const unpackIo = io(where);
    expect(await unpack.run([bundlePath, 'restored', '--sha256', digest], unpackIo)).toBe(0);
    expect(unpackIo.lines).toEqual([path.join(where, 'restored', 'run_2025-01-02T03-04-05Z'), digest]);
  });

  it('pack warns, naming the file, when a file changed since the seal (from the bytes it packed)', async () => {
    const run = sealedRun();
    const clean = io('/');
    expect(await pack.run([run, '--out', tempDir('cmd-out')], clean)).toBe(0);
    expect(clean.lines.filter((l) => l.startsWith('ERR'))).toEqual([]);

    const [first] = Object.keys(sampleRunFiles()).sort();
    fs.appendFileSync(path.join(run, first), 'edited after the seal');
    const edited = io('/');
    expect(await pack.run([run, '--out', tempDir('cmd-out')], edited)).toBe(0);
    expect(edited.lines.filter((l) => l.startsWith('ERR'))).toEqual([
      expect.stringContaining(`warning: the run folder does not verify (${first}: content does not match`),
    ]);
  });

  it('pack writes where --out says', async () => {
    const out = path.join(tempDir('cmd-out'), 'bundles');
    const packIo = io('/');
    expect(await pack.run([sealedRun(), '--out', out], packIo)).toBe(0);
    expect(fs.readdirSync(out)).toEqual(['awo-run_2025-01-02T03-04-05Z-abcdef0.tar.gz']);
  });

  it('pack refuses a folder without SHA256SUMS.txt and bad arguments as input errors', async () => {
    const run = sealedRun();
    fs.rmSync(path.join(run, 'SHA256SUMS.txt'));
    await expect(pack.run([run], io('/'))).rejects.toThrow(/has no SHA256SUMS.txt/);
    await expect(pack.run([], io('/'))).rejects.toThrow(InputError);
    await expect(pack.run(['a', 'b'], io('/'))).rejects.toThrow(InputError);
    await expect(pack.run(['--bogus'], io('/'))).rejects.toThrow(InputError);
  });

  it('unpack refuses a hostile bundle with an integrity error naming the entry', async () => {
    const root = tempDir('cmd-hostile');
    const file = path.join(root, 'b.tar.gz');
    fs.writeFileSync(
      file,
      gzip(
        rawTar(
          rawEntry('run_x/', '', { type: '5' }),
          rawEntry('run_x/link', '', { type: '2', linkname: '/' }),
        ),
      ),
    );
    const err = await unpack.run([file, 'out'], io(root)).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(IntegrityError);
    expect((err as IntegrityError).exitCode).toBe(1);
    expect((err as Error).message).toMatch(/refused entry "run_x\/link": it is a symbolic link/);
    expect(fs.readdirSync(root)).toEqual(['b.tar.gz']);
  });

  it('unpack refuses bad arguments as input errors', async () => {
    await expect(unpack.run([], io('/'))).rejects.toThrow(InputError);
    await expect(unpack.run(['b.tgz', '--max-bytes', 'lots'], io('/'))).rejects.toThrow(/--max-bytes/);
    await expect(unpack.run(['b.tgz', '--sha256'], io('/'))).rejects.toThrow(InputError);
  });
});
