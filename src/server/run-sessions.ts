import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  beginSession,
  cancelRun,
  execute,
  resealStop,
  judgeGateDecision,
  resolveGate,
  type EngineContext,
  type OpenRun,
  type RunOutcome,
} from '../core/engine.js';
import { IllegalTransition, messageOf, NotFoundError } from '../core/errors.js';
import {
  checkExternalReport,
  recordExternalStep,
  type ExternalStepReport,
  type ExternalStepResult,
} from '../core/external-step.js';
import { requestManualGate, type ManualGateRequest } from '../core/manual-gate.js';
import { systemClock, type Backend, type Clock } from '../core/ports.js';
import type { RetryPolicy } from '../core/retry.js';
import type { RunInput } from '../core/run-plan.js';
import { pendingGate } from '../core/run-state.js';
import { checkCancel, checkRequestGate, checkResume, checkRetry } from '../core/run-transitions.js';
import { loadWorkflow, resolvePolicy, type LoadedWorkflow } from '../core/workflow-load.js';
import {
  checkBackendParams,
  createRunIn,
  verifyFolder,
  withRun,
  type SessionOptions,
} from '../store/run-service.js';
import { readRunState } from '../store/run-reading.js';
import { createRunFolder, CREATING_PREFIX, RUN_ID } from '../store/run-folder.js';
import { readInputFile } from '../store/read-input-file.js';
import { heldByAnother, removeStaleLock } from '../store/run-lock.js';
import type { GateDecisionRequest } from './api-schemas.js';
import { auditStamp, HeldRuns } from './held-runs.js';
import { KeyedMutex } from './run-mutex.js';
import { runFileRefused, RunReads, runFolder } from './run-reads.js';
import type { RunSnapshot } from './run-view.js';

export type { RunSnapshot } from './run-view.js';
import type { AllowedFolder } from './workflow-source.js';

/** What the server's run operations need from the composition root. */
export interface RunSessionsOptions {
  /** Absolute runs folder. */
  runsDir: string;
  workflows: AllowedFolder;
  /** The backend for runs created over the API. */
  backend: Backend;
  /** The backend a run continues with (resume, retry): built from the run's own `input.json` backend. */
  backendFor(spec: RunInput['backend']): Backend;
  /** Facts recorded in each new run's metadata.json (computed once: they do not change while serving). */
  environment: Record<string, unknown>;
  clock?: Clock;
  retry?: RetryPolicy;
  /**
   * Told when a run that continues in the background (after its request was answered) ends on an error
   * outside the engine's own handling; the run's audit trail records the rest.
   */
  onBackgroundError?(runId: string, err: unknown): void;
}

type Act = (run: OpenRun, ctx: EngineContext) => Promise<void> | void;
/** Throws when the request's move is not allowed on the run as it stands. */
type Allowed = (run: OpenRun) => void;

const NO_MODEL: Backend = {
  name: 'none',
  generate: () => Promise.reject(new Error('no model calls in this request')),
};

/** A cancel or pause that arrived while the run was executing, for the engine to take between steps. */
interface Interruption {
  action: 'cancel' | 'pause';
  actor: string;
  reason: string;
  /** A pause's gate checklist (`POST .../gates`). */
  checklist?: string | null;
  taken: boolean;
}

/** Resolves once a request's move is taken (or the run created), with the state to answer with. */
interface Taken {
  promise: Promise<RunSnapshot>;
  resolve(snapshot: RunSnapshot): void;
  /** True once the move is taken: from then on the run continues after its request was answered. */
  readonly done: boolean;
}

function taken(): Taken {
  let resolve: (snapshot: RunSnapshot) => void = () => {};
  let done = false;
  const promise = new Promise<RunSnapshot>((settle) => (resolve = settle));
  return {
    promise,
    resolve(snapshot) {
      done = true;
      resolve(snapshot);
    },
    get done() {
      return done;
    },
  };
}

/** A copy of the run's state as it is now: the engine goes on changing the live one in the background. */
const frozen = (run: OpenRun): RunSnapshot => ({
  state: structuredClone(run.journal.state),
  input: run.input,
});

