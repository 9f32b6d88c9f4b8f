import * as path from 'node:path';
import { InputError } from '../core/errors.js';
import type { Backend } from '../core/ports.js';
import { createBackend } from '../backends/index.js';
import { checkActorName } from '../core/self-approval.js';
import { checkActorText } from '../core/actor-name.js';
import type { CliIo } from './command.js';

/** Options shared by the commands that call a model. */
export const backendOptions = {
  backend: { type: 'string' },
  model: { type: 'string' },
  'base-url': { type: 'string' },
  'api-key': { type: 'string' },
  'replay-from': { type: 'string' },
  actor: { type: 'string' },
} as const;

/** Who acts: `--actor`, else AWO_ACTOR, else the GitHub actor, else the login name. */
export function actorOf(values: { actor?: string | boolean }, io: CliIo): string {
  const actor =
    typeof values.actor === 'string'
      ? values.actor
      : (io.env.AWO_ACTOR ?? io.env.GITHUB_ACTOR ?? io.env.USER ?? 'cli');
  if (actor.trim() === '') throw new InputError('--actor must not be empty');
  const where = typeof values.actor === 'string' ? '--actor' : 'the actor';
  checkActorText(actor, where);
  checkActorName(actor, where);
  return actor;
}

/** Builds the backend the options name (default `fallback`, usually echo). */
export function backendOf(
  values: Record<string, unknown>,
  io: CliIo,
  fallback = 'echo',
  runsDir?: string,
): Backend {
  const str = (key: string) => (typeof values[key] === 'string' ? values[key] : undefined);
  return createBackend(str('backend') ?? fallback, {
    model: str('model'),
    baseUrl: str('base-url'),
    apiKey: str('api-key'),
    replayFrom: str('replay-from') ? path.resolve(io.cwd, str('replay-from') as string) : undefined,
    env: io.env,
    runsDir,
  });
}
