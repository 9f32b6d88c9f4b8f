import { beforeAll, describe, it, expect } from '@jest/globals';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { awo, tempDir, treeDigest } from '../helpers.js';
import { writeManifest } from '../../src/bundle/manifest.js';
import { formatCheckpoint, parseCheckpoint } from '../../src/core/checkpoint.js';
import { digestObject } from '../../src/core/hash.js';
import { verifyConsistency } from '../../src/core/merkle.js';
import { SEAL } from '../../src/core/run-files.js';
import { verifyFolder } from '../../src/store/run-service.js';

const SPINE = path.join(process.cwd(), 'workflows/pt004_execution_spine.json');
const FLAG = path.join(process.cwd(), 'workflows/policies/pt004-flag-at-decide.json');

let original = '';
/** The checkpoint the run gave out when it paused at its gate (what a reviewer would have been shown). */
let gateHead = '';
/** The checkpoint of the stop the approval made (the last one before the resume). */
let approvedHead = '';

/** A completed run with a gate: flagged (paused), approved by alice, resumed to the end. */
beforeAll(async () => {
  const runs = tempDir();
  const first = await awo(['run', SPINE, '--runs-dir', runs, '--policy', FLAG]);
  original = first.out.split('\n')[0];
  gateHead = read(original, 'audit/checkpoint.json');
  expect((await awo(['approve', original, '--actor', 'alice', '--comment', 'ok'])).code).toBe(0);
  approvedHead = read(original, 'audit/checkpoint.json');
  expect((await awo(['resume', original])).code).toBe(0);
  expect(verifyFolder(original)).toMatchObject({ verdict: 'verified', sealed: true });
});

const read = (dir: string, file: string) => fs.readFileSync(path.join(dir, file), 'utf8');
const headOf = (text: string) => {
  const { size, root } = JSON.parse(text) as { size: number; root: string };
  return `${size}:${root}`;
};

type Row = Record<string, unknown>;

/** The audit trail's lines, parsed. */
const rowsOf = (log: string): Row[] =>
  fs
    .readFileSync(log, 'utf8')
    .trim()
    .split('\n')
    .map((row) => JSON.parse(row) as Row);

/** What anyone holding the folder can do: rewrite lines, then recompute every hash and link after them. */
function rechain(log: string, rows: Row[], edit: (row: Row) => void = () => undefined): void {
  let prev = rows[0].prev_hash;
  for (const row of rows) {
    edit(row);
    row.prev_hash = prev;
    delete row.hash;
    row.hash = digestObject(row);
    prev = row.hash;
  }
  fs.writeFileSync(log, rows.map((row) => JSON.stringify(row)).join('\n') + '\n');
}

function copyRun(): string {
  const dir = path.join(tempDir(), path.basename(original));
  fs.cpSync(original, dir, { recursive: true });
  return dir;
}

function flipByte(file: string): void {
  const bytes = fs.readFileSync(file);
  const at = Math.floor(bytes.length / 2);
  bytes[at] = bytes[at] === 0x41 ? 0x42 : 0x41;
  fs.writeFileSync(file, bytes);
}

/** One evidence file of every kind a run folder holds. */
const KINDS = [
  'workflow.snapshot.json',
  'lock.snapshot.json',
  'input.json',
  'metadata.json',
  'audit/log.jsonl',
  'audit/status.json',
  'audit/checkpoint.json',
  'audit/consistency.json',
  'audit/gates/flag-decide_action.json',
  'receipts/steps/observe_registry.json',
  'receipts/gates/flag-decide_action.json',
  'receipts/workflow.json',
  'outputs/observe_registry.json',
  'artifacts/spine/gate.md',
  'steps/001_observe_registry.jsonl',
  'report.md',
  'SHA256SUMS.txt',
];

