import * as core from '@actions/core';
import { InputError } from '../core/errors.js';

/** The action's modes (README.md#github-action). */
export const modes = ['run', 'resume', 'finalize', 'verify'] as const;
export type Mode = (typeof modes)[number];

/** The action's inputs, read once and checked (kebab-case names as in action.yml). */
export interface ActionInputs {
  mode: Mode;
  workflow: string;
  backend: string;
  model: string | undefined;
  baseUrl: string | undefined;
  apiKey: string | undefined;
  token: string | undefined;
  policy: string | undefined;
  runsDir: string;
  /** AWO run id (`run_...`): narrows which bundle of this workflow run `resume`/`finalize`/`verify` use. */
  runId: string | undefined;
  bundleSha256: string | undefined;
  bundlePath: string | undefined;
  artifactName: string | undefined;
  /** 0: the repository's default retention. */
  retentionDays: number;
  allowSelfApproval: boolean;
  environment: string | undefined;
}

const optional = (name: string): string | undefined => {
  const value = core.getInput(name);
  return value === '' ? undefined : value;
};

/** Masks the secrets first, so nothing logged afterwards can show them. */
export function maskSecrets(): void {
  for (const name of ['api-key', 'token']) {
    const value = core.getInput(name);
    if (value !== '') core.setSecret(value);
  }
}

function booleanInput(name: string): boolean {
  const value = core.getInput(name).trim().toLowerCase();
  if (value === '' || value === 'false') return false;
  if (value === 'true') return true;
  throw new InputError(`input ${name} must be true or false, got ${JSON.stringify(core.getInput(name))}`);
}

function retention(): number {
  const raw = core.getInput('retention-days').trim();
  if (raw === '') return 0;
  const days = Number(raw);
  if (!Number.isInteger(days) || days < 0 || days > 90) {
    throw new InputError(
      `input retention-days must be a whole number of days from 1 to 90 (0 or empty: the repository default), got ${JSON.stringify(raw)}`,
    );
  }
  return days;
}

const SHA256 = /^(sha256:)?[0-9a-fA-F]{64}$/;

/** Reads and checks every input; mode-specific requirements are checked here too, before anything runs. */
export function readInputs(): ActionInputs {
  const mode = (core.getInput('mode') || 'run').trim() as Mode;
  if (!modes.includes(mode))
    throw new InputError(`input mode must be one of ${modes.join(', ')}, got ${JSON.stringify(mode)}`);
  const inputs: ActionInputs = {
    mode,
    workflow: core.getInput('workflow').trim(),
    backend: (core.getInput('backend') || 'echo').trim(),
    model: optional('model'),
    baseUrl: optional('base-url'),
    apiKey: optional('api-key'),
    token: optional('token'),
    policy: optional('policy'),
    runsDir: (core.getInput('runs-dir') || 'runs').trim(),
    runId: optional('run-id'),
    bundleSha256: optional('bundle-sha256')?.trim(),
    bundlePath: optional('bundle-path'),
    artifactName: optional('artifact-name')?.trim(),
    retentionDays: retention(),
    allowSelfApproval: booleanInput('allow-self-approval'),
    environment: optional('environment')?.trim(),
  };
  if (mode === 'run' && inputs.workflow === '')
    throw new InputError(
      'input workflow is required in mode run: the path of the workflow JSON file, relative to the workspace',
    );
  if (inputs.bundleSha256 !== undefined && !SHA256.test(inputs.bundleSha256)) {
    throw new InputError(
      `input bundle-sha256 must be sha256:<64 hex> (the bundle-sha256 output of the job that uploaded the bundle), got ${JSON.stringify(inputs.bundleSha256)}`,
    );
  }
  if ((mode === 'resume' || mode === 'finalize') && inputs.bundleSha256 === undefined) {
    throw new InputError(
      `input bundle-sha256 is required in mode ${mode}: pass the bundle-sha256 output of the job that paused (e.g. \${{ needs.run.outputs.bundle-sha256 }}); the paused bundle is refused unless its digest equals it`,
    );
  }
  if ((mode === 'resume' || mode === 'finalize') && inputs.token === undefined) {
    throw new InputError(
      `input token is required in mode ${mode} (default \${{ github.token }}, with permissions: actions: read) to read the approvals of this workflow run`,
    );
  }
  if (inputs.bundleSha256 !== undefined)
    inputs.bundleSha256 = `sha256:${inputs.bundleSha256.replace(/^sha256:/, '').toLowerCase()}`;
  return inputs;
}
