import * as path from 'node:path';
import { AUDIT_LOG, verifyChain, type AuditLine } from '../core/audit-chain.js';
import { IllegalTransition, InputError, IntegrityError, messageOf, NotFoundError } from '../core/errors.js';
import { parseObject } from '../core/run-files.js';
import { lockHash, type LockSnapshot, type RunInput } from '../core/run-plan.js';
import { utf8Text } from '../core/utf8-text.js';
import { readRunState } from '../store/run-reading.js';
import { heldByAnother } from '../store/run-lock.js';
import { requireRunFolder, RUN_ID } from '../store/run-folder.js';
import { FsRunStore } from '../store/run-store.js';
import { auditStamp } from './held-runs.js';
import { matchesTag, runSummaryJson, runViewJson, viewTag, type RunSnapshot } from './run-view.js';

/** How many runs' last-read states are kept between requests (the oldest read is dropped first). */
const CACHED_RUNS = 256;

/** How many runs' audit trails are kept for paging (the oldest read is dropped first). */
const CACHED_TRAILS = 8;

/** A run's state as last read, and the audit trail's identity then: any session's change appends to it. */
interface CachedRun {
  snapshot: RunSnapshot;
  /** `ino:size:mtimeNs` of audit/log.jsonl when the snapshot was taken. */
  auditStamp: string;
}

/** The folder of a run id in `runsDir`, or 404 when the id is malformed or names no run. */
export function runFolder(runsDir: string, runId: string): string {
  if (!RUN_ID.test(runId))
    throw new NotFoundError(`no run ${runId}: run ids look like run_2026-01-31T12-00-00Z`);
  const dir = path.join(runsDir, runId);
  try {
    return requireRunFolder(dir);
  } catch {
    throw new NotFoundError(`no run ${runId} in the runs folder`);
  }
}

/**
 * What the server's requests read of runs, taking no lock (run files are replaced atomically and a torn last
 * audit line is ignored, so a reader sees a consistent prefix): a run's state, its view and its audit trail,
 * each read once and kept while the run's audit trail is unchanged, and the live state of runs a session of
 * this server has open.
 */
export class RunReads {
  /** Runs a session of this server has open now (executing in the background, or acting): their live state. */
  readonly live = new Map<string, RunSnapshot>();
  /** Runs read before: a read whose audit trail is unchanged since costs one stat, not a re-derivation. */
  private readonly cache = new Map<string, CachedRun>();
  /** Audit trails last paged through, with the stamp they were read at. */
  private readonly trails = new Map<string, { stamp: string | undefined; lines: AuditLine[] }>();
  /** Serialised views of remembered snapshots (they never change once remembered). */
  private readonly views = new WeakMap<RunSnapshot, Buffer>();
  /** Runs that did not verify when the server started, with what verify said: refused until a restart. */
  private readonly unverified = new Map<string, string>();

  constructor(private readonly runsDir: string) {}

  /**
   * The run as its audit trail says, without changing anything. A run this server is working on is shown
   * from its live state (progress while it executes); another is read once and kept while its audit trail
   * is unchanged (every change of a run, by any session, appends to it), so a poll costs one stat.
   */
  read(runId: string): Promise<RunSnapshot> {
    return Promise.resolve().then(async () => {
      this.refuseUnverified(runId);
      const live = this.live.get(runId);
      if (live) return live;
      // Only an id whose folder was found before is kept: its trail's stamp is the one check a poll needs.
      const cached = this.cache.get(runId);
      if (cached && cached.auditStamp === auditStamp(path.join(this.runsDir, runId))) return cached.snapshot;
      const dir = runFolder(this.runsDir, runId);
      const stamp = auditStamp(dir);
      const snapshot = await readRunState(dir).catch((err: unknown) => {
        // A session of another process (a CLI resume) writing the run meanwhile: what was read is a moment of
        // its work, not tampering.
        const busy = heldByAnother(dir);
        if (busy)
          throw new IllegalTransition(`run ${runId} is being changed by ${busy}; read it again once it ends`);
        throw runFileRefused(err, runId);
      });
      this.remember(runId, snapshot, stamp);
      return snapshot;
    });
  }

