import * as runner from './runner.js';
import { InputError } from '../core/errors.js';
import { readScaleOutInputs, type ScaleOutInputs } from './scale-out-inputs.js';

/** The action's modes (README.md#github-action). */
export const modes = ['run', 'resume', 'finalize', 'verify', 'plan', 'shard', 'merge'] as const;
export type Mode = (typeof modes)[number];

/** The action's inputs, read once and checked (kebab-case names as in action.yml). */
export interface ActionInputs {
  mode: Mode;
  workflow: string;
  /** Unset: the run's recorded backend when continuing a run, else `echo`. */
  backend: string | undefined;
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
  /** Sign each uploaded bundle with a Sigstore attestation (needs id-token: write, attestations: write). */
  attest: boolean;

  /** Scale-out (`plan`, `shard`, `merge`): see scale-out-inputs.ts. */
  scaleOut: ScaleOutInputs;

  channel: Channel;
  issueNumber: number | undefined;
  minApprovals: number | undefined;
  approvers: string[];
  workflowRunId: string | undefined;
  decision: 'approve' | 'reject' | undefined;
  comment: string;
}

/** How a paused gate is reviewed (input `approval-channel`). */
export const channels = ['environment', 'comment', 'dispatch'] as const;
export type Channel = (typeof channels)[number];

function positiveInt(name: string, max: number): number | undefined {
  const raw = runner.getInput(name).trim();
  if (raw === '') return undefined;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1 || value > max)
    throw new InputError(`input ${name} must be a whole number from 1 to ${max}, got ${JSON.stringify(raw)}`);
  return value;
}

const optional = (name: string): string | undefined => {
  const value = runner.getInput(name);
  return value === '' ? undefined : value;
};

/** Masks the secrets first, so nothing logged afterwards can show them. */
export function maskSecrets(): void {
  for (const name of ['api-key', 'token']) {
    const value = runner.getInput(name);
    if (value !== '') runner.setSecret(value);
  }
}

function booleanInput(name: string): boolean {
  const value = runner.getInput(name).trim().toLowerCase();
  if (value === '' || value === 'false') return false;
  if (value === 'true') return true;
  throw new InputError(`input ${name} must be true or false, got ${JSON.stringify(runner.getInput(name))}`);
}

function retention(): number {
  const raw = runner.getInput('retention-days').trim();
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
  const mode = (runner.getInput('mode') || 'run').trim() as Mode;
  if (!modes.includes(mode))
    throw new InputError(`input mode must be one of ${modes.join(', ')}, got ${JSON.stringify(mode)}`);
  const inputs: ActionInputs = {
    mode,
    workflow: runner.getInput('workflow').trim(),
    backend: optional('backend')?.trim(),
    model: optional('model'),
    baseUrl: optional('base-url'),
    apiKey: optional('api-key'),
    token: optional('token'),
    policy: optional('policy'),
    runsDir: (runner.getInput('runs-dir') || 'runs').trim(),
    runId: optional('run-id'),
    bundleSha256: optional('bundle-sha256')?.trim(),
    bundlePath: optional('bundle-path'),
    artifactName: optional('artifact-name')?.trim(),
    retentionDays: retention(),
    allowSelfApproval: booleanInput('allow-self-approval'),
    environment: optional('environment')?.trim(),
    attest: booleanInput('attest'),
    scaleOut: readScaleOutInputs(mode),
    channel: (runner.getInput('approval-channel').trim() || 'environment') as Channel,
    issueNumber: positiveInt('issue-number', 2 ** 31 - 1),
    minApprovals: positiveInt('min-approvals', 20),
    approvers: runner
      .getInput('approvers')
      .split(',')
      .map((login) => login.trim())
      .filter(Boolean),
    workflowRunId: optional('workflow-run-id')?.trim(),
    decision: undefined,
    comment: runner.getInput('comment'),
  };
  if (!channels.includes(inputs.channel))
    throw new InputError(
      `input approval-channel must be one of ${channels.join(', ')}, got ${JSON.stringify(inputs.channel)}`,
    );
  const decision = runner.getInput('decision').trim();
  if (decision !== '') {
    if (decision !== 'approve' && decision !== 'reject')
      throw new InputError(`input decision must be approve or reject, got ${JSON.stringify(decision)}`);
    inputs.decision = decision;
  }
  if (mode === 'resume' && inputs.channel === 'dispatch') {
    if (!inputs.decision || !inputs.workflowRunId || !/^\d+$/.test(inputs.workflowRunId))
      throw new InputError(
        'approval-channel dispatch needs inputs decision (approve or reject) and workflow-run-id (the id of the workflow run that paused, digits), with bundle-sha256',
      );
  }
  // Channel comment reads the digest from the gate's marker on the thread; everything else is given it.
  const needsDigest = mode === 'finalize' || (mode === 'resume' && inputs.channel !== 'comment');
  if ((mode === 'run' || inputs.scaleOut.mode !== undefined) && inputs.workflow === '')
    throw new InputError(
      `input workflow is required in mode ${mode}: the path of the workflow JSON file, relative to the workspace`,
    );
  if (inputs.bundleSha256 !== undefined && !SHA256.test(inputs.bundleSha256)) {
    throw new InputError(
      `input bundle-sha256 must be sha256:<64 hex> (the bundle-sha256 output of the job that uploaded the bundle), got ${JSON.stringify(inputs.bundleSha256)}`,
    );
  }
  if (needsDigest && inputs.bundleSha256 === undefined) {
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
