import { describe, expect, it } from '@jest/globals';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { AuditLine } from '../../src/core/audit-chain.js';
import { decisionHasher } from '../../src/core/receipts.js';
import { forgeRun } from '../forge-run.js';
import { awo, tempDir, treeDigest, writeWorkflow } from '../helpers.js';

/**
 * Trails rewritten by someone who writes the run folder and recomputes every hash and the seal (no key
 * stops them; see forge-run.ts). Each forgery below verified, and sessions continued it, until verify and
 * the sealed opening checked that a trail is one the engine could write from the workflow the lock binds.
 */
async function runOf(workflow: unknown, ...extra: string[]): Promise<string> {
  const dir = tempDir();
  const file = writeWorkflow(dir, workflow);
  const run = await awo(['run', file, '--runs-dir', path.join(dir, 'runs'), '--actor', 'mallory', ...extra]);
  return run.out.split('\n')[0];
}

const at = (lines: AuditLine[], event: string, id?: string) =>
  lines.findIndex(
    (line) => line.event === event && (id === undefined || line.step_id === id || line.gate_id === id),
  );

async function refused(dir: string, message: string, where = /audit\/log\.jsonl:\d+/) {
  const verify = await awo(['verify', dir]);
  expect(verify.code).toBe(1);
  expect(verify.out + verify.err).toMatch(where);
  expect(verify.out + verify.err).toContain(message);
}

const GATED = (args: Record<string, unknown> = {}) => ({
  steps: [
    { id: 'a', op: 'write_text', args: { path: 'a.txt', text: 'hello' } },
    { id: 'review', op: 'audit_gate', args },
    { id: 'after', op: 'write_text', args: { path: 'after.txt', text: 'after' } },
  ],
});

describe('a gate request rewritten against its step', () => {
  it('asking one approver where the step asks three: verify names it, approve refuses and changes nothing', async () => {
    const dir = await runOf(GATED({ min_approvals: 3, deadline_minutes: 60 }));
    forgeRun(dir, (lines) => {
      const request = lines[at(lines, 'gate.requested')];
      request.details = { ...request.details, min_approvals: 1 };
      return lines;
    });
    await refused(dir, 'records min_approvals 1, but its step asks for 3');
    const before = treeDigest(dir);
    const approve = await awo(['approve', dir, '--actor', 'bob']);
    expect(approve.code).toBe(1);
    expect(approve.err).toContain('records min_approvals 1, but its step asks for 3');
    expect(treeDigest(dir)).toEqual(before);
  });

  it('with a later deadline than the step gives: verify names it', async () => {
    const dir = await runOf(GATED({ deadline_minutes: 60 }));
    forgeRun(dir, (lines) => {
      const request = lines[at(lines, 'gate.requested')];
      request.details = { ...request.details, deadline: '2999-01-01T00:00:00.000Z' };
      return lines;
    });
    await refused(dir, 'records deadline "2999-01-01T00:00:00.000Z", but its step asks for');
  });

  it('recording an approval channel in a run not created in GitHub Actions: verify names it', async () => {
    const dir = await runOf(GATED());
    forgeRun(dir, (lines) => {
      const request = lines[at(lines, 'gate.requested')];
      request.details = { ...request.details, context: { channel: 'comment' } };
      return lines;
    });
    await refused(
      dir,
      'records an approval channel, but the run was not created in a GitHub Actions workflow run',
    );
  });
});

describe('a gate decision rewritten as one awo replay replayed', () => {
  it('in a run awo replay did not create: verify names the replay channel, and approve refuses', async () => {
    const dir = await runOf(GATED());
    forgeRun(dir, (lines) => {
      const request = lines[at(lines, 'gate.requested')];
      request.details = { ...request.details, context: { channel: 'replay', replay_of: 'run_x' } };
      return lines;
    });
    await refused(dir, 'records the replay channel, but the run was not created by awo replay');
    const before = treeDigest(dir);
    expect((await awo(['approve', dir, '--actor', 'bob'])).code).toBe(1);
    expect(treeDigest(dir)).toEqual(before);
  });
});