/**
 * The server's edge to the run folders: every change to a run runs inside that run's mutex, opens the folder
 * (recovering what a crash left), calls one core function and closes it. What requests only read is
 * `reads` (run-reads.ts), which takes no lock.
 */
export class RunSessions {
  readonly mutex = new KeyedMutex();
  /** Cancels and pauses waiting for the engine, per run, in the order they came. */
  private readonly interruptions = new Map<string, Interruption[]>();
  /** Set once the server stops: every run executing in the background is cancelled before its next step. */
  private stopping = false;
  /** What requests read of runs, kept between them. */
  readonly reads: RunReads;
  /** Runs this server left running, kept open between its moves. */
  private readonly held = new HeldRuns();

  constructor(private readonly options: RunSessionsOptions) {
    this.reads = new RunReads(options.runsDir);
  }

  /** The folder of a run id, or 404 when the id is malformed or names no run. */
  private runDir(runId: string): string {
    this.reads.refuseUnverified(runId);
    return runFolder(this.options.runsDir, runId);
  }

  /** Validates the workflow (nothing written when invalid), creates the run and, unless `start` is false, runs it. */
  async create(
    body: { workflow?: Record<string, unknown>; workflow_path?: string; start?: boolean },
    actor: string,
    wait = false,
  ): Promise<RunSnapshot> {
    const { workflows } = this.options;
    let workflow: LoadedWorkflow;
    let base = workflows.root;
    if (body.workflow_path !== undefined) {
      const file = workflows.resolve(body.workflow_path, 'workflow');
      base = path.dirname(file);
      const shownAs = workflows.relative(file);
      workflow = loadWorkflow(readInputFile(file, 'workflow', { shownAs }), shownAs);
    } else {
      workflow = loadWorkflow(Buffer.from(JSON.stringify(body.workflow, null, 2) + '\n'), 'inline');
    }
    const policy = resolvePolicy(workflow, undefined, (ref) => {
      const file = workflows.resolve(ref, 'policy', base);
      const shownAs = workflows.relative(file);
      return { bytes: readInputFile(file, 'policy', { shownAs }), source: shownAs };
    });
    checkBackendParams(workflow, this.options.backend);
    const clock = this.options.clock ?? systemClock;
    const folder = createRunFolder(this.options.runsDir, clock.now());
    const { runId, dir } = folder;
    const created = taken();
    const session = this.mutex.run(runId, async () => {
      // A crash during creation leaves only a hidden `.creating-` folder, which `recover` removes.
      createRunIn(folder, workflow, policy, this.session(actor, this.options.backend), 'api:create');
      if (body.start === false) return readRunState(dir);
      return this.open(dir, actor, 'api:create', this.options.backend, async (run, ctx) => {
        created.resolve(frozen(run));
        await execute(run, ctx);
      });
    });
    return this.answer(runId, session, created, wait || body.start === false);
  }

  /**
   * What a request that starts execution answers with: the whole session's end when the client waits
   * (`?wait=true`), else the state once the move is taken, the run going on in the background. A refusal
   * or failure before the move is taken is the request's error either way.
   */
  private answer(
    runId: string,
    session: Promise<RunSnapshot>,
    moved: Taken,
    wait: boolean,
  ): Promise<RunSnapshot> {
    if (wait) return session;
    // An error before the move is taken (a refused move: 409) is the request's answer, not a background one.
    session.catch((err: unknown) => {
      if (moved.done) this.options.onBackgroundError?.(runId, err);
    });
    return Promise.race([moved.promise, session]);
  }

