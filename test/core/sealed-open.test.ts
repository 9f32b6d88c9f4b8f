import { beforeAll, describe, expect, it } from '@jest/globals';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { awo, tempDir, treeDigest } from '../helpers.js';
import { forgeRun, resealFolder } from '../forge-run.js';
import { FsRunStore } from '../../src/store/run-store.js';
import { openSealed } from '../../src/core/run-open-sealed.js';
import { readSealedState } from '../../src/core/run-read-sealed.js';
import { systemClock } from '../../src/core/ports.js';
import type { EngineContext } from '../../src/core/engine.js';

/**
 * A run sealed at a stop is opened from its seal (issue 19): its files are not re-read, their sealed digests
 * are carried into the next seal, and what a session builds on is checked before it writes anything.
 */
const WORKFLOW = {
  name: 'sealed-open',
  steps: [
    { id: 'ask', op: 'llm_map', prompt: 'Say hello' },
    // The report quotes the first three llm_map outputs: `other`, the fourth, is read by no later session.
    { id: 'second', op: 'llm_map', prompt: 'Say two' },
    { id: 'third', op: 'llm_map', prompt: 'Say three' },
    { id: 'other', op: 'llm_map', prompt: 'Say something else' },
    { id: 'note', op: 'write_text', args: { path: 'note.txt', text: 'note: {{steps.ask.text}}' } },
    { id: 'review', op: 'audit_gate' },
    { id: 'after', op: 'write_text', args: { path: 'after.txt', text: 'after: {{steps.ask.text}}' } },
  ],
};

let approved = '';

beforeAll(async () => {
  const dir = tempDir();
  const file = path.join(dir, 'workflow.json');
  fs.writeFileSync(file, JSON.stringify(WORKFLOW));
  const paused = (await awo(['run', file, '--runs-dir', path.join(dir, 'runs')])).out.split('\n')[0];
  expect((await awo(['approve', paused, '--actor', 'alice'])).code).toBe(0);
  approved = paused;
});

function copy(): string {
  const dir = path.join(tempDir(), path.basename(approved));
  fs.cpSync(approved, dir, { recursive: true });
  return dir;
}

const edit = (dir: string, file: string, from: string, to: string) => {
  const full = path.join(dir, file);
  const text = fs.readFileSync(full, 'utf8');
  expect(text).toContain(from);
  fs.writeFileSync(full, text.replace(from, to));
};

const context = (dir: string): EngineContext => ({
  store: new FsRunStore(dir),
  backend: { name: 'none', generate: () => Promise.reject(new Error('no calls')) },
  clock: systemClock,
  actor: 'tester',
  environment: {},
  command: 'test',
});

/**
 * Edits to files the next stop writes again: overwritten unread, an edit would vanish instead of being named.
 * What each is, its path, and the text replaced.
 */
const STOP_FILE_EDITS: [string, string, string, string][] = [
  ['the gate file, to name another approver', 'audit/gates/review.json', '"alice"', '"bobby"'],
  ['report.md', 'report.md', 'Approved by **`alice`**', 'Approved by **`bobby`**'],
  ['audit/status.json', 'audit/status.json', '"approved"', '"rejected"'],
  ['gate_pending.json', 'gate_pending.json', '"approved"', '"rejected"'],
  ['the consistency proofs', 'audit/consistency.json', '"proofs"', '"proofz"'],
];

/** The run does not open from its seal, and resume refuses it naming `file`, changing nothing. */
async function refusedUnchanged(dir: string, file: string): Promise<void> {
  expect(openSealed(context(dir))).toBeUndefined();
  const before = treeDigest(dir);
  const resumed = await awo(['resume', dir]);
  expect(resumed.code).toBe(1);
  expect(resumed.err).toContain(`refusing to continue run folder ${path.resolve(dir)}: ${file}`);
  expect(treeDigest(dir)).toEqual(before);
}

