import { describe, expect, it } from '@jest/globals';
import type { AuditLine } from '../../src/core/audit-chain.js';
import { gateResolutionProblem } from '../../src/core/gate-rules.js';
import type { Policy } from '../../src/core/policy-schema.js';
import type { GateRecord, GateResolution } from '../../src/core/run-state.js';
import { emptyActors, noteActor } from '../../src/core/self-approval.js';

const strict = { id: 'strict' } as Policy;
const lenient = { id: 'lenient', allow_self_approval: true } as Policy;

/** The run's creator is mallory; she also requested the gate. */
const actors = emptyActors();
for (const line of [
  { actor: 'mallory', event: 'run.created' },
  { actor: 'mallory', event: 'gate.requested', gate_id: 'review' },
])
  noteActor(actors, line as AuditLine);

function gate(extra: Partial<GateRecord> = {}): GateRecord {
  return {
    gate_id: 'review',
    step_id: 'review',
    kind: 'audit_gate',
    status: 'pending',
    requested_at: '2026-12-01T10:00:00.000Z',
    opened_at: '2026-12-01T10:00:00.000Z',
    deadline: '2026-12-01T11:00:00.000Z',
    min_approvals: 1,
    context: null,
    reason: '',
    checklist: null,
    environment: null,
    resolution: null,
    receipt_hash: null,
    ...extra,
  };
}
const action = { context: { channel: 'comment', github_run_id: '1' } };

const approval = (extra: Partial<GateResolution> = {}): GateResolution => ({
  decision: 'approved',
  actor: 'bob',
  comment: 'ok',
  at: '2026-12-01T10:30:00.000Z',
  source: 'cli',
  ...extra,
});

describe('gateResolutionProblem', () => {
  it.each<[string, Partial<GateRecord>, Policy, GateResolution | undefined]>([
    ['one independent approver', {}, strict, approval()],
    ['a rejection by the requester', {}, strict, approval({ decision: 'rejected', actor: 'mallory' })],
    ['the engine timing a gate out', {}, strict, approval({ decision: 'timed_out', actor: 'system' })],
    [
      "the requester, with the policy's grant",
      {},
      lenient,
      approval({
        actor: 'mallory',
        details: { self_approval_override: true, self_approval_allowed_by: 'policy' },
      }),
    ],
    [
      "the requester, with the action input's grant on a GitHub channel",
      action,
      strict,
      approval({
        actor: 'mallory',
        source: 'github-dispatch',
        details: { self_approval_override: true, self_approval_allowed_by: 'allow-self-approval' },
      }),
    ],
    [
      'two people counted by the comment channel on a quorum gate',
      { ...action, min_approvals: 2 },
      strict,
      approval({ actor: 'bob, carol', source: 'github-comment', details: { approvers: ['bob', 'carol'] } }),
    ],
    [
      'a quorum replayed by awo replay on a gate it opened',
      { context: { channel: 'replay', replay_of: 'run_x' }, min_approvals: 2 },
      strict,
      approval({
        actor: 'bob, carol',
        source: 'replay',
        details: {
          approvers: ['bob', 'carol'],
          replayed: { run_id: 'run_x', at: 'x', source: 'github-comment' },
        },
      }),
    ],
  ])('accepts %s', (_name, extra, policy, resolution) => {
    expect(gateResolutionProblem(policy, actors, gate(extra), resolution)).toBeUndefined();
  });

  it.each<[string, Partial<GateRecord>, Policy, GateResolution | undefined, string]>([
    ['no resolution', {}, strict, undefined, 'records no resolution'],
    ['another decision', {}, strict, approval({ decision: 'yes' as 'approved' }), 'not approved, rejected'],
    ['an actor that is not text', {}, strict, approval({ actor: 7 as unknown as string }), 'not all text'],
    ['an unknown source', {}, strict, approval({ source: 'email' }), 'which no approval channel writes'],
    [
      "a GitHub channel's source on a gate the action did not open",
      {},
      strict,
      approval({ source: 'github-environment' }),
      'not opened by the action',
    ],
    [
      "the replay's source on a gate awo replay did not open",
      action,
      strict,
      approval({ source: 'replay' }),
      'not opened by awo replay',
    ],
    ['a time that is not one', {}, strict, approval({ at: 'yesterday' }), 'is not an RFC 3339 timestamp'],
    [
      'a time with text a date parser skips',
      {},
      strict,
      approval({ at: '2026-01-01T00:10:00Z (<b>late</b>)' }),
      'is not an RFC 3339 timestamp',
    ],
    [
      'an approval after the deadline',
      {},
      strict,
      approval({ at: '2026-12-01T11:00:00.001Z' }),
      'after its deadline',
    ],
    ['an escape sequence in the name', {}, strict, approval({ actor: 'bob\u001b[2J' }), 'holds \\u001B'],
    ['the engine as approver', {}, strict, approval({ actor: 'System' }), 'records its own actions under'],
    [
      'approvers other than the actor names',
      action,
      strict,
      approval({ actor: 'bob', source: 'github-comment', details: { approvers: ['bob', 'carol'] } }),
      'that are not the ones its actor',
    ],
    [
      'several approvers through the CLI',
      { min_approvals: 2 },
      strict,
      approval({ actor: 'bob, carol', details: { approvers: ['bob', 'carol'] } }),
      'records one person per decision',
    ],
    [
      'the requester without an override',
      {},
      lenient,
      approval({ actor: 'Mallory ' }),
      'no self-approval override is recorded',
    ],
    [
      'the requester with a bare override',
      {},
      strict,
      approval({ actor: 'mallory', details: { self_approval_override: true } }),
      'without what allowed it',
    ],
    [
      "the policy's grant under a policy that does not set it",
      {},
      strict,
      approval({
        actor: 'mallory',
        details: { self_approval_override: true, self_approval_allowed_by: 'policy' },
      }),
      'which does not set allow_self_approval',
    ],
    [
      "the action input's grant from the CLI",
      {},
      strict,
      approval({
        actor: 'mallory',
        details: { self_approval_override: true, self_approval_allowed_by: 'allow-self-approval' },
      }),
      "not one of the action's GitHub channels",
    ],
    [
      'the requester among several approvers without an override',
      { ...action, min_approvals: 2 },
      strict,
      approval({
        actor: 'bob, mallory',
        source: 'github-comment',
        details: { approvers: ['bob', 'mallory'] },
      }),
      'mallory approved gate "review"',
    ],
    [
      'one approver on a gate that needs two',
      { min_approvals: 2 },
      strict,
      approval(),
      'needs 2 distinct approvers, and its approval names 1 (bob)',
    ],
    [
      'one person under two spellings on a gate that needs two',
      { ...action, min_approvals: 2 },
      strict,
      approval({ actor: 'bob, BOB', source: 'github-comment', details: { approvers: ['bob', 'BOB'] } }),
      'needs 2 distinct approvers, and its approval names 1',
    ],
  ])('refuses %s', (_name, extra, policy, resolution, message) => {
    expect(gateResolutionProblem(policy, actors, gate(extra), resolution)).toContain(message);
  });
});
