import { createBackend } from '../src/backends/index.js';
import { ConcurrencyLimiter, DEFAULT_MAX_CONCURRENCY, mapConcurrent } from '../src/core/concurrency.js';
import { systemClock } from '../src/core/ports.js';
import { callWithRetry, DEFAULT_RETRY } from '../src/core/retry.js';
import { once } from 'node:events';
import { Worker } from 'node:worker_threads';

/**
 * Model-call throughput: prompts through the real openai backend, the retry loop, the shared limiter
 * and mapConcurrent, against a local Chat Completions server that answers each call after 50 ms.
 * The server runs on its own thread, as a provider runs on its own machine. The reference is the
 * ideal for that latency: concurrency / 0.05 s calls per second.
 * `AWO_BENCH_PROMPTS` changes the prompt count (default 1,000 at every concurrency).
 */
export default async function (): Promise<void> {
  const latencyMs = 50;
  const prompts = Number(process.env.AWO_BENCH_PROMPTS ?? 1000);
  const key = 'sk-bench-not-a-real-key-0000';
  const worker = new Worker(new URL('./fake-provider-worker.js', import.meta.url), {
    workerData: { flavor: 'openai', apiKey: key, latencyMs },
  });
  const ask = async <T>(message: string): Promise<T> => {
    const reply = once(worker, 'message') as Promise<[T]>;
    worker.postMessage(message);
    return (await reply)[0];
  };
  const [{ baseUrl }] = (await once(worker, 'message')) as [{ baseUrl: string }];
  const server = { baseUrl, requests: async () => (await ask<{ count: number }>('count')).count };
  try {
    const backend = createBackend('openai', {
      model: 'gpt-4o-mini',
      baseUrl: server.baseUrl,
      apiKey: key,
      env: {},
    });
    const limiter = new ConcurrencyLimiter({ max: DEFAULT_MAX_CONCURRENCY, clock: systemClock });
    const items = Array.from({ length: prompts }, (_, i) => `Summarize item ${i}: the battery lasts all day`);
    // Warm the connection pool so the first measured calls do not pay for TCP setup.
    await mapConcurrent(items.slice(0, 32), 32, (p) => backend.generate(p, {}));

    console.log(
      `${prompts} prompts, server latency ${latencyMs} ms, openai backend + callWithRetry + limiter + mapConcurrent`,
    );
    console.log('concurrency  seconds   calls/s   ideal/s   % of ideal   retries');
    for (const concurrency of (process.env.AWO_BENCH_C ?? '1,8,32').split(',').map(Number)) {
      let retries = 0;
      const before = await server.requests();
      const started = performance.now();
      const results = await mapConcurrent(items, concurrency, async (prompt) => {
        const { value } = await callWithRetry(
          (signal) => backend.generate(prompt, { temperature: 0 }, signal),
          {
            ...DEFAULT_RETRY,
            clock: systemClock,
            limiter,
            onRetry: () => (retries += 1),
          },
        );
        return value.text;
      });
      const seconds = (performance.now() - started) / 1000;
      if (results.length !== prompts || results[prompts - 1] !== `reply to: ${items[prompts - 1]}`) {
        throw new Error('benchmark answers are out of order or missing');
      }
      if ((await server.requests()) - before !== prompts + retries)
        throw new Error('unexpected request count');
      const rate = prompts / seconds;
      const ideal = concurrency / (latencyMs / 1000);
      console.log(
        `${String(concurrency).padStart(11)}  ${seconds.toFixed(2).padStart(7)}  ${rate.toFixed(1).padStart(8)}  ` +
          `${ideal.toFixed(1).padStart(8)}  ${((100 * rate) / ideal).toFixed(1).padStart(10)} %  ${String(retries).padStart(7)}`,
      );
    }
  } finally {
    await ask('close');
    await worker.terminate();
  }
}
