import * as runner from './runner.js';

/**
 * What the main step leaves for the post step (`GITHUB_STATE`, read back as `STATE_*`). Written as
 * soon as each fact is known, so a step killed mid-run still tells the post step where its evidence is.
 */
export const keys = {
  /** Saved by the main step before anything else: the step that finds it is the post step. */
  post: 'awo-post',
  /** `true` once the main step finished, whatever the outcome: the post step then has nothing to do. */
  finished: 'awo-finished',
  mode: 'awo-mode',
  /** Absolute runs folder of a `run`: the run folder is the new one in it. */
  runsDir: 'awo-runs-dir',
  /** JSON list of the folders that were in `runsDir` before the run started. */
  knownRuns: 'awo-known-runs',
  /** Absolute run folder, once known (resume and finalize know it before the engine starts). */
  runDir: 'awo-run-dir',
  retentionDays: 'awo-retention-days',
} as const;

/** Saves one fact for the post step. */
export function save(key: (typeof keys)[keyof typeof keys], value: string): void {
  runner.saveState(key, value);
}

/** Reads one fact saved by the main step ('' when absent). */
export function read(key: (typeof keys)[keyof typeof keys]): string {
  return runner.getState(key);
}

/** Whether this is the post step: `dist/index.js` is the entry of both, and the main step saved the flag. */
export function isPost(): boolean {
  return read(keys.post) === 'true';
}
