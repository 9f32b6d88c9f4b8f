import { describe, it, expect } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { awo, auditLines, readJson, tempDir, treeDigest, writeWorkflow } from '../helpers.js';
import { BackendError } from '../../src/core/errors.js';
import type { Backend } from '../../src/core/ports.js';
import { SEAL } from '../../src/core/run-files.js';
import { cancelRunFolder, continueRun, startRun, verifyFolder } from '../../src/store/run-service.js';

const SPINE = path.join(process.cwd(), 'workflows/pt004_execution_spine.json');
const POLICY = (name: string) => path.join(process.cwd(), `workflows/policies/pt004-${name}.json`);
const STEPS = ['observe_registry', 'decide_action', 'gate_checkpoint', 'act_execute', 'transform_aggregate'];

async function runSpine(policy: string) {
  const runs = tempDir();
  const result = await awo(['run', SPINE, '--runs-dir', runs, '--policy', POLICY(policy)]);
  return { ...result, runDir: result.out.split('\n')[0] };
}

describe('Test A: every step allowed', () => {
  it('completes with no gate, a record and a receipt for every step, and decisions logged everywhere', async () => {
    const { code, runDir } = await runSpine('all-allow');
    expect(code).toBe(0);
    const metadata = readJson<{ status: string; steps: Record<string, unknown>[]; gate: unknown }>(
      path.join(runDir, 'metadata.json'),
    );
    expect(metadata.status).toBe('completed');
    expect(metadata.gate).toBeNull();
    expect(metadata.steps.map((s) => [s.step_id, s.step_type, s.status])).toEqual([
      ['observe_registry', 'observe', 'completed'],
      ['decide_action', 'decide', 'completed'],
      ['gate_checkpoint', 'gate', 'completed'],
      ['act_execute', 'act', 'completed'],
      ['transform_aggregate', 'transform', 'completed'],
    ]);
    for (const step of metadata.steps) {
      expect(step).toMatchObject({
        started_at: expect.any(String),
        ended_at: expect.any(String),
        input_hash: expect.stringMatching(/^sha256:[0-9a-f]{64}$/),
        output_hash: expect.stringMatching(/^sha256:/),
        receipt_hash: expect.stringMatching(/^sha256:/),
      });
      const receipt = readJson(path.join(runDir, `receipts/steps/${String(step.step_id)}.json`));
      expect(receipt.receipt_hash).toBe(step.receipt_hash);
    }
    expect(fs.existsSync(path.join(runDir, 'audit/gates'))).toBe(false);
    expect(readJson(path.join(runDir, 'audit/status.json')).status).toBe('none');
    const decisions = auditLines(runDir).filter((line) => line.event === 'policy.decision');
    expect(decisions.map((line) => [line.step_id, line.decision])).toEqual(STEPS.map((id) => [id, 'allow']));
    const decideLog = fs
      .readFileSync(path.join(runDir, 'steps/002_decide_action.jsonl'), 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(decideLog[1]).toMatchObject({
      event: 'policy',
      decision: 'allow',
      policy_id: 'pt004-all-allow',
      tier: 'low',
      rules_triggered: [],
    });
    const report = fs.readFileSync(path.join(runDir, 'report.md'), 'utf8');
    expect(report).toContain('5 step(s) **allow**ed by policy `pt004-all-allow`');
    expect(report).toContain('## What was sealed');
    expect(verifyFolder(runDir).ok).toBe(true);
  });
});

describe('Test B: decide is flagged', () => {
  it('pauses before decide runs, and completes after approve + resume with the approver in the gate receipt', async () => {
    const { code, runDir } = await runSpine('flag-at-decide');
    expect(code).toBe(78);
    expect(fs.existsSync(path.join(runDir, 'outputs/decide_action.json'))).toBe(false);
    expect(readJson(path.join(runDir, 'gate_pending.json'))).toMatchObject({
      gate_id: 'flag-decide_action',
      status: 'pending',
      step_id: 'decide_action',
    });
    expect((await awo(['status', runDir])).out).toContain('paused');

    const approved = await awo(['approve', runDir, '--actor', 'alice', '--comment', 'selection looks right']);
    expect(approved.code).toBe(0);
    expect(verifyFolder(runDir).ok).toBe(true);
    const resumed = await awo(['resume', runDir]);
    expect(resumed.code).toBe(0);

    const receipt = readJson(path.join(runDir, 'receipts/gates/flag-decide_action.json'));
    expect(receipt).toMatchObject({
      decision: 'approved',
      actor: 'alice',
      comment: 'selection looks right',
      source: 'cli',
    });
    const resolved = auditLines(runDir).find((line) => line.event === 'gate.resolved');
    expect(resolved).toMatchObject({ actor: 'alice', decision: 'approved', gate_id: 'flag-decide_action' });
    const workflow = readJson<{ receipts: { id: string }[] }>(path.join(runDir, 'receipts/workflow.json'));
    expect(workflow.receipts.map((r) => r.id)).toEqual([
      'observe_registry',
      'flag-decide_action',
      ...STEPS.slice(1),
    ]);
    expect(fs.readFileSync(path.join(runDir, 'report.md'), 'utf8')).toMatch(
      /\| `flag-decide_action` \| `decide_action` \| flag \| .* \| approved \| `alice` \| selection looks right \|/,
    );
    expect(verifyFolder(runDir)).toMatchObject({ ok: true, status: 'completed' });
    const completions = auditLines(runDir)
      .filter((line) => line.event === 'step.completed')
      .map((line) => line.step_id);
    expect(completions).toEqual(STEPS);
  });

  it('ends as rejected when the gate is rejected, and the run cannot be resumed', async () => {
    const { runDir } = await runSpine('flag-at-decide');
    const rejected = await awo(['reject', runDir, '--actor', 'bob', '--comment', 'wrong agent']);
    expect(rejected.code).toBe(1);
    expect(readJson(path.join(runDir, 'metadata.json')).status).toBe('rejected');
    expect(readJson(path.join(runDir, 'audit/status.json')).status).toBe('rejected');
    expect(fs.existsSync(path.join(runDir, 'gate_pending.json'))).toBe(false);
    expect(verifyFolder(runDir)).toMatchObject({ ok: true, status: 'rejected' });
  });
});

describe('Test C: decide is denied', () => {
  it('fails closed: act and transform never execute and the denial reason is in the audit trail', async () => {
    const { code, runDir, err } = await runSpine('deny-at-decide');
    expect(code).toBe(1);
    expect(err).toContain('denied by policy pt004-deny-at-decide');
    for (const step of ['decide_action', 'gate_checkpoint', 'act_execute', 'transform_aggregate']) {
      expect(fs.existsSync(path.join(runDir, `outputs/${step}.json`))).toBe(false);
    }
    expect(fs.readdirSync(path.join(runDir, 'steps')).sort()).toEqual([
      '001_observe_registry.jsonl',
      '002_decide_action.jsonl',
    ]);
    const denied = auditLines(runDir).find((line) => line.event === 'step.denied');
    expect(denied).toMatchObject({
      step_id: 'decide_action',
      decision: 'deny',
      reason: expect.stringContaining('autonomous agent selection is not permitted'),
    });
    const metadata = readJson<{
      status: string;
      failure: { kind: string };
      steps: { step_id: string; status: string }[];
    }>(path.join(runDir, 'metadata.json'));
    expect(metadata.status).toBe('failed');
    expect(metadata.failure.kind).toBe('denied');
    expect(metadata.steps.map((s) => s.status)).toEqual([
      'completed',
      'denied',
      'skipped',
      'skipped',
      'skipped',
    ]);
    expect(fs.readFileSync(path.join(runDir, 'report.md'), 'utf8')).toContain('**deny**');
    expect(verifyFolder(runDir)).toMatchObject({ ok: true, status: 'failed' });
  });
});

describe('illegal transitions', () => {
  const cases: [string, string, (dir: string) => Promise<void>, string[], string][] = [
    ['approve a completed run', 'all-allow', async () => {}, ['approve', '--actor', 'x'], 'it is completed'],
    ['reject a completed run', 'all-allow', async () => {}, ['reject', '--actor', 'x'], 'it is completed'],
    ['resume a completed run', 'all-allow', async () => {}, ['resume'], 'it is completed'],
    ['retry a completed run', 'all-allow', async () => {}, ['retry'], 'it is completed'],
    [
      'approve twice',
      'flag-at-decide',
      async (dir) => void (await awo(['approve', dir, '--actor', 'a'])),
      ['approve', '--actor', 'b'],
      'already approved by a',
    ],
    [
      'reject after an approval',
      'flag-at-decide',
      async (dir) => void (await awo(['approve', dir, '--actor', 'a'])),
      ['reject', '--actor', 'b'],
      'already approved by a',
    ],
    ['resume while the gate is pending', 'flag-at-decide', async () => {}, ['resume'], 'still pending'],
    [
      'approve a completed run whose seal a crash removed and whose trail ends in a torn line (recovery waits for a legal move)',
      'all-allow',
      (dir) => {
        for (const file of SEAL) fs.rmSync(path.join(dir, file));
        fs.appendFileSync(path.join(dir, 'audit/log.jsonl'), '{"seq":');
        return Promise.resolve();
      },
      ['approve', '--actor', 'x'],
      'it is completed',
    ],
    ['retry a paused run', 'flag-at-decide', async () => {}, ['retry'], 'it is paused'],
    [
      'resume a rejected run',
      'flag-at-decide',
      async (dir) => void (await awo(['reject', dir, '--actor', 'a'])),
      ['resume'],
      'it is rejected',
    ],
    [
      'approve a rejected run',
      'flag-at-decide',
      async (dir) => void (await awo(['reject', dir, '--actor', 'a'])),
      ['approve', '--actor', 'b'],
      'it is rejected',
    ],
    ['retry a denied run', 'deny-at-decide', async () => {}, ['retry'], 'a deny is final'],
    ['resume a denied run', 'deny-at-decide', async () => {}, ['resume'], 'it is failed'],
    ['approve a denied run', 'deny-at-decide', async () => {}, ['approve', '--actor', 'x'], 'it is failed'],
  ];
  it.each(cases)(
    'refuses to %s with exit 2 and changes nothing',
    async (_name, policy, prepare, command, words) => {
      const { runDir } = await runSpine(policy);
      await prepare(runDir);
      const before = treeDigest(runDir);
      const [verb, ...rest] = command;
      const result = await awo([verb, runDir, ...rest]);
      expect(result.code).toBe(2);
      expect(result.err).toContain(words);
      expect(treeDigest(runDir)).toEqual(before);
    },
  );

  it('requires --actor to approve', async () => {
    const { runDir } = await runSpine('flag-at-decide');
    const before = treeDigest(runDir);
    const result = await awo(['approve', runDir]);
    expect(result.code).toBe(2);
    expect(result.err).toContain('--actor NAME is required');
    expect(treeDigest(runDir)).toEqual(before);
  });
});

/** A backend that fails the way providers do, a scripted number of times. */
function flakyBackend(failures: BackendError[]): Backend & { calls: string[] } {
  const calls: string[] = [];
  return {
    name: 'flaky',
    model: 'flaky-1',
    calls,
    generate(prompt) {
      calls.push(prompt);
      const failure = failures.shift();
      if (failure) return Promise.reject(failure);
      return Promise.resolve({ text: `ok: ${prompt}`, model: 'flaky-1' });
    },
  };
}

const fastRetry = { maxAttempts: 4, baseDelayMs: 1, maxDelayMs: 5, maxTotalMs: 5000, timeoutMs: 5000 };

/** `awo run` of a workflow in `dir` with fast retries. */
const runFast = (dir: string, file: string, backend: Backend) =>
  startRun({
    workflowPath: file,
    runsDir: path.join(dir, 'runs'),
    backend,
    actor: 't',
    env: {},
    cwd: dir,
    retry: fastRetry,
  });

/** `awo retry` of a run with fast retries. */
const retryFast = (dir: string, runDir: string, backend: Backend) =>
  continueRun(runDir, 'retry', { backend, actor: 't', env: {}, cwd: dir, retry: fastRetry });

describe('retries', () => {
  it('retries transient backend errors inside the step, logging each retry', async () => {
    const dir = tempDir();
    const file = writeWorkflow(dir, { steps: [{ id: 'ask', op: 'llm_map', prompt: 'Hello' }] });
    const backend = flakyBackend([
      new BackendError('rate limited (429)', true, 2, 429),
      new BackendError('server error (503)', true, undefined, 503),
    ]);
    const outcome = await runFast(dir, file, backend);
    expect(outcome.status).toBe('completed');
    expect(backend.calls).toHaveLength(3);
    const events = fs
      .readFileSync(path.join(outcome.runDir, 'steps/001_ask.jsonl'), 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { event: string; reason?: string });
    expect(events.map((e) => e.event)).toEqual(['started', 'policy', 'retry', 'retry', 'completed']);
    expect(
      auditLines(outcome.runDir)
        .filter((line) => line.event === 'step.retry')
        .map((line) => line.reason),
    ).toEqual(['rate limited (429)', 'server error (503)']);
    expect(
      readJson<{ output: { calls: { attempts: number }[] } }>(path.join(outcome.runDir, 'outputs/ask.json'))
        .output.calls[0]?.attempts,
    ).toBe(3);
  });

  it('fails the step on a permanent error, and `retry` continues from the first step without a receipt', async () => {
    const dir = tempDir();
    const file = writeWorkflow(dir, {
      steps: [
        { id: 'one', op: 'llm_map', prompt: 'first' },
        { id: 'two', op: 'llm_map', prompt: 'second' },
        {
          id: 'three',
          op: 'write_text',
          args: { path: 'out.txt', text: '{{steps.one.text}} / {{steps.two.text}}' },
        },
      ],
    });
    const backend = flakyBackend([]);
    const failing: Backend = {
      name: 'flaky',
      model: 'flaky-1',
      generate: (prompt) =>
        prompt === 'second'
          ? Promise.reject(new BackendError('invalid request: bad model (400)', false, undefined, 400))
          : backend.generate(prompt, {}),
    };
    const first = await runFast(dir, file, failing);
    expect(first.status).toBe('failed');
    expect(first.failure).toMatchObject({ kind: 'error', step_id: 'two' });
    expect(verifyFolder(first.runDir).ok).toBe(true);
    expect(backend.calls).toEqual(['first']);

    const retried = await retryFast(dir, first.runDir, backend);
    expect(retried.status).toBe('completed');
    expect(backend.calls).toEqual(['first', 'second']);
    expect(fs.readFileSync(path.join(first.runDir, 'artifacts/out.txt'), 'utf8')).toBe(
      'ok: first / ok: second',
    );
    expect(verifyFolder(first.runDir)).toMatchObject({ ok: true, status: 'completed' });
  });

  it('drops a torn last line of a step log on retry, and seals the rewritten log with its true digest', async () => {
    const dir = tempDir();
    const file = writeWorkflow(dir, {
      steps: [
        { id: 'one', op: 'llm_map', prompt: 'first' },
        { id: 'two', op: 'llm_map', prompt: 'second' },
      ],
    });
    const backend = flakyBackend([new BackendError('invalid request (400)', false, undefined, 400)]);
    const first = await runFast(dir, file, backend);
    expect(first.status).toBe('failed');
    // What a session killed in the middle of a write leaves: its seal removed (the first thing a session
    // does), and a line without its newline.
    for (const file of SEAL) fs.rmSync(path.join(first.runDir, file));
    const log = path.join(first.runDir, 'steps/001_one.jsonl');
    const complete = fs.readFileSync(log, 'utf8');
    fs.appendFileSync(log, '{"ts":"2026-');

    const retried = await retryFast(dir, first.runDir, backend);
    expect(retried.status).toBe('completed');
    const rewritten = fs.readFileSync(log, 'utf8');
    expect(rewritten.startsWith(complete)).toBe(true);
    expect(rewritten).not.toContain('{"ts":"2026-{');
    expect(rewritten.endsWith('\n')).toBe(true);
    expect(auditLines(first.runDir).find((line) => line.event === 'run.recovered')?.reason).toContain(
      'cut steps/001_one.jsonl back to the',
    );
    expect(verifyFolder(first.runDir)).toMatchObject({ ok: true, status: 'completed' });
  });
});

describe('one session at a time', () => {
  async function approvedRun(): Promise<string> {
    const dir = tempDir();
    const steps: Record<string, unknown>[] = [{ id: 'review', op: 'audit_gate' }];
    for (let i = 0; i < 200; i++) steps.push({ id: `s${i}`, op: 'llm_map', prompt: `item ${i}` });
    const file = writeWorkflow(dir, { steps });
    const runDir = (await awo(['run', file, '--runs-dir', path.join(dir, 'runs')])).out.split('\n')[0];
    expect((await awo(['approve', runDir, '--actor', 'bob'])).code).toBe(0);
    return runDir;
  }

  it('refuses a second session on a run folder while one works on it: no step runs twice', async () => {
    const runDir = await approvedRun();
    const results = await Promise.all([awo(['resume', runDir]), awo(['resume', runDir])]);
    expect(results.map((result) => result.code).sort()).toEqual([0, 2]);
    expect(results.find((result) => result.code === 2)?.err).toContain(
      'is in use by another awo session (resume',
    );
    const completed = auditLines(runDir).filter((line) => line.event === 'step.completed');
    expect(completed).toHaveLength(201);
    expect(new Set(completed.map((line) => line.step_id)).size).toBe(201);
    expect(verifyFolder(runDir)).toMatchObject({ ok: true, status: 'completed' });
    expect(fs.readdirSync(path.dirname(runDir)).filter((name) => name.includes('lock'))).toEqual([]);
  });

  it('holds a new run from the moment its folder appears: no other session acts while it runs', async () => {
    const dir = tempDir();
    const file = writeWorkflow(dir, {
      steps: [
        { id: 'one', op: 'llm_map', prompt: 'first' },
        { id: 'two', op: 'llm_map', prompt: 'second' },
      ],
    });
    let open: () => void = () => undefined;
    const opened = new Promise<void>((resolve) => (open = resolve));
    let called: () => void = () => undefined;
    const first = new Promise<void>((resolve) => (called = resolve));
    const backend: Backend = {
      name: 'held',
      model: 'held-1',
      async generate(prompt) {
        called();
        await opened;
        return { text: `ok: ${prompt}`, model: 'held-1' };
      },
    };
    const running = runFast(dir, file, backend);
    await first;
    const runs = path.join(dir, 'runs');
    const [name] = fs.readdirSync(runs).filter((entry) => entry.startsWith('run_'));
    await expect(
      cancelRunFolder(path.join(runs, name), 'stop it', { backend, actor: 'x', env: {}, cwd: dir }),
    ).rejects.toThrow('is in use by another awo session (run');
    open();
    const outcome = await running;
    expect(outcome.status).toBe('completed');
    expect(JSON.stringify(auditLines(outcome.runDir))).not.toContain('stop it');
    expect(verifyFolder(outcome.runDir)).toMatchObject({ ok: true, status: 'completed' });
    expect(fs.readdirSync(runs).filter((entry) => entry !== name)).toEqual([]);
  });

  it('is one lock whatever path names the folder (a symbolic link to it too)', async () => {
    const runDir = await approvedRun();
    const link = path.join(tempDir(), 'current');
    fs.symlinkSync(path.resolve(runDir), link);
    const results = await Promise.all([awo(['resume', runDir]), awo(['resume', link])]);
    expect(results.map((result) => result.code).sort()).toEqual([0, 2]);
    expect(verifyFolder(runDir)).toMatchObject({ ok: true, status: 'completed' });
  });

  it('works on the folder itself when reached through a symbolic link, and seals it', async () => {
    const dir = tempDir();
    const file = writeWorkflow(dir, { steps: [{ id: 'review', op: 'audit_gate' }] });
    const runDir = (await awo(['run', file, '--runs-dir', path.join(dir, 'runs')])).out.split('\n')[0];
    const link = path.join(dir, 'latest');
    fs.symlinkSync(path.resolve(runDir), link);
    expect((await awo(['approve', link, '--actor', 'bob'])).code).toBe(0);
    expect(verifyFolder(runDir)).toMatchObject({ ok: true, sealed: true, status: 'paused' });
    expect((await awo(['resume', link])).code).toBe(0);
    expect(verifyFolder(runDir)).toMatchObject({ ok: true, sealed: true, status: 'completed' });
  });

  it('takes over the lock of a session whose process is gone', async () => {
    const runDir = await approvedRun();
    const gone = spawnSync(process.execPath, ['-e', '']).pid;
    const lock = path.join(path.dirname(runDir), `.${path.basename(runDir)}.awo-lock`);
    fs.writeFileSync(lock, JSON.stringify({ pid: gone, host: os.hostname(), command: 'resume', token: 'x' }));
    expect((await awo(['resume', runDir])).code).toBe(0);
    expect(fs.existsSync(lock)).toBe(false);
  });
});

describe("a workflow's own artifacts", () => {
  it('are left as written by every later session, whatever their names look like', async () => {
    const dir = tempDir();
    const file = writeWorkflow(dir, {
      steps: [
        { id: 'lines', op: 'write_text', args: { path: 'export/data.jsonl', text: '{"a":1}\n{"b":2}' } },
        { id: 'backup', op: 'write_text', args: { path: 'backup.tmp-1', text: 'kept' } },
        { id: 'review', op: 'audit_gate' },
      ],
    });
    const runDir = (await awo(['run', file, '--runs-dir', path.join(dir, 'runs')])).out.split('\n')[0];
    expect(verifyFolder(runDir)).toMatchObject({ ok: true, status: 'paused', notes: [] });
    expect((await awo(['approve', runDir, '--actor', 'bob'])).code).toBe(0);
    expect((await awo(['resume', runDir])).code).toBe(0);
    expect(fs.readFileSync(path.join(runDir, 'artifacts/export/data.jsonl'), 'utf8')).toBe(
      '{"a":1}\n{"b":2}',
    );
    expect(fs.readFileSync(path.join(runDir, 'artifacts/backup.tmp-1'), 'utf8')).toBe('kept');
    expect(auditLines(runDir).map((line) => line.event)).not.toContain('run.recovered');
    expect(verifyFolder(runDir)).toMatchObject({ ok: true, status: 'completed' });
  });
});

describe('report.md', () => {
  it('shows text from outside (checklist, comment, actor, model output) as text: no heading, tag, link or table cell it could add', async () => {
    const dir = tempDir();
    const file = writeWorkflow(dir, {
      steps: [
        { id: 'ask', op: 'llm_map', prompt: '<img src=x onerror=alert(1)> | [x](http://e)' },
        { id: 'review', op: 'audit_gate', args: { checklist: 'list.md`\n# Injected checklist' } },
      ],
    });
    const runDir = (await awo(['run', file, '--runs-dir', path.join(dir, 'runs')])).out.split('\n')[0];
    const paused = fs.readFileSync(path.join(runDir, 'report.md'), 'utf8');
    expect(paused).toContain('Checklist: ``list.md` # Injected checklist``.');
    const comment =
      '<script>alert(1)</script>\r\n## Approved by everyone | ok, see https://evil.example/x or www.evil.example.';
    expect((await awo(['reject', runDir, '--actor', 'eve_[x]', '--comment', comment])).code).toBe(1);
    const report = fs.readFileSync(path.join(runDir, 'report.md'), 'utf8');
    const headings = report.split('\n').filter((line) => line.startsWith('#'));
    expect(headings).toEqual([
      expect.stringMatching(/^# AWO run report: run_/),
      '## Why the run was rejected',
      '## Steps',
      '## Policy decisions',
      '## Gates',
      '## Sample outputs',
      '## Audit trail (excerpt)',
      '## What was sealed',
    ]);
    // No unescaped tag from the input, and no link.
    expect(report).not.toMatch(/(?<!\\)<\/?(script|img)|(?<!\\)\]\(/);
    expect(report).toContain('\\<script\\>alert(1)\\</script\\> \\#\\# Approved by everyone \\| ok');
    expect(report).toContain('eve\\_\\[x\\]');
    // What GitHub would link by itself is shown as code.
    expect(report).toContain('\\| ok, see `https://evil.example/x` or `www.evil.example`.');
    // Every row of the gate table still has its ten cell borders.
    const gateRow = report.split('\n').find((line) => line.startsWith('| `review`')) ?? '';
    expect(gateRow.replace(/\\\|/g, '').split('|')).toHaveLength(11);
  });
});

describe('report.md, read as plain text', () => {
  it('escapes only what Markdown would act on: ordinary sentences read as written', async () => {
    const dir = tempDir();
    const file = writeWorkflow(dir, { steps: [{ id: 'review', op: 'audit_gate' }] });
    const runDir = (await awo(['run', file, '--runs-dir', path.join(dir, 'runs')])).out.split('\n')[0];
    const comment = 'Looks good! Checked the R&D numbers for snake_case_name (ask ann@example.com).';
    expect((await awo(['approve', runDir, '--actor', 'bob', '--comment', comment])).code).toBe(0);
    expect(fs.readFileSync(path.join(runDir, 'report.md'), 'utf8')).toContain(
      '| Looks good! Checked the R&D numbers for snake_case_name (ask `ann@example.com`). |',
    );
  });
});

describe('self-approval on the command line', () => {
  it('refuses the starter under their name in the other case, where look-alikes differ by case (helper-44)', async () => {
    const dir = tempDir();
    const workflow = writeWorkflow(dir, { steps: [{ id: 'review', op: 'audit_gate' }] });
    for (const [starter, approver] of [
      ['Νίκος', 'νίκος'],
      ['Наталья', 'НАТАЛЬЯ'],
    ]) {
      const runs = path.join(dir, `runs-${starter}`);
      const runDir = (await awo(['run', workflow, '--runs-dir', runs, '--actor', starter])).out.split(
        '\n',
      )[0];
      const before = treeDigest(runDir);
      const refused = await awo(['approve', runDir, '--actor', approver]);
      expect([approver, refused.code]).toEqual([approver, 2]);
      expect(refused.err).toContain(`${approver} cannot approve gate "review"`);
      expect(treeDigest(runDir)).toEqual(before);
    }
  });

  it('counts who re-ran the GitHub attempt a session ran in as self for the gates after it (helper-48 F4)', async () => {
    const dir = tempDir();
    const workflow = writeWorkflow(dir, {
      steps: [
        { id: 'g1', op: 'audit_gate' },
        { id: 'g2', op: 'audit_gate' },
      ],
    });
    const github = { GITHUB_ACTIONS: 'true', GITHUB_RUN_ID: '7', GITHUB_ACTOR: 'octo', AWO_ACTOR: 'alice' };
    const runDir = (
      await awo(['run', workflow, '--runs-dir', path.join(dir, 'runs')], { env: github })
    ).out.split('\n')[0];
    expect((await awo(['approve', runDir, '--actor', 'bob'])).code).toBe(0);
    const rerun = { ...github, GITHUB_RUN_ATTEMPT: '2', GITHUB_TRIGGERING_ACTOR: 'dave' };
    expect((await awo(['resume', runDir], { env: rerun })).code).toBe(78);
    const before = treeDigest(runDir);
    const refused = await awo(['approve', runDir, '--actor', 'Dave']);
    expect(refused.code).toBe(2);
    expect(refused.err).toContain('Dave cannot approve gate "g2"');
    expect(treeDigest(runDir)).toEqual(before);
    expect((await awo(['approve', runDir, '--actor', 'erin'])).code).toBe(0);
    expect((await awo(['verify', runDir])).code).toBe(0);
  });

  it('refuses an approval by the actor who started the run unless the policy allows it, changing nothing', async () => {
    const dir = tempDir();
    const workflow = writeWorkflow(dir, { steps: [{ id: 'review', op: 'audit_gate' }] });
    const runs = path.join(dir, 'runs');
    const env = { AWO_ACTOR: 'carol' };
    const runDir = (await awo(['run', workflow, '--runs-dir', runs], { env })).out.split('\n')[0];
    const before = treeDigest(runDir);
    const refused = await awo(['approve', runDir, '--actor', 'carol'], { env });
    expect(refused.code).toBe(2);
    expect(refused.err).toContain('carol cannot approve gate "review"');
    // The same person however the name is typed; and nobody acts under the engine's own names.
    for (const alias of [
      'Carol',
      'carol ',
      'carol\u200b',
      'ｃａｒｏｌ',
      'carol\u034f',
      'car\u3164ol\ufe0f',
      'carol\u2800',
      'system',
      'Policy',
      'SYSTEM\ufe0f',
    ]) {
      const result = await awo(['approve', runDir, '--actor', alias], { env });
      expect(result.code).toBe(2);
      expect(result.err).toMatch(
        /cannot approve gate "review"|is the name the engine records its own actions under/,
      );
    }
    expect(treeDigest(runDir)).toEqual(before);
    const rejected = await awo(['reject', runDir, '--actor', 'carol', '--comment', 'not ready'], { env });
    expect(rejected.code).toBe(1);
    expect(rejected.err).toContain('rejected: gate "review" rejected by carol: not ready');

    const allowing = writeWorkflow(
      dir,
      {
        policy: { id: 'solo', tier: 'low', default: 'allow', allow_self_approval: true },
        steps: [{ id: 'review', op: 'audit_gate' }],
      },
      'solo.json',
    );
    const solo = (await awo(['run', allowing, '--runs-dir', runs], { env })).out.split('\n')[0];
    expect((await awo(['approve', solo, '--actor', 'carol'], { env })).code).toBe(0);
  });
});
