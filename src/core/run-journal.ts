import { AUDIT_LOG, chainLine, isStop, type AuditEntry, type AuditLine } from './audit-chain.js';
import { IntegrityError } from './errors.js';
import { digestBytes, type Digest } from './hash.js';
import { leafHash } from './merkle.js';
import type { Clock, RunStore } from './ports.js';
import { stepLogPath } from './run-plan.js';
import { applyLine, stepRecord, type RunState } from './run-state.js';
import { emptyActors, noteActor, type RunActors } from './self-approval.js';
import type { NormalisedStep } from './workflow-schema.js';
import { utf8Text } from './utf8-text.js';

/** Lines kept at each end of the trail for report.md's excerpt. */
const EXCERPT = 12;

/**
 * What a step log held when an audit line recorded it (`details.log` of the line written right after the
 * step log was appended to): its path, size in bytes and digest. A step log is bound to the chain by the
 * last such record; bytes after it were written by a session that died before its audit line.
 */
export interface StepLogRecord {
  path: string;
  size: number;
  sha256: Digest;
}

/** One session as metadata.json lists it, from the stop line that ended it. */
export interface SessionRecord {
  command: string | null;
  actor: string;
  backend: string | null;
  ended_at: string;
  status: string;
}

/**
 * Facts of the chain beyond the run state (run-state.ts) that the files a stop writes are rendered from:
 * the environment recorded at creation, every session's stop, the step logs' recorded sizes and digests,
 * and the RFC 9162 leaf hash of every line as written. Folded line by line, by the writer and by verify.
 */
export interface ChainFacts {
  environment: Record<string, unknown>;
  sessions: SessionRecord[];
  /** Tree size (= seq) of every stop line, in order. */
  stops: number[];
  logs: Map<string, StepLogRecord>;
  /** `step.started` details of external steps (their input and output hashes, before any receipt). */
  externalStarts: Map<string, Record<string, unknown>>;
  /** RFC 9162 leaf hash of each line's bytes as written (no line feed). */
  leaves: Buffer[];
  /** Who drove the run to its gates, for the self-approval rule. */
  actors: RunActors;
  /** The report form the last stop line records (`details.report_format`; 1 before it was recorded). */
  reportFormat: number;
}

export function emptyFacts(): ChainFacts {
  return {
    environment: {},
    sessions: [],
    stops: [],
    logs: new Map(),
    externalStarts: new Map(),
    leaves: [],
    actors: emptyActors(),
    reportFormat: 1,
  };
}

/** Folds one line into the facts (its leaf hash is added by whoever holds its text as written). */
export function noteLine(facts: ChainFacts, line: AuditLine): void {
  noteActor(facts.actors, line);
  const details = line.details;
  if (!details) return;
  const log = details.log as StepLogRecord | undefined;
  if (log && typeof log.path === 'string') facts.logs.set(log.path, log);
  if (line.event === 'run.created' && details.environment && typeof details.environment === 'object')
    facts.environment = details.environment as Record<string, unknown>;
  if (line.event === 'step.started' && details.external === true && line.step_id)
    facts.externalStarts.set(line.step_id, details);
  if (isStop(line)) {
    facts.stops.push(line.seq);
    facts.reportFormat = typeof details.report_format === 'number' ? details.report_format : 1;
    facts.sessions.push({
      command: typeof details.command === 'string' ? details.command : null,
      actor: line.actor,
      backend: typeof details.backend === 'string' ? details.backend : null,
      ended_at: line.ts,
      status: String(details.status),
    });
  }
}

/** The audit trail's complete lines, parsed (no chain check: `verifyChain` does that). */
export function readAuditLines(store: { read(path: string): Uint8Array | undefined }): AuditLine[] {
  const text = Buffer.from(store.read(AUDIT_LOG) ?? new Uint8Array()).toString('utf8');
  return text
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as AuditLine);
}

/**
 * Writes a run's two logs: the hash-chained audit trail (and, through the one reducer, the state it
 * implies) and the per-step event logs. One writer per run folder. Every append to a step log is recorded
 * (size and digest) on the next audit line of that step, so a step log is bound to the chain.
 */
export class RunJournal {
  readonly index: ReadonlyMap<string, number>;
  /** Step logs written since their last record, by step id: the next audit line of the step records them. */
  private readonly unrecorded = new Map<string, string>();
  /**
   * The step logs this session appends to, as they stand: their text, hashed when an audit line records
   * them (a step log is a few hundred bytes, so one-shot hashing beats a running Hash per step).
   */
  private readonly logTexts = new Map<string, { size: number; text: string }>();
  /** Step log paths by step id (the label needs the step's index). */
  private readonly logPaths = new Map<string, string>();

  constructor(
    readonly store: RunStore,
    readonly state: RunState,
    readonly steps: readonly NormalisedStep[],
    private readonly clock: Clock,
    readonly facts: ChainFacts = emptyFacts(),
  ) {
    this.index = new Map(steps.map((step, i) => [step.id, i]));
  }

  /** Current time as an ISO string: the `ts` of every line. */
  now(): string {
    return this.clock.now().toISOString();
  }