describe('a gate resolution rewritten into a self-approval and sealed again', () => {
  it('is refused by resume, which opens the run from its seal, and changes nothing', async () => {
    const dir = await runOf(GATED());
    expect((await awo(['approve', dir, '--actor', 'bob'])).code).toBe(0);
    forgeRun(dir, (lines) => {
      const resolved = lines[at(lines, 'gate.resolved')];
      const resolution = resolved.details?.resolution as Record<string, unknown>;
      resolved.details = {
        ...resolved.details,
        resolution: {
          ...resolution,
          actor: 'mallory',
          details: { self_approval_override: true, self_approval_allowed_by: 'allow-self-approval' },
        },
      };
      return lines;
    });
    await refused(dir, 'not one of the action');
    const before = treeDigest(dir);
    const resume = await awo(['resume', dir]);
    expect(resume.code).toBe(1);
    expect(fs.existsSync(path.join(dir, 'artifacts/after.txt'))).toBe(false);
    expect(treeDigest(dir)).toEqual(before);
  });
});

describe('steps in an order the engine never takes', () => {
  it('a completed run whose gate was cut out of the trail: verify names the step that ran past it', async () => {
    const dir = await runOf(GATED());
    expect((await awo(['approve', dir, '--actor', 'bob'])).code).toBe(0);
    expect((await awo(['resume', dir])).code).toBe(0);
    for (const file of ['receipts/gates/review.json', 'receipts/steps/review.json', 'outputs/review.json'])
      fs.rmSync(path.join(dir, file));
    for (const file of fs.readdirSync(path.join(dir, 'steps')))
      if (file.includes('review')) fs.rmSync(path.join(dir, 'steps', file));
    forgeRun(dir, (lines) =>
      lines.filter(
        (line, i) =>
          line.step_id !== 'review' &&
          line.gate_id !== 'review' &&
          !(
            line.event === 'run.status' &&
            i > at(lines, 'gate.requested') &&
            i < at(lines, 'step.started', 'after')
          ),
      ),
    );
    await refused(dir, 'starts step "after" before step "review" has completed');
  });

  it('a gate step recorded as completed without a receipt, its gate cut out: verify names it', async () => {
    const dir = await runOf(GATED());
    expect((await awo(['approve', dir, '--actor', 'bob'])).code).toBe(0);
    expect((await awo(['resume', dir])).code).toBe(0);
    for (const file of ['receipts/gates/review.json', 'receipts/steps/review.json', 'outputs/review.json'])
      fs.rmSync(path.join(dir, file));
    forgeRun(dir, (lines) => {
      // Kept: the gate step's first start and decision, and its completion; cut: the gate and the resume.
      const requested = at(lines, 'gate.requested');
      const completed = at(lines, 'step.completed', 'review');
      const kept = lines.filter((_, i) => i < requested || i >= completed);
      kept[at(kept, 'step.completed', 'review')].details = {};
      return kept;
    });
    await refused(dir, 'completes step "review" without a receipt');
  });

  it('a pending gate rewritten as its step completed: resume runs nothing past it, verify names it', async () => {
    const dir = await runOf(GATED());
    // The gate step's receipt, made from another step's: forgeRun links it into the chain of receipts.
    const receipt = JSON.parse(fs.readFileSync(path.join(dir, 'receipts/steps/a.json'), 'utf8')) as object;
    fs.writeFileSync(
      path.join(dir, 'receipts/steps/review.json'),
      JSON.stringify({ ...receipt, step_id: 'review' }),
    );
    forgeRun(dir, (lines) => {
      const requested = lines[at(lines, 'gate.requested')];
      const { gate_id: _gate, ...rest } = requested;
      lines[at(lines, 'gate.requested')] = {
        ...rest,
        event: 'step.completed',
        step_id: 'review',
        details: { receipt_hash: `sha256:${'0'.repeat(64)}` },
      };
      return lines;
    });
    const before = treeDigest(dir);
    const resume = await awo(['resume', dir]);
    expect(resume.code).toBe(1);
    expect(fs.existsSync(path.join(dir, 'artifacts/after.txt'))).toBe(false);
    expect(treeDigest(dir)).toEqual(before);
    await refused(dir, 'completes step "review": its gate was not approved');
  });

  it('a paused run rewritten as completed: verify names the step that never ran', async () => {
    const dir = await runOf(GATED());
    forgeRun(dir, (lines) => {
      const last = lines.at(-1) as AuditLine;
      last.details = { ...last.details, status: 'completed' };
      return lines;
    });
    await refused(dir, 'completes the run before step "review" completed');
  });
});

