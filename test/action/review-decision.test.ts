import { describe, expect, it } from '@jest/globals';
import type { Artifact } from '@actions/artifact';
import { parseReviews, type Review } from '../../src/action/approvals.js';
import { uploadName } from '../../src/action/artifact-name.js';
import { describeReviewers, judgeReviews } from '../../src/action/review-decision.js';
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

  it('reports a rejection only when nothing approved the environment', () => {
    expect(judgeReviews([review('bob', 'rejected')], 'production', []).kind).toBe('rejected');
    expect(
      judgeReviews([review('bob', 'rejected'), review('alice', 'approved')], 'production', []).kind,
    ).toBe('approved');
  });

  it('names several reviewers in a stable order', () => {
    expect(
      describeReviewers([review('zed', 'approved', [], 'ok'), review('amy', 'approved', [], 'fine')]),
    ).toEqual({ actor: 'amy, zed', comment: 'amy: fine; zed: ok' });
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
