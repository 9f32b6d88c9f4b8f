import { beforeAll, describe, expect, it } from '@jest/globals';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { auditLines, awo, readJson, tempDir, treeDigest, writeWorkflow } from '../helpers.js';
import { digestObject } from '../../src/core/hash.js';

/**
 * A gate receipt is the commit point of a decision: a session that dies after writing it and before the
 * audit line leaves it for recovery to record. A forger can fake that window (remove the seal, drop a receipt
 * in) instead of running `awo approve`; recovery must record only a decision the engine would have taken,
 * and `awo verify` must name any other, before anything is changed.
 */
const gateAt = (minApprovals: number) => ({
  name: 'forgery',
  steps: [
    { id: 's1', op: 'llm_map', prompt: 'Summarize: The battery lasts all day' },
    { id: 'review', op: 'audit_gate', args: { min_approvals: minApprovals, deadline_minutes: 60 } },
    { id: 's2', op: 'llm_map', prompt: 'Ship it: {{steps.s1.text}}' },
  ],
});

let single = '';
let quorum = '';

async function pausedRun(minApprovals: number): Promise<string> {
  const dir = tempDir();
  const file = writeWorkflow(dir, gateAt(minApprovals));
  const run = await awo(['run', file, '--runs-dir', path.join(dir, 'runs'), '--actor', 'mallory']);
  expect(run.code).toBe(78);
  return run.out.split('\n')[0];
}

beforeAll(async () => {
  single = await pausedRun(1);
  quorum = await pausedRun(2);
});

/** A copy of a paused run that looks as if a session died just after writing `receipt` as its gate decision. */
function crashLeft(paused: string, receipt: (base: Record<string, unknown>) => Record<string, unknown>) {
  const dir = path.join(tempDir(), path.basename(paused));
  fs.cpSync(paused, dir, { recursive: true });
  const workflow = readJson<{ run_id: string; lock_hash: string; receipts: { receipt_hash: string }[] }>(
    path.join(dir, 'receipts/workflow.json'),
  );
  // A session removes the seal before its first write: manifest, report, then workflow receipt.
  for (const file of ['SHA256SUMS.txt', 'report.md', 'receipts/workflow.json'])
    fs.rmSync(path.join(dir, file));
  const opened = readJson<{ request: { opened_at: string } }>(path.join(dir, 'audit/gates/review.json'))
    .request.opened_at;
  const body = receipt({
    kind: 'gate',
    run_id: workflow.run_id,
    gate_id: 'review',
    step_id: 'review',
    decision: 'approved',
    actor: 'bob',
    comment: 'ok',
    at: new Date(Date.parse(opened) + 60_000).toISOString(),
    source: 'cli',
  });
  const sealed = {
    ...body,
    prev_receipt_hash: workflow.receipts.at(-1)?.receipt_hash ?? workflow.lock_hash,
  };
  fs.mkdirSync(path.join(dir, 'receipts/gates'), { recursive: true });
  fs.writeFileSync(
    path.join(dir, 'receipts/gates/review.json'),
    JSON.stringify({ ...sealed, receipt_hash: digestObject(sealed) }, null, 2) + '\n',
  );
  return dir;
}

const self = { actor: 'mallory' };
const late = (base: Record<string, unknown>) => ({
  ...base,
  at: new Date(Date.parse(base.at as string) + 3 * 3600_000).toISOString(),
});

describe('a gate receipt left in a crash window', () => {
  it('is recorded as the decision when the engine would have taken it (the control)', async () => {
    const dir = crashLeft(single, (base) => base);
    expect((await awo(['resume', dir, '--actor', 'mallory'])).code).toBe(0);
    expect((await awo(['verify', dir])).code).toBe(0);
    const resolved = auditLines(dir).find((line) => line.event === 'gate.resolved');
    expect(resolved).toMatchObject({ actor: 'bob', details: { recovered: true } });
  });

  it.each<[string, string, (base: Record<string, unknown>) => Record<string, unknown>, string]>([
    [
      'the run creator with a bare override',
      'single',
      (base) => ({ ...base, ...self, details: { self_approval_override: true } }),
      'without what allowed it',
    ],
    [
      "the run creator with the policy's grant, which the policy does not give",
      'single',
      (base) => ({
        ...base,
        ...self,
        details: { self_approval_override: true, self_approval_allowed_by: 'policy' },
      }),
      'does not set allow_self_approval',
    ],
    [
      "the run creator with the action input's grant, from the CLI",
      'single',
      (base) => ({
        ...base,
        ...self,
        details: { self_approval_override: true, self_approval_allowed_by: 'allow-self-approval' },
      }),
      "not one of the action's GitHub channels",
    ],
    [
      'a GitHub source on a gate the action did not open',
      'single',
      (base) => ({ ...base, source: 'github-environment' }),
      'not opened by the action',
    ],
    ['an approval after the deadline', 'single', late, 'after its deadline'],
    [
      'an approver whose name holds an escape sequence',
      'single',
      (base) => ({ ...base, actor: 'bob\u001b[2J\r' }),
      'holds \\u001B',
    ],
    [
      'a receipt of another gate',
      'single',
      (base) => ({ ...base, gate_id: 'other' }),
      'it is not a receipt for gate review',
    ],
    [
      'a receipt naming another step',
      'single',
      (base) => ({ ...base, step_id: 'other' }),
      'it is not a receipt for gate review (step review)',
    ],
    [
      'a receipt with a field the engine never writes',
      'single',
      (base) => ({ ...base, note: 'approved by the board' }),
      'it is not in the form the engine writes one',
    ],
    [
      'a receipt with its fields in another order',
      'single',
      ({ actor, ...base }) => ({ actor, ...base }),
      'it is not in the form the engine writes one',
    ],
    [
      'one approver on a gate that needs two',
      'quorum',
      (base) => base,
      'needs 2 distinct approvers, and its approval names 1 (bob)',
    ],
    [
      'two approvers listed through the CLI on a gate that needs two',
      'quorum',
      (base) => ({ ...base, actor: 'bob, carol', details: { approvers: ['bob', 'carol'] } }),
      'records one person per decision',
    ],
  ])('is refused: %s (verify names it, resume changes nothing)', async (_name, which, forge, message) => {
    const dir = crashLeft(which === 'single' ? single : quorum, forge);
    const verify = await awo(['verify', dir]);
    expect(verify.code).toBe(1);
    expect(verify.out + verify.err).toContain('receipts/gates/review.json');
    expect(verify.out + verify.err).toContain(message);
    const before = treeDigest(dir);
    const resume = await awo(['resume', dir, '--actor', 'mallory']);
    expect(resume.code).toBe(1);
    expect(resume.err).toContain(message);
    expect(treeDigest(dir)).toEqual(before);
  });
});

