import { describe, expect, it } from '@jest/globals';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { awo, tempDir } from '../helpers.js';
import { digestBytes, digestObject } from '../../src/core/hash.js';
import { readSealedState } from '../../src/core/run-read-sealed.js';
import { FsRunStore } from '../../src/store/run-store.js';
import { openReadOnly } from '../../src/store/run-service.js';

/**
 * Reading a sealed run (`awo status`, the server's views, the action's paused bundle) takes the state from
 * the files its last stop rendered, checked against the seal (issue 19): it must be exactly the state the
 * full opening derives from every audit line, and any file it reads that is not the sealed one sends the
 * reader the full way.
 */
const SPINE = path.join(process.cwd(), 'workflows/pt004_execution_spine.json');
const POLICY = (name: string) => path.join(process.cwd(), `workflows/policies/pt004-${name}.json`);

async function spine(policy: string, ...moves: string[][]): Promise<string> {
  const result = await awo(['run', SPINE, '--runs-dir', tempDir(), '--policy', POLICY(policy)]);
  const dir = result.out.split('\n')[0];
  for (const move of moves) await awo([move[0], dir, ...move.slice(1)]);
  return dir;
}

const fullState = (dir: string) => {
  const run = openReadOnly(dir);
  return { state: run.journal.state, input: run.input };
};

