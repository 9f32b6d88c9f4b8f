import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse } from 'yaml';
import { cleanEnv, REPO_ROOT } from '../servers/client-process.js';
import { readFileCommands, type GitHubJob } from '../servers/start-github.js';

/** What one run of a built entry point left behind, read the way the runner reads it. */
export interface StepRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** `GITHUB_OUTPUT` after the step. */
  outputs: Record<string, string>;
  /** `GITHUB_STEP_SUMMARY` after the step. */
  summary: string;
  /** `GITHUB_STATE` after the step. */
  state: Record<string, string>;
  /** Workflow commands the step printed (`::warning ...::msg`, `::error ...::msg`, `::add-mask::...`). */
  commands: { command: string; properties: string; message: string }[];
  /** The `::error::` message core.setFailed printed, if any. */
  failure: string | undefined;
}

interface ActionInputSpec {
  default?: string;
}

/**
 * The defaults action.yml declares, as the runner resolves them (`${{ github.token }}` becomes the
 * job's token); every input the runner passes becomes `INPUT_<NAME>` with the name upper-cased.
 */
export function inputEnv(inputs: Record<string, string>, token: string): Record<string, string> {
  const action = parse(fs.readFileSync(path.join(REPO_ROOT, 'action.yml'), 'utf8')) as {
    inputs: Record<string, ActionInputSpec>;
  };
  const env: Record<string, string> = {};
  for (const [name, spec] of Object.entries(action.inputs)) {
    const value = inputs[name] ?? (spec.default ?? '').replace('${{ github.token }}', token);
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  }
  for (const name of Object.keys(inputs)) {
    if (!(name in action.inputs)) throw new Error(`input ${name} is not declared in action.yml`);
  }
  return env;
}

function unescape(text: string): string {
  return text
    .replace(/%0D/g, '\r')
    .replace(/%0A/g, '\n')
    .replace(/%3A/g, ':')
    .replace(/%2C/g, ',')
    .replace(/%25/g, '%');
}

function parseCommands(stdout: string): StepRun['commands'] {
  const commands: StepRun['commands'] = [];
  for (const line of stdout.split('\n')) {
    const match = /^::([a-z-]+)( [^:]*)?::(.*)$/.exec(line);
    if (match)
      commands.push({
        command: match[1],
        properties: unescape(match[2]?.trim() ?? ''),
        message: unescape(match[3]),
      });
  }
  return commands;
}

/** Options for {@link startStep}. */
export interface StepOptions {
  node: string;
  job: GitHubJob;
  token: string;
  /** Which of action.yml's `runs` entries the runner starts: `main`, or `post` (the same file today). */
  entry: 'main' | 'post';
  inputs?: Record<string, string>;
  /** `STATE_*` for a post step: what the main step saved (the runner passes it this way). */
  state?: Record<string, string>;
  extraEnv?: Record<string, string>;
}

let stepCounter = 0;

/** The file action.yml names for its main or post step. */
export function actionEntry(step: 'main' | 'post'): string {
  const action = parse(fs.readFileSync(path.join(REPO_ROOT, 'action.yml'), 'utf8')) as {
    runs: Record<'main' | 'post', string>;
  };
  return path.join(REPO_ROOT, action.runs[step]);
}

/** Starts action.yml's main or post entry under Node 24 with the runner's environment; resolves when it exits. */
export function startStep(options: StepOptions): { child: ChildProcess; done: Promise<StepRun> } {
  const { job } = options;
  const stateEnv = Object.fromEntries(
    Object.entries(options.state ?? {}).map(([key, value]) => [`STATE_${key}`, value]),
  );
  // The runner gives every step fresh file-command files.
  const step = (stepCounter += 1);
  const files = Object.fromEntries(
    ['GITHUB_OUTPUT', 'GITHUB_STEP_SUMMARY', 'GITHUB_STATE', 'GITHUB_ENV'].map((name) => {
      const file = path.join(job.root, `step${step}-${name.toLowerCase()}`);
      fs.writeFileSync(file, '');
      return [name, file];
    }),
  ) as Record<'GITHUB_OUTPUT' | 'GITHUB_STEP_SUMMARY' | 'GITHUB_STATE' | 'GITHUB_ENV', string>;
  const env = cleanEnv({
    ...job.env,
    ...files,
    ...inputEnv(options.inputs ?? {}, options.token),
    ...stateEnv,
    ...options.extraEnv,
  });
  const child = spawn(options.node, [actionEntry(options.entry)], {
    cwd: job.env.GITHUB_WORKSPACE,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  const done = new Promise<StepRun>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => {
      const commands = parseCommands(stdout);
      resolve({
        code,
        signal,
        stdout,
        stderr,
        outputs: readFileCommands(files.GITHUB_OUTPUT),
        summary: fs.readFileSync(files.GITHUB_STEP_SUMMARY, 'utf8'),
        state: readFileCommands(files.GITHUB_STATE),
        commands,
        failure: commands.find((c) => c.command === 'error' && c.properties === '')?.message,
      });
    });
  });
  return { child, done };
}

/** Runs the main step then the post step (with the main step's saved state), as the runner does. */
export async function runAction(
  options: Omit<StepOptions, 'entry' | 'state'>,
): Promise<{ main: StepRun; post: StepRun }> {
  const main = await startStep({ ...options, entry: 'main' }).done;
  const post = await startStep({ ...options, entry: 'post', state: main.state }).done;
  return { main, post };
}

/** Copies a fixture workflow into the job's workspace and returns its workspace-relative path. */
export function placeWorkflow(job: GitHubJob, fixture: string): string {
  const target = path.join(job.env.GITHUB_WORKSPACE, 'workflows', fixture);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.copyFileSync(path.join(REPO_ROOT, 'test', 'action', 'fixtures', fixture), target);
  return path.posix.join('workflows', fixture);
}
