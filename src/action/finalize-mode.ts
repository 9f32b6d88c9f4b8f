import type { RunOutcome } from '../core/engine.js';
import { cancelRunFolder } from '../store/run-service.js';
import { finish, jobClock, pastDeadline, recordDecision } from './gate-outcome.js';
import type { GitHubContext } from './github-context.js';
import type { ActionInputs } from './inputs.js';
import { outcomeOutputs, type StepResult } from './outcome.js';
import { fetchPausedRun } from './paused-bundle.js';
import { checkNotResolved, environmentVerdict, gateReviews } from './resume-mode.js';
import { describeReviewers } from './review-decision.js';
import { sessionOptions } from './session.js';

/**
 * `mode: finalize`: for a gate whose review did not let the run go on. A rejection of this gate in the
 * approvals API (one beyond the history recorded when the gate opened) is recorded as the gate's
 * resolution (`rejected`, reviewer, comment); a gate past its deadline is recorded `timed_out`; otherwise
 * (the review was cancelled, or the resume job did not finish) the run is sealed as failed with kind
 * `cancelled` and a reason saying which. Either way the final bundle is uploaded.
 */
export async function finalizeMode(inputs: ActionInputs, ctx: GitHubContext): Promise<StepResult> {
  const paused = await fetchPausedRun(inputs, ctx);
  if (inputs.channel === 'environment') await checkNotResolved(paused);
  const { gate, environment } = paused;
  const at = jobClock();
  const late = pastDeadline(gate, at);
  const hasBaseline = Array.isArray(gate.context?.review_baseline);
  const verdict =
    inputs.channel === 'environment' && hasBaseline
      ? environmentVerdict(inputs, ctx, paused, (await gateReviews(inputs, ctx, paused)).fresh).verdict
      : undefined;
  const common = {
    environment,
    at_source: 'clock of the finalizing job',
    github_run_id: ctx.runId,
    github_run_attempt: ctx.runAttempt,
    github_job: ctx.job,
  };
  if (verdict?.kind === 'rejected') {
    const { actor, comment } = describeReviewers(verdict.reviewers);
    return recordDecision(inputs, ctx, paused, {
      decision: late ? 'timed_out' : 'rejected',
      actor,
      comment,
      at,
      source: 'github-environment',
      details: {
        ...common,
        approval_state: 'rejected',
        reviewers: verdict.reviewers.map((r) => ({
          login: r.login,
          user_id: r.user_id ?? null,
          comment: r.comment,
        })),
        ...(late ? { deadline: gate.deadline, decided: 'rejected' } : {}),
      },
      note: late
        ? `Gate \`${gate.gate_id}\` **timed out**: rejected by ${actor} after its deadline ${gate.deadline}.`
        : `Gate \`${gate.gate_id}\` rejected by **${actor}** in environment \`${environment}\`${comment ? `: ${comment}` : ''}.`,
    });
  }
  if (late) {
    return recordDecision(inputs, ctx, paused, {
      decision: 'timed_out',
      actor: 'system',
      comment: `no decision before the deadline ${gate.deadline}`,
      at,
      source: `github-${inputs.channel}`,
      details: { ...common, deadline: gate.deadline },
      note: `Gate \`${gate.gate_id}\` **timed out**: no decision before its deadline ${gate.deadline}.`,
    });
  }
  const reason =
    verdict === undefined
      ? `gate ${gate.gate_id} was not resolved through approval channel ${inputs.channel} (no review history recorded for it, or not the environment channel); sealed by finalize`
      : verdict.kind === 'approved'
        ? `gate ${gate.gate_id} was approved in environment ${environment} by ${describeReviewers(verdict.reviewers).actor}, but the job that resumes the run did not finish it (see that job's log); sealed by finalize`
        : `gate ${gate.gate_id} was not reviewed: no approval or rejection is recorded for environment ${environment} in workflow run ${ctx.runId} since the gate opened (the review timed out or was cancelled, or the environment has no required reviewers); sealed by finalize`;
  const outcome: RunOutcome = await cancelRunFolder(paused.runDir, reason, {
    ...sessionOptions(inputs, ctx, paused.runDir),
    previousBundle: paused.bundleSha256,
  });
  outcomeOutputs(outcome);
  return finish(inputs, ctx, outcome, [`Run sealed as failed (cancelled): ${reason}.`], {});
}
