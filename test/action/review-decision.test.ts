import { describe, expect, it } from '@jest/globals';
import type { Artifact } from '@actions/artifact';
import { parseReviews, type Review } from '../../src/action/approvals.js';
import { uploadName } from '../../src/action/artifact-name.js';
import { describeReviewers, judgeReviews, newReviews, samePerson } from '../../src/action/review-decision.js';
import { parseCommand } from '../../src/action/comment-channel.js';
import { latestMarker, parseMarker, type ThreadComment } from '../../src/action/gate-thread.js';
import { rateLimitWait } from '../../src/action/github-rest.js';
import { selectBundle } from '../../src/action/select-bundle.js';

const review = (
  login: string,
  state: Review['state'],
  environments = ['production'],
  comment = '',
): Review => ({ login, state, environments, comment });

describe('judgeReviews', () => {
  it('ignores reviews of other environments and reports none', () => {
    const verdict = judgeReviews([review('alice', 'approved', ['staging'])], 'production', ['octocat']);
    expect(verdict.kind).toBe('none');
  });

  it('prefers an independent approval over a self-approval, whatever the order', () => {
    for (const reviews of [
      [review('octocat', 'approved'), review('alice', 'approved')],
      [review('alice', 'approved'), review('octocat', 'approved')],
    ]) {
      const verdict = judgeReviews(reviews, 'production', ['octocat']);
      expect(verdict).toEqual({
        kind: 'approved',
        reviewers: [review('alice', 'approved')],
        selfApproved: false,
      });
    }
  });

  it('compares logins without case and reports an approval only by the trigger as self-approved-only', () => {
    expect(judgeReviews([review('OctoCat', 'approved')], 'PRODUCTION', ['octocat']).kind).toBe(
      'self-approved-only',
    );
  });

  it('lets a rejection of the gate win over any approval, whatever the order (a re-run does not overturn it)', () => {
    expect(judgeReviews([review('bob', 'rejected')], 'production', []).kind).toBe('rejected');
    expect(
      judgeReviews([review('alice', 'approved'), review('bob', 'rejected')], 'production', []).kind,
    ).toBe('rejected');
  });

  it("counts distinct people for a quorum, never the run's own actor", () => {
    const two = [review('alice', 'approved'), review('Alice ', 'approved'), review('octocat', 'approved')];
    expect(judgeReviews(two, 'production', ['octocat'], 2)).toMatchObject({ kind: 'short', needed: 2 });
    const three = [...two, review('bob', 'approved')];
    expect(judgeReviews(three, 'production', ['octocat'], 2).kind).toBe('approved');
  });

  it('folds names as the core does (one identity rule): invisible characters and case', () => {
    expect(samePerson('alice\u200b', 'ALICE')).toBe(true);
    expect(judgeReviews([review('octo\u200bcat', 'approved')], 'production', ['OctoCat']).kind).toBe(
      'self-approved-only',
    );
  });

  it('names several reviewers in a stable order', () => {
    expect(
      describeReviewers([review('zed', 'approved', [], 'ok'), review('amy', 'approved', [], 'fine')]),
    ).toEqual({ actor: 'amy, zed', comment: 'amy: fine; zed: ok', approvers: ['amy', 'zed'] });
  });
});

describe('newReviews', () => {
  it('keeps only reviews beyond the baseline, as a multiset: an identical second review is new', () => {
    const a = review('alice', 'approved', ['production'], 'ok');
    expect(newReviews([a], [a])).toEqual([]);
    expect(newReviews([a, a], [a])).toEqual([a]);
    expect(newReviews([review('bob', 'approved'), a], [a])).toEqual([review('bob', 'approved')]);
  });
});

describe('parseCommand', () => {
  it('reads /awo approve|reject and the comment from the first line only', () => {
    expect(parseCommand('/awo approve looks right')).toEqual({
      decision: 'approved',
      comment: 'looks right',
    });
    expect(parseCommand('  /awo reject\nwhy: numbers')).toEqual({ decision: 'rejected', comment: '' });
    expect(parseCommand('I think /awo approve')).toBeUndefined();
    expect(parseCommand('/awo approved')).toBeUndefined();
  });
});

