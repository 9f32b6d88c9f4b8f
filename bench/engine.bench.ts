/**
 * Engine overhead: a 10,000-step workflow (5,000 llm_map on echo + 5,000 write_text) through the whole
 * engine (validation, policy, audit chain, receipts, seal), next to a plain script that writes the very
 * same files with the same bytes and no engine, in the same process. Target: engine / plain ≤ 2.0.
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { createEchoBackend } from '../src/backends/echo.js';
import { digestObject } from '../src/core/hash.js';
import { loadWorkflow } from '../src/core/workflow-load.js';
import { startRun } from '../src/store/run-service.js';

const STEPS = 10_000;

function workflow(withPolicy: boolean): unknown {
  const steps: Record<string, unknown>[] = [];
  for (let i = 0; i < STEPS / 2; i++) {
    steps.push({
      id: `ask_${i}`,
      type: 'observe',
      op: 'llm_map',
      prompt: `Summarize item ${i}: the battery lasts all day`,
      params: { temperature: 0.2 },
    });
    steps.push({
      id: `note_${i}`,
      type: 'act',
      op: 'write_text',
      args: { path: `notes/${i % 50}/note_${i}.txt`, text: `Note ${i}: {{steps.ask_${i}.text}}` },
    });
  }
  const policy = withPolicy
    ? {
        id: 'bench-governance',
        tier: 'medium',
        default: 'allow',
        rules: [
          {
            id: 'no-secrets',
            match: { prompt_regex: 'password|api[_-]?key' },
            decision: 'deny',
            reason: 'no secrets in prompts',
          },
          {
            id: 'hot-models',
            match: { params: { temperature: { gt: 1.5 } } },
            decision: 'flag',
            reason: 'high temperature',
          },
          {
            id: 'model-allow-list',
            match: { op: 'llm_map', params: { model: { not_in: ['echo-1', 'gpt-4o'] } } },
            decision: 'deny',
            reason: 'model not allowed',
          },
          { id: 'no-etc', match: { path: 'etc/**' }, decision: 'deny', reason: 'not there' },
          {
            id: 'review-decide',
            match: { step_type: 'decide' },
            decision: 'flag',
            reason: 'decisions are reviewed',
          },
        ],
      }
    : undefined;
  return { name: 'bench', ...(policy ? { policy } : {}), steps };
}

/** Every file of a finished run folder, with its bytes. */
function readTree(dir: string): [string, Buffer][] {
  const out: [string, Buffer][] = [];
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) {
      const full = path.join(entry.parentPath, entry.name);
      out.push([path.relative(dir, full), fs.readFileSync(full)]);
    }
  }
  return out;
}

/** The reference: create the same folders and write the same files, nothing else. */
function plainWrite(target: string, files: [string, Buffer][]): number {
  const started = process.hrtime.bigint();
  const made = new Set<string>();
  for (const [rel, bytes] of files) {
    const folder = path.dirname(path.join(target, rel));
    if (!made.has(folder)) {
      fs.mkdirSync(folder, { recursive: true });
      made.add(folder);
    }
    fs.writeFileSync(path.join(target, rel), bytes);
  }
  return Number(process.hrtime.bigint() - started) / 1e6;
}

async function engineRun(root: string, withPolicy: boolean): Promise<{ ms: number; runDir: string }> {
  const file = path.join(root, `workflow-${withPolicy ? 'policy' : 'default'}.json`);
  fs.writeFileSync(file, JSON.stringify(workflow(withPolicy)));
  const started = process.hrtime.bigint();
  const outcome = await startRun({
    workflowPath: file,
    runsDir: path.join(root, 'runs'),
    backend: createEchoBackend(),
    actor: 'bench',
    env: {},
    cwd: root,
  });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (outcome.status !== 'completed') throw new Error(`bench run ended ${outcome.status}`);
  return { ms, runDir: outcome.runDir };
}

/**
 * The hashing DESIGN §5 asks of every run, timed alone on the run's own records: each audit line, each
 * receipt, each step's input and output, as RFC 8785 digests. No engine can go below it; `awo verify`
 * (and the report's verdict at each stop) does it once more.
 */
function contractHashing(files: [string, Buffer][]): number {
  const objects: unknown[] = [];
  for (const [rel, bytes] of files) {
    if (rel === 'audit/log.jsonl') {
      for (const line of bytes.toString('utf8').split('\n'))
        if (line !== '') objects.push({ ...(JSON.parse(line) as object), hash: undefined });
    } else if (rel.startsWith('receipts/steps/')) {
      objects.push({ ...(JSON.parse(bytes.toString('utf8')) as object), receipt_hash: undefined });
    } else if (rel.startsWith('outputs/')) {
      const record = JSON.parse(bytes.toString('utf8')) as { input: unknown; output: unknown };
      objects.push(record.input, record.output);
    }
  }
  const started = process.hrtime.bigint();
  for (const object of objects) digestObject(object);
  return Number(process.hrtime.bigint() - started) / 1e6;
}

