import * as fs from 'node:fs';
import * as path from 'node:path';
import { InputError } from '../core/errors.js';
import {
  beginSession,
  cancelRun,
  createRun,
  execute,
  openRun,
  resolveGate,
  type EngineContext,
  type OpenRun,
  type RunOutcome,
} from '../core/engine.js';
import { systemClock, type Backend, type Clock } from '../core/ports.js';
import { backendParams } from '../core/run-plan.js';
import type { RetryPolicy } from '../core/retry.js';
import { ConcurrencyLimiter, DEFAULT_MAX_CONCURRENCY } from '../core/concurrency.js';
import { verifyRun, type VerifyReport } from '../core/run-verify.js';
import type { RunState } from '../core/run-state.js';
import { checkCancel, checkResume, checkRetry, gateToResolve } from '../core/run-transitions.js';
import { readAuditLines } from '../core/run-journal.js';
import { checkSelfApproval } from '../core/self-approval.js';
import {
  loadWorkflow,
  resolvePolicy,
  type LoadedWorkflow,
  type ResolvedPolicy,
} from '../core/workflow-load.js';
import { checkManifest } from '../bundle/manifest.js';
import { runEnvironment } from './environment.js';
import { createRunFolder, publishRunFolder, requireRunFolder } from './run-folder.js';
import { FsRunStore } from './run-store.js';

/** What every session needs, whichever face starts it. */
export interface SessionOptions {
  backend: Backend;
  actor: string;
  env: NodeJS.ProcessEnv;
  cwd: string;
  clock?: Clock;
  retry?: RetryPolicy;
  concurrencyCap?: number;
  /** Overrides the process-wide limiter (tests). */
  limiter?: ConcurrencyLimiter;
  /** Facts recorded in metadata.json; derived from `env` and `cwd` when absent (the server derives them once). */
  environment?: Record<string, unknown>;
  /** Asked between steps: the server takes a cancel or pause that arrived while the run executes. */
  interruption?: EngineContext['interruption'];
  /** How the folder's lock names this session to others (default: the command). */
  holder?: string;
}

export interface StartOptions extends SessionOptions {
  workflowPath: string;
  runsDir: string;
  /** `--policy`: overrides the workflow's `policy` field; relative to `cwd`. */
  policyPath?: string;
}