describe('every evidence file is bound', () => {
  it('has a run holding every kind listed here', () => {
    const present = Object.keys(treeDigest(original));
    for (const kind of KINDS) expect(present).toContain(kind);
  });

  it.each(KINDS)('refuses %s with a byte flipped, naming it', (file) => {
    const dir = copyRun();
    flipByte(path.join(dir, file));
    const report = verifyFolder(dir);
    expect(report.verdict).toBe('mismatch');
    expect(report.where?.startsWith(file)).toBe(true);
  });

  it.each(KINDS.filter((file) => file !== 'SHA256SUMS.txt'))(
    'refuses %s deleted (the manifest rewritten to match), naming it',
    async (file) => {
      const dir = copyRun();
      fs.rmSync(path.join(dir, file));
      writeManifest(dir);
      const result = await awo(['verify', dir]);
      expect(result.code).not.toBe(0);
      expect(result.out).not.toContain('verified');
      // A seal file removed names the seal file now without it.
      const named = { 'receipts/workflow.json': 'report.md', 'report.md': 'SHA256SUMS.txt' }[file] ?? file;
      expect(result.err).toContain(named);
    },
  );

  it('calls a folder whose manifest alone was deleted incomplete, never verified', () => {
    const dir = copyRun();
    fs.rmSync(path.join(dir, 'SHA256SUMS.txt'));
    expect(verifyFolder(dir)).toMatchObject({ ok: true, verdict: 'incomplete', sealed: false });
  });

  it.each([
    'artifacts/planted.sh',
    'outputs/planted.json',
    'receipts/steps/planted.json',
    'audit/gates/planted.json',
    'steps/099_planted.jsonl',
    'notes.txt',
  ])('refuses an extra file %s, even with the manifest rewritten', (extra) => {
    const dir = copyRun();
    fs.mkdirSync(path.dirname(path.join(dir, extra)), { recursive: true });
    fs.writeFileSync(path.join(dir, extra), '{}\n');
    writeManifest(dir);
    const report = verifyFolder(dir);
    expect(report.verdict).toBe('mismatch');
    expect(report.where).toBe(extra);
  });

  it.each(KINDS.filter((file) => !(SEAL as readonly string[]).includes(file)))(
    'with its seal deleted, %s edited is refused by verify and by resume, which changes nothing',
    async (file) => {
      const dir = copyRun();
      for (const seal of SEAL) fs.rmSync(path.join(dir, seal));
      flipByte(path.join(dir, file));
      const report = verifyFolder(dir);
      expect(report.verdict).toBe('mismatch');
      expect(report.where?.startsWith(file)).toBe(true);
      const before = treeDigest(dir);
      for (const command of ['resume', 'retry']) {
        const result = await awo([command, dir]);
        expect(result.code).not.toBe(0);
        expect(treeDigest(dir)).toEqual(before);
      }
    },
  );

  it('refuses the same edits in a packed bundle', async () => {
    for (const file of [
      'metadata.json',
      'audit/gates/flag-decide_action.json',
      'steps/001_observe_registry.jsonl',
    ]) {
      const dir = copyRun();
      flipByte(path.join(dir, file));
      writeManifest(dir);
      const packed = await awo(['pack', dir, '--out', tempDir()]);
      const bundle = packed.out.split('\n')[0];
      const result = await awo(['verify', bundle]);
      expect(result.code).toBe(1);
      expect(result.err).toContain(`verification FAILED: ${file}`);
    }
  });
});

