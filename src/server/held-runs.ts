import * as fs from 'node:fs';
import * as path from 'node:path';
import type { EngineContext, OpenRun } from '../core/engine.js';
import { AUDIT_LOG } from '../core/audit-chain.js';
import { FsRunStore } from '../store/run-store.js';

/** How many running runs are kept open between requests (the one left longest ago is dropped first). */
const HELD_RUNS = 64;

/** A run a move of this server left running, still open: its state, its store and the session's context. */
interface HeldRun {
  run: OpenRun;
  ctx: EngineContext;
  store: FsRunStore;
  /** The audit trail's identity when the move ended: every change of a run, by any session, appends to it. */
  stamp: string;
}

/** What a move on a held run is given (the rest of its context is the one the run was opened with). */
export interface HeldMove {
  actor: string;
  command: string;
  holder: string;
  backend: EngineContext['backend'];
}

/**
 * Runs this server opened and left running (external steps reported one by one), kept open between
 * requests so the next move costs what it adds instead of re-reading the whole folder. A held run is used
 * only while its audit trail is exactly as this server left it, checked under the folder's lock: a change
 * by any other session (the CLI's approve, a crash recovery) appends to the trail, and the run is then
 * opened from its files again. After a restart every run is opened from its files (and verified) once.
 */
export class HeldRuns {
  private readonly runs = new Map<string, HeldRun>();

  /**
   * Takes the held run of `runId` for one move: locks its folder and returns the run and the context to act
   * with, or undefined (nothing held, or the folder changed since) for a move that opens it from its files.
   * The caller holds the run's mutex and closes the store once the move is over (which gives the lock back).
   */
  take(runId: string, move: HeldMove): { run: OpenRun; ctx: EngineContext; store: FsRunStore } | undefined {
    const held = this.runs.get(runId);
    if (!held) return undefined;
    // Whatever follows, the next move starts from what this one leaves: kept again only when it ends well.
    this.runs.delete(runId);
    held.store.lock(move.holder);
    if (auditStamp(held.store.dir) !== held.stamp) {
      held.store.close();
      return undefined;
    }
    const ctx: EngineContext = {
      ...held.ctx,
      actor: move.actor,
      command: move.command,
      backend: move.backend,
    };
    return { run: held.run, ctx, store: held.store };
  }

  /** Keeps a run a move left running (its folder still locked by that move, which releases it next). */
  keep(run: OpenRun, ctx: EngineContext): void {
    const runId = run.journal.state.run_id;
    this.runs.delete(runId);
    if (run.journal.state.status !== 'running' || !(ctx.store instanceof FsRunStore)) return;
    const stamp = auditStamp(ctx.store.dir);
    if (stamp === undefined) return;
    this.runs.set(runId, { run, ctx, store: ctx.store, stamp });
    if (this.runs.size > HELD_RUNS) this.runs.delete(this.runs.keys().next().value as string);
  }

  /** Forgets a run (a move on it failed: the next one opens it from its files, recovering what is left). */
  drop(runId: string): void {
    this.runs.delete(runId);
  }
}

/** Identity of a run's audit trail as it is now: inode, size, modification and change time (ns). */
export function auditStamp(dir: string): string | undefined {
  try {
    const stat = fs.statSync(path.join(dir, ...AUDIT_LOG.split('/')), { bigint: true });
    return `${stat.ino}:${stat.size}:${stat.mtimeNs}:${stat.ctimeNs}`;
  } catch {
    // No audit trail: nothing to key a kept state on; a read names what is wrong.
    return undefined;
  }
}
