import { createHash } from 'node:crypto';
import * as core from '@actions/core';
import { InputError } from '../core/errors.js';
import { hasActor, sameActorAs } from '../core/self-approval.js';
import { ACTION_INPUT_OVERRIDE, pastDeadline, recordDecision } from './gate-outcome.js';
import {
  canDecide,
  latestMarker,
  listThread,
  MARKER_AUTHOR,
  permissionOf,
  type ThreadComment,
} from './gate-thread.js';
import type { GitHubContext } from './github-context.js';
import { readEvent, type EventUser } from './github-event.js';
import { restClient, type Rest } from './github-rest.js';
import type { ActionInputs } from './inputs.js';
import type { StepResult } from './outcome.js';
import { fetchPausedRun, type PausedRun } from './paused-bundle.js';
import { Refusal } from './refusal.js';

/** `/awo approve <comment>` or `/awo reject <comment>` on the comment's first line. */
export function parseCommand(
  body: string,
): { decision: 'approved' | 'rejected'; comment: string } | undefined {
  const match = /^\s*\/awo\s+(approve|reject)\b[ \t]*(.*)$/m.exec(body.split(/\r?\n/)[0] ?? '');
  if (!match) return undefined;
  return { decision: match[1] === 'approve' ? 'approved' : 'rejected', comment: match[2].trim() };
}

const isBot = (user: EventUser | { login: string; type: string } | null): boolean =>
  !user || user.type === 'Bot' || user.login.endsWith('[bot]');
const sha256 = (text: string): string => `sha256:${createHash('sha256').update(text, 'utf8').digest('hex')}`;

/** Why one decision comment does not count, or undefined when it does. */
async function refusalOf(
  comment: ThreadComment,
  rest: Rest,
  ctx: GitHubContext,
  inputs: ActionInputs,
  self: Set<string>,
  permissions: Map<string, string>,
): Promise<string | undefined> {
  const user = comment.user;
  if (!user || isBot(user)) return `it was written by a bot (${user?.login ?? 'deleted user'})`;
  if (comment.updated_at !== comment.created_at)
    return `it was edited after it was written (created ${comment.created_at}, updated ${comment.updated_at}); write a new comment`;
  if (hasActor(self, user.login) && !inputs.allowSelfApproval)
    return `${user.login} started this run or opened the gate, and a gate needs an independent reviewer (allow-self-approval is not true)`;
  const listed = inputs.approvers.some((login) => sameActorAs(login, user.login));
  if (!listed) {
    let permission = permissions.get(user.login);
    if (permission === undefined) {
      permission = await permissionOf(rest, ctx, user.login);
      permissions.set(user.login, permission);
    }
    if (!canDecide(permission))
      return `${user.login} has ${permission} permission on ${ctx.repository}; deciding needs write, maintain or admin (or a login in input approvers)`;
  }
  return undefined;
}

/** The decision comments after the marker that count, and what was refused, in thread order. */
interface Tally {
  counted: { comment: ThreadComment; decision: 'approved' | 'rejected'; text: string }[];
  refused: { comment: ThreadComment; why: string }[];
}

/**
 * Channel `comment`, in a workflow `on: issue_comment`: the triggering comment must be `/awo approve|reject`,
 * unedited, by a person with write permission (or in `approvers`) who did not start the run. The paused
 * bundle is the one the thread's latest marker (written by `github-actions[bot]`) names, found in the
 * workflow run that uploaded it and checked by digest before anything in it is read. Decision comments after
 * that marker are tallied: a counted rejection rejects the gate; `min-approvals` distinct counted approvers
 * approve it; fewer leave it pending (success, nothing changed). Each counted comment is recorded with its
 * id, URL, author login and id, `created_at` (the decision time) and the SHA-256 of its body.
 */
export async function commentResume(inputs: ActionInputs, ctx: GitHubContext): Promise<StepResult> {
  const event = readEvent();
  if (event.name !== 'issue_comment' || !event.comment || !event.issue)
    throw new InputError(
      `approval-channel comment runs on the issue_comment event (on: issue_comment, types: [created]), not ${event.name || 'no event'}`,
    );
  const command = parseCommand(event.comment.body);
  if (!command) {
    core.info('The comment is not an /awo approve or /awo reject command; nothing to do.');
    return {};
  }
  if (event.action !== 'created')
    throw new Refusal(
      `comment ${event.comment.id} was ${event.action ?? 'changed'}, not created: an edited comment is not a decision; write a new /awo ${command.decision === 'approved' ? 'approve' : 'reject'} comment. Nothing was changed.`,
    );
  if (isBot(event.comment.user))
    throw new Refusal(
      `comment ${event.comment.id} was written by a bot (${event.comment.user.login}); only people decide gates. Nothing was changed.`,
    );
  const rest = restClient(ctx, inputs.token as string);
  const issue = event.issue.number;
  const thread = await listThread(rest, ctx, issue);
  const current = latestMarker(thread);
  if (!current)
    throw new Refusal(`#${issue} holds no AWO gate posted by ${MARKER_AUTHOR}; nothing was changed.`);
  const { marker } = current;
  if (marker.state !== 'pending' || marker.gate_id === null)
    throw new Refusal(
      `the latest AWO gate on #${issue} (run ${marker.run_id}) is already ${marker.state}; a gate is decided once. Nothing was changed.`,
    );
  const mine = thread.find((comment) => comment.id === event.comment!.id);
  if (!mine || mine.id < current.comment.id)
    throw new Refusal(
      `comment ${event.comment.id} was written before gate ${marker.gate_id} was posted (comment ${current.comment.id}) or is gone; decide with a new comment. Nothing was changed.`,
    );
  if (mine.body !== event.comment.body || mine.updated_at !== mine.created_at)
    throw new Refusal(
      `comment ${mine.id} was edited after it was written (created ${mine.created_at}, updated ${mine.updated_at}); an edited comment is not a decision. Nothing was changed.`,
    );
  const paused = await fetchPausedRun(inputs, ctx, {
    artifactName: marker.artifact_name,
    runId: marker.run_id,
    sha256: marker.bundle_sha256,
    find: {
      findBy: {
        token: inputs.token as string,
        workflowRunId: Number(marker.workflow_run_id),
        repositoryOwner: ctx.owner,
        repositoryName: ctx.repo,
      },
    },
  });
  if (paused.gate.gate_id !== marker.gate_id)
    throw new Refusal(
      `the bundle of run ${paused.runId} waits at gate ${paused.gate.gate_id}, but #${issue} announces gate ${marker.gate_id}; nothing was changed.`,
    );
  // GITHUB_ACTOR here is the commenter; who drove the run is in the bundle's audit trail.
  const self = paused.requesters;
  const tally = await tallyThread(thread, current.comment.id, rest, ctx, inputs, self);
  const own = tally.refused.find((entry) => entry.comment.id === mine.id);
  if (own) throw new Refusal(`comment ${mine.id} does not count: ${own.why}. Nothing was changed.`);
  return decide(inputs, ctx, paused, tally, issue, marker.workflow_run_id);
}