describe('a line whose event or time the engine never writes', () => {
  it.each<[string, (line: AuditLine) => void, string]>([
    [
      'an event of Markdown',
      (line) => Object.assign(line, { event: '| **APPROVED BY THE CISO** |' }),
      'records event "| **APPROVED BY THE CISO** |"',
    ],
    [
      'a time with HTML',
      (line) => Object.assign(line, { ts: '2026-01-01T00:00:00.000Z| <b>forged</b>' }),
      "which the engine's clock never writes",
    ],
  ])('is named by verify: %s', async (_, edit, message) => {
    const dir = await runOf(GATED());
    forgeRun(dir, (lines) => {
      edit(lines[2]);
      return lines;
    });
    await refused(dir, message);
  });
});

/**
 * A run whose step `id` the policy flagged, approved and finished, rewritten so the step looks allowed: its
 * flag gate and first start cut out, its one decision `allowed` (with `details`, the model the policy saw,
 * edited by `startDetails`).
 */
async function flaggedRunRewrittenAllowed(
  policy: unknown,
  steps: unknown[],
  id: string,
  allowed: Record<string, unknown>,
  startDetails: (details: Record<string, unknown>) => Record<string, unknown> = (details) => details,
  /** Edits each session's first line (`run.created`, a `run.status` running line). */
  sessionLine: (line: AuditLine) => void = () => undefined,
): Promise<string> {
  const dir = tempDir();
  fs.writeFileSync(path.join(dir, 'policy.json'), JSON.stringify(policy));
  const file = writeWorkflow(dir, { steps });
  const run = await awo([
    'run',
    file,
    '--policy',
    path.join(dir, 'policy.json'),
    '--runs-dir',
    path.join(dir, 'runs'),
    '--actor',
    'mallory',
  ]);
  expect(run.code).toBe(78);
  const runDir = run.out.split('\n')[0];
  expect((await awo(['approve', runDir, '--actor', 'bob'])).code).toBe(0);
  expect((await awo(['resume', runDir])).code).toBe(0);
  const receiptFile = path.join(runDir, `receipts/steps/${id}.json`);
  const receipt = JSON.parse(fs.readFileSync(receiptFile, 'utf8')) as Record<string, unknown>;
  fs.writeFileSync(receiptFile, JSON.stringify({ ...receipt, decision_hash: decisionHasher()(allowed) }));
  fs.rmSync(path.join(runDir, `receipts/gates/flag-${id}.json`));
  forgeRun(runDir, (lines) => {
    const firstStart = at(lines, 'step.started', id);
    const kept = lines.filter(
      (line, i) =>
        line.gate_id !== `flag-${id}` &&
        i !== firstStart &&
        i !== firstStart + 1 &&
        !(line.event === 'run.status' && i > 1 && line !== lines.at(-1)),
    );
    for (const line of kept)
      if (line.event === 'run.created' || (line.event === 'run.status' && line.details?.status === 'running'))
        sessionLine(line);
    const start = kept[at(kept, 'step.started', id)];
    start.details = startDetails(start.details ?? {});
    const decision = kept[at(kept, 'policy.decision', id)];
    decision.decision = 'allow';
    decision.reason = String(allowed.reason);
    decision.details = { policy: allowed };
    return kept;
  });
  return runDir;
}

describe('a policy decision rewritten to allow', () => {
  const allowedBy = (id: string) => ({
    decision: 'allow',
    reason: 'default',
    policy_id: id,
    tier: 't',
    rules_triggered: [],
  });

  it('is named by verify: the policy is evaluated again on what the step saw', async () => {
    const policy = {
      id: 'review-after',
      tier: 't',
      default: 'allow',
      rules: [{ id: 'after', match: { step_id: 'after' }, decision: 'flag', reason: 'a human looks first' }],
    };
    const { steps } = GATED();
    const runDir = await flaggedRunRewrittenAllowed(
      policy,
      [steps[0], steps[2]],
      'after',
      allowedBy('review-after'),
    );
    await refused(
      runDir,
      'records policy decision allow ("default") for step after, but policy review-after gives flag',
      /receipts\/steps\/after\.json/,
    );
  });

  // The model the policy saw, rewritten with the decision, is checked against the model the calls asked for.
  const MODEL_POLICY = {
    id: 'models',
    tier: 't',
    default: 'allow',
    rules: [
      {
        id: 'big',
        match: { params: { model: { in: ['echo-1', 'big-model'] } } },
        decision: 'flag',
        reason: 'a big model: a human looks first',
      },
    ],
  };

  const ASK = { id: 'ask', op: 'llm_map', prompt: 'hi' };
  const CALLS = 'its calls asked the backend for "echo-1"';
  const sessions = (edit: (details: Record<string, unknown>) => void) => (line: AuditLine) =>
    edit(line.details as Record<string, unknown>);

  it.each([
    ['the backend default', ASK, CALLS, () => undefined],
    [
      'a model the step names',
      { ...ASK, params: { model: 'big-model' } },
      'the step names "big-model"',
      () => undefined,
    ],
    // Naming no backend, or the replay backend in a run not created on it, does not excuse the calls.
    ['its sessions naming no backend', ASK, CALLS, sessions((details) => delete details.backend)],
    [
      'its sessions claiming the replay backend',
      ASK,
      CALLS,
      sessions((details) => (details.backend = 'replay')),
    ],
  ])('with the model the policy saw (%s): verify names the output', async (_, step, message, sessionLine) => {
    const runDir = await flaggedRunRewrittenAllowed(
      MODEL_POLICY,
      [step],
      'ask',
      allowedBy('models'),
      (details) => ({ ...details, model: 'small-model' }),
      sessionLine,
    );
    await refused(
      runDir,
      `records that the policy decided step ask on model "small-model", but ${message}`,
      /outputs\/ask\.json/,
    );
  });
});

