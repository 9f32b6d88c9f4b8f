import type { Review } from './approvals.js';

/** What the review history says about one environment's gate. */
export type ReviewVerdict =
  | { kind: 'approved'; reviewers: Review[]; selfApproved: boolean }
  | { kind: 'self-approved-only'; reviewers: Review[] }
  | { kind: 'rejected'; reviewers: Review[] }
  | { kind: 'none'; seen: Review[] };

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/**
 * Decides from the review history of a workflow run what a gate's environment review was. GitHub
 * documents neither an order nor a time for reviews, so nothing here depends on order: approvals by
 * anyone but `selfLogins` win; approvals only by them are `self-approved-only` (the caller refuses or
 * records an override); rejections are reported when there is no approval (a re-run attempt may be
 * approved after an earlier rejection); reviews of other environments are ignored.
 */
export function judgeReviews(
  reviews: readonly Review[],
  environment: string,
  selfLogins: readonly string[],
): ReviewVerdict {
  const forEnv = reviews.filter((review) => review.environments.some((name) => same(name, environment)));
  const approved = forEnv.filter((review) => review.state === 'approved');
  const isSelf = (review: Review) => selfLogins.some((login) => same(login, review.login));
  const independent = approved.filter((review) => !isSelf(review));
  if (independent.length > 0) return { kind: 'approved', reviewers: independent, selfApproved: false };
  if (approved.length > 0) return { kind: 'self-approved-only', reviewers: approved };
  const rejected = forEnv.filter((review) => review.state === 'rejected');
  if (rejected.length > 0) return { kind: 'rejected', reviewers: rejected };
  return { kind: 'none', seen: [...reviews] };
}

/** The actor and comment to record for several reviewers (usually one). */
export function describeReviewers(reviewers: readonly Review[]): { actor: string; comment: string } {
  const sorted = [...reviewers].sort(
    (a, b) => a.login.localeCompare(b.login) || a.comment.localeCompare(b.comment),
  );
  const logins = [...new Set(sorted.map((review) => review.login))];
  if (sorted.length === 1) return { actor: sorted[0].login, comment: sorted[0].comment };
  return {
    actor: logins.join(', '),
    comment: sorted
      .filter((r) => r.comment !== '')
      .map((r) => `${r.login}: ${r.comment}`)
      .join('; '),
  };
}
