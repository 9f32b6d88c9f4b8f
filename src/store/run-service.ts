import * as fs from 'node:fs';
import * as path from 'node:path';
import { InputError, type ProblemPlace } from '../core/errors.js';
import {
  beginSession,
  cancelRun,
  createRun,
  execute,
  openRecovering,
  resealStop,
  judgeGateDecision,
  resolveGate,
  type EngineContext,
  type OpenRun,
  type RunOutcome,
} from '../core/engine.js';
import { openSealed } from '../core/run-open-sealed.js';
import { systemClock, type Backend, type Clock } from '../core/ports.js';
import { backendParams, type RunInput } from '../core/run-plan.js';
import type { RetryPolicy } from '../core/retry.js';
import { ConcurrencyLimiter, DEFAULT_MAX_CONCURRENCY } from '../core/concurrency.js';
import { verifyRun } from '../core/run-verify.js';
import type { VerifyOptions, VerifyReport } from '../core/verify-report.js';
import type { GateDecision } from '../core/run-state.js';
import { checkCancel, checkResume, checkRetry } from '../core/run-transitions.js';
import {
  loadWorkflow,
  resolvePolicy,
  type LoadedWorkflow,
  type ResolvedPolicy,
} from '../core/workflow-load.js';
import type { BundleRun } from '../bundle/bundle-run.js';
import { runEnvironment } from './environment.js';
import { createRunFolder, publishRunFolder, requireRunFolder } from './run-folder.js';
import { FsRunStore } from './run-store.js';
import { MAX_RUN_FILE_BYTES, readInputFile } from './read-input-file.js';
import { utf8Text } from '../core/utf8-text.js';

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
  /** Outputs of llm_map steps that ran elsewhere (a scale-out merge's shards): see EngineContext. */
  precomputed?: EngineContext['precomputed'];
  /** Recorded as `context` on every gate this session opens (see `EngineContext.gateContext`). */
  gateContext?: Record<string, unknown>;
  /** `sha256:` digest of the bundle this session continues (checked before extraction): recorded in the chain. */
  previousBundle?: string;
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
  /** The workflow's bytes when they are not the file's (a shard's share); `workflowPath` still names it. */
  workflowBytes?: Uint8Array;
  /** Writes more into the new run before it executes (a merge's shard evidence), in its creation. */
  seed?: (run: OpenRun, ctx: EngineContext) => void;
}

function readInput(file: string, what: string, via = ''): Uint8Array {
  return readInputFile(file, what, { via });
}