describe('a gate receipt beside a surviving workflow receipt', () => {
  it('is refused: a session removes the workflow receipt before it writes one (verify names it, resume changes nothing)', async () => {
    const dir = crashLeft(single, (base) => base);
    fs.cpSync(path.join(single, 'receipts/workflow.json'), path.join(dir, 'receipts/workflow.json'));
    const verify = await awo(['verify', dir]);
    expect(verify.code).toBe(1);
    expect(verify.out + verify.err).toContain('receipts/workflow.json is still there');
    const before = treeDigest(dir);
    expect((await awo(['resume', dir, '--actor', 'mallory'])).code).toBe(1);
    expect(treeDigest(dir)).toEqual(before);
  });
});

describe('a gate receipt nested 100,000 deep in a crash window', () => {
  it('is residue: verify says incomplete without overflowing, and resume removes it and pauses again', async () => {
    const dir = crashLeft(single, (base) => base);
    const deep = '{"a":'.repeat(100_000) + '1' + '}'.repeat(100_000);
    fs.writeFileSync(path.join(dir, 'receipts/gates/review.json'), deep);
    const verify = await awo(['verify', dir]);
    expect(verify.code).toBe(1);
    expect(verify.out + verify.err).not.toContain('internal error');
    expect(verify.out + verify.err).toContain('incomplete');
    expect((await awo(['resume', dir, '--actor', 'mallory'])).code).toBe(78);
    expect(fs.existsSync(path.join(dir, 'receipts/gates/review.json'))).toBe(false);
    expect((await awo(['verify', dir])).code).toBe(0);
  });
});

describe('a gate resolution rewritten in the audit trail', () => {
  it('is named by verify even with every line hash recomputed after it', async () => {
    const dir = crashLeft(single, (base) => base);
    expect((await awo(['resume', dir, '--actor', 'mallory'])).code).toBe(0);
    const log = path.join(dir, 'audit/log.jsonl');
    let head = '';
    const rows = auditLines(dir).map((line) => {
      if (line.event === 'gate.resolved') {
        const details = line.details as { resolution: Record<string, unknown> };
        details.resolution = {
          ...details.resolution,
          actor: 'mallory',
          details: { self_approval_override: true },
        };
      }
      const { hash: _old, ...body } = line;
      const relinked = { ...body, prev_hash: head === '' ? line.prev_hash : head };
      head = digestObject(relinked);
      return JSON.stringify({ ...relinked, hash: head });
    });
    fs.writeFileSync(log, rows.join('\n') + '\n');
    const verify = await awo(['verify', dir]);
    expect(verify.code).toBe(1);
    expect(verify.out + verify.err).toMatch(/audit\/log\.jsonl:\d+/);
    expect(verify.out + verify.err).toContain('without what allowed it');
  });
});

describe('awo approve on a gate that needs two approvers', () => {
  it('refuses one person (exit 2, nothing changed) and says which channel can count two', async () => {
    const dir = path.join(tempDir(), path.basename(quorum));
    fs.cpSync(quorum, dir, { recursive: true });
    const before = treeDigest(dir);
    const approve = await awo(['approve', dir, '--actor', 'bob']);
    expect(approve.code).toBe(2);
    expect(approve.err).toContain('needs 2 distinct approvers, and its approval names 1 (bob)');
    expect(approve.err).toContain("the action's comment or environment channel");
    expect(treeDigest(dir)).toEqual(before);
    expect((await awo(['verify', dir])).code).toBe(0);
    const reject = await awo(['reject', dir, '--actor', 'bob']);
    expect(reject.err).toContain('rejected: gate "review" rejected by bob');
  });
});