describe('the report form a stop line records', () => {
  const SOLO = {
    policy: { id: 'solo', tier: 'low', default: 'allow', allow_self_approval: true },
    ...GATED(),
  };

  it('renders a self-approval as such, and a run sealed before the form was recorded as it was then', async () => {
    const dir = await runOf(SOLO);
    expect((await awo(['approve', dir, '--actor', 'Mallory'])).code).toBe(0);
    const report = fs.readFileSync(path.join(dir, 'report.md'), 'utf8');
    expect(report).toContain('Approved by **`Mallory` (self-approval, allowed by policy)**');
    expect(report).toContain('| `Mallory` (self-approval, allowed by policy) |');
    expect((await awo(['verify', dir])).code).toBe(0);
    expect((await awo(['status', dir])).out).toContain('gate review (step review): approved by Mallory at ');
    expect((await awo(['status', dir])).out).toContain('(self-approval, allowed by policy)');

    // The same trail as a session before report_format wrote it: verify renders the old form and agrees.
    forgeRun(dir, (lines) => {
      for (const line of lines) if (line.details) delete line.details.report_format;
      return lines;
    });
    const old = fs.readFileSync(path.join(dir, 'report.md'), 'utf8');
    expect(old).toContain('| Mallory |');
    expect(old).not.toContain('self-approval');
    const verify = await awo(['verify', dir]);
    expect(verify.out).toMatch(/^verified/);
    expect(verify.code).toBe(0);
  });

  it('shows one name that reads like a list of approvers as one name (helper-48)', async () => {
    const dir = await runOf(GATED());
    expect((await awo(['approve', dir, '--actor', 'bob, dave (2 approvers)'])).code).toBe(0);
    const report = fs.readFileSync(path.join(dir, 'report.md'), 'utf8');
    expect(report).toContain('| approved | `bob, dave (2 approvers)` |');
    // Backticks in a name stay inside its one span.
    const ticks = await runOf(GATED());
    expect((await awo(['approve', ticks, '--actor', 'bob`, `dave'])).code).toBe(0);
    expect(fs.readFileSync(path.join(ticks, 'report.md'), 'utf8')).toContain(
      '| approved | ``bob`, `dave`` |',
    );
  });

  it('refuses a form no session writes, or the field on a line that is not a stop', async () => {
    const dir = await runOf(SOLO);
    forgeRun(dir, (lines) => {
      const stop = lines.at(-1)!;
      stop.details = { ...stop.details, report_format: 3 };
      return lines;
    });
    await refused(dir, 'records report format 3, which no session writes');

    const other = await runOf(SOLO);
    forgeRun(other, (lines) => {
      const running = lines[at(lines, 'run.status')];
      running.details = { ...running.details, report_format: 2 };
      return lines;
    });
    await refused(other, 'records report format 2 on a line that is not a stop');
  });

  it('refuses a stop that falls back to form 1 after one that rendered form 2 (helper-48)', async () => {
    const dir = await runOf(SOLO);
    expect((await awo(['approve', dir, '--actor', 'Mallory'])).code).toBe(0);
    // As an older awo continuing the run would write its stop: the override drops out of report.md.
    forgeRun(dir, (lines) => {
      delete lines.at(-1)!.details!.report_format;
      return lines;
    });
    expect(fs.readFileSync(path.join(dir, 'report.md'), 'utf8')).not.toContain('self-approval');
    await refused(dir, 'records no report form after a stop that rendered form 2');
  });
});