/** Reading every file of the run back once, as a verdict taken from the disk must (the report's, at each stop). */
function readBack(runDir: string): number {
  const started = process.hrtime.bigint();
  readTree(runDir);
  return Number(process.hrtime.bigint() - started) / 1e6;
}

/** Validating the workflow file (zod, DESIGN §2), which happens before anything is written. */
function validation(file: string): number {
  const bytes = fs.readFileSync(file);
  const started = process.hrtime.bigint();
  loadWorkflow(bytes, file);
  return Number(process.hrtime.bigint() - started) / 1e6;
}

/** Flushes dirty pages so each timed phase starts from the same state, not from the previous one's writeback. */
function settle(dir: string): void {
  execFileSync('sync', ['-f', dir]);
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const list = (values: number[]) => values.map((v) => v.toFixed(0)).join(', ');

const REPETITIONS = 5;

export default async function (): Promise<void> {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'awo-bench-engine-'));
  try {
    // Nothing is deleted until the end: removing tens of thousands of files slows this disk's next file
    // creations for seconds, and that would land on whichever phase came next.
    for (const withPolicy of [false, true]) {
      // Warm-up (JIT, file-system caches), and the files the plain write copies.
      const warm = (await engineRun(root, withPolicy)).runDir;
      const files = readTree(warm);
      const engine: number[] = [];
      const plain: number[] = [];
      const plainSynced: number[] = [];
      for (let rep = 0; rep < REPETITIONS; rep++) {
        const phases: (() => Promise<void> | void)[] = [
          async () => {
            settle(root);
            engine.push((await engineRun(root, withPolicy)).ms);
          },
          () => {
            settle(root);
            const target = path.join(root, `plain-${withPolicy ? 'policy' : 'default'}-${rep}`);
            const written = plainWrite(target, files);
            plain.push(written);
            const started = process.hrtime.bigint();
            settle(target);
            plainSynced.push(written + Number(process.hrtime.bigint() - started) / 1e6);
          },
        ];
        // Alternate which phase goes first, so neither always inherits the other's writeback.
        if (rep % 2 === 1) phases.reverse();
        for (const phase of phases) await phase();
      }
      const hashing = median([contractHashing(files), contractHashing(files), contractHashing(files)]);
      const reading = median([readBack(warm), readBack(warm), readBack(warm)]);
      const workflowFile = path.join(root, `workflow-${withPolicy ? 'policy' : 'default'}.json`);
      const validating = median([
        validation(workflowFile),
        validation(workflowFile),
        validation(workflowFile),
      ]);
      const floor = median(plain) + hashing + reading + validating;
      const label = withPolicy ? 'governance on, 5-rule policy' : 'governance on, default policy';
      console.log(
        `engine, 10,000 steps (${label}), ${files.length} files: median ${median(engine).toFixed(0)} ms  [${list(engine)}]`,
      );
      console.log(
        `plain write of the same files:                 median ${median(plain).toFixed(0)} ms  [${list(plain)}]`,
      );
      console.log(
        `plain write + one sync -f (the engine's durability): median ${median(plainSynced).toFixed(0)} ms`,
      );
      console.log(
        `RFC 8785 hashing the contract requires, alone (audit lines, receipts, inputs, outputs): ${hashing.toFixed(0)} ms`,
      );
      console.log(
        `the work the contract asks for, each part timed alone: plain write + that hashing + reading every file back once for the report's verdict (${reading.toFixed(0)} ms) + validating the workflow (${validating.toFixed(0)} ms) = ${floor.toFixed(0)} ms, ${(floor / median(plain)).toFixed(2)} x the plain write`,
      );
      const paired = engine.map((ms, i) => ms / plain[i]);
      console.log(
        `ratio engine / plain-write: ${(median(engine) / median(plain)).toFixed(2)} (target <= 2.0); engine / plain-write+sync: ${(median(engine) / median(plainSynced)).toFixed(2)}`,
      );
      // This machine's disk speed swings several-fold from one minute to the next; the paired ratios show it.
      console.log(
        `paired ratios per repetition: ${paired.map((r) => r.toFixed(2)).join(', ')} (median ${median(paired).toFixed(2)})`,
      );
    }
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
}
