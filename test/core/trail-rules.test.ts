import { describe, expect, it } from '@jest/globals';
import type { AuditLine } from '../../src/core/audit-chain.js';
import { emptyFacts, noteLine } from '../../src/core/run-journal.js';
import type { RunInput } from '../../src/core/run-plan.js';
import { applyLine, initialState } from '../../src/core/run-state.js';
import { TrailRules } from '../../src/core/trail-rules.js';

const input = {
  run_id: 'run_x',
  steps: [
    { id: 'a', op: 'write_text', args: { path: 'a.txt', text: 'a' } },
    { id: 'b', op: 'write_text', args: { path: 'b.txt', text: 'b' } },
  ],
  policy: { source: 'default', document: { id: 'p', tier: 't', default: 'allow', rules: [] } },
  backend: { name: 'echo', model: null },
} as unknown as RunInput;

/** The first problem the rules find in a trail of (event, step, status) lines, folded as verify folds it. */
function firstProblem(events: [string, string?, string?][]): string | undefined {
  const index = new Map(input.steps.map((step, i) => [step.id, i]));
  const state = initialState('run_x', input.steps, 'sha256:00');
  const facts = emptyFacts();
  const rules = new TrailRules(input, index);
  for (const [seq, [event, step_id, status]] of events.entries()) {
    const line = {
      seq: seq + 1,
      ts: '2026-01-01T00:00:00.000Z',
      run_id: 'run_x',
      actor: 'alice',
      event,
      ...(step_id ? { step_id } : {}),
      // The third member is a run status, or a policy decision (allow when not given).
      ...(event === 'policy.decision'
        ? {
            decision: status ?? 'allow',
            details: { policy: { policy_id: 'p', decision: status ?? 'allow', reason: 'r' } },
          }
        : status
          ? { details: { status } }
          : event === 'step.completed'
            ? { details: { receipt_hash: `sha256:${'0'.repeat(64)}` } }
            : {}),
      prev_hash: 'sha256:00',
      hash: 'sha256:00',
    } as AuditLine;
    const problem = rules.problem(state, facts, line);
    if (problem) return `line ${line.seq} ${problem}`;
    applyLine(state, line, index);
    noteLine(facts, line);
  }
  return undefined;
}

const start: [string, string?, string?][] = [['run.created'], ['run.status', undefined, 'running']];

describe('TrailRules', () => {
  it('takes the order the engine writes, a retry after a failure, and a start a torn write cut from its decision', () => {
    expect(
      firstProblem([
        ...start,
        ['step.started', 'a'],
        ['run.recovered'],
        ['step.started', 'a'],
        ['policy.decision', 'a'],
        ['step.failed', 'a'],
        ['run.status', undefined, 'failed'],
        ['run.status', undefined, 'running'],
        ['step.started', 'a'],
        ['policy.decision', 'a'],
        ['step.completed', 'a'],
        ['step.started', 'b'],
        ['policy.decision', 'b'],
        ['step.completed', 'b'],
        ['run.status', undefined, 'completed'],
      ]),
    ).toBeUndefined();
  });

  it.each<[string, [string, string?, string?][], string]>([
    [
      'a step before the one before it',
      [...start, ['step.started', 'b']],
      'line 3 starts step "b" before step "a" has completed',
    ],
    [
      'a start without its decision',
      [...start, ['step.started', 'a'], ['step.completed', 'a']],
      'line 4 step "a" started without the policy decision that must follow its start',
    ],
    [
      'a decision without a start',
      [...start, ['policy.decision', 'a']],
      'line 3 records a policy decision for step "a" that does not follow its start',
    ],
    [
      'a completion without a start',
      [...start, ['step.completed', 'a']],
      'line 3 completes step "a", which had not started in its turn',
    ],
    [
      'a denied step completed',
      [...start, ['step.started', 'a'], ['policy.decision', 'a', 'deny'], ['step.completed', 'a']],
      'line 5 completes step "a": the policy denied it',
    ],
    [
      'a flagged step completed without a gate',
      [...start, ['step.started', 'a'], ['policy.decision', 'a', 'flag'], ['step.completed', 'a']],
      'line 5 completes step "a": the policy flagged it and no gate approved it',
    ],
    [
      'a start in a stopped run',
      [...start, ['run.status', undefined, 'failed'], ['step.started', 'a']],
      'line 4 starts step "a" in a failed run',
    ],
    [
      'a run completed early',
      [...start, ['run.status', undefined, 'completed']],
      'line 3 completes the run before step "a" completed',
    ],
  ])('names %s', (_, events, message) => {
    expect(firstProblem(events)).toBe(message);
  });
});