describe('the tampering attempts of the evidence issue', () => {
  it('delete the seal, forge the approver, logs, metadata, plant a file: verify and resume refuse, nothing is sealed in', async () => {
    const dir = copyRun();
    for (const seal of SEAL) fs.rmSync(path.join(dir, seal));
    const gate = path.join(dir, 'audit/gates/flag-decide_action.json');
    fs.writeFileSync(gate, read(dir, 'audit/gates/flag-decide_action.json').replace('"alice"', '"mallory"'));
    fs.appendFileSync(path.join(dir, 'steps/001_observe_registry.jsonl'), '{"event":"forged"}\n');
    fs.writeFileSync(
      path.join(dir, 'metadata.json'),
      read(dir, 'metadata.json').replace('"completed"', '"failed"'),
    );
    fs.writeFileSync(path.join(dir, 'artifacts/planted.sh'), 'echo owned\n');
    const verified = await awo(['verify', dir]);
    expect(verified.code).toBe(1);
    expect(verified.err).toContain('verification FAILED: audit/gates/flag-decide_action.json');
    const before = treeDigest(dir);
    expect((await awo(['resume', dir])).code).not.toBe(0);
    expect(treeDigest(dir)).toEqual(before);
    // Nothing to pack either: only a sealed run is packed.
    expect((await awo(['pack', dir, '--out', tempDir()])).code).not.toBe(0);
  });

  it('a completed run whose seal was removed is sealed again by resume, from the chain, with nothing added by hand', async () => {
    const dir = copyRun();
    for (const seal of SEAL) fs.rmSync(path.join(dir, seal));
    fs.appendFileSync(path.join(dir, 'steps/001_observe_registry.jsonl'), '{"event":"forged"}\n');
    const before = verifyFolder(dir);
    expect(before.verdict).toBe('incomplete');
    expect(before.notes.join(' ')).toContain('steps/001_observe_registry.jsonl: 19 bytes after what');
    expect((await awo(['resume', dir])).code).toBe(0);
    expect(read(dir, 'steps/001_observe_registry.jsonl')).not.toContain('forged');
    expect(verifyFolder(dir)).toMatchObject({ verdict: 'verified', status: 'completed' });
    const recovered = rowsOf(path.join(dir, 'audit/log.jsonl')).filter(
      (row) => row.event === 'run.recovered',
    );
    expect(String(recovered[0]?.reason)).toContain('cut steps/001_observe_registry.jsonl back to');
  });

  it('names the forged approver in the gate file once everything else is left alone', () => {
    const dir = copyRun();
    for (const seal of SEAL) fs.rmSync(path.join(dir, seal));
    const gate = path.join(dir, 'audit/gates/flag-decide_action.json');
    fs.writeFileSync(gate, fs.readFileSync(gate, 'utf8').replace('"alice"', '"mallory"'));
    const report = verifyFolder(dir);
    expect(report.where).toBe('audit/gates/flag-decide_action.json');
    expect(report.message).toContain('resolved approved by alice');
  });

  it('cut the last audit line of a completed run: incomplete, and a mismatch against the head kept outside', async () => {
    const dir = copyRun();
    const head = headOf(read(dir, 'audit/checkpoint.json'));
    const log = path.join(dir, 'audit/log.jsonl');
    const rows = fs.readFileSync(log, 'utf8').split('\n').slice(0, -2);
    fs.writeFileSync(log, rows.join('\n') + '\n');
    const plain = await awo(['verify', dir]);
    expect(plain.code).toBe(1);
    expect(plain.out).not.toContain('verified');
    expect(`${plain.out}${plain.err}`).toMatch(/incomplete|FAILED/);
    const outside = await awo(['verify', dir, '--checkpoint', head]);
    expect(outside.code).toBe(1);
    expect(outside.err).toContain('fewer than the');
  });

  it('edit report.md and regenerate SHA256SUMS.txt: caught in the folder and in a re-packed bundle', async () => {
    const dir = copyRun();
    const report = path.join(dir, 'report.md');
    fs.writeFileSync(report, fs.readFileSync(report, 'utf8').replaceAll('alice', 'bob'));
    writeManifest(dir);
    expect(verifyFolder(dir)).toMatchObject({ verdict: 'mismatch', where: 'report.md' });
    const packed = await awo(['pack', dir, '--out', tempDir()]);
    const result = await awo(['verify', packed.out.split('\n')[0]]);
    expect(result.code).toBe(1);
    expect(result.err).toContain('report.md');
  });

  it('a record replaced by a JSON bomb of an array, the manifest regenerated, is refused before it is parsed', () => {
    // helper-43: 250 MiB of `[0,0,…]` took 3.6 GB and ended in "internal error: Invalid string length".
    const dir = copyRun();
    fs.writeFileSync(path.join(dir, 'lock.snapshot.json'), `[${'0,'.repeat(4_000_000)}0]`);
    writeManifest(dir);
    expect(verifyFolder(dir)).toMatchObject({
      verdict: 'mismatch',
      where: 'lock.snapshot.json',
      message: expect.stringContaining('is not a JSON object') as unknown,
    });
  });

  it('edit report.md and recompute the workflow receipt and the manifest over it: caught by rendering it again', () => {
    const dir = copyRun();
    const report = path.join(dir, 'report.md');
    fs.writeFileSync(report, fs.readFileSync(report, 'utf8').replaceAll('alice', 'bob'));
    const receiptPath = path.join(dir, 'receipts/workflow.json');
    const receipt = JSON.parse(fs.readFileSync(receiptPath, 'utf8')) as Row & { evidence: Row };
    receipt.evidence['report.md'] =
      `sha256:${createHash('sha256').update(fs.readFileSync(report)).digest('hex')}`;
    delete receipt.workflow_hash;
    receipt.workflow_hash = digestObject(receipt);
    fs.writeFileSync(receiptPath, JSON.stringify(receipt, null, 2) + '\n');
    writeManifest(dir);
    const verdict = verifyFolder(dir);
    expect(verdict).toMatchObject({ verdict: 'mismatch', where: 'report.md' });
    expect(verdict.message).toContain('rendered from the chain');
  });

  /** What a forger recomputes after an edit: the file's digest in the workflow receipt, its hash, the manifest. */
  function reseal(dir: string, edit: (receipt: Row & { evidence: Row }) => void = () => undefined): void {
    const receiptPath = path.join(dir, 'receipts/workflow.json');
    const receipt = JSON.parse(fs.readFileSync(receiptPath, 'utf8')) as Row & { evidence: Row };
    for (const file of Object.keys(receipt.evidence))
      receipt.evidence[file] = `sha256:${createHash('sha256')
        .update(fs.readFileSync(path.join(dir, file)))
        .digest('hex')}`;
    edit(receipt);
    delete receipt.workflow_hash;
    receipt.workflow_hash = digestObject(receipt);
    fs.writeFileSync(receiptPath, JSON.stringify(receipt, null, 2) + '\n');
    writeManifest(dir);
  }

  it('a field added to an output file beside what its receipt hashes is refused, with the head kept outside too', async () => {
    const dir = copyRun();
    const file = path.join(dir, 'outputs/observe_registry.json');
    const output = JSON.parse(fs.readFileSync(file, 'utf8')) as Row;
    fs.writeFileSync(file, JSON.stringify({ ...output, approved_by: 'ceo' }, null, 2) + '\n');
    reseal(dir);
    const head = headOf(read(original, 'audit/checkpoint.json'));
    for (const verdict of [
      verifyFolder(dir),
      verifyFolder(dir, { checkpoint: parseCheckpoint(head, 'test') }),
    ])
      expect(verdict).toMatchObject({ verdict: 'mismatch', where: 'outputs/observe_registry.json' });
    const result = await awo(['verify', dir, '--checkpoint', head]);
    expect(result.code).toBe(1);
    expect(result.err).toContain('outputs/observe_registry.json: holds other fields than the writer writes');
  });

  it('a field added to or removed from the workflow receipt, its hash recomputed, is refused naming it', () => {
    for (const edit of [
      (receipt: Row) => (receipt.approved_by = 'ceo'),
      (receipt: Row) => delete receipt.checkpoint,
      (receipt: Row) => (receipt.kind = 'Workflow'),
    ]) {
      const dir = copyRun();
      reseal(dir, edit);
      expect(verifyFolder(dir)).toMatchObject({ verdict: 'mismatch', where: 'receipts/workflow.json' });
    }
  });

  it('a duplicate key in an audit line is refused, though JSON.parse reads it', () => {
    const dir = copyRun();
    const log = path.join(dir, 'audit/log.jsonl');
    const rows = fs.readFileSync(log, 'utf8').split('\n');
    const at = rows.findIndex((row) => row.includes('"event":"gate.resolved"'));
    rows[at] = rows[at].replace('"actor":"alice"', '"actor":"mallory","actor":"alice"');
    fs.writeFileSync(log, rows.join('\n'));
    writeManifest(dir);
    const report = verifyFolder(dir);
    expect(report).toMatchObject({ verdict: 'mismatch', where: `audit/log.jsonl:${at + 1}` });
    expect(report.message).toContain('not in the form the writer produces');
  });

  it('re-applies the self-approval rule to a gate in the chain, even over a recomputed trail', async () => {
    const runs = tempDir();
    const paused = (
      await awo(['run', SPINE, '--runs-dir', runs, '--policy', FLAG, '--actor', 'carol'])
    ).out.split('\n')[0];
    expect((await awo(['approve', paused, '--actor', 'dave'])).code).toBe(0);
    // Recompute the trail as carol approving: every hash after it recomputed, the seal removed.
    const log = path.join(paused, 'audit/log.jsonl');
    const rows = rowsOf(log);
    const receiptPath = path.join(paused, 'receipts/gates/flag-decide_action.json');
    const receipt = JSON.parse(fs.readFileSync(receiptPath, 'utf8')) as Record<string, unknown>;
    receipt.actor = 'Carol';
    delete receipt.receipt_hash;
    receipt.receipt_hash = digestObject(receipt);
    fs.writeFileSync(receiptPath, JSON.stringify(receipt, null, 2) + '\n');
    rechain(log, rows, (row) => {
      if (row.event !== 'gate.resolved') return;
      const details = row.details as { resolution: Row; receipt_hash: string };
      details.resolution.actor = 'Carol';
      details.receipt_hash = receipt.receipt_hash as string;
    });
    for (const seal of SEAL) fs.rmSync(path.join(paused, seal), { force: true });
    const at = rows.findIndex((row) => row.event === 'gate.resolved') + 1;
    const report = verifyFolder(paused);
    expect(report).toMatchObject({ verdict: 'mismatch', where: `audit/log.jsonl:${at}` });
    expect(report.message).toContain('no self-approval override is recorded');
  });
});

