import { cancelRunFolder, decideGate } from '../store/run-service.js';
import type { RunOutcome } from '../core/engine.js';
import { fetchReviews } from './approvals.js';
import type { GitHubContext } from './github-context.js';
import type { ActionInputs } from './inputs.js';
import { outcomeOutputs, resultOf, type StepResult } from './outcome.js';
import { fetchPausedRun } from './paused-bundle.js';
import { attestAfterUpload } from './attest-step.js';
import { publish } from './publish.js';
import { selfLogins } from './resume-mode.js';
import { describeReviewers, judgeReviews } from './review-decision.js';
import { sessionOptions } from './session.js';

/**
 * `mode: finalize`: for a gate whose review did not let the run go on. A rejection recorded in the
 * approvals API is recorded as the gate's resolution (`rejected`, reviewer, comment); without one (the
 * review timed out or was cancelled, or the resume job did not finish) the run is sealed as failed with
 * kind `cancelled` and a reason saying which. Either way the final bundle is uploaded.
 */
export async function finalizeMode(inputs: ActionInputs, ctx: GitHubContext): Promise<StepResult> {
  const paused = await fetchPausedRun(inputs, ctx);
  const { gate, environment } = paused;
  const reviews = await fetchReviews(ctx, inputs.token as string);
  const verdict = judgeReviews(reviews, environment, selfLogins(ctx));
  const session = sessionOptions(inputs, ctx, paused.runDir);
  let outcome: RunOutcome;
  let note: string;
  if (verdict.kind === 'rejected') {
    const { actor, comment } = describeReviewers(verdict.reviewers);
    outcome = await decideGate(
      paused.runDir,
      {
        decision: 'rejected',
        actor,
        comment,
        source: 'github-environment',
        details: {
          environment,
          approval_state: 'rejected',
          reviewers: verdict.reviewers.map((r) => ({ login: r.login, comment: r.comment })),
          github_run_id: ctx.runId,
          github_run_attempt: ctx.runAttempt,
          github_job: ctx.job,
        },
      },
      session,
    );
    note = `Gate \`${gate.gate_id}\` rejected by **${actor}** in environment \`${environment}\`${comment ? `: ${comment}` : ''}.`;
  } else {
    const reason =
      verdict.kind === 'none'
        ? `gate ${gate.gate_id} was not reviewed: no approval or rejection is recorded for environment ${environment} in workflow run ${ctx.runId} (the review timed out or was cancelled, or the environment has no required reviewers); sealed by finalize`
        : `gate ${gate.gate_id} was approved in environment ${environment} by ${describeReviewers(verdict.reviewers).actor}, but the job that resumes the run did not finish it (see that job's log); sealed by finalize`;
    outcome = await cancelRunFolder(paused.runDir, reason, session);
    note = `Run sealed as failed (cancelled): ${reason}.`;
  }
  outcomeOutputs(outcome);
  const published = await publish(outcome.runDir, outcome.status, ctx, inputs.retentionDays, [note], {
    afterUpload: attestAfterUpload(inputs, ctx),
  });
  return resultOf(outcome, published.name);
}
