import { describe, expect, it } from '@jest/globals';
import {
  buildStatement,
  differences,
  evidenceFacts,
  legacyJoinedApprovers,
  PREDICATE_TYPE,
  RunPredicate,
  type RunEvidence,
} from '../../src/core/attestation-predicate.js';
import { checkpointOf, formatCheckpoint } from '../../src/core/checkpoint.js';

const lines = [
  '{"seq":1}',
  '{"seq":2,"details":{"status":"running","previous":{"bundle_sha256":"sha256:' + 'a'.repeat(64) + '"}}}',
  '{"seq":3}',
];

function evidence(status: string, change: Partial<RunEvidence> = {}): RunEvidence {
  return {
    metadata: {
      run_id: 'run_2026-01-01T00-00-00Z',
      status,
      git: { sha: 'abc', ref: 'refs/heads/main' },
      hashes: { policy: `sha256:${'b'.repeat(64)}` },
      models: ['echo-1'],
      steps: [
        { step_id: 'draft', status: 'completed' },
        { step_id: 'bad', status: 'denied' },
      ],
    },
    gates: [
      {
        gate_id: 'z_gate',
        request: { at: 't0', environment: 'prod' },
        resolution: {
          decision: 'approved',
          actor: 'alice, bob',
          at: 't1',
          source: 'github-environment',
          details: { approvers: ['alice', 'bob'] },
        },
      },
      { gate_id: 'a_gate', status: 'pending', request: { at: 't2' }, resolution: null },
    ],
    workflowReceipt: { workflow_hash: `sha256:${'c'.repeat(64)}` },
    policy: { id: 'strict', tier: 'high' },
    auditLines: lines,
    ...change,
  };
}

describe('attestation predicate run/v1', () => {
  it('reads the outcome in the Test Result vocabulary, gates sorted, with every approver', () => {
    const facts = evidenceFacts(evidence('paused'));
    expect(facts.result).toBe('WARNED');
    expect(evidenceFacts(evidence('completed')).result).toBe('PASSED');
    expect(evidenceFacts(evidence('rejected')).result).toBe('FAILED');
    expect(facts.gates.map((g) => g.gate_id)).toEqual(['a_gate', 'z_gate']);
    expect(facts.gates[1]).toEqual({
      gate_id: 'z_gate',
      decision: 'approved',
      approvers: ['alice', 'bob'],
      source: 'github-environment',
      requested_at: 't0',
      resolved_at: 't1',
      environment: 'prod',
    });
    expect(facts.gates[0].decision).toBe('pending');
    expect(facts.passedTests).toEqual(['step:draft', 'gate:z_gate']);
    expect(facts.warnedTests).toEqual(['gate:a_gate']);
    expect(facts.failedTests).toEqual(['step:bad']);
    expect(facts.policy).toEqual({ id: 'strict', tier: 'high', hash: `sha256:${'b'.repeat(64)}` });
  });

  it('takes the checkpoint over the audit lines as written, and the previous bundle from the trail', () => {
    const facts = evidenceFacts(evidence('completed'));
    const expected = checkpointOf('run_2026-01-01T00-00-00Z', lines);
    expect(facts.checkpoint).toEqual({ size: 3, root: expected.root, text: formatCheckpoint(expected) });
    expect(facts.previous_bundle_sha256).toBe(`sha256:${'a'.repeat(64)}`);
    expect(
      evidenceFacts(evidence('completed', { auditLines: ['{"seq":1}'] })).previous_bundle_sha256,
    ).toBeNull();
  });

  it('builds a statement whose predicate matches the published schema', () => {
    const statement = buildStatement(
      { name: 'b.tar.gz', sha256: `sha256:${'d'.repeat(64)}` },
      evidenceFacts(evidence('completed')),
      {
        repository: 'o/r',
        workflow_run: { id: '1', attempt: '1', url: 'u' },
        artifact: { id: 3, name: 'b.tar.gz' },
      },
    );
    expect(statement.subject).toEqual([{ name: 'b.tar.gz', digest: { sha256: 'd'.repeat(64) } }]);
    expect(statement.predicateType).toBe(PREDICATE_TYPE);
    expect(RunPredicate.safeParse(statement.predicate).success).toBe(true);
    expect(RunPredicate.safeParse({ ...statement.predicate, extra: 1 }).success).toBe(false);
  });

  it('names the first JSON path where two predicates differ', () => {
    const a = evidenceFacts(evidence('completed'));
    const b = structuredClone(a);
    b.gates[1].approvers = ['alice', 'mallory'];
    expect(differences(b, a)).toEqual(['gates[1].approvers[1]']);
    expect(differences({ ...a, status: 'failed' }, a)[0]).toBe('status');
    expect(differences(a, structuredClone(a))).toEqual([]);
  });

  it('takes the approvers an awo 1.0 attestation joined into one name as that list, with a note; nothing else', () => {
    const facts = evidenceFacts(evidence('completed'));
    const signed = structuredClone(facts.gates);
    signed[1].approvers = ['alice, bob'];
    const notes: string[] = [];
    expect(legacyJoinedApprovers(signed, facts.gates, notes)).toEqual(facts.gates);
    expect(notes).toEqual([
      'the attestation lists the 2 approvers of gate z_gate as one name, as attestations signed by awo 1.0 did',
    ]);
    for (const other of [['alice; bob'], ['bob, alice'], ['alice', 'bob, x']]) {
      const changed = structuredClone(facts.gates);
      changed[1].approvers = other;
      expect(legacyJoinedApprovers(changed, facts.gates, [])).toEqual(changed);
    }
  });
});
