import { describe, expect, it } from '@jest/globals';
import * as path from 'node:path';
import { readJson, tempDir, writeWorkflow } from '../helpers.js';
import { createBackend } from '../../src/backends/index.js';
import { IllegalTransition } from '../../src/core/errors.js';
import { decideGate, startRun, verifyFolder } from '../../src/store/run-service.js';
import { VirtualClock } from './virtual-clock.js';

const workflow = {
  steps: [
    { id: 'draft', op: 'llm_map', prompt: 'Summarize: x' },
    { id: 'gate', op: 'audit_gate', args: { min_approvals: 2, deadline_minutes: 30 } },
    { id: 'note', op: 'write_text', args: { path: 'n.txt', text: 'after' } },
  ],
};

async function pausedRun(clock: VirtualClock) {
  const dir = tempDir();
  const file = writeWorkflow(dir, workflow);
  const session = {
    backend: createBackend('echo', { env: {} }),
    actor: 'runner',
    // The action's session: only a run created in a GitHub Actions workflow run records an approval channel.
    env: { GITHUB_ACTIONS: 'true', GITHUB_RUN_ID: '7' },
    cwd: dir,
    clock,
    gateContext: { channel: 'comment', opened_at_source: 'clock of the job that paused' },
  };
  const outcome = await startRun({ workflowPath: file, runsDir: path.join(dir, 'runs'), ...session });
  expect(outcome.status).toBe('paused');
  return { runDir: outcome.runDir, session };
}

describe('gate deadlines and quorum as evidence', () => {
  it('records opened_at, the deadline, min_approvals and the face context on the gate', async () => {
    const clock = new VirtualClock(Date.UTC(2026, 0, 1, 12));
    const { runDir } = await pausedRun(clock);
    const gate = readJson<{ request: Record<string, unknown> }>(path.join(runDir, 'audit/gates/gate.json'));
    expect(gate.request).toMatchObject({
      opened_at: '2026-01-01T12:00:00.000Z',
      deadline: '2026-01-01T12:30:00.000Z',
      min_approvals: 2,
      context: { channel: 'comment', opened_at_source: 'clock of the job that paused' },
    });
  });

  it('refuses an approval after the deadline and records timed_out, distinct from rejected, that verifies', async () => {
    const clock = new VirtualClock(Date.UTC(2026, 0, 1, 12));
    const { runDir, session } = await pausedRun(clock);
    const late = {
      actor: 'alice',
      comment: 'late',
      source: 'github-comment',
      at: '2026-01-01T12:31:00.000Z',
    };
    await expect(decideGate(runDir, { ...late, decision: 'approved' }, session)).rejects.toThrow(
      IllegalTransition,
    );
    // Refused before anything was written: the paused run is still sealed and verifies.
    expect(verifyFolder(runDir).ok).toBe(true);
    const outcome = await decideGate(
      runDir,
      { ...late, decision: 'timed_out', details: { decided: 'approved' } },
      session,
    );
    expect(outcome.status).toBe('failed');
    expect(outcome.failure).toMatchObject({ kind: 'timed_out', step_id: 'gate' });
    const status = readJson<{ status: string }>(path.join(runDir, 'audit/status.json'));
    expect(status.status).toBe('timed_out');
    const receipt = readJson<Record<string, unknown>>(path.join(runDir, 'receipts/gates/gate.json'));
    expect(receipt).toMatchObject({
      decision: 'timed_out',
      actor: 'alice',
      at: late.at,
      source: 'github-comment',
    });
    const report = verifyFolder(runDir);
    expect(report.ok).toBe(true);
  });
});
