import { chainLine, type AuditEntry, type AuditLine } from './audit-chain.js';
import type { Clock, RunStore } from './ports.js';
import { stepLogPath } from './run-plan.js';
import { applyLine, type RunState } from './run-state.js';
import type { NormalisedStep } from './workflow-schema.js';

export const AUDIT_LOG = 'audit/log.jsonl';

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
 * implies) and the per-step event logs. One writer per run folder.
 */
export class RunJournal {
  readonly index: ReadonlyMap<string, number>;

  constructor(
    readonly store: RunStore,
    readonly state: RunState,
    readonly steps: readonly NormalisedStep[],
    private readonly clock: Clock,
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
      text += JSON.stringify(line) + '\n';
    }
    this.store.append(AUDIT_LOG, text);
  }

  /** The next line of the chain, not yet written: a stop seals it in the workflow receipt before appending it. */
  prepare(entry: AuditEntry): AuditLine {
    return chainLine(entry, {
      seq: this.state.seq,
      head: this.state.head,
      runId: this.state.run_id,
      ts: this.now(),
    });
  }

  /** Applies a prepared line to the state. */
  apply(line: AuditLine): void {
    applyLine(this.state, line, this.index);
  }

  /** Writes a prepared (and applied) line to the audit trail. */
  append(line: AuditLine): void {
    this.store.append(AUDIT_LOG, JSON.stringify(line) + '\n');
  }

  /** Path of a step's event log. An external step is numbered by its place in the state, after the workflow's steps. */
  stepLog(stepId: string): string {
    const at = this.index.get(stepId) ?? this.state.steps.findIndex((record) => record.step_id === stepId);
    return stepLogPath(at === -1 ? this.state.steps.length : at, this.steps.length, stepId);
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
    this.store.append(this.stepLog(step.id), text);
  }
}
