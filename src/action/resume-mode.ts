import * as core from '@actions/core';
import { continueRun, decideGate } from '../store/run-service.js';
import { annotate } from './annotations.js';
import { fetchReviews } from './approvals.js';
import type { GitHubContext } from './github-context.js';
import type { ActionInputs } from './inputs.js';
import { outcomeOutputs, resultOf, type StepResult } from './outcome.js';
import { fetchPausedRun } from './paused-bundle.js';
import { publish } from './publish.js';
import { Refusal, reviewSetup } from './refusal.js';
import { describeReviewers, judgeReviews } from './review-decision.js';
import { statusNote } from './run-mode.js';
import { sessionOptions } from './session.js';

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

/**
 * `mode: resume`: in the job that declares `environment:`, records the environment approval of the
 * paused gate (reviewer, comment, time, `source: github-environment`), then continues the run to its end
 * or its next gate and uploads the new bundle. Refuses — changing nothing — when no approval is
 * recorded, or when only the run's own trigger approved and `allow-self-approval` is not true.
 */
export async function resumeMode(inputs: ActionInputs, ctx: GitHubContext): Promise<StepResult> {
  const paused = await fetchPausedRun(inputs, ctx);
  const { gate, environment } = paused;
  const reviews = await fetchReviews(ctx, inputs.token as string);
  const self = selfLogins(ctx);
  const verdict = judgeReviews(reviews, environment, self);
  if (verdict.kind === 'none') {
    const seen =
      verdict.seen.length === 0
        ? 'no reviews at all'
        : verdict.seen.map((r) => `${r.state} by ${r.login} for ${r.environments.join('/')}`).join('; ');
    throw new Refusal(
      `no approval is recorded for environment ${environment} in workflow run ${ctx.runId} (the approvals API lists ${seen}), so gate ${gate.gate_id} of run ${paused.runId} stays pending and nothing was changed. ${reviewSetup(environment)}`,
    );
  }
  if (verdict.kind === 'rejected') {
    const { actor, comment } = describeReviewers(verdict.reviewers);
    throw new Refusal(
      `environment ${environment} was rejected by ${actor}${comment ? ` (${comment})` : ''}, not approved; gate ${gate.gate_id} stays pending and nothing was changed. Record the rejection with mode: finalize.`,
    );
  }
  const selfOverride = verdict.kind === 'self-approved-only';
  if (selfOverride && !inputs.allowSelfApproval) {
    const { actor } = describeReviewers(verdict.reviewers);
    throw new Refusal(
      `gate ${gate.gate_id} of run ${paused.runId} was approved in environment ${environment} only by ${actor}, who started this workflow run (GITHUB_ACTOR ${ctx.actor ?? '-'}, GITHUB_TRIGGERING_ACTOR ${ctx.triggeringActor ?? '-'}); ` +
        'an independent reviewer must approve, so nothing was changed. Turn on "Prevent self-review" for the environment, or set allow-self-approval: true to accept it (the override is recorded in the audit trail).',
    );
  }
  const { actor, comment } = describeReviewers(verdict.reviewers);
  // The bundle's digest was checked before anything in it was read: the resumed session records it in the
  // chain beside the checkpoint of the stop it continues.
  const session = { ...sessionOptions(inputs, ctx, paused.runDir), previousBundle: inputs.bundleSha256 };
  await decideGate(
    paused.runDir,
    {
      decision: 'approved',
      actor,
      comment,
      source: 'github-environment',
      details: {
        environment,
        approval_state: 'approved',
        reviewers: verdict.reviewers.map((r) => ({ login: r.login, comment: r.comment })),
        github_run_id: ctx.runId,
        github_run_attempt: ctx.runAttempt,
        github_job: ctx.job,
        run_actor: ctx.actor ?? null,
        triggering_actor: ctx.triggeringActor ?? null,
        ...(selfOverride ? { self_approval_override: true } : {}),
      },
    },
    session,
  );
  if (selfOverride)
    core.warning(
      `gate ${gate.gate_id} accepted a self-approval by ${actor} because allow-self-approval is true; the override is recorded in the audit trail`,
      { title: 'AWO self-approval override' },
    );
  core.info(
    `Gate ${gate.gate_id} approved by ${actor} in environment ${environment}; resuming run ${paused.runId}`,
  );
  const outcome = await continueRun(paused.runDir, 'resume', session);
  outcomeOutputs(outcome);
  annotate(outcome);
  const notes = [
    `Gate \`${gate.gate_id}\` approved by **${actor}** in environment \`${environment}\`${selfOverride ? ' (self-approval accepted by allow-self-approval)' : ''}.`,
    ...statusNote(outcome.status, outcome.gate, inputs.environment),
  ];
  const published = await publish(outcome.runDir, outcome.status, ctx, inputs.retentionDays, notes);
  return resultOf(outcome, published.name);
}