function readInput(file: string, what: string, via = ''): Uint8Array {
  try {
    return fs.readFileSync(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : (err as Error).message;
    throw new InputError(`cannot read ${what} ${file}${via}: ${why}`);
  }
}

/** Refuses params the backend does not know before anything is written (every face calls it). */
export function checkBackendParams(workflow: LoadedWorkflow, backend: Backend): void {
  if (!backend.validateParams) return;
  const problems: string[] = [];
  workflow.steps.forEach((step, index) => {
    if (step.op !== 'llm_map') return;
    for (const problem of backend.validateParams!(backendParams(step)))
      problems.push(`${workflow.source}: steps[${index}].${problem}`);
  });
  if (problems.length > 0) {
    throw new InputError(
      [
        `invalid workflow ${workflow.source} for backend ${backend.name}:`,
        ...problems.map((p) => `  - ${p}`),
      ].join('\n'),
      problems,
    );
  }
}

/** One limiter per process: every step's calls share its cap, so a 429 slows all of them down. */
let sharedLimiter: ConcurrencyLimiter | undefined;

/** The process-wide limiter every face's runs share. */
export function processLimiter(): ConcurrencyLimiter {
  sharedLimiter ??= new ConcurrencyLimiter({ max: DEFAULT_MAX_CONCURRENCY, clock: systemClock });
  return sharedLimiter;
}

function context(store: FsRunStore, options: SessionOptions, command: string): EngineContext {
  const clock = options.clock ?? systemClock;
  return {
    store,
    backend: options.backend,
    clock,
    limiter: options.limiter ?? processLimiter(),
    actor: options.actor,
    retry: options.retry,
    concurrencyCap: options.concurrencyCap,
    environment: options.environment ?? runEnvironment(options.env, options.cwd),
    command,
    interruption: options.interruption,
  };
}

/** Validates the workflow and policy (nothing written when invalid), creates the run folder and runs it. */
export async function startRun(options: StartOptions): Promise<RunOutcome> {
  const workflowFile = path.resolve(options.cwd, options.workflowPath);
  const workflow = loadWorkflow(readInput(workflowFile, 'workflow'), options.workflowPath);
  const policy = resolvePolicy(
    workflow,
    options.policyPath ? path.resolve(options.cwd, options.policyPath) : undefined,
    (ref) => {
      const file = path.resolve(path.dirname(workflowFile), ref);
      const via = options.policyPath ? ' (--policy)' : ` (the "policy" field of ${options.workflowPath})`;
      return { bytes: readInput(file, 'policy', via), source: path.relative(options.cwd, file) || file };
    },
  );
  checkBackendParams(workflow, options.backend);
  const clock = options.clock ?? systemClock;
  const folder = createRunFolder(path.resolve(options.cwd, options.runsDir), clock.now());
  createRunIn(folder, workflow, policy, options, 'run');
  return withRun(folder.dir, options, 'run', (run, ctx) => execute(run, ctx));
}

/**
 * Writes a new run's first files into the folder `createRunFolder` reserved (under its hidden name) and
 * renames it into place once they are durable: a crash never leaves a half-created run folder.
 */
export function createRunIn(
  folder: { runId: string; dir: string; creating: string },
  workflow: LoadedWorkflow,
  policy: ResolvedPolicy,
  options: SessionOptions,
  command: string,
): void {
  const creating = new FsRunStore(folder.creating);
  try {
    createRun(folder.runId, workflow, policy, context(creating, options, command));
  } finally {
    creating.close();
  }
  publishRunFolder(folder);
}

/**
 * The one way every face works on a run folder: lock it, judge the move read-only (so a refused one
 * changes nothing, not even a crash's recovery), open it (recovering what a crash left), act, close.
 */
export async function withRun<T>(
  runDir: string,
  options: SessionOptions,
  command: string,
  act: (run: OpenRun, ctx: EngineContext) => Promise<T> | T,
  /** Throws when the move is not allowed; judged before anything is written, crash recovery included. */
  allowed?: (run: OpenRun) => void,
): Promise<T> {
  const dir = requireRunFolder(runDir);
  const store = new FsRunStore(dir);
  try {
    store.lock(options.holder ?? command);
    if (allowed) allowed(openReadOnly(dir));
    const ctx = context(store, options, command);
    return await act(openRun(ctx), ctx);
  } finally {
    store.close();
  }
}

/** Continues a run: `resume` after an approved gate (or an interruption), `retry` after an error. */
export function continueRun(
  runDir: string,
  mode: 'resume' | 'retry',
  options: SessionOptions,
): Promise<RunOutcome> {
  return withRun(
    runDir,
    options,
    mode,
    (run, ctx) => {
      beginSession(run, ctx, mode);
      return execute(run, ctx);
    },
    (run) => (mode === 'resume' ? checkResume : checkRetry)(run.journal.state),
  );
}

/** Approves or rejects the pending gate of a paused run. */
export function decideGate(
  runDir: string,
  decision: {
    decision: 'approved' | 'rejected';
    actor: string;
    comment: string;
    source: string;
    at?: string;
    details?: Record<string, unknown>;
  },
  options: SessionOptions & {
    /** Apply the policy's `allow_self_approval` (the CLI); the action judges GitHub's reviews itself. */
    checkSelfApproval?: boolean;
  },
): Promise<RunOutcome> {
  const verb = decision.decision === 'approved' ? 'approve' : 'reject';
  const allowed = (run: OpenRun) => {
    const gate = gateToResolve(run.journal.state, verb);
    if (options.checkSelfApproval)
      checkSelfApproval(
        run.input.policy.document,
        readAuditLines(run.journal.store),
        gate,
        decision.decision,
        decision.actor,
      );
  };
  return withRun(
    runDir,
    { ...options, actor: decision.actor },
    verb,
    // `allowed` was judged on this very state: the folder is locked between the two openings.
    (run, ctx) => resolveGate(run, ctx, decision),
    allowed,
  );
}

/** Ends a running, interrupted or paused run as failed (kind `cancelled`) with the reason, sealing its evidence. */
export function cancelRunFolder(
  runDir: string,
  reason: string,
  options: SessionOptions,
): Promise<RunOutcome> {
  return withRun(
    runDir,
    options,
    'cancel',
    (run, ctx) => cancelRun(run, ctx, reason),
    (run) => checkCancel(run.journal.state),
  );
}

/** The state a run folder's audit trail implies, without changing anything. */
export function readRunState(runDir: string): { state: RunState; input: OpenRun['input'] } {
  const run = openReadOnly(requireRunFolder(runDir));
  return { state: run.journal.state, input: run.input };
}

/**
 * Opens a run folder as a session would, recovery included, with every write going nowhere: a move is
 * judged on it before anything is written, so a refused one changes nothing.
 */
export function openReadOnly(dir: string): OpenRun {
  const store = new FsRunStore(dir);
  const readOnly = new Proxy(store, {
    get(target, key, receiver) {
      if (
        ['write', 'append', 'release', 'remove', 'writeArtifact', 'commit', 'writeManifest'].includes(
          String(key),
        )
      ) {
        return () => undefined;
      }
      return Reflect.get(target, key, receiver) as unknown;
    },
  });
  const ctx: EngineContext = {
    store: readOnly,
    backend: { name: 'none', generate: () => Promise.reject(new Error('read only')) },
    clock: systemClock,
    actor: 'status',
    environment: {},
    command: 'status',
  };
  return openRun(ctx);
}

/**
 * `awo verify` on a folder: the SHA256SUMS.txt manifest when present, then everything the chain claims.
 * `knownDigests`: every file's digest, taken from the bytes as they were written (a bundle's extraction).
 */
export function verifyFolder(runDir: string, knownDigests?: ReadonlyMap<string, string>): VerifyReport {
  const dir = requireRunFolder(runDir);
  const store = new FsRunStore(dir);
  const report = verifyRun(store);
  if (!report.ok) return report;
  // A stop removes the old manifest before anything else and writes the new one last, so a sealed run
  // without one was interrupted after its receipt was written: everything but report.md is covered.
  if (!report.sealed) return report;
  if (!fs.existsSync(path.join(dir, 'SHA256SUMS.txt'))) {
    report.notes.push(
      'SHA256SUMS.txt is missing (interrupted while sealing): report.md is not covered by any digest',
    );
    return report;
  }
  const manifest = checkManifest(dir, knownDigests);
  if (!manifest.ok)
    return { ...report, ok: false, where: manifest.where, message: `${manifest.where}: ${manifest.message}` };
  return report;
}
