import * as fs from 'node:fs';
import * as path from 'node:path';
import * as core from '@actions/core';
import { AwoError, messageOf } from '../core/errors.js';
import { cancelRunFolder } from '../store/run-service.js';
import { readRunState } from '../store/run-reading.js';
import { githubContext } from './github-context.js';
import { outcomeOutputs } from './outcome.js';
import { publish } from './publish.js';
import * as state from './state.js';

/** Run folders the main step was working on: the one it saved, else those new in its runs folder. */
export function candidateRunDirs(): string[] {
  const runDir = state.read(state.keys.runDir);
  if (runDir) return [runDir];
  const runsDir = state.read(state.keys.runsDir);
  if (!runsDir || !fs.existsSync(runsDir)) return [];
  let known: string[] = [];
  try {
    known = JSON.parse(state.read(state.keys.knownRuns) || '[]') as string[];
  } catch {
    known = [];
  }
  return fs
    .readdirSync(runsDir)
    .filter((name) => !known.includes(name) && fs.existsSync(path.join(runsDir, name, 'input.json')))
    .map((name) => path.join(runsDir, name));
}

/**
 * The post step (`post-if: always()`): no evidence is lost. When the main step did not finish (the job
 * was cancelled, timed out or the process was killed) — or finished while its run was still running —
 * the run folder is sealed as failed (kind `cancelled`, reason recorded), packed and uploaded.
 */
export async function runPost(): Promise<void> {
  try {
    const finished = state.read(state.keys.finished) === 'true';
    const dirs = candidateRunDirs();
    if (dirs.length === 0) {
      core.info(
        finished
          ? 'AWO: the main step finished; nothing to seal'
          : 'AWO: the main step had not created a run folder; nothing to seal',
      );
      return;
    }
    const ctx = githubContext();
    const retentionDays = Number(state.read(state.keys.retentionDays) || '0');
    for (const dir of dirs) {
      const status = (await readRunState(dir)).state.status;
      if (status !== 'running' && !(status === 'paused' && !finished)) {
        core.info(`AWO: run ${path.basename(dir)} ended ${status} in the main step; nothing to seal`);
        continue;
      }
      const reason = finished
        ? 'the action main step ended with an error while the run was running; sealed by the post step'
        : `the action main step did not finish (the job was cancelled, timed out or the step was killed) while the run was ${status}; sealed by the post step`;
      const outcome = await cancelRunFolder(dir, reason, {
        backend: { name: 'none', generate: () => Promise.reject(new Error('sealing only')) },
        actor: ctx.actor ?? 'github-actions',
        env: process.env,
        cwd: ctx.workspace,
      });
      outcomeOutputs(outcome);
      const published = await publish(dir, outcome.status, ctx, retentionDays, [
        `Run sealed as failed (cancelled): ${reason}.`,
      ]);
      core.warning(
        `AWO run ${outcome.runId} was sealed as failed (cancelled): ${reason}. Partial evidence uploaded as ${published.name} (${published.sha256}).`,
        { title: 'AWO partial evidence' },
      );
    }
  } catch (err) {
    core.setFailed(
      `AWO post step could not seal and upload the partial evidence: ${err instanceof AwoError ? err.message : `internal error: ${messageOf(err)}`}`,
    );
  }
}
