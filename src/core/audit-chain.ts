import { completeLines } from './text-lines.js';
import { digestObject, isDigest, type Digest } from './hash.js';
import { MAX_RECORD_DEPTH, tooDeep } from './json-depth.js';

/** The audit trail: one JSON line per state change, hash-chained from the lock snapshot's hash. */
export const AUDIT_LOG = 'audit/log.jsonl';

/** One line of `audit/log.jsonl` (docs/format.md#hashes-audit-trail-and-receipts). */
export interface AuditLine {
  seq: number;
  ts: string;
  run_id: string;
  actor: string;
  event: AuditEvent;
  step_id?: string;
  gate_id?: string;
  decision?: string;
  reason?: string;
  evidence_ref?: string;
  details?: Record<string, unknown>;
  prev_hash: Digest;
  hash: Digest;
}

/** Every state change of a run writes one of these. */
export type AuditEvent =
  | 'run.created'
  | 'run.status'
  | 'run.recovered'
  | 'step.started'
  | 'policy.decision'
  | 'step.retry'
  | 'step.completed'
  | 'step.failed'
  | 'step.denied'
  | 'gate.requested'
  | 'gate.resolved'
  /** A scale-out merge bound its shards' bundles and checkpoints (`shards/merge.json`). */
  | 'shards.merged';

/** Every event the engine writes (`AuditEvent`), for readers that must refuse any other. */
export const AUDIT_EVENTS: ReadonlySet<string> = new Set<AuditEvent>([
  'run.created',
  'run.status',
  'run.recovered',
  'step.started',
  'policy.decision',
  'step.retry',
  'step.completed',
  'step.failed',
  'step.denied',
  'gate.requested',
  'gate.resolved',
  'shards.merged',
]);

/** A time as the engine's clock writes it (`Date.prototype.toISOString`: UTC, milliseconds). */
export function isEngineTime(value: unknown): value is string {
  return (
    typeof value === 'string' &&
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/.test(value) &&
    !Number.isNaN(Date.parse(value))
  );
}

/** Statuses a session ends in: a `run.status` line naming one of them is a stop. */
export const STOPPED = new Set(['paused', 'completed', 'failed', 'rejected']);

/** True when an audit line is a stop (a `run.status` line with a stopped status). */
export function isStop(line: AuditLine): boolean {
  return line.event === 'run.status' && STOPPED.has(String(line.details?.status));
}

/** The caller's part of a line; sequence, time and links are added by `chainLine`. */
export type AuditEntry = Omit<AuditLine, 'seq' | 'ts' | 'run_id' | 'prev_hash' | 'hash'>;

/** Builds the next line of the chain: `hash` covers every other field, `prev_hash` links the previous line. */
export function chainLine(
  entry: AuditEntry,
  link: { seq: number; head: Digest; runId: string; ts: string },
): AuditLine {
  const body = { seq: link.seq + 1, ts: link.ts, run_id: link.runId, ...entry, prev_hash: link.head };
  return { ...body, hash: digestObject(body) };
}

/** True when a line's `hash` is the digest of everything else in it (the line's own hash holds). */
export function lineHashHolds(line: AuditLine): boolean {
  const { hash, ...body } = line;
  return isDigest(hash) && digestObject(body) === hash;
}

export type ChainCheck =
  | { ok: true; lines: AuditLine[]; texts: string[]; head: Digest; torn: boolean }
  | { ok: false; line: number; message: string; lines: AuditLine[] };

/**
 * Verifies `audit/log.jsonl` text against its genesis (the lock snapshot's hash). A final line without its
 * newline is an interrupted write: reported as `torn`, not as tampering; everything before it must hold.
 * Every line must be exactly what the writer produces (`JSON.stringify` of the parsed line): a duplicate key,
 * on which readers disagree, an escape, spacing or field order the writer never writes, is refused.
 */
export function verifyChain(text: string, genesis: Digest, runId: string): ChainCheck {
  const torn = !text.endsWith('\n') && text !== '';
  const raw: string[] = [];
  const lines: AuditLine[] = [];
  let head = genesis;
  for (const json of completeLines(text)) {
    const i = raw.push(json) - 1;
    const number = i + 1;
    let line: AuditLine;
    try {
      line = JSON.parse(raw[i]) as AuditLine;
    } catch {
      return { ok: false, line: number, message: 'is not valid JSON', lines };
    }
    if (line === null || typeof line !== 'object' || Array.isArray(line))
      return { ok: false, line: number, message: 'is not an object', lines };
    if (tooDeep(line, MAX_RECORD_DEPTH))
      return { ok: false, line: number, message: `nests deeper than ${MAX_RECORD_DEPTH} levels`, lines };
    if (JSON.stringify(line) !== raw[i])
      return {
        ok: false,
        line: number,
        message:
          'is not in the form the writer produces (a duplicate key, or an escape, spacing or field order it never writes)',
        lines,
      };
    if (line.seq !== number)
      return {
        ok: false,
        line: number,
        message: `has seq ${String(line.seq)}, expected ${number} (a line was removed, added or reordered)`,
        lines,
      };
    if (line.run_id !== runId)
      return {
        ok: false,
        line: number,
        message: `names run ${String(line.run_id)}, expected ${runId}`,
        lines,
      };
    if (line.prev_hash !== head)
      return {
        ok: false,
        line: number,
        message: `prev_hash does not link to ${number === 1 ? 'the lock snapshot hash' : `line ${number - 1}`}`,
        lines,
      };
    if (!lineHashHolds(line))
      return { ok: false, line: number, message: 'hash does not match the line content', lines };
    lines.push(line);
    head = line.hash;
  }
  return { ok: true, lines, texts: raw, head, torn };
}
