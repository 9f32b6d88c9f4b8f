import * as core from '@actions/core';
import type { RunOutcome } from '../core/engine.js';
import type { GateDecision, GateRecord } from '../core/run-state.js';
import { OVERRIDE_GRANTS, SELF_APPROVAL_OVERRIDE } from '../core/self-approval.js';
import { continueRun, decideGate } from '../store/run-service.js';
import { annotate } from './annotations.js';
import { gateContext, warnNoBaseline } from './gate-context.js';
import { postMarker, type GateMarker } from './gate-thread.js';
import type { GitHubContext } from './github-context.js';
import { restClient } from './github-rest.js';
import type { ActionInputs, Channel } from './inputs.js';
import { outcomeOutputs, resultOf, type StepResult } from './outcome.js';
import { continueText, pauseNotes } from './pause-note.js';
import type { PausedRun } from './paused-bundle.js';
import { attestAfterUpload } from './attest-step.js';
import { publish } from './publish.js';
import { sessionOptions } from './session.js';

/** A decision one channel arrived at, ready to be recorded as the gate's resolution. */
export interface ChannelDecision {
  decision: GateDecision;
  actor: string;
  comment: string;
  /** When the decision was made, and `details.at_source` says by whose clock. */
  at: string;
  source: `github-${Channel}`;
  details: Record<string, unknown>;
  /** The summary's first line about it. */
  note: string;
}

/** True when `at` is after the gate's deadline. */
export const pastDeadline = (gate: GateRecord, at: string): boolean =>
  gate.deadline !== null && Date.parse(at) > Date.parse(gate.deadline);

/** The time the resuming job's clock shows, for channels whose decision carries none. */
export const jobClock = (): string => new Date().toISOString();

/** What a resolution records when input `allow-self-approval` let a requester's approval count. */
export const ACTION_INPUT_OVERRIDE = {
  [SELF_APPROVAL_OVERRIDE]: true,
  self_approval_allowed_by: OVERRIDE_GRANTS.actionInput,
};

/**
 * Records the decision as the gate's resolution, continues an approved run to its end or next gate (new
 * gates record this job's context), uploads the new bundle, and on the comment channel posts the new state on
 * the gate's thread, so the thread's latest marker always names the gate that is open now.
 */
export async function recordDecision(
  inputs: ActionInputs,
  ctx: GitHubContext,
  paused: PausedRun,
  decision: ChannelDecision,
  thread?: number,
): Promise<StepResult> {
  const context = await gateContext(inputs, ctx);
  // The bundle's digest was checked before anything in it was read: the session records it in the chain
  // beside the checkpoint of the stop it continues.
  const session = {
    ...sessionOptions(inputs, ctx, paused.runDir),
    gateContext: context,
    previousBundle: paused.bundleSha256,
  };
  const { note, ...resolution } = decision;
  let outcome: RunOutcome = await decideGate(paused.runDir, resolution, session);
  if (decision.decision === 'approved') {
    core.info(`Gate ${paused.gate.gate_id} approved by ${decision.actor}; resuming run ${paused.runId}`);
    outcome = await continueRun(paused.runDir, 'resume', session);
    annotate(outcome);
  }
  outcomeOutputs(outcome);
  return finish(inputs, ctx, outcome, [note], { ...context, closes_gate: true }, thread);
}

/** Uploads the outcome's bundle with the channel's notes, and posts its marker on the comment channel. */
export async function finish(
  inputs: ActionInputs,
  ctx: GitHubContext,
  outcome: RunOutcome,
  notes: string[],
  context: Record<string, unknown>,
  thread?: number,
): Promise<StepResult> {
  const gate = outcome.status === 'paused' ? outcome.gate : null;
  warnNoBaseline(context, gate?.gate_id);
  const all = [...notes, ...pauseNotes(outcome.status, gate, inputs, ctx, thread)];
  const next = gate ? continueText(inputs, ctx, gate, thread) : undefined;
  const published = await publish(outcome.runDir, outcome.status, ctx, inputs.retentionDays, all, {
    continueText: next,
    afterUpload: attestAfterUpload(inputs, ctx),
  });
  // A run that never paused has nothing to say on the thread; a decided gate always closes its marker.
  const announce = gate !== null || context.closes_gate === true;
  if (inputs.channel === 'comment' && thread !== undefined && inputs.token && announce) {
    const marker: GateMarker = {
      v: 1,
      state: outcome.status === 'paused' ? 'pending' : (outcome.status as GateMarker['state']),
      run_id: outcome.runId,
      gate_id: gate?.gate_id ?? null,
      workflow_run_id: ctx.runId,
      artifact_name: published.name,
      bundle_sha256: published.sha256,
      min_approvals: Math.max(gate?.min_approvals ?? 1, inputs.minApprovals ?? 1),
    };
    const text = gate
      ? [
          `### AWO run \`${outcome.runId}\` is waiting at gate \`${gate.gate_id}\``,
          '',
          gate.checklist ? `Checklist: \`${gate.checklist}\`.` : '',
          `Evidence: artifact [\`${published.name}\`](${published.url}) of workflow run ${ctx.runId}, \`${published.sha256}\`.`,
          gate.deadline ? `Deadline: ${gate.deadline}.` : '',
          '',
          continueText(inputs, ctx, gate, thread),
        ]
          .filter((line, i, lines) => line !== '' || lines[i - 1] !== '')
          .join('\n')
      : `### AWO run \`${outcome.runId}\` is ${outcome.status}\n\n${notes.join('\n')}\n\nEvidence: artifact [\`${published.name}\`](${published.url}), \`${published.sha256}\`.`;
    await postMarker(restClient(ctx, inputs.token), ctx, thread, marker, text);
  }
  return resultOf(outcome, published.name);
}
