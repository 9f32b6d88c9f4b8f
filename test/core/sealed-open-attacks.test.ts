import { beforeAll, describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { awo, readJson, tempDir, treeDigest, writeWorkflow } from '../helpers.js';
import { digestBytes, digestObject } from '../../src/core/hash.js';
import { forgeRun } from '../forge-run.js';
import type { AuditLine } from '../../src/core/audit-chain.js';
import { SEAL } from '../../src/core/run-files.js';

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

/**
 * A session plans from `input.json` (its steps, policy and backend) and judges the trail by it. helper-42
 * rewrote only that file, re-chained the trail from its new digest and re-sealed the folder, leaving the
 * workflow snapshot and the lock (whose hash the chain starts from and the receipt holds) as they were:
 * the sealed opening took the forged plan and let resume skip the gate, the starter approve their own gate,
 * and a step write outside the folder. The plan must be the one the lock binds, as `awo verify` requires.
 */
describe('a sealed run whose input.json was rewritten and the trail re-chained over it', () => {
  /** Rewrites input.json with `change`, re-chains the trail from its digest (less `drop`'s lines) and re-seals. */
  function forgeInput(
    dir: string,
    change: (input: {
      steps: Record<string, unknown>[];
      policy: { document: Record<string, unknown> };
    }) => void,
    drop: (line: { step_id?: string; event: string }) => boolean = () => false,
  ): void {
    const file = path.join(dir, 'input.json');
    const input = readJson<Parameters<typeof change>[0]>(file);
    change(input);
    fs.writeFileSync(file, JSON.stringify(input, null, 2) + '\n');
    const inputHash = digestBytes(fs.readFileSync(file));
    forgeRun(dir, (lines) => {
      const kept = lines.filter((line) => !drop(line));
      (kept[0].details as Record<string, unknown>).input_hash = inputHash;
      return kept;
    });
  }

  /** Removes the gate from the plan and its lines from the trail, with the files only it left. */
  function withoutGate(dir: string, change: (after: Record<string, unknown>) => void = () => {}): void {
    forgeInput(
      dir,
      (input) => {
        input.steps = input.steps.filter((step) => step.op !== 'audit_gate');
        change(input.steps.find((step) => step.id === 'after') as Record<string, unknown>);
      },
      (line) => line.step_id === 'review' || line.event === 'gate.requested',
    );
    fs.rmSync(path.join(dir, 'steps/002_review.jsonl'), { force: true });
    fs.rmSync(path.join(dir, 'audit/gates'), { recursive: true, force: true });
  }

  async function refused(dir: string, args: string[], where: string): Promise<string> {
    const before = treeDigest(dir);
    const result = await awo([...args, dir]);
    expect(result.code).not.toBe(0);
    expect(result.err).not.toContain('internal error');
    expect(treeDigest(dir)).toEqual(before);
    const verified = await awo(['verify', dir]);
    expect(verified.code).toBe(1);
    expect(verified.out + verified.err).toContain(where);
    return result.err;
  }

  it('does not let resume run the step after a gate the plan no longer has', async () => {
    const dir = copy();
    withoutGate(dir);
    await refused(dir, ['resume'], 'input.json: steps differ from workflow.snapshot.json');
    expect(fs.existsSync(path.join(dir, 'artifacts/after.txt'))).toBe(false);
  });

  it("does not let the run's starter approve their own gate under a policy only input.json allows it by", async () => {
    const dir = copy();
    forgeInput(dir, (input) => {
      input.policy.document.allow_self_approval = true;
    });
    await refused(dir, ['approve', '--actor', 'mallory'], 'lock.snapshot.json: policy do not match');
  });

  it('writes nothing outside the run folder for an artifact path leading out of it', async () => {
    const dir = copy();
    const victim = path.join(path.dirname(path.dirname(dir)), 'victim.txt');
    fs.writeFileSync(victim, 'ORIGINAL');
    withoutGate(dir, (after) => {
      (after.args as Record<string, unknown>).path = '../../victim.txt';
    });
    await refused(dir, ['resume'], 'input.json: steps differ from workflow.snapshot.json');
    expect(fs.readFileSync(victim, 'utf8')).toBe('ORIGINAL');
  });

  it('names the file, not an internal error, for a policy that is not one, even with the lock made to match', async () => {
    const dir = copy();
    forgeInput(dir, (input) => {
      input.policy.document.rules = 'x';
    });
    await refused(dir, ['resume'], 'input.json: policy is not a valid policy document');
    // A forger who also rewrites the lock's policy digest, and re-chains from the new lock's hash.
    const lockFile = path.join(dir, 'lock.snapshot.json');
    const lock = readJson(lockFile);
    const input = readJson<{ policy: { document: unknown } }>(path.join(dir, 'input.json'));
    lock.policy = digestObject(input.policy.document);
    fs.writeFileSync(lockFile, JSON.stringify(lock, null, 2) + '\n');
    forgeRun(dir, (lines) => lines);
    await refused(dir, ['resume'], 'input.json: policy is not a valid policy document');
  });
});

describe('a sealed run whose trail records an actor no face accepts', () => {
  it('is refused at the line, before the name is folded (helper-42: 700,000 of U+FDFA took 15 s and 2.5 GB)', async () => {
    const dir = copy();
    forgeRun(dir, (lines) =>
      lines.map((line, i) => (i === 2 ? { ...line, actor: '\uFDFA'.repeat(5_000) } : line)),
    );
    const before = treeDigest(dir);
    const approve = await awo(['approve', dir, '--actor', 'alice']);
    expect(approve.code).not.toBe(0);
    expect(treeDigest(dir)).toEqual(before);
    const verified = await awo(['verify', dir]);
    expect(verified.code).toBe(1);
    expect(verified.out + verified.err).toContain(
      'line 3 records an actor that is not a name of at most 256 characters',
    );
  });
});

describe('a trail whose run or gate records a re-runner no face accepts (helper-48)', () => {
  it('is refused at the line, before the name is folded', async () => {
    const dir = copy();
    forgeRun(dir, (lines) => {
      const created = lines[0];
      created.details = {
        ...created.details,
        environment: { github: { actor: 'alice', triggering_actor: '\uFDFA'.repeat(5_000) } },
      };
      return lines;
    });
    const verified = await awo(['verify', dir]);
    expect(verified.code).toBe(1);
    expect(verified.out + verified.err).toContain(
      'line 1 records who re-ran the attempt as something other than a name of at most 256 characters',
    );

    // The same on a session's first line.
    const session = copy();
    forgeRun(session, (lines) => {
      const running = lines[1];
      expect(running).toMatchObject({ event: 'run.status', details: { status: 'running' } });
      running.details = { ...running.details, triggering_actor: '\uFDFA'.repeat(5_000) };
      return lines;
    });
    const again = await awo(['verify', session]);
    expect(again.code).toBe(1);
    expect(again.out + again.err).toContain(
      'line 2 records who re-ran the attempt as something other than a name',
    );
  });
});

describe('a rejected run moved on by a rewritten trail (helper-46)', () => {
  it('is refused by verify and by resume, and the step after the gate never runs', async () => {
    const dir = copy();
    expect((await awo(['reject', dir, '--actor', 'bob', '--comment', 'no'])).code).toBe(1);
    forgeRun(dir, (lines) => {
      const last = lines.at(-1) as AuditLine;
      expect(last).toMatchObject({ event: 'run.status', details: { status: 'rejected' } });
      // A running line as a session writes one (no report form: that is only on a stop).
      const { report_format: _form, ...details } = last.details ?? {};
      return [...lines, { ...last, details: { ...details, status: 'running' } }];
    });
    // Unsealed, as a session that died after its first line leaves a run: opened the full way, recovered.
    for (const file of SEAL) fs.rmSync(path.join(dir, file), { force: true });
    const before = treeDigest(dir);
    const resumed = await awo(['resume', dir]);
    expect(resumed.code).not.toBe(0);
    expect(resumed.err).not.toContain('internal error');
    expect(fs.existsSync(path.join(dir, 'artifacts/after.txt'))).toBe(false);
    expect(treeDigest(dir)).toEqual(before);
    const verified = await awo(['verify', dir]);
    expect(verified.code).toBe(1);
    expect(verified.out + verified.err).toContain('moves a rejected run to running, which no session does');
  });
});

describe("the engine's own names on lines a person writes (helper-46)", () => {
  it('are refused, so a rewritten trail cannot hide who drove the run from the self-approval rule', async () => {
    const dir = copy();
    forgeRun(dir, (lines) =>
      lines.map((line) =>
        line.actor === 'mallory' && (line.event === 'run.created' || line.event === 'step.started')
          ? { ...line, actor: 'system' }
          : line,
      ),
    );
    const before = treeDigest(dir);
    const approved = await awo(['approve', dir, '--actor', 'mallory']);
    expect(approved.code).not.toBe(0);
    expect(approved.err).not.toContain('internal error');
    expect(treeDigest(dir)).toEqual(before);
    const verified = await awo(['verify', dir]);
    expect(verified.code).toBe(1);
    expect(verified.out + verified.err).toContain(
      'line 1 records run.created by "system", a name the engine writes only for its own actions',
    );
  });
});