  /**
   * `GET /workflows/runs/{id}`'s body, the run's view as JSON, and its entity tag. A remembered run's view is
   * serialised once and sent as is to every poll until the run changes; a live run's is built anew for each.
   * `unless`: the tag the client holds; when it still matches, no body is built at all.
   */
  async readView(
    runId: string,
    unless?: string,
    minimal = false,
  ): Promise<{ tag: string; body: Buffer | undefined }> {
    const snapshot = await this.read(runId);
    const tag = viewTag(snapshot.state, minimal);
    if (matchesTag(unless, tag)) return { tag, body: undefined };
    // The summary does not grow with the run: rendered for each request, never kept.
    if (minimal) return { tag, body: runSummaryJson(snapshot) };
    if (this.live.get(runId) === snapshot) return { tag, body: runViewJson(snapshot) };
    let body = this.views.get(snapshot);
    if (body === undefined) {
      body = runViewJson(snapshot);
      this.views.set(snapshot, body);
    }
    return { tag, body };
  }

  /** Keeps a run's state as of its audit trail's `stamp` (none: the run is read again next time). */
  remember(runId: string, snapshot: RunSnapshot, stamp: string | undefined): void {
    this.cache.delete(runId);
    if (stamp === undefined) return;
    this.cache.set(runId, { snapshot, auditStamp: stamp });
    if (this.cache.size > CACHED_RUNS) this.cache.delete(this.cache.keys().next().value as string);
  }

  /**
   * A page of the audit trail: lines with `seq` greater than `after`, at most `limit`. The trail is read and
   * its chain checked once per change (the lines are kept while its stamp is unchanged), so paging through
   * a long trail does not re-read it for every page.
   */
  logs(runId: string, after: number, limit: number): Promise<{ lines: AuditLine[]; total: number }> {
    return Promise.resolve().then(() => {
      this.refuseUnverified(runId);
      const dir = runFolder(this.runsDir, runId);
      const stamp = auditStamp(dir);
      let lines = this.trails.get(runId);
      if (lines === undefined || lines.stamp !== stamp) {
        lines = { stamp, lines: readTrail(dir) };
        this.trails.delete(runId);
        if (stamp !== undefined) this.trails.set(runId, lines);
        if (this.trails.size > CACHED_TRAILS) this.trails.delete(this.trails.keys().next().value as string);
      }
      return { lines: lines.lines.slice(after, after + limit), total: lines.lines.length };
    });
  }

  /**
   * Marks a run that did not verify (or could not be checked) when the server started: every read and move
   * of it is refused (409 INTEGRITY, naming what verify found) rather than shown from its seal, which a
   * forger can rewrite, until a restart finds it verifying.
   */
  markUnverified(runId: string, message: string): void {
    this.unverified.set(runId, message);
    this.forget(runId);
  }

  /** Throws 409 INTEGRITY for a run marked by {@link markUnverified}. */
  refuseUnverified(runId: string): void {
    const message = this.unverified.get(runId);
    if (message !== undefined)
      throw new IntegrityError(
        `run folder ${runId} did not verify when the server started: ${message}`,
        runId,
      );
  }

  /** Drops what is kept of a run: a move failed, and its next reading must find what the failure left. */
  forget(runId: string): void {
    this.cache.delete(runId);
  }
}

/**
 * An error met while opening or reading a run folder, as the server answers it: a run file that cannot be
 * read (a FIFO, a device, one too large: the store's InputError) is the run's evidence failing, not the
 * request, so it is an IntegrityError (409) naming the run and the file.
 */
export function runFileRefused(err: unknown, runId: string): unknown {
  return err instanceof InputError ? new IntegrityError(`${runId}: ${err.message}`, runId) : err;
}

/**
 * A run's audit trail, its chain checked against the run's lock snapshot. Read through the run store, as
 * every other read of a run file: a FIFO or device in its place is refused by its type (never waited on,
 * which would hold a thread of the pool for ever), and a record nested too deep is refused, not recursed into.
 */
function readTrail(dir: string): AuditLine[] {
  const store = new FsRunStore(dir);
  const read = (rel: string): string => {
    let bytes: Uint8Array | undefined;
    try {
      bytes = store.read(rel);
      if (bytes !== undefined) return utf8Text(bytes);
    } catch (err) {
      throw new IntegrityError(`${rel}: ${messageOf(err)}`, rel);
    }
    throw new IntegrityError(`${rel} is missing`, rel);
  };
  const record = <T>(rel: string): T => {
    const value = parseObject<T>(read(rel));
    if (!value) throw new IntegrityError(`${rel} is not a record the run writes`, rel);
    return value;
  };
  const lock = record<LockSnapshot>('lock.snapshot.json');
  const input = record<RunInput>('input.json');
  const chain = verifyChain(read(AUDIT_LOG), lockHash(lock), input.run_id);
  if (!chain.ok)
    throw new IntegrityError(
      `${AUDIT_LOG} line ${chain.line} ${chain.message}`,
      `${AUDIT_LOG}:${chain.line}`,
    );
  return chain.lines;
}
