import * as fs from 'node:fs';
import { InputError } from '../core/errors.js';

/** A user as webhook payloads carry it. */
export interface EventUser {
  login: string;
  id: number;
  type: string;
}

/** The parts of a webhook payload the action reads (`issue_comment`, `workflow_dispatch`, `pull_request`, `issues`). */
export interface GitHubEvent {
  name: string;
  action?: string;
  comment?: {
    id: number;
    html_url: string;
    body: string;
    user: EventUser;
    created_at: string;
    updated_at: string;
  };
  issue?: { number: number; pull_request?: unknown };
  pull_request?: { number: number };
  sender?: EventUser;
  repository?: { default_branch?: string };
  inputs?: Record<string, unknown>;
}

/** Reads `GITHUB_EVENT_PATH` (the payload of the event that started the workflow run) and `GITHUB_EVENT_NAME`. */
export function readEvent(env: NodeJS.ProcessEnv = process.env): GitHubEvent {
  const file = env.GITHUB_EVENT_PATH;
  let payload: Record<string, unknown> = {};
  if (file) {
    try {
      payload = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;
    } catch (err) {
      throw new InputError(
        `GITHUB_EVENT_PATH ${file}: cannot read the event payload as JSON (${String(err)})`,
      );
    }
  }
  return { ...(payload as Omit<GitHubEvent, 'name'>), name: env.GITHUB_EVENT_NAME ?? '' };
}

/** The issue or pull request a gate is announced on: input `issue-number`, else the event's. */
export function threadNumber(explicit: number | undefined, event: GitHubEvent): number | undefined {
  return explicit ?? event.pull_request?.number ?? event.issue?.number;
}