  /** Appends one audit line and applies it to the state. */
  audit(entry: AuditEntry): AuditLine {
    const line = this.prepare(entry);
    this.append(line);
    this.apply(line);
    return line;
  }

  /** Appends several audit lines with one write, applying each in order. */
  auditAll(entries: AuditEntry[]): void {
    let text = '';
    for (const entry of entries) {
      const line = this.prepare(entry);
      this.apply(line);
      const json = JSON.stringify(line);
      this.facts.leaves.push(leafHash(json));
      text += `${json}\n`;
    }
    this.store.append(AUDIT_LOG, text);
  }

  /** The next line of the chain, not yet written: a stop seals it in the workflow receipt before appending it. */
  prepare(entry: AuditEntry): AuditLine {
    return chainLine(this.recordLog(entry), {
      seq: this.state.seq,
      head: this.state.head,
      runId: this.state.run_id,
      ts: this.now(),
    });
  }

  /** Adds `details.log` to the first line of a step after its log was written. */
  private recordLog(entry: AuditEntry): AuditEntry {
    const path = entry.step_id === undefined ? undefined : this.unrecorded.get(entry.step_id);
    if (path === undefined) return entry;
    this.unrecorded.delete(entry.step_id as string);
    const known = this.logTexts.get(path);
    if (!known) return entry;
    const log: StepLogRecord = { path, size: known.size, sha256: digestBytes(known.text) };
    return { ...entry, details: { ...entry.details, log } };
  }

  private readonly first: AuditLine[] = [];
  private last: AuditLine[] = [];

  /** Applies a prepared line to the state (and the chain facts, but for its leaf: `append` adds that). */
  apply(line: AuditLine): void {
    applyLine(this.state, line, this.index);
    noteLine(this.facts, line);
    if (this.first.length < EXCERPT) this.first.push(line);
    this.last.push(line);
    if (this.last.length > 2 * EXCERPT) this.last = this.last.slice(-EXCERPT);
  }

  /** The first and last lines applied (up to 12 each) and how many there are: the report's excerpt. */
  recentLines(): { count: number; first: AuditLine[]; last: AuditLine[] } {
    return { count: this.state.seq, first: [...this.first], last: this.last.slice(-EXCERPT) };
  }

  /** Writes a prepared (and applied) line to the audit trail. */
  append(line: AuditLine): void {
    const json = JSON.stringify(line);
    this.facts.leaves.push(leafHash(json));
    this.store.append(AUDIT_LOG, json + '\n');
  }

  /** Path of a step's event log. An external step is numbered by its place in the state, after the workflow's steps. */
  stepLog(stepId: string): string {
    const known = this.logPaths.get(stepId);
    if (known !== undefined) return known;
    // An external step's place is searched for only once it has a record (then remembered below).
    const external = this.index.has(stepId) ? undefined : stepRecord(this.state, stepId, this.index);
    const at = this.index.get(stepId) ?? (external ? this.state.steps.indexOf(external) : -1);
    const path = stepLogPath(at === -1 ? this.state.steps.length : at, this.steps.length, stepId);
    // An external step not yet in the state is numbered by where it will go: remembered once it is there.
    if (at !== -1) this.logPaths.set(stepId, path);
    return path;
  }

  /** Appends one event to a step's log (`started`, `policy`, `completed`, `failed`, `denied`, `gate`, `retry`). */
  stepEvent(step: { id: string; op: string }, event: string, details: Record<string, unknown> = {}): void {
    this.stepEvents(step, [[event, details]]);
  }

  /** Appends several events to a step's log with one write. */
  stepEvents(step: { id: string; op: string }, events: [string, Record<string, unknown>][]): void {
    const ts = this.now();
    const text = events
      .map(([event, details]) => JSON.stringify({ ts, id: step.id, op: step.op, event, ...details }) + '\n')
      .join('');
    const path = this.stepLog(step.id);
    let known = this.logTexts.get(path);
    if (!known) {
      // A step log from an earlier session (a gate step, a retried step): continue from the bytes the chain
      // last recorded for it, refused if they are not those (a run opened from its seal has not read them
      // yet). Only a log the chain records can exist (recovery removed any other).
      const record = this.facts.logs.get(path);
      const before = record ? this.recordedLog(record) : undefined;
      const held = before ? utf8Text(before) : '';
      if (before && !Buffer.from(held, 'utf8').equals(before))
        throw new IntegrityError(`${path} is not UTF-8 text; this writer never wrote it`, path);
      known = { size: before?.length ?? 0, text: held };
      this.logTexts.set(path, known);
    }
    known.size += Buffer.byteLength(text);
    known.text += text;
    this.store.append(path, text);
    this.unrecorded.set(step.id, path);
  }

  /** A step log's bytes up to the size the chain last recorded, which must have the recorded digest. */
  private recordedLog(record: StepLogRecord): Uint8Array {
    const bytes = (this.store.read(record.path) ?? new Uint8Array()).subarray(0, record.size);
    if (bytes.length !== record.size || digestBytes(bytes) !== record.sha256)
      throw new IntegrityError(
        `refusing to continue run folder ${this.store.dir}: ${record.path} is not the step log ${AUDIT_LOG} last recorded (size ${record.size}, ${record.sha256})`,
        record.path,
      );
    return bytes;
  }
}
