import * as core from '@actions/core';
import { call, type Rest } from './github-rest.js';
import type { GitHubContext } from './github-context.js';

/** The login GitHub gives comments written with a workflow's `GITHUB_TOKEN`: the only trusted marker author. */
export const MARKER_AUTHOR = 'github-actions[bot]';

/**
 * What a gate comment says to the machine, inside an HTML comment of its body: where the paused bundle is
 * (workflow run, artifact, digest) while `state` is `pending`, or how the run ended afterwards. The latest
 * marker of a thread is the thread's current gate: a decision counts only for it, and only once.
 */
export interface GateMarker {
  v: 1;
  state: 'pending' | 'completed' | 'failed' | 'rejected';
  run_id: string;
  gate_id: string | null;
  workflow_run_id: string;
  artifact_name: string;
  bundle_sha256: string;
  min_approvals: number;
}

/** One comment of an issue or pull request, as `GET /repos/{owner}/{repo}/issues/{n}/comments` gives it. */
export interface ThreadComment {
  id: number;
  html_url: string;
  body: string;
  user: { login: string; id: number; type: string } | null;
  created_at: string;
  updated_at: string;
}

const MARK = /<!-- awo-gate (\{.*?\}) -->/s;

/** The marker comment body: a short text for people, the marker for the action. */
export function markerBody(marker: GateMarker, text: string): string {
  return `${text}\n\n<!-- awo-gate ${JSON.stringify(marker)} -->\n`;
}

/** The marker in a comment written by {@link MARKER_AUTHOR}; undefined for any other comment. */
export function parseMarker(comment: ThreadComment): GateMarker | undefined {
  if (comment.user?.login !== MARKER_AUTHOR || comment.user.type !== 'Bot') return undefined;
  const match = MARK.exec(comment.body);
  if (!match) return undefined;
  try {
    const marker = JSON.parse(match[1]) as GateMarker;
    return marker.v === 1 && typeof marker.run_id === 'string' ? marker : undefined;
  } catch {
    return undefined;
  }
}

/** The thread's current gate: its latest trusted marker and the comment that holds it. */
export function latestMarker(
  comments: readonly ThreadComment[],
): { marker: GateMarker; comment: ThreadComment } | undefined {
  let found: { marker: GateMarker; comment: ThreadComment } | undefined;
  for (const comment of comments) {
    const marker = parseMarker(comment);
    if (marker && (!found || comment.id > found.comment.id)) found = { marker, comment };
  }
  return found;
}

/** Most comments read from one thread (100 per page). */
const MAX_PAGES = 30;

/** Every comment of the issue or pull request, oldest first (needs `issues: read`). */
export async function listThread(rest: Rest, ctx: GitHubContext, issue: number): Promise<ThreadComment[]> {
  const all: ThreadComment[] = [];
  for (let page = 1; page <= MAX_PAGES; page++) {
    const batch = await call<ThreadComment[]>(
      `reading the comments of #${issue} in ${ctx.repository}`,
      'issues: read',
      () =>
        rest.request('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', {
          owner: ctx.owner,
          repo: ctx.repo,
          issue_number: issue,
          per_page: 100,
          page,
        }) as Promise<{ data: ThreadComment[] }>,
    );
    all.push(...batch);
    if (batch.length < 100) break;
  }
  return all.sort((a, b) => a.id - b.id);
}

/** Posts a marker comment on the issue or pull request (needs `issues: write` or `pull-requests: write`). */
export async function postMarker(
  rest: Rest,
  ctx: GitHubContext,
  issue: number,
  marker: GateMarker,
  text: string,
): Promise<void> {
  const posted = await call<{ html_url: string }>(
    `posting gate ${marker.gate_id ?? marker.state} of run ${marker.run_id} on #${issue}`,
    'issues: write (pull-requests: write for a pull request)',
    () =>
      rest.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
        owner: ctx.owner,
        repo: ctx.repo,
        issue_number: issue,
        body: markerBody(marker, text),
      }),
  );
  core.info(`Posted ${marker.state} marker for run ${marker.run_id} on #${issue}: ${posted.html_url}`);
}

/** A user's permission on the repository (`repos/get-collaborator-permission-level`): `admin`, `write`, `read` or `none`. */
export async function permissionOf(rest: Rest, ctx: GitHubContext, login: string): Promise<string> {
  const answer = await call<{ permission?: string }>(
    `reading the permission of ${login} on ${ctx.repository}`,
    'contents: read (metadata)',
    () =>
      rest.request('GET /repos/{owner}/{repo}/collaborators/{username}/permission', {
        owner: ctx.owner,
        repo: ctx.repo,
        username: login,
      }),
  );
  return answer.permission ?? 'none';
}

/** `write`, `maintain` (reported as `write`) and `admin` may decide. */
export const canDecide = (permission: string): boolean => permission === 'write' || permission === 'admin';
