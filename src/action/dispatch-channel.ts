import { InputError } from '../core/errors.js';
import { hasActor, sameActorAs } from '../core/self-approval.js';
import { ACTION_INPUT_OVERRIDE, jobClock, pastDeadline, recordDecision } from './gate-outcome.js';
import { canDecide, permissionOf } from './gate-thread.js';
import type { GitHubContext } from './github-context.js';
import { readEvent } from './github-event.js';
import { restClient } from './github-rest.js';
import type { ActionInputs } from './inputs.js';
import type { StepResult } from './outcome.js';
import { fetchPausedRun } from './paused-bundle.js';
import { Refusal } from './refusal.js';

/**
 * Channel `dispatch`, in a workflow `on: workflow_dispatch`: the approver is the user who dispatched it
 * (the event's `sender`), who needs write permission (or to be in `approvers`) and must not have started the
 * run; the workflow must run from the repository's default branch (a branch could carry an edited approval
 * workflow). The paused bundle is found in `workflow-run-id` and checked against `bundle-sha256` before
 * anything in it is read. A dispatch decides alone: a gate needing several approvers is refused here.
 */
export async function dispatchResume(inputs: ActionInputs, ctx: GitHubContext): Promise<StepResult> {
  const event = readEvent();
  if (event.name !== 'workflow_dispatch' || !event.sender)
    throw new InputError(
      `approval-channel dispatch runs on the workflow_dispatch event, not ${event.name || 'no event'}`,
    );
  const defaultBranch = event.repository?.default_branch;
  const ref = process.env.GITHUB_REF ?? '';
  if (!defaultBranch || ref !== `refs/heads/${defaultBranch}`)
    throw new Refusal(
      `the approval workflow ran from ${ref || 'an unknown ref'}, not the default branch ${defaultBranch ?? '(unknown)'}; dispatch it from the default branch. Nothing was changed.`,
    );
  const approver = event.sender;
  const rest = restClient(ctx, inputs.token as string);
  const listed = inputs.approvers.some((login) => sameActorAs(login, approver.login));
  const permission = listed ? 'listed' : await permissionOf(rest, ctx, approver.login);
  if (!listed && !canDecide(permission))
    throw new Refusal(
      `${approver.login} has ${permission} permission on ${ctx.repository}; deciding needs write, maintain or admin (or a login in input approvers). Nothing was changed.`,
    );
  const paused = await fetchPausedRun(inputs, ctx, {
    artifactName: inputs.artifactName,
    runId: inputs.runId,
    sha256: inputs.bundleSha256 as string,
    find: {
      findBy: {
        token: inputs.token as string,
        workflowRunId: Number(inputs.workflowRunId),
        repositoryOwner: ctx.owner,
        repositoryName: ctx.repo,
      },
    },
  });
  const { gate } = paused;
  const approving = inputs.decision === 'approve';
  if (approving && hasActor(paused.requesters, approver.login) && !inputs.allowSelfApproval)
    throw new Refusal(
      `${approver.login} started run ${paused.runId} or opened gate ${gate.gate_id}; an independent reviewer must approve, so nothing was changed (allow-self-approval: true accepts it, recorded as an override).`,
    );
  if (approving && paused.minApprovals > 1)
    throw new Refusal(
      `gate ${gate.gate_id} needs ${paused.minApprovals} distinct approvers; a dispatch carries one, so use approval-channel comment or environment for it. Nothing was changed.`,
    );
  const at = jobClock();
  const late = pastDeadline(gate, at);
  const decided = approving ? 'approved' : 'rejected';
  return recordDecision(inputs, ctx, paused, {
    decision: late ? 'timed_out' : decided,
    actor: approver.login,
    comment: inputs.comment,
    at,
    source: 'github-dispatch',
    details: {
      dispatcher: { login: approver.login, id: approver.id },
      permission,
      ref,
      paused_workflow_run_id: inputs.workflowRunId,
      github_run_id: ctx.runId,
      github_run_attempt: ctx.runAttempt,
      at_source: 'clock of the resuming job',
      ...(hasActor(paused.requesters, approver.login) && approving ? ACTION_INPUT_OVERRIDE : {}),
      ...(late ? { deadline: gate.deadline, decided } : {}),
    },
    note: late
      ? `Gate \`${gate.gate_id}\` **timed out**: ${decided} by ${approver.login} at ${at}, after its deadline ${gate.deadline}.`
      : `Gate \`${gate.gate_id}\` ${decided} by **${approver.login}** (workflow_dispatch)${inputs.comment ? `: ${inputs.comment}` : ''}.`,
  });
}