describe('gate markers', () => {
  const body = (state: string) =>
    `text\n<!-- awo-gate ${JSON.stringify({ v: 1, state, run_id: 'run_x', gate_id: 'g', workflow_run_id: '1', artifact_name: 'a', bundle_sha256: 's', min_approvals: 1 })} -->`;
  const comment = (id: number, login: string, type: string, state: string): ThreadComment => ({
    id,
    html_url: '',
    body: body(state),
    user: { login, id: 1, type },
    created_at: '',
    updated_at: '',
  });
  it("trusts only markers written by github-actions[bot], and the latest one is the thread's gate", () => {
    expect(parseMarker(comment(1, 'mallory', 'User', 'pending'))).toBeUndefined();
    const latest = latestMarker([
      comment(3, 'github-actions[bot]', 'Bot', 'completed'),
      comment(2, 'github-actions[bot]', 'Bot', 'pending'),
      comment(4, 'mallory', 'User', 'pending'),
    ]);
    expect(latest?.comment.id).toBe(3);
    expect(latest?.marker.state).toBe('completed');
  });
});

describe('rateLimitWait', () => {
  const now = 1_000_000;
  it('tells a rate limit (retry-after, or remaining 0 with a reset) from a permission 403', () => {
    expect(rateLimitWait({ status: 403, response: { headers: { 'retry-after': '3' } } }, now)).toBe(3000);
    expect(
      rateLimitWait(
        { status: 403, response: { headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '1005' } } },
        now,
      ),
    ).toBe(5000);
    expect(rateLimitWait({ status: 429, message: 'secondary rate limit' }, now)).toBe(60_000);
    expect(
      rateLimitWait({ status: 403, message: 'Resource not accessible by integration' }, now),
    ).toBeUndefined();
    expect(rateLimitWait({ status: 404 }, now)).toBeUndefined();
  });
});

describe('parseReviews', () => {
  it('refuses an answer that is not the environment-approvals list', () => {
    expect(() => parseReviews({ message: 'Not Found' })).toThrow('did not answer with a list');
    expect(() => parseReviews([{ state: 'approved', environments: [] }])).toThrow('entry 0');
  });
});

describe('uploadName', () => {
  it('differs by stage, attempt, job and digest and sanitises the job id', () => {
    const base = uploadName(
      'awo-run_x-0123456.tar.gz',
      'paused',
      { runAttempt: '1', job: 'build/linux' },
      `sha256:${'ab'.repeat(32)}`,
    );
    expect(base).toBe(`awo-run_x-0123456-paused-a1-build-linux-${'ab'.repeat(6)}.tar.gz`);
    expect(
      uploadName(
        'awo-run_x-0123456.tar.gz',
        'completed',
        { runAttempt: '2', job: 'build/linux' },
        `sha256:${'ab'.repeat(32)}`,
      ),
    ).not.toBe(base);
  });
});

describe('selectBundle', () => {
  const artifact = (id: number, name: string, digest?: string): Artifact => ({ id, name, size: 1, digest });
  const sha = (c: string) => `sha256:${c.repeat(64)}`;
  it('finds the paused bundle by its digest and ignores other artifacts', () => {
    const list = [
      artifact(1, 'coverage'),
      artifact(2, `awo-run_a-0123456-paused-a1-run-${'a'.repeat(12)}.tar.gz`, sha('a')),
      artifact(3, `awo-run_b-0123456-paused-a1-run-${'b'.repeat(12)}.tar.gz`, sha('b')),
    ];
    expect(selectBundle(list, { sha256: sha('b'), stage: 'paused' }).id).toBe(3);
  });
  it('says which artifacts exist when none matches, and refuses to guess between two', () => {
    expect(() => selectBundle([artifact(1, 'coverage')], { sha256: sha('c') })).toThrow(
      'artifacts: coverage',
    );
    const two = [
      artifact(2, 'awo-run_a-x-paused-a1-run-aaaaaaaaaaaa.tar.gz', sha('a')),
      artifact(3, 'awo-run_b-x-paused-a1-run-bbbbbbbbbbbb.tar.gz', sha('b')),
    ];
    expect(() => selectBundle(two, { stage: 'paused' })).toThrow('several AWO bundles');
  });
});
