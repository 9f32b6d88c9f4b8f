import { afterAll, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { listRunFiles, writeManifest } from '../../src/bundle/manifest.js';
import { FsRunStore } from '../../src/store/run-store.js';
import { parseObjectBefore } from '../../src/core/run-files.js';
import { prettyJson } from '../../src/core/hash.js';
import { tempDir } from '../helpers.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

function folder(files: Record<string, string>): string {
  const dir = tempDir('awo-store-');
  dirs.push(dir);
  for (const [rel, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), text);
  }
  return dir;
}

describe('FsRunStore removing a file', () => {
  it('removes the folders it leaves empty, so a run folder never holds one, and writes into them again', () => {
    const dir = folder({ 'input.json': '{}\n', 'outputs/a.json': '{}\n', 'receipts/steps/a.json': '{}\n' });
    fs.mkdirSync(path.join(dir, 'receipts/gates'));
    const store = new FsRunStore(dir);
    expect(store.emptyFolders()).toEqual(['receipts/gates']);
    store.remove('receipts/steps/a.json');
    expect(fs.existsSync(path.join(dir, 'receipts/steps'))).toBe(false);
    // receipts/ still holds the empty gates/ folder a stranger made: it is not removed for them.
    expect(fs.existsSync(path.join(dir, 'receipts/gates'))).toBe(true);
    store.removeEmptyFolder('receipts/gates');
    store.remove('outputs/a.json');
    expect(fs.readdirSync(dir).sort()).toEqual(['input.json']);
    store.write('outputs/b.json', '{}\n');
    store.write('receipts/steps/b.json', '{}\n');
    expect(store.list()).toEqual(['input.json', 'outputs/b.json', 'receipts/steps/b.json']);
    expect(store.emptyFolders()).toEqual([]);
    store.close();
  });
});

describe('FsRunStore reading a file', () => {
  it('reads a file with one open: absent (or under a file) is undefined, a FIFO or a folder is refused', () => {
    const dir = folder({ 'input.json': '{"a":1}\n' });
    fs.mkdirSync(path.join(dir, 'outputs'));
    spawnSync('mkfifo', [path.join(dir, 'pipe.json')]);
    const store = new FsRunStore(dir);
    expect(Buffer.from(store.read('input.json') ?? []).toString()).toBe('{"a":1}\n');
    expect(store.read('missing.json')).toBeUndefined();
    expect(store.read('input.json/inner.json')).toBeUndefined();
    expect(() => store.read('pipe.json')).toThrow(
      'cannot read run file pipe.json: it is a named pipe (FIFO)',
    );
    expect(() => store.read('outputs')).toThrow('cannot read run file outputs: it is a folder');
    store.close();
  });
});

describe('FsRunStore keeps its listing', () => {
  it('lists what a fresh walk lists after every kind of change it makes', () => {
    const dir = folder({ 'input.json': '{}\n', 'steps/001_a.jsonl': 'x\n', 'outputs/a.json': '{}\n' });
    const store = new FsRunStore(dir);
    expect(store.list()).toEqual(listRunFiles(dir));
    const changes: [string, () => void][] = [
      ['write', () => store.write('outputs/b.json', '{"b":1}\n')],
      ['write into a new folder', () => store.write('audit/gates/g.json', '{}\n')],
      ['append to a new file', () => store.append('steps/002_b.jsonl', 'y\n')],
      ['append to a listed file', () => store.append('steps/001_a.jsonl', 'z\n')],
      ['artifact', () => store.writeArtifact('artifacts/notes/n.txt', 'note')],
      ['rewrite', () => store.write('input.json', '{"a":1}\n')],
      ['remove', () => store.remove('outputs/a.json')],
      ['remove what is absent', () => store.remove('outputs/none.json')],
      ['manifest', () => store.writeManifest()],
      ['remove the manifest', () => store.remove('SHA256SUMS.txt')],
    ];
    for (const [what, change] of changes) {
      change();
      expect([what, store.list()]).toEqual([what, listRunFiles(dir)]);
    }
    store.close();
  });

  it('writes the same manifest from its listing as from a walk of the folder', () => {
    const dir = folder({ 'input.json': '{}\n', 'b/c.json': '1\n', 'a.json': '2\n' });
    const store = new FsRunStore(dir);
    store.list();
    store.write('b/a.json', '3\n');
    store.writeManifest();
    const kept = fs.readFileSync(path.join(dir, 'SHA256SUMS.txt'), 'utf8');
    writeManifest(dir);
    expect(kept).toBe(fs.readFileSync(path.join(dir, 'SHA256SUMS.txt'), 'utf8'));
    expect(kept.split('\n')).toHaveLength(5);
    store.close();
  });

  it('lists only what it wrote in a folder it made, whatever else appears there', () => {
    const dir = folder({});
    const store = new FsRunStore(dir, true);
    store.write('input.json', '{}\n');
    fs.writeFileSync(path.join(dir, 'dropped.txt'), 'not from the run');
    store.append('audit/log.jsonl', '{}\n');
    expect(store.list()).toEqual(['audit/log.jsonl', 'input.json']);
    store.writeManifest();
    expect(fs.readFileSync(path.join(dir, 'SHA256SUMS.txt'), 'utf8')).not.toContain('dropped.txt');
    store.close();
  });

  it('refuses a link in the folder at the first listing, naming it', () => {
    const dir = folder({ 'input.json': '{}\n' });
    fs.symlinkSync('/etc', path.join(dir, 'artifacts'));
    expect(() => new FsRunStore(dir).list()).toThrow('refused "artifacts": it is a symbolic link');
  });

  it('refuses a name with a control character that its listing holds when writing the manifest', () => {
    const dir = folder({ 'input.json': '{}\n' });
    const store = new FsRunStore(dir);
    store.list();
    store.writeArtifact('artifacts/a\u0007.txt', 'x');
    expect(() => store.writeManifest()).toThrow(/control character/);
    store.close();
  });
});

