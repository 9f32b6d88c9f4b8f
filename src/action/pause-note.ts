import * as core from '@actions/core';
import type { GitHubContext } from './github-context.js';
import type { ActionInputs } from './inputs.js';

/** The gate a run stopped at, as the summary names it. */
export interface PausedGate {
  gate_id: string;
  environment: string | null;
  min_approvals?: number;
}

/**
 * How to continue a paused run through this action's own channel (never the CLI's `awo approve`): the
 * environment's reviewers, a `/awo approve` comment, or a `workflow_dispatch` of the approval workflow.
 */
export function continueText(
  inputs: ActionInputs,
  ctx: GitHubContext,
  gate: PausedGate,
  thread: number | undefined,
): string {
  const quorum = Math.max(gate.min_approvals ?? 1, inputs.minApprovals ?? 1);
  const people = quorum > 1 ? `${quorum} distinct users` : 'a user';
  if (inputs.channel === 'comment')
    return `To continue: ${people} with write permission comment \`/awo approve <comment>\` on ${thread ? `#${thread}` : "the gate's issue"} (or \`/awo reject <comment>\` to stop the run).`;
  if (inputs.channel === 'dispatch')
    return `To continue: ${people} with write access run the approval workflow (workflow_dispatch, default branch) with workflow-run-id \`${ctx.runId}\`, this job's bundle-sha256 and decision \`approve\` (or \`reject\`).`;
  const env = inputs.environment ?? gate.environment ?? 'awo-audit';
  return `To continue: a reviewer of environment \`${env}\` must approve the job that resumes it (mode: resume)${quorum > 1 ? `; ${quorum} distinct approvers are needed, one per attempt of that job` : ''}; rejecting it stops the run (mode: finalize).`;
}

/** What the summary says first about a paused run, also shown as a `::notice` so the pause is visible in the run's annotations. */
export function pauseNotes(
  status: string,
  gate: PausedGate | null,
  inputs: ActionInputs,
  ctx: GitHubContext,
  thread?: number,
): string[] {
  if (status !== 'paused' || !gate) return [];
  const env = inputs.environment ?? gate.environment ?? 'awo-audit';
  const where =
    inputs.channel === 'environment'
      ? `a reviewer of environment \`${env}\` must approve the job that resumes it (mode: resume).`
      : `it waits for a decision through the ${inputs.channel} channel.`;
  const text = `Paused at gate \`${gate.gate_id}\`: ${where}`;
  core.notice(`${text} ${continueText(inputs, ctx, gate, thread)}`.replace(/`/g, ''), {
    title: 'AWO run paused for review',
  });
  return [text];
}