describe('a sealed run', () => {
  it('opens from its seal, with the state the full verification derives', async () => {
    const dir = copy();
    expect(openSealed(context(dir))).toBeDefined();
    const fromSeal = await awo(['status', dir, '--json']);
    // Without the manifest the seal is not whole: the run opens the full way, every file verified.
    fs.rmSync(path.join(dir, 'SHA256SUMS.txt'));
    expect(openSealed(context(dir))).toBeUndefined();
    expect(readSealedState(new FsRunStore(dir))).toBeUndefined();
    const full = await awo(['status', dir, '--json']);
    expect(fromSeal.code).toBe(0);
    expect(fromSeal.out).toBe(full.out);
    expect(JSON.parse(fromSeal.out)).toMatchObject({ status: 'paused', gate: { status: 'approved' } });
  });

  it('carries the sealed digest of a file no session reads: an edit still fails awo verify', async () => {
    const dir = copy();
    edit(dir, 'outputs/other.json', 'Say something else', 'Say something nicer');
    expect(openSealed(context(dir))).toBeDefined();
    const resumed = await awo(['resume', dir]);
    expect(resumed.code).toBe(0);
    const verified = await awo(['verify', dir]);
    expect(verified.code).toBe(1);
    expect(verified.out + verified.err).toMatch(/verification FAILED.*outputs\/other\.json/s);
  });

  it.each([
    ['an output a remaining step names', 'outputs/ask.json', 'Say hello', 'Say goodbye'],
    ['the step log the session appends to', 'steps/006_review.jsonl', '"gate"', '"pass"'],
    ['an output the next report quotes', 'outputs/third.json', 'Say three', 'Say four'],
    ['metadata.json, whose models the next seal lists', 'metadata.json', '"echo-1"', '"gpt-x"'],
    ['the audit trail', 'audit/log.jsonl', '"alice"', '"bobby"'],
    ...STOP_FILE_EDITS,
    ['the checkpoint', 'audit/checkpoint.json', '"size"', '"Size"'],
  ])('refuses %s when it was edited, before writing anything', async (_what, file, from, to) => {
    const dir = copy();
    edit(dir, file, from, to);
    await refusedUnchanged(dir, file);
  });

  it.each([
    ...STOP_FILE_EDITS,
    ["metadata.json's step records", 'metadata.json', '"status": "completed"', '"status": "failed"'],
    ['metadata.json, made no JSON at all', 'metadata.json', '{', 'not json {'],
  ])(
    'refuses %s edited with the seal recomputed over it, before writing anything (helper-51)',
    async (_what, file, from, to) => {
      // Rewritten from the chain by the next stop, the edit (shown to a reviewer meanwhile) would vanish and
      // the folder verify again; so the session compares each with what the chain renders, as verify does.
      const dir = copy();
      edit(dir, file, from, to);
      resealFolder(dir);
      expect((await awo(['verify', dir])).code).toBe(1);
      await refusedUnchanged(dir, file);
    },
  );

  it('refuses an audit line that is not what the writer writes, however its seal was made (helper-51)', async () => {
    // A key given twice: JSON.parse keeps the last, other readers the first; the line's hash holds for the last.
    const dir = copy();
    forgeRun(dir, (lines) => lines, {
      rewrite: (text, i) =>
        i === 0 ? text.replace('"actor":"tester"', '"actor":"bob","actor":"tester"') : text,
    });
    expect(fs.readFileSync(path.join(dir, 'audit/log.jsonl'), 'utf8')).toContain('"actor":"bob","actor"');
    expect((await awo(['verify', dir])).code).toBe(1);
    expect(openSealed(context(dir))).toBeUndefined();
    const before = treeDigest(dir);
    expect((await awo(['resume', dir])).code).toBe(1);
    expect(treeDigest(dir)).toEqual(before);
  });

  it('refuses a leftover temporary file the seal lists, which no stop seals (helper-51)', async () => {
    const dir = copy();
    fs.writeFileSync(path.join(dir, '.SHA256SUMS.txt.partial'), 'half a manifest\n');
    resealFolder(dir);
    expect(openSealed(context(dir))).toBeUndefined();
    const before = treeDigest(dir);
    expect((await awo(['resume', dir])).code).toBe(1);
    expect(treeDigest(dir)).toEqual(before);
  });

  it.each([
    // The gate step's log, which the session appends to: the seal holds (same bytes), in either opening.
    ['a step log the session appends to', 'steps/006_review.jsonl', false, 'it has 2 hard links'],
    // Where the next step writes its artifact, planted and listed in a recomputed seal.
    ['an artifact the next step writes', 'artifacts/after.txt', true, 'is not accounted for'],
  ])(
    'never writes through %s that is a hard link to a file outside the run (helper-51)',
    async (_what, file, plant, why) => {
      const dir = copy();
      const outside = path.join(tempDir(), 'outside.txt');
      if (plant) fs.writeFileSync(outside, 'not yours\n');
      else fs.renameSync(path.join(dir, file), outside);
      fs.linkSync(outside, path.join(dir, file));
      if (plant) resealFolder(dir);
      const before = fs.readFileSync(outside);
      const resumed = await awo(['resume', dir]);
      expect(resumed.code).toBe(1);
      expect(resumed.err).toContain(file);
      expect(resumed.err).toContain(why);
      expect(fs.readFileSync(outside)).toEqual(before);
    },
  );

  it('refuses, naming it, a folder planted where approve writes the gate receipt and listed in the seal (helper-51)', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'workflow.json');
    fs.writeFileSync(file, JSON.stringify(WORKFLOW));
    const paused = (await awo(['run', file, '--runs-dir', path.join(dir, 'runs')])).out.split('\n')[0];
    fs.mkdirSync(path.join(paused, 'receipts/gates/review.json'), { recursive: true });
    fs.writeFileSync(path.join(paused, 'receipts/gates/review.json/x'), 'x');
    resealFolder(paused);
    const approve = await awo(['approve', paused, '--actor', 'alice']);
    expect(approve.code).toBe(1);
    // Before: "internal error: EISDIR: illegal operation on a directory, rename ...".
    expect(approve.err).toContain('receipts/gates/review.json is a folder where the run keeps a file');
  });

  it.each(['outputs/after.json', 'receipts/steps/after.json', 'artifacts/after.txt'])(
    'refuses %s planted where the next step writes and listed in a recomputed seal (helper-51)',
    async (file) => {
      // Written over by the step, the planted file (what a reviewer was shown) would vanish from the evidence.
      const dir = copy();
      fs.writeFileSync(path.join(dir, file), '{"planted":true}\n');
      resealFolder(dir);
      expect((await awo(['verify', dir])).code).toBe(1);
      await refusedUnchanged(dir, file);
    },
  );

  it('is read the full way when the manifest lists the workflow receipt twice', () => {
    const dir = copy();
    expect(readSealedState(new FsRunStore(dir))).toBeDefined();
    const sums = path.join(dir, 'SHA256SUMS.txt');
    const text = fs.readFileSync(sums, 'utf8');
    const line = text.split('\n').find((l) => l.endsWith('  ./receipts/workflow.json')) ?? '';
    fs.writeFileSync(sums, `${text}${'0'.repeat(64)}${line.slice(64)}\n`);
    expect(readSealedState(new FsRunStore(dir))).toBeUndefined();
  });

  it('is opened the full way when the manifest was edited to match an edited file', async () => {
    const dir = copy();
    edit(dir, 'outputs/ask.json', 'Say hello', 'Say goodbye');
    const sums = path.join(dir, 'SHA256SUMS.txt');
    fs.writeFileSync(
      sums,
      fs.readFileSync(sums, 'utf8').replace(/^[0-9a-f]{64}(?= {2}\.\/outputs\/ask\.json)/m, '0'.repeat(64)),
    );
    expect(openSealed(context(dir))).toBeUndefined();
    expect((await awo(['resume', dir])).code).toBe(1);
  });
});
