import * as core from '@actions/core';
import { messageOf } from '../core/errors.js';
import { fetchReviews } from './approvals.js';
import type { GitHubContext } from './github-context.js';
import type { ActionInputs } from './inputs.js';

/**
 * What every gate this job opens records as its `context`: the approval channel, the job (its clock is the
 * gate's `opened_at`), who started its attempt (`GITHUB_TRIGGERING_ACTOR`) and, for channel `environment`, the run's review history as it stands now. No review
 * in that baseline can be a review of a gate this job opens (its review job starts only after this job
 * ends), so the gate's resume counts only reviews beyond it. A history that cannot be read is recorded as
 * `null` with the reason, and that gate's resume refuses (fail closed).
 */
export async function gateContext(
  inputs: ActionInputs,
  ctx: GitHubContext,
): Promise<Record<string, unknown>> {
  const base = {
    channel: inputs.channel,
    github_run_id: ctx.runId,
    github_run_attempt: ctx.runAttempt,
    github_job: ctx.job,
    // Who started the attempt that opens the gate (a re-run): like the job's actor, never its approver.
    github_triggering_actor: ctx.triggeringActor ?? null,
    opened_at_source: 'clock of the job that paused',
  };
  if (inputs.channel !== 'environment') return base;
  if (!inputs.token) return { ...base, review_baseline: null, review_baseline_error: 'no token input' };
  try {
    return { ...base, review_baseline: await fetchReviews(ctx, inputs.token) };
  } catch (err) {
    core.info(`could not read the review history of this workflow run: ${messageOf(err)}`);
    return { ...base, review_baseline: null, review_baseline_error: messageOf(err) };
  }
}

/** Warns when a gate just opened without a review baseline: its resume will refuse, and says why now. */
export function warnNoBaseline(context: Record<string, unknown>, gateId: string | undefined): void {
  if (context.channel !== 'environment' || context.review_baseline !== null || gateId === undefined) return;
  core.warning(
    `gate ${gateId} opened without a record of this workflow run's review history (${String(context.review_baseline_error)}), so its resume will refuse; give this job permissions: actions: read`,
    { title: 'AWO gate without review baseline' },
  );
}
