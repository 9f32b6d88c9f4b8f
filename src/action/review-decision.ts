import { distinctActors, sameActor, sameActorAs } from '../core/self-approval.js';
import type { Review } from './approvals.js';

/** What the review history says about one gate. */
export type ReviewVerdict =
  | { kind: 'approved'; reviewers: Review[]; selfApproved: boolean }
  | { kind: 'self-approved-only'; reviewers: Review[] }
  | { kind: 'short'; reviewers: Review[]; needed: number }
  | { kind: 'rejected'; reviewers: Review[] }
  | { kind: 'none'; seen: Review[] };

/** One person, as `src/core/self-approval.ts` folds names: the one identity rule of every face. */
export const samePerson = (a: string, b: string): boolean => sameActorAs(a, b);

/** A review as a comparable value: who, what, which environments (no order, no time: GitHub gives neither). */
export function reviewKey(review: Review): string {
  const envs = review.environments.map((name) => name.toLowerCase()).sort();
  return JSON.stringify([
    review.user_id ?? null,
    sameActor(review.login),
    review.state,
    review.comment,
    envs,
  ]);
}

/**
 * The reviews that are new since `baseline` (the history as it stood when the gate's job started): a
 * multiset difference, so a second identical review (the same person approving a second gate with the same
 * words) is still new. This is what ties a review to one gate: a gate's review job only starts after the
 * job that opened the gate has ended, so every review in the baseline belongs to something earlier — an
 * earlier gate, an earlier attempt — and every review a gate consumes is in the next gate's baseline.
 */
export function newReviews(reviews: readonly Review[], baseline: readonly Review[]): Review[] {
  const left = new Map<string, number>();
  for (const review of baseline) left.set(reviewKey(review), (left.get(reviewKey(review)) ?? 0) + 1);
  return reviews.filter((review) => {
    const key = reviewKey(review);
    const count = left.get(key) ?? 0;
    if (count === 0) return true;
    left.set(key, count - 1);
    return false;
  });
}

/**
 * Decides a gate from the reviews of `environment` that are new since the gate opened. Nothing depends on
 * order: a rejection among them rejects the gate (a re-run does not overturn it); otherwise approvals by
 * `minApprovals` distinct people other than `selfLogins` approve it; fewer are `short`; approvals only by
 * them are `self-approved-only` (the caller refuses or records an override).
 */
export function judgeReviews(
  fresh: readonly Review[],
  environment: string,
  selfLogins: readonly string[],
  minApprovals = 1,
): ReviewVerdict {
  const forEnv = fresh.filter((review) => review.environments.some((name) => samePerson(name, environment)));
  const rejected = forEnv.filter((review) => review.state === 'rejected');
  if (rejected.length > 0) return { kind: 'rejected', reviewers: rejected };
  const approved = forEnv.filter((review) => review.state === 'approved');
  const isSelf = (review: Review) => selfLogins.some((login) => samePerson(login, review.login));
  const independent = approved.filter((review) => !isSelf(review));
  const people = distinct(independent);
  if (people >= minApprovals) return { kind: 'approved', reviewers: independent, selfApproved: false };
  if (approved.length > 0 && independent.length === 0)
    return { kind: 'self-approved-only', reviewers: approved };
  if (independent.length > 0) return { kind: 'short', reviewers: independent, needed: minApprovals };
  return { kind: 'none', seen: [...fresh] };
}

/** Distinct people among reviews (folded names). */
export function distinct(reviews: readonly { login: string }[]): number {
  return distinctActors(reviews.map((review) => review.login));
}

/**
 * The actor and comment to record for several reviewers (usually one), and the approvers a resolution lists
 * (`details.approvers`, whose names joined by ", " are the actor).
 */
export function describeReviewers(reviewers: readonly { login: string; comment: string }[]): {
  actor: string;
  comment: string;
  approvers: string[];
} {
  const sorted = [...reviewers].sort(
    (a, b) => a.login.localeCompare(b.login) || a.comment.localeCompare(b.comment),
  );
  const logins = [...new Set(sorted.map((review) => review.login))];
  if (sorted.length === 1) return { actor: sorted[0].login, comment: sorted[0].comment, approvers: logins };
  return {
    actor: logins.join(', '),
    approvers: logins,
    comment: sorted
      .filter((r) => r.comment !== '')
      .map((r) => `${r.login}: ${r.comment}`)
      .join('; '),
  };
}