/** Refuses params the backend does not know before anything is written (every face calls it). */
export function checkBackendParams(workflow: LoadedWorkflow, backend: Backend): void {
  if (!backend.validateParams) return;
  const problems: string[] = [];
  const places: ProblemPlace[] = [];
  workflow.steps.forEach((step, index) => {
    if (step.op !== 'llm_map') return;
    for (const problem of backend.validateParams!(backendParams(step))) {
      problems.push(`${workflow.source}: steps[${index}].${problem}`);
      places.push({ source: workflow.source, path: ['steps', index] });
    }
  });
  if (problems.length > 0) {
    throw new InputError(
      [
        `invalid workflow ${workflow.source} for backend ${backend.name}:`,
        ...problems.map((p) => `  - ${p}`),
      ].join('\n'),
      problems,
      places,
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
    precomputed: options.precomputed,
    environment: options.environment ?? runEnvironment(options.env, options.cwd),
    command,
    interruption: options.interruption,
    ...(options.gateContext ? { gateContext: options.gateContext } : {}),
    ...(options.previousBundle ? { previousBundle: options.previousBundle } : {}),
  };
}

/** Reads and validates the workflow and its policy; nothing is written. */
export function loadRunInputs(
  options: Pick<StartOptions, 'workflowPath' | 'policyPath' | 'cwd' | 'workflowBytes'>,
): { workflow: LoadedWorkflow; policy: ResolvedPolicy } {
  const workflowFile = path.resolve(options.cwd, options.workflowPath);
  const bytes = options.workflowBytes ?? readInput(workflowFile, 'workflow');
  const workflow = loadWorkflow(bytes, options.workflowPath);
  const policy = resolvePolicy(
    workflow,
    options.policyPath ? path.resolve(options.cwd, options.policyPath) : undefined,
    (ref) => {
      const file = path.resolve(path.dirname(workflowFile), ref);
      const via = options.policyPath ? ' (--policy)' : ` (the "policy" field of ${options.workflowPath})`;
      return { bytes: readInput(file, 'policy', via), source: path.relative(options.cwd, file) || file };
    },
  );
  return { workflow, policy };
}

/** Validates the workflow and policy (nothing written when invalid), creates the run folder and runs it. */
export async function startRun(options: StartOptions): Promise<RunOutcome> {
  const { workflow, policy } = loadRunInputs(options);
  checkBackendParams(workflow, options.backend);
  const clock = options.clock ?? systemClock;
  const folder = createRunFolder(path.resolve(options.cwd, options.runsDir), clock.now());
  // The session holds the folder before it appears under its name, and executes the run it created: no
  // other session can come between, so nothing need be read back.
  const store = new FsRunStore(folder.creating, true).lockBeforeRename(folder.dir, options.holder ?? 'run');
  try {
    const { run, ctx } = createAndPublish(folder, store, workflow, policy, options, 'run');
    return await execute(run, ctx);
  } finally {
    store.close();
  }
}

/**
 * Writes a new run's first files into the folder `createRunFolder` reserved (under its hidden name) and
 * renames it into place once they are durable: a crash never leaves a half-created run folder.
 */
export function createRunIn(
  folder: { runId: string; dir: string; creating: string },
  workflow: LoadedWorkflow,
  policy: ResolvedPolicy,
  options: SessionOptions & Pick<StartOptions, 'seed'>,
  command: string,
): void {
  const store = new FsRunStore(folder.creating, true);
  try {
    createAndPublish(folder, store, workflow, policy, options, command);
  } finally {
    store.close();
  }
}

/** Creates the run in its hidden folder, then publishes it under its name; `store` follows the rename. */
function createAndPublish(
  folder: { runId: string; dir: string; creating: string },
  store: FsRunStore,
  workflow: LoadedWorkflow,
  policy: ResolvedPolicy,
  options: SessionOptions & Pick<StartOptions, 'seed'>,
  command: string,
): { run: OpenRun; ctx: EngineContext } {
  const ctx = context(store, options, command);
  const run = createRun(folder.runId, workflow, policy, ctx);
  if (options.seed) {
    options.seed(run, ctx);
    store.commit();
  }
  publishRunFolder(folder);
  // The real path, as `requireRunFolder` gives every other session: a runs folder reached through a link
  // names the run by where it is.
  store.renamedTo(fs.realpathSync(folder.dir));
  return { run, ctx };
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
    const ctx = context(store, options, command);
    // A run sealed whole opens without writing anything: the move is judged on that very opening.
    const sealed = openSealed(ctx);
    if (sealed) {
      allowed?.(sealed);
      return await act(sealed, ctx);
    }
    // Not sealed whole (or the seal does not hold): the full opening, judged read-only first.
    if (allowed) allowed(openReadOnly(dir, command));
    return await act(openRecovering(ctx), ctx);
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
  const check = (run: OpenRun) => (mode === 'resume' ? checkResume : checkRetry)(run.journal.state);
  // A run stopped for good (completed, rejected, ...) whose seal a crash cut short is sealed again instead.
  const movable = (run: OpenRun) => {
    try {
      check(run);
      return true;
    } catch (err) {
      if (!run.unsealedStop) throw err;
      return false;
    }
  };
  return withRun(
    runDir,
    options,
    mode,
    (run, ctx) => {
      if (!movable(run)) return resealStop(run, ctx);
      beginSession(run, ctx, mode);
      return execute(run, ctx);
    },
    movable,
  );
}

/** Approves or rejects the pending gate of a paused run. */
export function decideGate(
  runDir: string,
  decision: {
    decision: GateDecision;
    actor: string;
    comment: string;
    source: string;
    at?: string;
    details?: Record<string, unknown>;
  },
  options: SessionOptions,
): Promise<RunOutcome> {
  const verb = decision.decision === 'approved' ? 'approve' : 'reject';
  const allowed = (run: OpenRun) => void judgeGateDecision(run, decision);
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

/**
 * The backend settings a run folder recorded (`input.json`), for a session that continues it with the same;
 * undefined when it has none. Only a default: the session that then opens the run verifies the file.
 */
export function recordedBackend(dir: string): RunInput['backend'] | undefined {
  try {
    const bytes = readInputFile(path.join(dir, 'input.json'), 'run file', { maxBytes: MAX_RUN_FILE_BYTES });
    return (JSON.parse(utf8Text(bytes)) as RunInput).backend;
  } catch {
    return undefined;
  }
}

/**
 * Opens a run folder the full way (`openRecovering`: callers tried the seal first), recovery included, with
 * every write going nowhere: a move is judged on it before anything is written, so a refused one changes nothing.
 * `command` is the move judged, or `status` for a read: a folder that does not verify is refused in its words.
 */
export function openReadOnly(dir: string, command = 'status'): OpenRun {
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
    command,
  };
  return openRecovering(ctx);
}

/**
 * `awo verify` on a folder, or on the run a bundle holds: everything the chain claims, the seal, and the
 * SHA256SUMS.txt manifest when present (a present manifest must hold, sealed or not), each file's digest
 * taken from the bytes the other checks read, so no file is read twice. `checkpoint` is a head kept outside
 * the folder.
 */
export function verifyFolder(target: string | BundleRun, options: VerifyOptions = {}): VerifyReport {
  return verifyRun(typeof target === 'string' ? new FsRunStore(requireRunFolder(target)) : target, options);
}