describe('FsRunStore appending to a file it was given the bytes of', () => {
  const sha = (bytes: string | Buffer) => createHash('sha256').update(bytes).digest('hex');

  it('starts the digest from the kept bytes, without reading the file again', () => {
    const dir = folder({ 'audit/log.jsonl': 'line 1\nline 2\n' });
    const store = new FsRunStore(dir);
    const held = store.read('audit/log.jsonl')!;
    store.keepForAppend('audit/log.jsonl', held);
    const reads: string[] = [];
    const read = store.read.bind(store);
    store.read = (rel) => (reads.push(rel), read(rel));
    store.append('audit/log.jsonl', 'line 3\n');
    expect(reads).toEqual([]);
    expect(store.digest('audit/log.jsonl')).toBe(sha(fs.readFileSync(path.join(dir, 'audit/log.jsonl'))));
  });

  it('reads the file when it no longer has the kept length, or was written since', () => {
    const dir = folder({ 'audit/log.jsonl': 'line 1\n', 'steps/a.jsonl': 'a\n' });
    const store = new FsRunStore(dir);
    store.keepForAppend('audit/log.jsonl', Buffer.from('other bytes, longer\n'));
    store.append('audit/log.jsonl', 'line 2\n');
    expect(store.digest('audit/log.jsonl')).toBe(sha('line 1\nline 2\n'));

    store.keepForAppend('steps/a.jsonl', Buffer.from('a\n'));
    store.write('steps/a.jsonl', 'b\n');
    store.release('steps/a.jsonl');
    store.append('steps/a.jsonl', 'c\n');
    expect(store.digest('steps/a.jsonl')).toBe(sha('b\nc\n'));
  });
});

describe('parseObjectBefore', () => {
  const record = { run_id: 'r', models: ['m'], note: 'a,\n  "steps": [', steps: [{ id: 1 }] };

  it('parses a record as a stop writes it without its bulky last member', () => {
    expect(parseObjectBefore(prettyJson(record), 'steps')).toEqual({
      run_id: 'r',
      models: ['m'],
      note: 'a,\n  "steps": [',
    });
  });

  it('cuts bytes before decoding them, with characters of every UTF-8 length before the cut', () => {
    const wide = { name: 'é ✓ 𝄞', ...record, steps: [{ id: '𝄞' }] };
    const bytes = new Uint8Array(Buffer.from(prettyJson(wide)));
    expect(parseObjectBefore(bytes, 'steps')).toEqual({
      name: 'é ✓ 𝄞',
      run_id: 'r',
      models: ['m'],
      note: 'a,\n  "steps": [',
    });
    expect(parseObjectBefore(Buffer.from(JSON.stringify(wide)), 'steps')).toEqual(wide);
  });

  it('parses the whole record when it is laid out otherwise or the member is absent', () => {
    expect(parseObjectBefore(JSON.stringify(record), 'steps')).toEqual(record);
    expect(parseObjectBefore(prettyJson({ a: 1 }), 'steps')).toEqual({ a: 1 });
    expect(parseObjectBefore('[1]', 'steps')).toBeUndefined();
  });
});
