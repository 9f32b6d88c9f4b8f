import { describe, expect, test } from '@jest/globals';
import type { PolicyDecision } from '../../src/core/policy.js';
import type { RunInput } from '../../src/core/run-plan.js';
import { initialState } from '../../src/core/run-state.js';
import type { NormalisedStep } from '../../src/core/workflow-schema.js';
import { runView, runViewJson, type RunSnapshot } from '../../src/server/run-view.js';

const GENESIS = `sha256:${'0'.repeat(64)}` as const;
const digest = (n: number) => `sha256:${n.toString(16).padStart(64, '0')}` as const;

function snapshot(count: number): RunSnapshot {
  const steps = Array.from(
    { length: count },
    (_, i) => ({ id: `s${i}`, op: 'llm_map', prompt: 'p' }) as unknown as NormalisedStep,
  );
  const input = { policy: { document: { id: 'policy "one"' } } } as unknown as RunInput;
  return { state: initialState('run_2026-01-31T12-00-00Z', steps, GENESIS), input };
}

/** What the server answered before its steps were rendered once: the whole view, stringified. */
const expected = (s: RunSnapshot) => JSON.stringify(runView(s));

describe('runViewJson', () => {
  test('gives the bytes of JSON.stringify(runView) as the records change in place, as a growing trail changes them', () => {
    const s = snapshot(3);
    expect(runViewJson(s).toString('utf8')).toBe(expected(s));
    const decision: PolicyDecision = {
      decision: 'allow',
      reason: 'default',
      policy_id: 'p',
      tier: 'low',
      rules_triggered: [],
    } as unknown as PolicyDecision;
    const [first, second] = s.state.steps;
    first.status = 'started';
    first.started_at = '2026-01-31T12:00:01.000Z';
    first.decision = decision;
    expect(runViewJson(s).toString('utf8')).toBe(expected(s));
    first.status = 'completed';
    first.ended_at = '2026-01-31T12:00:02.000Z';
    first.receipt_hash = digest(1);
    s.state.receipts.push({ kind: 'step', id: 's0', receipt_hash: digest(1) });
    expect(runViewJson(s).toString('utf8')).toBe(expected(s));
    // An error text with quotes, the steps key itself, and characters outside ASCII.
    second.status = 'failed';
    second.retries = 2;
    second.error = 'bad "steps":[] — ünïcode ✓';
    s.state.status = 'failed';
    s.state.failure = { kind: 'error', reason: 'x "steps":[] y', step_id: 's1' };
    expect(runViewJson(s).toString('utf8')).toBe(expected(s));
    // A finished run reports the steps it never reached as skipped.
    expect(JSON.parse(runViewJson(s).toString('utf8'))).toMatchObject({
      steps: [{ status: 'completed' }, { status: 'failed' }, { status: 'skipped' }],
    });
    // An external step reported later joins the list.
    s.state.status = 'running';
    s.state.failure = null;
    s.state.steps.push({ ...s.state.steps[2], step_id: 'ext', op: 'external', status: 'completed' });
    expect(runViewJson(s).toString('utf8')).toBe(expected(s));
  });

  test('an empty run', () => {
    const s = snapshot(0);
    expect(runViewJson(s).toString('utf8')).toBe(expected(s));
  });
});
