import { afterAll, describe, expect, it } from '@jest/globals';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { writeManifest } from '../../src/bundle/manifest.js';
import { packRun } from '../../src/bundle/pack.js';
import { verifyBundle } from '../../src/bundle/verify-bundle.js';
import { NotFoundError } from '../../src/core/errors.js';
import { gzip, rawEntry, rawTar, sampleRunFiles, removeTempDirs, tempDir, writeFiles } from './fixtures.js';

const RUN_ID = 'run_2025-01-02T03-04-05Z';

function sealedRun(extra: Record<string, string> = {}): string {
  const dir = path.join(tempDir('vb-src'), RUN_ID);
  fs.mkdirSync(dir);
  writeFiles(dir, { ...sampleRunFiles(), ...extra });
  writeManifest(dir);
  return dir;
}

const folderOk = (): { ok: boolean } => ({ ok: true });

afterAll(removeTempDirs);

describe('verifyBundle', () => {
  it('accepts a sound bundle, runs the folder check on the extracted run, and cleans up', async () => {
    const bundle = await packRun(sealedRun(), tempDir('vb-out'));
    const tmpDir = tempDir('vb-tmp');
    const seen: string[] = [];
    const verdict = await verifyBundle(bundle.path, {
      expectedSha256: bundle.sha256,
      tmpDir,
      verifyFolder: (run) => {
        seen.push(Buffer.from(run.read('outputs/s1.json') ?? []).toString('utf8'));
        return { ok: true };
      },
    });
    expect(verdict).toEqual({ ok: true, runId: RUN_ID, sha256: bundle.sha256 });
    expect(seen).toEqual(['{"text":"The battery lasts all day."}\n']);
    expect(fs.readdirSync(tmpDir)).toEqual([]);
  });

  // Outside 1970..2242 the tar header's time field cannot hold the date: every entry gets a PAX header.
  it.each(['1969-12-31T23:59:59Z', '2243-01-01T00:00:00Z'])(
    'packs and verifies a run created at %s',
    async (createdAt) => {
      const files = sampleRunFiles();
      const metadata = JSON.parse(String(files['metadata.json'])) as Record<string, unknown>;
      const bundle = await packRun(
        sealedRun({ 'metadata.json': JSON.stringify({ ...metadata, created_at: createdAt }) }),
        tempDir('vb-out'),
      );
      const verdict = await verifyBundle(bundle.path, { verifyFolder: folderOk });
      expect(verdict).toEqual({ ok: true, runId: RUN_ID, sha256: bundle.sha256 });
    },
  );

  it('works on the bundle of a paused run', async () => {
    const paused = sealedRun({ 'gate_pending.json': '{"status":"pending","gate_id":"gate_review"}' });
    const bundle = await packRun(paused, tempDir('vb-out'));
    const verdict = await verifyBundle(bundle.path, {
      verifyFolder: (run) => ({ ok: run.list().includes('gate_pending.json') }),
    });
    expect(verdict.ok).toBe(true);
  });

  it('refuses a bundle whose digest differs, before reading it', async () => {
    const bundle = await packRun(sealedRun(), tempDir('vb-out'));
    let called = false;
    const verdict = await verifyBundle(bundle.path, {
      expectedSha256: `sha256:${'a'.repeat(64)}`,
      verifyFolder: () => ((called = true), { ok: true }),
    });
    expect(verdict).toMatchObject({ ok: false, where: bundle.path });
    expect(verdict.message).toMatch(/digest mismatch/);
    expect(called).toBe(false);
  });

  it('names the file that does not match the manifest inside the bundle', async () => {
    const dir = sealedRun();
    fs.appendFileSync(path.join(dir, 'artifacts/notes/summary.txt'), 'tampered');
    const bundle = await packRun(dir, tempDir('vb-out'));
    const verdict = await verifyBundle(bundle.path, { verifyFolder: folderOk });
    expect(verdict).toMatchObject({ ok: false, where: 'artifacts/notes/summary.txt', runId: RUN_ID });
  });

  it('refuses a manifest longer than any listing of the bundle could be, before it is parsed', async () => {
    const dir = sealedRun();
    fs.appendFileSync(path.join(dir, 'SHA256SUMS.txt'), `${'0'.repeat(64)}  ./x\n`.repeat(5000));
    const bundle = await packRun(dir, tempDir('vb-out'));
    const verdict = await verifyBundle(bundle.path, { verifyFolder: folderOk });
    expect(verdict).toMatchObject({ ok: false, where: 'SHA256SUMS.txt', runId: RUN_ID });
    expect(verdict.message).toMatch(
      /^SHA256SUMS.txt is \d+ bytes, longer than a listing of the \d+ files beside it/,
    );
  });

  it('passes on what the folder check finds', async () => {
    const bundle = await packRun(sealedRun(), tempDir('vb-out'));
    const verdict = await verifyBundle(bundle.path, {
      verifyFolder: () => ({
        ok: false,
        where: 'audit/log.jsonl:3',
        message: 'prev_hash does not match line 2',
      }),
    });
    expect(verdict).toMatchObject({
      ok: false,
      where: 'audit/log.jsonl:3',
      message: 'prev_hash does not match line 2',
    });
  });

  it('reports a hostile bundle as not ok, naming the entry, and leaves no temp folder', async () => {
    const root = tempDir('vb-hostile');
    const file = path.join(root, 'b.tar.gz');
    fs.writeFileSync(
      file,
      gzip(rawTar(rawEntry('run_x/', '', { type: '5' }), rawEntry('run_x/../../evil', 'x'))),
    );
    const tmpDir = tempDir('vb-tmp');
    const verdict = await verifyBundle(file, { verifyFolder: folderOk, tmpDir });
    expect(verdict).toMatchObject({ ok: false, where: 'run_x/../../evil' });
    expect(fs.readdirSync(tmpDir)).toEqual([]);
  });

  it('throws for a bundle that does not exist', async () => {
    await expect(verifyBundle('/nonexistent/awo.tar.gz', { verifyFolder: folderOk })).rejects.toThrow(
      NotFoundError,
    );
  });
});
