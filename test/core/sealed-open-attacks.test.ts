import { beforeAll, describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { awo, tempDir, treeDigest, writeWorkflow } from '../helpers.js';
import { digestBytes, digestObject } from '../../src/core/hash.js';
import { forgeRun } from '../forge-run.js';

/**
 * Red team of issue 19 (a sealed run opened from its seal). The audit trail is outside the workflow
 * receipt's evidence: only `SHA256SUMS.txt` names its digest. A line edited behind its unchanged `hash`
 * field, with the manifest's one line for the trail updated, must still not be folded into the state a
 * session acts on: the lines' bytes no longer give the receipt's checkpoint (their RFC 9162 root). Nor when
 * the checkpoint and the whole seal were made again around the edit (helper-40 approved their own gate so):
 * the sealed opening checks every line's own hash, as the full way does.
 */
const WORKFLOW = {
  name: 'sealed-attacks',
  steps: [
    { id: 'a', op: 'write_text', args: { path: 'a.txt', text: 'hello' } },
    { id: 'review', op: 'audit_gate' },
    { id: 'after', op: 'write_text', args: { path: 'after.txt', text: 'after' } },
  ],
};
const LOG = 'audit/log.jsonl';

let paused = '';

beforeAll(async () => {
  const dir = tempDir();
  const file = path.join(dir, 'workflow.json');
  fs.writeFileSync(file, JSON.stringify(WORKFLOW));
  const run = await awo(['run', file, '--runs-dir', path.join(dir, 'runs'), '--actor', 'mallory']);
  paused = run.out.split('\n')[0];
  expect(fs.existsSync(path.join(paused, 'gate_pending.json'))).toBe(true);
});

function copy(): string {
  const dir = path.join(tempDir(), path.basename(paused));
  fs.cpSync(paused, dir, { recursive: true });
  return dir;
}

/** Edits trail lines other than the last, keeps every `hash` field, and updates the manifest's line for the trail. */
function tamperTrail(dir: string, edit: (line: string, seq: number) => string): void {
  const file = path.join(dir, LOG);
  const lines = fs.readFileSync(file, 'utf8').split('\n').slice(0, -1);
  const edited = lines.map((line, i) => (i < lines.length - 1 ? edit(line, i + 1) : line));
  expect(edited).not.toEqual(lines);
  const bytes = Buffer.from(edited.join('\n') + '\n');
  fs.writeFileSync(file, bytes);
  const digest = createHash('sha256').update(bytes).digest('hex');
  const manifest = path.join(dir, 'SHA256SUMS.txt');
  const text = fs.readFileSync(manifest, 'utf8');
  const updated = text.replace(/^[0-9a-f]{64}( {2}\.\/audit\/log\.jsonl)$/m, `${digest}$1`);
  expect(updated).not.toBe(text);
  fs.writeFileSync(manifest, updated);
}

describe('a sealed run whose trail was edited behind unchanged line hashes', () => {
  it('does not let the run starter approve its own gate (actors rewritten in earlier lines)', async () => {
    const dir = copy();
    tamperTrail(dir, (line) => line.replaceAll('"actor":"mallory"', '"actor":"bob"'));
    const before = treeDigest(dir);
    const approve = await awo(['approve', dir, '--actor', 'mallory']);
    expect(approve.code).not.toBe(0);
    // A session that refuses changes nothing.
    expect(treeDigest(dir)).toEqual(before);
  });

  it('does not let the run starter approve its own gate when the checkpoint and the seal were made again', async () => {
    // Who started the run and the step, rewritten behind those lines' old hashes; the gate's request
    // rewritten and hashed anew, the checkpoint over the edited lines and the seal made again: all hold.
    const dir = copy();
    forgeRun(
      dir,
      (lines) => lines.map((line) => (line.actor === 'mallory' ? { ...line, actor: 'bob' } : line)),
      { keepHash: (line) => line.event === 'run.created' || line.event === 'step.started' },
    );
    const before = treeDigest(dir);
    const approve = await awo(['approve', dir, '--actor', 'mallory']);
    expect(approve.code).not.toBe(0);
    expect(treeDigest(dir)).toEqual(before);
  });

  it('does not let resume pass a gate nobody approved (gate.requested rewritten as step.completed)', async () => {
    const dir = copy();
    tamperTrail(dir, (line, seq) =>
      seq === 8 ? line.replace('"event":"gate.requested"', '"event":"step.completed"') : line,
    );
    const before = treeDigest(dir);
    const resume = await awo(['resume', dir]);
    expect(resume.code).not.toBe(0);
    expect(fs.existsSync(path.join(dir, 'artifacts', 'after.txt'))).toBe(false);
    expect(treeDigest(dir)).toEqual(before);
  });

  it('refuses a trail line with a duplicate key whose hash still holds (last key wins), as the full way does', async () => {
    const dir = copy();
    tamperTrail(dir, (line, seq) =>
      seq === 8 ? line.replace('"actor":"mallory"', '"actor":"bob","actor":"mallory"') : line,
    );
    const before = treeDigest(dir);
    const approve = await awo(['approve', dir, '--actor', 'bob']);
    expect(approve.code).not.toBe(0);
    expect(approve.err).toContain('duplicate key');
    expect(treeDigest(dir)).toEqual(before);
  });

  it('shows in status what was sealed, not the edited trail; awo verify names the edited line', async () => {
    const sealed = await awo(['status', copy(), '--json']);
    const dir = copy();
    tamperTrail(dir, (line, seq) =>
      seq === 8 ? line.replace('"event":"gate.requested"', '"event":"step.completed"') : line,
    );
    // A read takes the state from the stop's sealed files (issue 19), so the edit cannot show a gate passed.
    const fromSeal = await awo(['status', dir, '--json']);
    expect(fromSeal.code).toBe(0);
    expect(fromSeal.out).toBe(sealed.out);
    expect(JSON.parse(fromSeal.out)).toMatchObject({ status: 'paused', gate: { status: 'pending' } });
    const verified = await awo(['verify', dir]);
    expect(verified.code).toBe(1);
    expect(verified.out + verified.err).toContain('line 8 hash does not match');
  });
});

/**
 * What a session builds on (an output a remaining step's template names) is checked against the workflow
 * receipt's evidence only. The receipt is a self-hashed file (`workflow_hash`) whose digest only the manifest
 * names: an output edited with the receipt re-hashed as a forger would (no audit line touched) is built on,
 * where the full way (14d7417) compares it with the chain's output_hash and refuses.
 */
describe('a sealed run whose workflow receipt was re-hashed over an edited output', () => {
  it('does not build a remaining step on the edited output', async () => {
    const dir = tempDir();
    const file = writeWorkflow(dir, {
      name: 'forged-receipt',
      steps: [
        { id: 'ask', op: 'llm_map', prompt: 'Say hello' },
        { id: 'review', op: 'audit_gate' },
        { id: 'after', op: 'write_text', args: { path: 'after.txt', text: 'after: {{steps.ask.text}}' } },
      ],
    });
    const run = path.join(dir, 'runs');
    const paused = (await awo(['run', file, '--runs-dir', run])).out.split('\n')[0];
    expect((await awo(['approve', paused, '--actor', 'bob'])).code).toBe(0);

    const output = path.join(paused, 'outputs/ask.json');
    const record = JSON.parse(fs.readFileSync(output, 'utf8')) as { output: { text: string } };
    record.output.text = 'FORGED';
    fs.writeFileSync(output, JSON.stringify(record, null, 2) + '\n');
    const receiptFile = path.join(paused, 'receipts/workflow.json');
    const receipt = JSON.parse(fs.readFileSync(receiptFile, 'utf8')) as Record<string, unknown> & {
      evidence: Record<string, string>;
    };
    receipt.evidence['outputs/ask.json'] = digestBytes(fs.readFileSync(output));
    delete receipt.workflow_hash;
    receipt.workflow_hash = digestObject(receipt);
    fs.writeFileSync(receiptFile, JSON.stringify(receipt, null, 2) + '\n');
    const manifest = path.join(paused, 'SHA256SUMS.txt');
    let sums = fs.readFileSync(manifest, 'utf8');
    for (const rel of ['outputs/ask.json', 'receipts/workflow.json']) {
      const hex = digestBytes(fs.readFileSync(path.join(paused, rel))).slice('sha256:'.length);
      sums = sums.replace(new RegExp(`^[0-9a-f]{64}( {2}\\./${rel.replace('.', '\\.')})$`, 'm'), `${hex}$1`);
    }
    fs.writeFileSync(manifest, sums);

    const before = treeDigest(paused);
    const resume = await awo(['resume', paused]);
    expect(resume.code).not.toBe(0);
    expect(fs.existsSync(path.join(paused, 'artifacts/after.txt'))).toBe(false);
    expect(treeDigest(paused)).toEqual(before);
  });
});
