import { execFile } from 'node:child_process';
import { once } from 'node:events';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';

/**
 * Scale-out: one job against four shard jobs plus their merge, each job a process of the built CLI
 * (`dist/cli.js`), all calling one local Chat Completions server (its own thread, as a provider is its
 * own machine) that answers every call after a fixed latency. Each job is capped at the same
 * concurrency, as a runner's rate limit would cap it, so the provider's latency, not this machine's CPU,
 * is the bound. Prints both wall times, the throughput ratio (target ≥ 3× with 4 shards) and what the
 * merge (verifying every shard bundle and writing the parent run) costs per shard.
 * `AWO_BENCH_SHARD_PROMPTS` (default 2,000), `AWO_BENCH_SHARD_LATENCY` (ms, default 100; a real model answers in 0.5 to 10 s) and
 * `AWO_BENCH_SHARD_CONCURRENCY` (per job, default 4) change the set-up.
 */
export default async function (): Promise<void> {
  const prompts = Number(process.env.AWO_BENCH_SHARD_PROMPTS ?? 2000);
  const latencyMs = Number(process.env.AWO_BENCH_SHARD_LATENCY ?? 100);
  const concurrency = Number(process.env.AWO_BENCH_SHARD_CONCURRENCY ?? 4);
  const shards = 4;
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
  const cli = path.join(root, 'dist', 'cli.js');
  if (!fs.existsSync(cli)) throw new Error(`${cli} is missing: run npm run bundle first`);
  const key = 'sk-bench-not-a-real-key-0000';
  const worker = new Worker(new URL('./fake-provider-worker.js', import.meta.url), {
    workerData: { flavor: 'openai', apiKey: key, latencyMs },
  });
  const [{ baseUrl }] = (await once(worker, 'message')) as [{ baseUrl: string }];
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'awo-bench-shard-'));
  const backend = ['--backend', 'openai', '--model', 'gpt-4o-mini', '--base-url', baseUrl];
  const awo = (args: string[]) =>
    new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
      execFile(
        process.execPath,
        [cli, ...args],
        {
          cwd: dir,
          env: { PATH: process.env.PATH ?? '', OPENAI_API_KEY: key, AWO_ACTOR: 'bench' },
          timeout: 600_000,
        },
        (err, stdout, stderr) => resolve({ code: err ? Number(err.code ?? 1) : 0, stdout, stderr }),
      );
    });
  const timed = async <T>(fn: () => Promise<T>): Promise<[T, number]> => {
    const started = performance.now();
    const value = await fn();
    return [value, (performance.now() - started) / 1000];
  };
  const must = (result: { code: number; stderr: string }, what: string) => {
    if (result.code !== 0) throw new Error(`${what} failed (${result.code}): ${result.stderr}`);
  };
  try {
    const workflow = {
      steps: [
        {
          id: 'grade',
          op: 'llm_map',
          prompt: 'Grade answer: {{item}}',
          params: { temperature: 0, concurrency },
          inputs: Array.from({ length: prompts }, (_, i) => `answer ${i}: the battery lasts all day`),
        },
        { id: 'report', op: 'write_text', args: { path: 'grades.txt', text: '{{steps.grade.text}}' } },
      ],
    };
    fs.writeFileSync(path.join(dir, 'wf.json'), JSON.stringify(workflow, null, 2));
    must(await awo(['plan', 'wf.json', '--shards', String(shards), '--out', 'plan.json']), 'awo plan');

    const [single, oneJob] = await timed(() => awo(['run', 'wf.json', '--runs-dir', 'single', ...backend]));
    must(single, 'the single job');
    const [shardRuns, shardWall] = await timed(() =>
      Promise.all(
        Array.from({ length: shards }, (_, i) =>
          awo([
            'shard',
            'wf.json',
            '--plan',
            'plan.json',
            '--index',
            String(i),
            '--out',
            'bundles',
            '--runs-dir',
            `shard${i}`,
            ...backend,
          ]),
        ),
      ),
    );
    shardRuns.forEach((run, i) => must(run, `shard ${i}`));
    const [merged, mergeSeconds] = await timed(() =>
      awo(['merge', 'wf.json', '--plan', 'plan.json', '--bundles', 'bundles', ...backend]),
    );
    must(merged, 'the merge');
    const parent = path.join(dir, merged.stdout.split('\n')[0]);
    const alone = path.join(dir, single.stdout.split('\n')[0]);
    if (
      !fs
        .readFileSync(path.join(parent, 'outputs/grade.json'))
        .equals(fs.readFileSync(path.join(alone, 'outputs/grade.json')))
    )
      console.log(
        'note: merged outputs differ from the single job (the provider answers are not deterministic)',
      );

    const ideal = prompts / (concurrency / (latencyMs / 1000));
    console.log(
      `${prompts} prompts, provider latency ${latencyMs} ms, ${concurrency} calls in flight per job, openai backend, each job a dist/cli.js process`,
    );
    console.log('set-up                       seconds   prompts/s   ideal s');
    const row = (label: string, seconds: number, idealSeconds: number) =>
      console.log(
        `${label.padEnd(27)}  ${seconds.toFixed(2).padStart(7)}  ${(prompts / seconds).toFixed(1).padStart(10)}  ${idealSeconds.toFixed(2).padStart(8)}`,
      );
    row('1 job', oneJob, ideal);
    row(`${shards} shards (in parallel)`, shardWall, ideal / shards);
    row(`${shards} shards + merge`, shardWall + mergeSeconds, ideal / shards);
    console.log(
      `throughput ratio: ${(oneJob / shardWall).toFixed(2)}× shards alone, ${(oneJob / (shardWall + mergeSeconds)).toFixed(2)}× with the merge (target ≥ 3×)`,
    );
    console.log(
      `merge: ${mergeSeconds.toFixed(2)} s for ${shards} shards = ${((mergeSeconds * 1000) / shards).toFixed(0)} ms per shard (verify each bundle in full, write and seal the parent)`,
    );
  } finally {
    worker.postMessage('close');
    await once(worker, 'message');
    await worker.terminate();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