  /**
   * Run at start, before serving: makes every run folder a server killed at any instant left behind
   * verifiable. Removes unfinished creations (`.creating-` folders); re-seals a stopped run whose seal
   * (manifest, report, workflow receipt) was removed by a session that did not get to write it back. A run
   * interrupted while running is left as it is: it verifies, and `retry` continues it. A run that does not
   * verify, or cannot be checked, is left as it is too, named, and not served (every request for it is a
   * 409 INTEGRITY until a restart finds it verifying). Returns what it did.
   */
  async recover(): Promise<string[]> {
    const done: string[] = [];
    const { runsDir } = this.options;
    if (!fs.existsSync(runsDir)) return done;
    for (const name of fs.readdirSync(runsDir).sort()) {
      const dir = path.join(runsDir, name);
      if (name.startsWith(CREATING_PREFIX)) {
        fs.rmSync(dir, { recursive: true, force: true });
        done.push(`removed ${name}: a run creation the server did not finish`);
        continue;
      }
      if (!RUN_ID.test(name)) continue;
      try {
        // A link (dangling, a loop, or to a folder elsewhere) is not a run folder this server made.
        const found = fs.lstatSync(dir, { throwIfNoEntry: false });
        if (found?.isSymbolicLink()) {
          done.push(`${name} is a link, not a run folder, left as it is`);
          continue;
        }
        if (!found?.isDirectory()) continue;
        done.push(...(await this.recoverRun(name, dir)));
      } catch (err) {
        // One hostile folder (a FIFO or a folder where a file belongs) does not keep the others from being served.
        this.reads.markUnverified(name, `it could not be checked: ${messageOf(err)}`);
        done.push(`${name} could not be checked, left as it is: ${messageOf(err)}`);
      }
    }
    return done;
  }

  /** `recover` for one run folder: what it did, in words. */
  private async recoverRun(name: string, dir: string): Promise<string[]> {
    const done: string[] = [];
    if (removeStaleLock(dir)) done.push(`removed the lock ${name} was left with by a session that is gone`);
    // Written meanwhile by another process's session: checked as any run is, when it is read or moved.
    const busy = heldByAnother(dir);
    if (busy) return [...done, `${name} is in use by ${busy}, checked when it is read`];
    const report = verifyFolder(dir);
    // Evidence that does not verify is never re-sealed over, nor served; it is left for an auditor to look at.
    if (!report.ok) {
      this.reads.markUnverified(name, report.message ?? 'awo verify refuses it');
      return [...done, `${name} does not verify, left as it is and not served: ${report.message ?? ''}`];
    }
    if (report.sealed || report.status === 'running') return done;
    try {
      await withRun(dir, this.session('system', NO_MODEL, 'serve recover'), 'recover', (run, ctx) => {
        resealStop(run, ctx);
      });
    } catch (err) {
      if (!(err instanceof IllegalTransition)) throw err;
      // Another session (a CLI resume) is working on it: it seals the run itself.
      return [...done, `${name} is in use by another session, left to it`];
    }
    const after = verifyFolder(dir);
    if (after.ok) return [...done, `re-sealed ${name} (${report.notes.join('; ')})`];
    this.reads.markUnverified(name, after.message ?? 'awo verify refuses it');
    return [...done, `${name} does not verify, not served: ${after.message ?? ''}`];
  }

  /** pause | resume | retry | cancel, where the state machine allows (else 409). */
  async changeStatus(
    runId: string,
    actor: string,
    action: 'pause' | 'resume' | 'retry' | 'cancel',
    reason: string | undefined,
    wait = false,
  ): Promise<RunSnapshot> {
    const dir = this.runDir(runId);
    switch (action) {
      case 'pause':
      case 'cancel':
        return this.interrupt(runId, dir, {
          action,
          actor,
          reason: reason ?? `${action === 'pause' ? 'paused' : 'cancelled'} by ${actor}`,
          taken: false,
        });
      default: {
        const { input } = await this.reads.read(runId);
        const moved = taken();
        const session = this.withRun(
          runId,
          dir,
          actor,
          `api:${action}`,
          this.options.backendFor(input.backend),
          async (run, ctx) => {
            beginSession(run, ctx, action);
            moved.resolve(frozen(run));
            await execute(run, ctx);
          },
          (run) => (action === 'resume' ? checkResume : checkRetry)(run.journal.state),
        );
        return this.answer(runId, session, moved, wait);
      }
    }
  }

