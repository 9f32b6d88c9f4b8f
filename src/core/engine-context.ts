import type { ConcurrencyLimiter } from './concurrency.js';
import type { Digest } from './hash.js';
import type { PolicyDecision } from './policy.js';
import type { Backend, Clock, RunStore } from './ports.js';
import type { RetryPolicy } from './retry.js';
import { RunJournal } from './run-journal.js';
import type { LockSnapshot, RunInput } from './run-plan.js';
import type { GateRecord, RunFailure, RunStatus } from './run-state.js';
import type { StepOutputRecord } from './step-ops.js';

/** What the engine needs from its face. */
export interface EngineContext {
  store: RunStore;
  backend: Backend;
  clock: Clock;
  /** Who is acting: recorded on every audit line this session writes. */
  actor: string;
  retry?: RetryPolicy;
  limiter?: ConcurrencyLimiter;
  /** Upper bound on any step's `params.concurrency` (default 32). */
  concurrencyCap?: number;
  /** Facts about this session (versions, git, GitHub) recorded in metadata.json. */
  environment: Record<string, unknown>;
  /** What started this session: `run`, `resume`, `retry`, ... */
  command: string;
  /**
   * Recorded as `context` on every gate this session opens: what the face knows about how the gate will be
   * reviewed (the action: the channel and the review history already present, so no earlier review counts).
   */
  gateContext?: Record<string, unknown>;
  /**
   * Asked between steps: a face that takes a cancel or a pause while the run executes (the server) stops
   * the run here and returns the outcome; undefined goes on.
   */
  interruption?: (run: OpenRun, ctx: EngineContext) => RunOutcome | undefined;
  /**
   * Outputs of llm_map steps computed elsewhere (a scale-out merge: the steps' shards ran them, each a
   * verified run of its own). Such a step is recorded as any other (policy, output, receipt), without calls.
   */
  precomputed?: ReadonlyMap<string, StepOutputRecord['output']>;
  /**
   * The `sha256:` digest of the bundle this session continues (the action's resume checks it before it
   * extracts anything): recorded with the previous stop's checkpoint on the session's first audit line.
   */
  previousBundle?: string;
}

/** A run folder opened for work: its frozen plan and the state its audit trail implies. */
export interface OpenRun {
  input: RunInput;
  lock: LockSnapshot;
  genesis: Digest;
  journal: RunJournal;
  /** Text outputs of completed steps, for `{{steps.<id>.text}}`. */
  texts: Map<string, string>;
  /** Models the run's calls reported (requested and returned), for metadata.json and the report. */
  models: Set<string>;
  /**
   * Digests of the files the verification that opened the run read (and found bound to the chain): the
   * stop seals files this session did not write with these, without reading them back.
   */
  carried: ReadonlyMap<string, Digest>;
  /** The trail ends at a stop whose seal is missing or incomplete: `resealStop` writes it again. */
  unsealedStop: boolean;
}

/** The result every face reports. */
export interface RunOutcome {
  runId: string;
  runDir: string;
  status: RunStatus;
  /** CLI exit code (docs/format.md#states-and-exit-codes): 0 completed, 78 paused, 1 failed or rejected. */
  exitCode: number;
  gate: GateRecord | null;
  failure: RunFailure | null;
  workflowHash: Digest | null;
  /** Steps whose policy decision was flag or deny, for annotations. */
  decisions: { step_id: string; decision: PolicyDecision }[];
}