describe('the checkpoint: a head that lives outside the folder', () => {
  it('is written at every stop, in the workflow receipt and audit/checkpoint.json, and verify accepts it', async () => {
    const head = headOf(read(original, 'audit/checkpoint.json'));
    const receipt = JSON.parse(read(original, 'receipts/workflow.json')) as { checkpoint: unknown };
    expect(receipt.checkpoint).toEqual(JSON.parse(read(original, 'audit/checkpoint.json')));
    const result = await awo(['verify', original, '--checkpoint', head]);
    expect(result.code).toBe(0);
    expect(result.out).toContain(`checkpoint ${head}`);
  });

  it('proves the final tree only appended to the gate-time checkpoint (RFC 9162 consistency proof)', async () => {
    const gate = headOf(gateHead);
    expect((await awo(['verify', original, '--checkpoint', gate])).code).toBe(0);
    const { proofs } = JSON.parse(read(original, 'audit/consistency.json')) as {
      proofs: { from: { size: number; root: string }; to: { size: number; root: string }; proof: string[] }[];
    };
    const from = parseCheckpoint(gate, 'gate');
    const entry = proofs.find((candidate) => candidate.from.size === from.size);
    expect(entry?.from.root).toBe(from.root);
    const hex = (digest: string) => Buffer.from(digest.slice(7), 'hex');
    expect(
      verifyConsistency(
        from.size,
        entry!.to.size,
        hex(from.root),
        hex(entry!.to.root),
        entry!.proof.map(hex),
      ),
    ).toBe(true);
    // The proof does not hold for another history of the same length.
    const forged = hex(`sha256:${'ab'.repeat(32)}`);
    expect(
      verifyConsistency(from.size, entry!.to.size, forged, hex(entry!.to.root), entry!.proof.map(hex)),
    ).toBe(false);
  });

  it('fails a history rewritten to the same length against the gate-time checkpoint', async () => {
    const dir = copyRun();
    const log = path.join(dir, 'audit/log.jsonl');
    const rows = rowsOf(log);
    // A full recomputation: one early line's time changed, every hash after it recomputed.
    rows[2].ts = '2020-01-01T00:00:00.000Z';
    rechain(log, rows);
    const result = await awo(['verify', dir, '--checkpoint', headOf(gateHead)]);
    expect(result.code).toBe(1);
    expect(result.err).toContain('do not hash to checkpoint');
  });

  it('refuses a malformed --checkpoint as a usage error', async () => {
    const result = await awo(['verify', original, '--checkpoint', '12:abc']);
    expect(result.code).toBe(2);
    expect(result.err).toContain('--checkpoint');
  });

  it('records the previous stop checkpoint on the first line of the resumed session', () => {
    const rows = read(original, 'audit/log.jsonl')
      .trim()
      .split('\n')
      .map((row) => JSON.parse(row) as Record<string, unknown>);
    const resumed = rows.find(
      (row) => row.event === 'run.status' && (row.details as { command?: string }).command === 'resume',
    );
    expect((resumed?.details as { previous: { checkpoint: string } }).previous.checkpoint).toBe(
      headOf(approvedHead),
    );
    expect(formatCheckpoint(parseCheckpoint(headOf(gateHead), 'x'))).toBe(headOf(gateHead));
  });
});