async function tallyThread(
  thread: readonly ThreadComment[],
  after: number,
  rest: Rest,
  ctx: GitHubContext,
  inputs: ActionInputs,
  self: Set<string>,
): Promise<Tally> {
  const tally: Tally = { counted: [], refused: [] };
  const permissions = new Map<string, string>();
  for (const comment of thread) {
    if (comment.id <= after) continue;
    const command = parseCommand(comment.body);
    if (!command) continue;
    const why = await refusalOf(comment, rest, ctx, inputs, self, permissions);
    if (why) tally.refused.push({ comment, why });
    else tally.counted.push({ comment, decision: command.decision, text: command.comment });
  }
  return tally;
}

async function decide(
  inputs: ActionInputs,
  ctx: GitHubContext,
  paused: PausedRun,
  tally: Tally,
  issue: number,
  pausedIn: string,
): Promise<StepResult> {
  const { gate } = paused;
  const rejection = tally.counted.find((entry) => entry.decision === 'rejected');
  const approvals: Tally['counted'] = [];
  for (const entry of tally.counted)
    if (
      entry.decision === 'approved' &&
      !approvals.some((known) => sameActorAs(known.comment.user!.login, entry.comment.user!.login))
    )
      approvals.push(entry);
  const decisive = rejection ? [rejection] : approvals;
  if (!rejection && approvals.length < paused.minApprovals) {
    const text = `gate ${gate.gate_id} of run ${paused.runId} has ${approvals.length} of ${paused.minApprovals} distinct approvals (${approvals.map((a) => a.comment.user!.login).join(', ')}); it stays pending until more users with write permission comment /awo approve`;
    core.notice(text, { title: 'AWO gate waits for more approvals' });
    await core.summary
      .addRaw(`> ${text}\n`, true)
      .write()
      .catch(() => undefined);
    return {};
  }
  const at = decisive
    .map((entry) => entry.comment.created_at)
    .sort()
    .at(-1) as string;
  const late = pastDeadline(gate, at);
  const approvers = decisive.map((entry) => entry.comment.user!.login);
  const actor = approvers.join(', ');
  // allow-self-approval let a requester's approval count (refusalOf): the override is recorded.
  const selfCounted = !rejection && approvers.some((login) => hasActor(paused.requesters, login));
  const comment =
    decisive.length === 1
      ? decisive[0].text
      : decisive.map((e) => `${e.comment.user!.login}: ${e.text}`).join('; ');
  const decided = rejection ? 'rejected' : 'approved';
  return recordDecision(
    inputs,
    ctx,
    paused,
    {
      decision: late ? 'timed_out' : decided,
      actor,
      comment,
      at,
      source: 'github-comment',
      details: {
        issue_number: issue,
        comments: decisive.map(({ comment: c, decision }) => ({
          id: c.id,
          url: c.html_url,
          login: c.user!.login,
          user_id: c.user!.id,
          created_at: c.created_at,
          body_sha256: sha256(c.body),
          decision,
        })),
        refused: tally.refused.map(({ comment: c, why }) => ({
          id: c.id,
          login: c.user?.login ?? null,
          why,
        })),
        ...(rejection ? {} : { approvers }),
        min_approvals: paused.minApprovals,
        at_source: 'created_at of the decisive comment',
        paused_workflow_run_id: pausedIn,
        github_run_id: ctx.runId,
        github_job: ctx.job,
        ...(selfCounted ? ACTION_INPUT_OVERRIDE : {}),
        ...(late ? { deadline: gate.deadline, decided } : {}),
      },
      note: late
        ? `Gate \`${gate.gate_id}\` **timed out**: ${decided} by ${actor} at ${at}, after its deadline ${gate.deadline}.`
        : `Gate \`${gate.gate_id}\` ${decided} by **${actor}** on #${issue}${comment ? `: ${comment}` : ''}.`,
    },
    issue,
  );
}