  /**
   * A cancel or pause. While a request executes the run's steps, it is left for the engine to take before
   * the next step (so a long run stops within one step, not at its end) and this request, queued behind
   * the execution, answers with the state that left; otherwise it acts itself, as the state machine allows.
   */
  private interrupt(runId: string, dir: string, request: Interruption): Promise<RunSnapshot> {
    this.interruptions.set(runId, [...(this.interruptions.get(runId) ?? []), request]);
    return this.mutex.run(runId, () => {
      const waiting = (this.interruptions.get(runId) ?? []).filter((other) => other !== request);
      if (waiting.length > 0) this.interruptions.set(runId, waiting);
      else this.interruptions.delete(runId);
      // The session that took it remembered the state it left.
      if (request.taken) return this.reads.read(runId);
      return this.open(
        dir,
        request.actor,
        `api:${request.action}`,
        NO_MODEL,
        (run, ctx) => {
          stopFor(request, run, ctx);
        },
        (run) => (request.action === 'cancel' ? checkCancel : checkRequestGate)(run.journal.state),
      );
    });
  }

  /**
   * Stops the runs executing in the background at their next step, each cancelled and sealed (a model could
   * otherwise be called for minutes after SIGTERM); resolves once no session is left.
   */
  async stop(): Promise<void> {
    this.stopping = true;
    await this.mutex.idle();
  }

  /**
   * The engine's question between steps: the first cancel or pause waiting for this run stops it, and the
   * waiting requests by the same person for the same move answer with the state it stopped in. Any other
   * waiting request is left waiting: it acts itself once the run has stopped (a cancel after a pause cancels
   * the paused run; a pause after a cancel, or after another person's pause, is refused, 409), so no request
   * answers 200 for a move the evidence does not record as theirs: a second person's pause taken as the
   * first's would leave them free to approve the gate they asked for (helper-50).
   */
  private takeInterruption(run: OpenRun, ctx: EngineContext): RunOutcome | undefined {
    if (this.stopping)
      return cancelRun(
        run,
        { ...ctx, actor: 'system' },
        'awo serve stopped before the run ended; awo retry continues it',
      );
    const runId = run.journal.state.run_id;
    const waiting = this.interruptions.get(runId);
    if (!waiting || waiting.length === 0) return undefined;
    const first = waiting[0];
    // A pause's gate records its reason and checklist: only the same request is the same gate.
    const same = (request: Interruption) =>
      request.action === first.action &&
      request.actor === first.actor &&
      (request.action === 'cancel' ||
        (request.reason === first.reason && (request.checklist ?? null) === (first.checklist ?? null)));
    const left = waiting.filter((request) => !same(request));
    if (left.length > 0) this.interruptions.set(runId, left);
    else this.interruptions.delete(runId);
    for (const request of waiting) if (same(request)) request.taken = true;
    return stopFor(first, run, { ...ctx, actor: first.actor });
  }

  /** Records a step executed outside the engine; the policy decides first. */
  async recordStep(
    runId: string,
    actor: string,
    report: ExternalStepReport,
  ): Promise<{ result: ExternalStepResult; snapshot: RunSnapshot }> {
    let result: ExternalStepResult | undefined;
    const snapshot = await this.withRun(
      runId,
      this.runDir(runId),
      actor,
      'api:step',
      NO_MODEL,
      (run, ctx) => {
        result = recordExternalStep(run, ctx, report);
      },
      (run) => void checkExternalReport(run, report.id),
    );
    return { result: result as ExternalStepResult, snapshot };
  }

  /**
   * Opens a manual gate: the run pauses until a reviewer decides. It is a pause with a reason and checklist
   * of the requester's: taken before the next step of a run executing meanwhile, as `pause` is.
   */
  requestGate(runId: string, actor: string, request: ManualGateRequest): Promise<RunSnapshot> {
    return this.interrupt(runId, this.runDir(runId), {
      action: 'pause',
      actor,
      reason: request.reason,
      checklist: request.checklist ?? null,
      taken: false,
    });
  }

