import * as core from '@actions/core';
import { fetchReviews, parseBaseline, type Review } from './approvals.js';
import { commentResume } from './comment-channel.js';
import { dispatchResume } from './dispatch-channel.js';
import {
  ACTION_INPUT_OVERRIDE,
  jobClock,
  pastDeadline,
  recordDecision,
  type ChannelDecision,
} from './gate-outcome.js';
import { listArtifacts } from './artifacts.js';
import type { GitHubContext } from './github-context.js';
import type { ActionInputs } from './inputs.js';
import type { StepResult } from './outcome.js';
import { fetchPausedRun, type PausedRun } from './paused-bundle.js';
import { Refusal, reviewSetup } from './refusal.js';
import { describeReviewers, judgeReviews, newReviews, type ReviewVerdict } from './review-decision.js';

/**
 * Who may not approve their own run: `GITHUB_ACTOR` (whose event started the workflow run) and
 * `GITHUB_TRIGGERING_ACTOR` (who started this attempt, e.g. a re-run). Both set the run's work in
 * motion, so either approving is a self-approval.
 */
export function selfLogins(ctx: GitHubContext): string[] {
  return [ctx.actor, ctx.triggeringActor].filter(
    (login): login is string => typeof login === 'string' && login !== '',
  );
}

/** `mode: resume`: records the gate's decision from the input `approval-channel`, then continues the run. */
export function resumeMode(inputs: ActionInputs, ctx: GitHubContext): Promise<StepResult> {
  if (inputs.channel === 'comment') return commentResume(inputs, ctx);
  if (inputs.channel === 'dispatch') return dispatchResume(inputs, ctx);
  return environmentResume(inputs, ctx);
}

/**
 * The reviews of this workflow run that belong to the paused gate: those beyond the review history recorded
 * when the gate opened. Refuses (fail closed) a gate that recorded no history.
 */
export async function gateReviews(
  inputs: ActionInputs,
  ctx: GitHubContext,
  paused: PausedRun,
): Promise<{ fresh: Review[]; all: Review[] }> {
  const baseline = paused.gate.context?.review_baseline;
  const error = paused.gate.context?.review_baseline_error;
  const why = typeof error === 'string' ? error : 'it was opened without approval-channel environment';
  if (!Array.isArray(baseline))
    throw new Refusal(
      `gate ${paused.gate.gate_id} of run ${paused.runId} recorded no review history when it opened (${why}), so no review can be tied to it; nothing was changed. Give the job that pauses permissions: actions: read and start a new run.`,
    );
  const all = await fetchReviews(ctx, inputs.token as string);
  return { fresh: newReviews(all, parseBaseline(baseline)), all };
}

/**
 * Refuses a paused bundle that a later stage of the same AWO run already followed in this workflow run (a
 * re-run of a review job that succeeded): its gate was resolved once, and resolving it again would fork the
 * evidence. Artifacts of one workflow run are listed with increasing ids.
 */
export async function checkNotResolved(paused: PausedRun): Promise<void> {
  // A later stage always has other bytes than the paused bundle (its audit trail grew), so an upload that
  // claims the paused bundle's digest is a copy (or a decoy), not a later stage.
  const sameDigest = paused.artifact.name.slice(paused.artifact.name.lastIndexOf('-'));
  const later = (await listArtifacts()).filter(
    (artifact) =>
      artifact.name.startsWith(`awo-${paused.runId}-`) &&
      artifact.id > paused.artifact.id &&
      !artifact.name.endsWith(sameDigest),
  );
  if (later.length > 0)
    throw new Refusal(
      `gate ${paused.gate.gate_id} of run ${paused.runId} was already resolved in this workflow run: ${later.map((a) => a.name).join(', ')} came after ${paused.artifact.name}; a gate is resolved once, so nothing was changed. Continue from the latest bundle.`,
    );
}

/** Judges the gate's reviews for the environment, counting the run's actor only when the override is allowed. */
export function environmentVerdict(
  inputs: ActionInputs,
  ctx: GitHubContext,
  paused: PausedRun,
  fresh: readonly Review[],
): { verdict: ReviewVerdict; selfOverride: boolean } {
  const self = [...selfLogins(ctx), ...paused.requesters];
  const verdict = judgeReviews(fresh, paused.environment, self, paused.minApprovals);
  if (!inputs.allowSelfApproval || (verdict.kind !== 'self-approved-only' && verdict.kind !== 'short'))
    return { verdict, selfOverride: false };
  const counted = judgeReviews(fresh, paused.environment, [], paused.minApprovals);
  return counted.kind === 'approved'
    ? { verdict: counted, selfOverride: true }
    : { verdict, selfOverride: false };
}