describe('a sealed run read from its stop files', () => {
  it.each([
    ['completed, no gate', 'all-allow', []],
    ['failed closed by a deny (steps never reached)', 'deny-at-decide', []],
    ['paused at a pending gate', 'flag-at-decide', []],
    ['paused after an approval', 'flag-at-decide', [['approve', '--actor', 'alice']]],
    [
      'approved and resumed to the next gate',
      'flag-at-decide',
      [['approve', '--actor', 'alice'], ['resume']],
    ],
    [
      'through every gate to the end',
      'flag-at-decide',
      [['approve', '--actor', 'alice'], ['resume'], ['approve', '--actor', 'bob'], ['resume']],
    ],
    ['rejected', 'flag-at-decide', [['reject', '--actor', 'alice', '--comment', 'no']]],
  ])('%s: is the state every audit line implies', async (_what, policy, moves) => {
    const dir = await spine(policy, ...moves);
    const sealed = readSealedState(new FsRunStore(dir));
    expect(sealed).toBeDefined();
    const full = fullState(dir);
    expect(sealed?.state).toEqual(full.state);
    expect(sealed?.input).toEqual(full.input);
    // Key order too: `awo status --json` prints these records as they are.
    expect(JSON.stringify(sealed?.state)).toBe(JSON.stringify(full.state));
  });

  const edits: [string, string, (text: string) => string][] = [
    ['metadata.json', 'metadata.json', (t) => t.replace('"completed"', '"failed"')],
    ['a gate file', 'audit/gates/flag-decide_action.json', (t) => t.replace('"alice"', '"mallory"')],
    [
      'the receipt (the manifest no longer lists it)',
      'receipts/workflow.json',
      (t) => t.replace(/\n$/, ' \n'),
    ],
    [
      "the audit trail's last line",
      'audit/log.jsonl',
      (t) => t.replace(/"actor":"[^"]*"(?=[^\n]*\n$)/, '"actor":"x"'),
    ],
    [
      "the audit trail's last line, rewritten with its own hash recomputed",
      'audit/log.jsonl',
      (t) => {
        const lines = t.split('\n');
        const { hash: _hash, ...body } = JSON.parse(lines[lines.length - 2]) as Record<string, unknown>;
        const edited = { ...body, actor: 'mallory' };
        lines[lines.length - 2] = JSON.stringify({ ...edited, hash: digestObject(edited) });
        return lines.join('\n');
      },
    ],
    [
      'the audit trail, one line appended after the seal',
      'audit/log.jsonl',
      (t) => t + t.split('\n')[0] + '\n',
    ],
    ['input.json', 'input.json', (t) => t.replace(/\n$/, ' \n')],
  ];
  it.each(edits)('is read the full way when %s is not the sealed file', async (_what, file, edit) => {
    const dir = await spine('flag-at-decide', ['approve', '--actor', 'alice']);
    expect(readSealedState(new FsRunStore(dir))).toBeDefined();
    const full = path.join(dir, file);
    const before = fs.readFileSync(full, 'utf8');
    const after = edit(before);
    expect(after).not.toBe(before);
    fs.writeFileSync(full, after);
    expect(readSealedState(new FsRunStore(dir))).toBeUndefined();
  });

  it('is read the full way when a re-sealed metadata.json holds steps that are not records', async () => {
    const dir = await spine('flag-at-decide', ['approve', '--actor', 'alice']);
    const metadata = JSON.parse(fs.readFileSync(path.join(dir, 'metadata.json'), 'utf8')) as {
      steps: unknown[];
    };
    metadata.steps = [1, 'two', null];
    // Re-sealed as a forger would: the receipt's evidence and hash, and the manifest, all made to agree.
    reseal(dir, 'metadata.json', `${JSON.stringify(metadata, null, 2)}\n`);
    expect(readSealedState(new FsRunStore(dir))).toBeUndefined();
    const status = await awo(['status', dir]);
    expect(status.code).toBe(1);
    expect(status.err).toContain('metadata.json');
    expect(status.err).not.toMatch(/\n\s+at /);
  });

  it('is read the full way when a resolved gate file names another approver, re-sealed', async () => {
    // helper-40: the gate file and its manifest line were all a forger had to change for status to show it.
    const dir = await spine('flag-at-decide', ['approve', '--actor', 'alice']);
    const [name] = fs.readdirSync(path.join(dir, 'audit/gates'));
    const file = `audit/gates/${name}`;
    const text = fs.readFileSync(path.join(dir, file), 'utf8');
    expect(text).toContain('"actor": "alice"');
    reseal(dir, file, text.replace('"actor": "alice"', '"actor": "mallory"'));
    expect(readSealedState(new FsRunStore(dir))).toBeUndefined();
    const status = await awo(['status', dir]);
    expect(status.code).toBe(1);
    expect(status.out).not.toContain('mallory');
    expect(status.err).toContain(file);
    // A read is refused as a read, not as a session that would have gone on.
    expect(status.err).toMatch(/^awo status: cannot read run folder /);
  });

  it('reads a workflow receipt not laid out as the stop writes it in full', async () => {
    const dir = await spine('flag-at-decide', ['approve', '--actor', 'alice']);
    const before = readSealedState(new FsRunStore(dir))?.state;
    const receipt = path.join(dir, 'receipts/workflow.json');
    const compact = JSON.stringify(JSON.parse(fs.readFileSync(receipt, 'utf8')));
    fs.writeFileSync(receipt, compact);
    const sums = path.join(dir, 'SHA256SUMS.txt');
    const hex = digestBytes(compact).slice('sha256:'.length);
    fs.writeFileSync(
      sums,
      fs.readFileSync(sums, 'utf8').replace(/^[0-9a-f]{64}(?= {2}\.\/receipts\/workflow\.json$)/m, hex),
    );
    expect(readSealedState(new FsRunStore(dir))?.state).toEqual(before);
  });

  it('shows in `awo status` what the full opening shows', async () => {
    const dir = await spine('flag-at-decide', ['approve', '--actor', 'alice']);
    const fromSeal = await awo(['status', dir, '--json']);
    fs.rmSync(path.join(dir, 'SHA256SUMS.txt'));
    const full = await awo(['status', dir, '--json']);
    expect(fromSeal.code).toBe(0);
    expect(fromSeal.out).toBe(full.out);
  });
});

/** Writes `file` and re-seals the folder around it: receipt evidence and hash, then the manifest. */
function reseal(dir: string, file: string, text: string): void {
  fs.writeFileSync(path.join(dir, file), text);
  const receiptPath = path.join(dir, 'receipts/workflow.json');
  const { workflow_hash: _old, ...receipt } = JSON.parse(fs.readFileSync(receiptPath, 'utf8')) as {
    workflow_hash: string;
    evidence: Record<string, string>;
  };
  receipt.evidence[file] = digestBytes(text);
  const receiptText = `${JSON.stringify({ ...receipt, workflow_hash: digestObject(receipt) }, null, 2)}\n`;
  fs.writeFileSync(receiptPath, receiptText);
  const sums = path.join(dir, 'SHA256SUMS.txt');
  const hex = (digest: string) => digest.slice('sha256:'.length);
  const lines = fs
    .readFileSync(sums, 'utf8')
    .split('\n')
    .map((line) =>
      line.endsWith(`  ./${file}`)
        ? `${hex(digestBytes(text))}  ./${file}`
        : line.endsWith('  ./receipts/workflow.json')
          ? `${hex(digestBytes(receiptText))}  ./receipts/workflow.json`
          : line,
    );
  fs.writeFileSync(sums, lines.join('\n'));
}