  /** Approves or rejects gate `gateId`: 404 if the run never had it, 409 if it is not the pending one. */
  decideGate(runId: string, gateId: string, actor: string, body: GateDecisionRequest): Promise<RunSnapshot> {
    const decision = { decision: body.decision, actor, comment: body.comment ?? '', source: 'api' };
    const allowed = (run: OpenRun) => {
      const { state } = run.journal;
      const gate = pendingGate(state);
      if (gate?.gate_id !== gateId) {
        const known = state.gates.filter((candidate) => candidate.gate_id === gateId).at(-1);
        if (!known) throw new NotFoundError(`run ${runId} has no gate ${gateId}`);
        const by = known.resolution ? ` by ${known.resolution.actor} at ${known.resolution.at}` : '';
        throw new IllegalTransition(
          `gate ${gateId} of run ${runId} is not pending: it was ${known.status}${by}`,
        );
      }
      judgeGateDecision(run, decision);
    };
    return this.withRun(
      runId,
      this.runDir(runId),
      actor,
      body.decision === 'approved' ? 'api:approve' : 'api:reject',
      NO_MODEL,
      // `allowed` was judged on this very state: the run is locked (and its mutex held) between the openings.
      (run, ctx) => {
        resolveGate(run, ctx, decision);
      },
      allowed,
    );
  }

  private withRun(
    runId: string,
    dir: string,
    actor: string,
    command: string,
    backend: Backend,
    act: Act,
    allowed?: Allowed,
  ): Promise<RunSnapshot> {
    return this.mutex.run(runId, () => this.open(dir, actor, command, backend, act, allowed));
  }

  /**
   * Opens a run folder (recovering what a crash left), acts on it and closes it; a run this server left
   * running is acted on from memory (see HeldRuns). The caller holds the run's mutex.
   */
  private async open(
    dir: string,
    actor: string,
    command: string,
    backend: Backend,
    act: Act,
    allowed?: Allowed,
  ): Promise<RunSnapshot> {
    const runId = path.basename(dir);
    let opened = false;
    const acted = async (run: OpenRun, ctx: EngineContext) => {
      opened = true;
      this.reads.live.set(runId, { state: run.journal.state, input: run.input });
      try {
        await act(run, ctx);
      } catch (err) {
        // What a failed move left is for the next opening to find (and recover): nothing of it is kept.
        this.reads.forget(runId);
        throw err;
      }
      const snapshot = { state: run.journal.state, input: run.input };
      this.reads.remember(runId, snapshot, auditStamp(dir));
      this.held.keep(run, ctx);
      return snapshot;
    };
    const holder = `serve ${command}`;
    try {
      const held = this.held.take(runId, { actor, command, holder, backend });
      if (!held)
        return await withRun(dir, this.session(actor, backend, holder), command, acted, allowed).catch(
          (err: unknown) => {
            throw opened ? err : runFileRefused(err, runId);
          },
        );
      try {
        // The run is locked and its trail is as this server left it: its state in memory is the folder's.
        try {
          allowed?.(held.run);
        } catch (err) {
          // A refused move wrote nothing: the run stays as it was.
          this.held.keep(held.run, held.ctx);
          throw err;
        }
        return await acted(held.run, held.ctx);
      } finally {
        held.store.close();
      }
    } finally {
      this.reads.live.delete(runId);
    }
  }

  /** The session options of the one create / lock / open / act path (src/store/run-service.ts). */
  private session(actor: string, backend: Backend, holder?: string): SessionOptions {
    return {
      backend,
      actor,
      env: {},
      cwd: this.options.runsDir,
      clock: this.options.clock ?? systemClock,
      retry: this.options.retry,
      environment: this.options.environment,
      holder,
      interruption: (run, ctx) => this.takeInterruption(run, ctx),
    };
  }
}

function stopFor(request: Interruption, run: OpenRun, ctx: EngineContext): RunOutcome {
  return request.action === 'cancel'
    ? cancelRun(run, ctx, request.reason)
    : requestManualGate(run, ctx, { reason: request.reason, checklist: request.checklist ?? null });
}