/**
 * Channel `environment`, in the job that declares `environment:`: records the approvals of the paused gate
 * (reviewers, comments, the resuming job's clock, `source: github-environment`) and continues the run.
 * Refuses — changing nothing — when no review of the gate is recorded, when it has fewer distinct approvers
 * than it needs, when it was rejected (mode finalize records that), or when only the run's own actors
 * approved and `allow-self-approval` is not true. A decision after the gate's deadline records `timed_out`.
 */
async function environmentResume(inputs: ActionInputs, ctx: GitHubContext): Promise<StepResult> {
  const paused = await fetchPausedRun(inputs, ctx);
  await checkNotResolved(paused);
  const { gate, environment } = paused;
  const { fresh, all } = await gateReviews(inputs, ctx, paused);
  const { verdict, selfOverride } = environmentVerdict(inputs, ctx, paused, fresh);
  const at = jobClock();
  if (verdict.kind === 'none') {
    const seen =
      all.length === 0
        ? 'no reviews at all'
        : `${all.length} review(s), ${fresh.length} of them since the gate opened: ` +
          fresh.map((r) => `${r.state} by ${r.login} for ${r.environments.join('/')}`).join('; ');
    throw new Refusal(
      `no approval is recorded for environment ${environment} in workflow run ${ctx.runId} since gate ${gate.gate_id} opened (the approvals API lists ${seen}), so gate ${gate.gate_id} of run ${paused.runId} stays pending and nothing was changed. ${reviewSetup(environment)}`,
    );
  }
  if (verdict.kind === 'rejected') {
    const { actor, comment } = describeReviewers(verdict.reviewers);
    throw new Refusal(
      `environment ${environment} was rejected by ${actor}${comment ? ` (${comment})` : ''} for gate ${gate.gate_id}, not approved; gate ${gate.gate_id} stays pending and nothing was changed. Record the rejection with mode: finalize.`,
    );
  }
  if (verdict.kind === 'self-approved-only') {
    const { actor } = describeReviewers(verdict.reviewers);
    throw new Refusal(
      `gate ${gate.gate_id} of run ${paused.runId} was approved in environment ${environment} only by ${actor}, who started this workflow run (GITHUB_ACTOR ${ctx.actor ?? '-'}, GITHUB_TRIGGERING_ACTOR ${ctx.triggeringActor ?? '-'}); ` +
        'an independent reviewer must approve, so nothing was changed. Turn on "Prevent self-review" for the environment, or set allow-self-approval: true to accept it (the override is recorded in the audit trail).',
    );
  }
  if (verdict.kind === 'short') {
    const { actor } = describeReviewers(verdict.reviewers);
    throw new Refusal(
      `gate ${gate.gate_id} of run ${paused.runId} needs ${verdict.needed} distinct approvers other than the run's own actors; so far ${actor} approved in environment ${environment}, so nothing was changed. Re-run this job for the next approval (each attempt is reviewed again).`,
    );
  }
  const { actor, comment, approvers } = describeReviewers(verdict.reviewers);
  const late = pastDeadline(gate, at);
  const decision: ChannelDecision = {
    decision: late ? 'timed_out' : 'approved',
    actor,
    comment,
    at,
    source: 'github-environment',
    details: {
      environment,
      approval_state: 'approved',
      reviewers: verdict.reviewers.map((r) => ({
        login: r.login,
        user_id: r.user_id ?? null,
        comment: r.comment,
      })),
      approvers,
      consumed_reviews: verdict.reviewers.length,
      min_approvals: paused.minApprovals,
      at_source: 'clock of the resuming job (the approvals API records no review time)',
      github_run_id: ctx.runId,
      github_run_attempt: ctx.runAttempt,
      github_job: ctx.job,
      run_actor: ctx.actor ?? null,
      triggering_actor: ctx.triggeringActor ?? null,
      ...(late ? { deadline: gate.deadline, decided: 'approved' } : {}),
      ...(selfOverride ? ACTION_INPUT_OVERRIDE : {}),
    },
    note: late
      ? `Gate \`${gate.gate_id}\` **timed out**: approved by ${actor} in environment \`${environment}\` at ${at}, after its deadline ${gate.deadline}.`
      : `Gate \`${gate.gate_id}\` approved by **${actor}** in environment \`${environment}\`${selfOverride ? ' (self-approval accepted by allow-self-approval)' : ''}.`,
  };
  if (selfOverride && !late)
    core.warning(
      `gate ${gate.gate_id} accepted a self-approval by ${actor} because allow-self-approval is true; the override is recorded in the audit trail`,
      { title: 'AWO self-approval override' },
    );
  return recordDecision(inputs, ctx, paused, decision);
}
