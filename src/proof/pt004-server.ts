import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { once } from 'node:events';
import { AwoError } from '../core/errors.js';
import type { Credential } from './pt004-api-client.js';

/** The three people the proof acts as: one reads, one creates and drives runs, one reviews gates. */
export interface ProofActors {
  observer: Credential;
  runner: Credential;
  reviewer: Credential;
}

/** An `awo serve` the proof started, and how to stop it. */
export interface StartedServer {
  url: string;
  actors: ProofActors;
  /** The server's stderr so far (its own log lines), for a failure message. */
  log(): string;
  stop(): Promise<void>;
}

/** The proof's server could not be started or answered nothing: there is nothing to prove against. */
export class ProofServerError extends AwoError {
  constructor(message: string) {
    super('PROOF_SERVER', message, 1);
  }
}

const credential = (actor: string): Credential => ({ actor, token: randomBytes(24).toString('hex') });

/** Fresh random tokens; the reviewer is a different person from the runner who creates the runs. */
export function proofActors(): ProofActors {
  return {
    observer: credential('pt004-observer'),
    runner: credential('pt004-runner'),
    reviewer: credential('pt004-reviewer'),
  };
}

const STARTUP_MS = 30_000;
const SHUTDOWN_MS = 15_000;

/**
 * Starts `awo serve` (the same `cli.js`, as a child process) on a free loopback port, with a temporary
 * tokens file (mode 0600, removed when the server stops) and the echo backend. Resolves once the server
 * prints its `listening on` line; a server that exits or stays silent for 30 s is a `ProofServerError`.
 */
export async function startServer(options: {
  cliPath: string;
  runsDir: string;
  workflowsDir: string;
  env: NodeJS.ProcessEnv;
}): Promise<StartedServer> {
  const actors = proofActors();
  const tokensDir = fs.mkdtempSync(path.join(os.tmpdir(), 'awo-proof-tokens-'));
  const tokensFile = path.join(tokensDir, 'tokens.json');
  fs.writeFileSync(
    tokensFile,
    JSON.stringify({
      tokens: [
        { ...actors.observer, scopes: ['read'] },
        { ...actors.runner, scopes: ['read', 'run'] },
        { ...actors.reviewer, scopes: ['read', 'review'] },
      ],
    }),
    { mode: 0o600 },
  );
  const child = spawn(
    process.execPath,
    [
      options.cliPath,
      'serve',
      '--port',
      '0',
      '--host',
      '127.0.0.1',
      '--runs-dir',
      options.runsDir,
      '--tokens',
      tokensFile,
      '--workflows-dir',
      options.workflowsDir,
      '--backend',
      'echo',
    ],
    { env: options.env, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let stderr = '';
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
    stderr = (stderr + chunk).slice(-20_000);
  });
  const cleanup = () => fs.rmSync(tokensDir, { recursive: true, force: true });
  let url: string;
  try {
    url = await listeningUrl(child, () => stderr);
  } catch (err) {
    await stopChild(child);
    cleanup();
    throw err;
  }
  return {
    url,
    actors,
    log: () => stderr,
    stop: async () => {
      await stopChild(child);
      cleanup();
    },
  };
}

function listeningUrl(child: ChildProcess, log: () => string): Promise<string> {
  return new Promise((resolve, reject) => {
    let stdout = '';
    const fail = (why: string) => {
      clearTimeout(timer);
      reject(new ProofServerError(`awo serve ${why}${log() ? `; its log:\n${log().trim()}` : ''}`));
    };
    const timer = setTimeout(
      () => fail(`printed no "listening on" line within ${STARTUP_MS / 1000} s`),
      STARTUP_MS,
    );
    child.once('error', (err) => fail(`could not be started: ${err.message}`));
    child.once('exit', (code, signal) =>
      fail(`exited (${signal ?? `code ${String(code)}`}) before listening`),
    );
    child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
      const match = /listening on (http:\/\/\S+)/.exec(stdout);
      if (match) {
        clearTimeout(timer);
        child.removeAllListeners('exit');
        resolve(match[1]);
      }
    });
  });
}

/** SIGTERM (the server answers what is in flight, then exits), SIGKILL if it is still there after 15 s. */
async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, 'exit');
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), SHUTDOWN_MS);
  try {
    await exited;
  } finally {
    clearTimeout(timer);
  }
}
