import { describe, it, expect } from '@jest/globals';
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { auditLines, tempDir, writeWorkflow } from '../helpers.js';
import { createEchoBackend } from '../../src/backends/echo.js';
import { continueRun, decideGate, verifyFolder } from '../../src/store/run-service.js';
import { readRunState } from '../../src/store/run-reading.js';

const CLI = path.join(process.cwd(), 'dist/cli.js');
// The test sizes itself to the machine: as many kill-and-recover rounds as fit in BUDGET_MS (at most
// MAX_RUNS, at least MIN_RUNS), measured as it goes, so a slow or busy machine does fewer rounds instead
// of running into the timeout (TIMEOUT_MS, well above the budget plus one round).
const MAX_RUNS = 50;
const MIN_RUNS = 8;
const BUDGET_MS = 100_000;
const TIMEOUT_MS = 300_000;
// Long enough that the tenth of the trail left after the farthest aim takes far longer than one 2 ms poll.
const STEP_COUNT = 800;
const GATE_AT = 401;

/** 800 steps: llm_map and write_text alternating (each write reads the previous output), a gate at step 401. */
function crashWorkflow(dir: string): string {
  const steps: Record<string, unknown>[] = [];
  for (let i = 0; i < STEP_COUNT; i++) {
    if (i === GATE_AT) steps.push({ id: `s${i}`, op: 'audit_gate' });
    else if (i % 2 === 0) steps.push({ id: `s${i}`, op: 'llm_map', prompt: `Item ${i}`, inputs: ['a', 'b'] });
    else
      steps.push({
        id: `s${i}`,
        op: 'write_text',
        args: { path: `out/${i}.txt`, text: `{{steps.s${i - 1}.text}}` },
      });
  }
  return writeWorkflow(dir, { steps });
}

/** Size of the audit trail of the run folder under `runs`, once there is one (0 before). */
function auditLogSize(runs: string): number {
  const folder = fs.existsSync(runs)
    ? fs.readdirSync(runs).find((name) => name.startsWith('run_'))
    : undefined;
  if (!folder) return 0;
  try {
    return fs.statSync(path.join(runs, folder, 'audit', 'log.jsonl')).size;
  } catch {
    return 0;
  }
}

function startRunProcess(workflow: string, runs: string) {
  return spawn(process.execPath, [CLI, 'run', workflow, '--runs-dir', runs], {
    stdio: 'ignore',
    env: { ...process.env, AWO_ACTOR: 'ci' },
  });
}

/**
 * Runs the built CLI and kills it with SIGKILL once its audit trail has reached `bytes` (polled every
 * 2 ms). The kill is aimed by the run's own progress, not by the clock: a busy machine slows the run and
 * the aim alike. Resolves with the exit code (null when the kill landed).
 */
function runAndKill(workflow: string, runs: string, bytes: number): Promise<number | null> {
  return new Promise((resolve) => {
    const child = startRunProcess(workflow, runs);
    const poll = setInterval(() => {
      if (auditLogSize(runs) >= bytes) child.kill('SIGKILL');
    }, 2);
    child.on('exit', (code) => {
      clearInterval(poll);
      resolve(code);
    });
  });
}

/** The audit trail's size after one whole run (to its pause at the gate): kills aim below it. */
function fullRunAuditSize(workflow: string, runs: string): Promise<number> {
  return new Promise((resolve) => {
    startRunProcess(workflow, runs).on('exit', () => resolve(auditLogSize(runs)));
  });
}

const options = { backend: createEchoBackend(), actor: 'recoverer', env: {}, cwd: process.cwd() };

/** Drives an interrupted run to completion with the state machine's own moves; bounded. */
async function complete(runDir: string): Promise<void> {
  for (let i = 0; i < 6; i++) {
    const { state } = await readRunState(runDir);
    if (state.status === 'completed') return;
    const pending = state.gates.find((gate) => gate.status === 'pending');
    if (state.status === 'paused' && pending)
      await decideGate(
        runDir,
        { decision: 'approved', actor: 'reviewer', comment: '', source: 'cli' },
        options,
      );
    else if (state.status === 'paused') await continueRun(runDir, 'resume', options);
    else await continueRun(runDir, 'retry', options);
  }
  throw new Error(`${runDir} did not complete`);
}

describe('SIGKILL at random points', () => {
  it(
    `leaves up to ${MAX_RUNS} run folders that verify, complete with retry/resume, and never run a step twice`,
    async () => {
      expect(fs.existsSync(CLI)).toBe(true);
      const dir = tempDir();
      const workflow = crashWorkflow(dir);
      const full = await fullRunAuditSize(workflow, path.join(dir, 'full'));
      expect(full).toBeGreaterThan(0);
      let killedMidRun = 0;
      let beforeCreation = 0;
      let rounds = 0;
      const roundsStarted = Date.now();
      for (let n = 0; n < MAX_RUNS; n++) {
        const spent = Date.now() - roundsStarted;
        if (n >= MIN_RUNS && spent + spent / n > BUDGET_MS) break;
        rounds++;
        const runs = path.join(dir, `runs-${n}`);
        // Anywhere from the first lines to nine tenths of the trail: inside the run, by construction.
        const aim = Math.floor(full * (0.02 + Math.random() * 0.88));
        const code = await runAndKill(workflow, runs, aim);
        const folders = fs.existsSync(runs)
          ? fs.readdirSync(runs).filter((name) => name.startsWith('run_'))
          : [];
        if (folders.length === 0) {
          beforeCreation++;
          continue;
        }
        if (code === null) killedMidRun++;
        const runDir = path.join(runs, folders[0]);
        const context = `run ${n}, killed at ${aim} of ${full} audit bytes`;

        const interrupted = verifyFolder(runDir);
        expect({ context, ok: interrupted.ok, message: interrupted.message }).toEqual({
          context,
          ok: true,
          message: undefined,
        });

        await complete(runDir);
        const final = verifyFolder(runDir);
        expect({ context, verdict: final.verdict, status: final.status, message: final.message }).toEqual({
          context,
          verdict: 'verified',
          status: 'completed',
          message: undefined,
        });

        const completions = auditLines(runDir)
          .filter((line) => line.event === 'step.completed')
          .map((line) => line.step_id);
        expect({ context, count: completions.length, unique: new Set(completions).size }).toEqual({
          context,
          count: STEP_COUNT,
          unique: STEP_COUNT,
        });
      }
      console.log(
        `crash test: audit trail of a whole run ${full} bytes; ${rounds} rounds in ${Date.now() - roundsStarted} ms; ${killedMidRun} of ${rounds} kills landed mid-run, ${beforeCreation} before the run folder existed`,
      );
      // The kills must really land inside runs, not only before or after them.
      expect(rounds).toBeGreaterThanOrEqual(MIN_RUNS);
      expect(killedMidRun).toBeGreaterThanOrEqual(rounds / 2);
      expect(beforeCreation + killedMidRun).toBeLessThanOrEqual(rounds);
    },
    TIMEOUT_MS,
  );
});
