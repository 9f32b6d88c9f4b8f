import { describe, it, expect } from '@jest/globals';
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { auditLines, tempDir, writeWorkflow } from '../helpers.js';
import { createEchoBackend } from '../../src/backends/echo.js';
import { continueRun, decideGate, readRunState, verifyFolder } from '../../src/store/run-service.js';

const CLI = path.join(process.cwd(), 'dist/cli.js');
const RUNS = 50;
// Long enough that the run's own time (folder created → gate) is well above the jitter of Node's start-up.
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

/** Runs the built CLI and kills it with SIGKILL after `delayMs`; resolves when it is gone. */
function runAndKill(workflow: string, runs: string, delayMs: number): Promise<number | null> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, 'run', workflow, '--runs-dir', runs], {
      stdio: 'ignore',
      env: { ...process.env, AWO_ACTOR: 'ci' },
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), delayMs);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve(code);
    });
  });
}

/** Times one full run, and when its run folder appeared (polled every 2 ms): kills aim between the two. */
function timeFullRun(workflow: string, runs: string): Promise<{ full: number; created: number }> {
  const started = Date.now();
  let created = Number.POSITIVE_INFINITY;
  const poll = setInterval(() => {
    if (
      created === Number.POSITIVE_INFINITY &&
      fs.existsSync(runs) &&
      fs.readdirSync(runs).some((name) => name.startsWith('run_'))
    )
      created = Date.now() - started;
  }, 2);
  return new Promise((resolve) => {
    spawn(process.execPath, [CLI, 'run', workflow, '--runs-dir', runs], { stdio: 'ignore' }).on(
      'exit',
      () => {
        clearInterval(poll);
        const full = Date.now() - started;
        resolve({ full, created: Math.min(created, full) });
      },
    );
  });
}

const options = { backend: createEchoBackend(), actor: 'recoverer', env: {}, cwd: process.cwd() };

/** Drives an interrupted run to completion with the state machine's own moves; bounded. */
async function complete(runDir: string): Promise<void> {
  for (let i = 0; i < 6; i++) {
    const { state } = readRunState(runDir);
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
  it(`leaves ${RUNS} run folders that verify, complete with retry/resume, and never run a step twice`, async () => {
    expect(fs.existsSync(CLI)).toBe(true);
    const dir = tempDir();
    const workflow = crashWorkflow(dir);
    // Five full runs; the median one (by length) sets the window: kills aim after its run folder appeared
    // (Node's start-up, loading the bundle and creating the folder come first) and before it ended. Both
    // bounds come from the same run, so a slow first run on cold caches cannot invert them.
    const timings = [];
    for (let i = 0; i < 5; i++) timings.push(await timeFullRun(workflow, path.join(dir, `timing-${i}`)));
    const { created: startup, full } = timings.sort((a, b) => a.full - b.full)[2];
    let killedMidRun = 0;
    let beforeCreation = 0;
    for (let n = 0; n < RUNS; n++) {
      const runs = path.join(dir, `runs-${n}`);
      const delay = Math.floor(startup + Math.random() * Math.max(1, full - startup));
      const code = await runAndKill(workflow, runs, delay);
      const folders = fs.existsSync(runs)
        ? fs.readdirSync(runs).filter((name) => name.startsWith('run_'))
        : [];
      if (folders.length === 0) {
        beforeCreation++;
        continue;
      }
      if (code === null) killedMidRun++;
      const runDir = path.join(runs, folders[0]);
      const context = `run ${n}, killed after ${delay} ms of ${full} ms`;

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
      `crash test: run folder after ${startup} ms, full run ${full} ms; ${killedMidRun} of ${RUNS} kills landed mid-run, ${beforeCreation} before the run folder existed`,
    );
    // The kills must really land inside runs, not only before or after them.
    expect(killedMidRun).toBeGreaterThanOrEqual(RUNS / 2);
    expect(beforeCreation + killedMidRun).toBeLessThanOrEqual(RUNS);
  }, 300_000);
});
