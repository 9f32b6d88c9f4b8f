import { createRequire } from 'node:module';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { startBenchServers } from './bench-servers.js';

/** The part of autocannon's API and result this bench reads. */
interface CannonRequest {
  method: string;
  path: string;
  headers?: Record<string, string>;
  body?: string;
  setupRequest?: (request: CannonRequest) => CannonRequest;
}
interface CannonResult {
  requests: { average: number; total: number };
  latency: { p99: number; average: number };
  non2xx: number;
  errors: number;
}
type Autocannon = (options: {
  url: string;
  connections: number;
  duration?: number;
  amount?: number;
  requests?: CannonRequest[];
  headers?: Record<string, string>;
}) => Promise<CannonResult>;

const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;

function line(name: string, result: CannonResult, reference?: CannonResult): string {
  const ratio = reference
    ? `  (${(reference.requests.average / result.requests.average).toFixed(1)}x slower than the bare route)`
    : '';
  return `${name.padEnd(34)} ${result.requests.average.toFixed(0).padStart(7)} req/s  p99 ${String(result.latency.p99).padStart(4)} ms  non-2xx ${result.non2xx}${ratio}`;
}

/**
 * `npm run bench -- server`: requests/s and p99 for `GET /workflows/runs/{id}` and for recording external
 * steps, next to a bare Fastify route returning a constant in the same process (the reference).
 */
export default async function (): Promise<void> {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'awo-bench-serve-'));
  const servers = await startBenchServers(root);
  try {
    const { url, bareUrl, headers } = servers;
    const steps = Array.from({ length: 10 }, (_, i) => ({
      id: `s${i}`,
      op: 'llm_map',
      prompt: `Summarize point ${i}`,
    }));
    const created = await fetch(`${url}/workflows/runs`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ workflow: { steps } }),
    });
    const run = (await created.json()) as { run_id: string; audit: { lines: number } };
    const held = await fetch(`${url}/workflows/runs`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ workflow: { steps }, start: false }),
    });
    const heldRun = (await held.json()) as { run_id: string };

    const duration = 5;
    const reference = await autocannon({ url: `${bareUrl}/constant`, connections: 10, duration });
    const get = await autocannon({
      url: `${url}/workflows/runs/${run.run_id}`,
      connections: 10,
      duration,
      headers,
    });
    let n = 0;
    const record = await autocannon({
      url,
      connections: 10,
      duration,
      requests: [
        {
          method: 'POST',
          path: `/workflows/runs/${heldRun.run_id}/steps`,
          headers,
          setupRequest: (request) => ({
            ...request,
            body: JSON.stringify({ id: `ext${n++}`, input: { n }, output: { ok: true } }),
          }),
        },
      ],
    });
    const last = (await (await fetch(`${url}/workflows/runs/${heldRun.run_id}`, { headers })).json()) as {
      audit: { lines: number };
    };

    console.log(line('bare Fastify route (reference)', reference));
    console.log(line(`GET run (${run.audit.lines} audit lines)`, get, reference));
    console.log(line(`POST step (run grew to ${last.audit.lines} lines)`, record, reference));
    console.log(
      [
        'where the time goes: GET replays and re-verifies the whole audit chain from disk on every request (no cache; a',
        "reader must see what a crash or another process left); POST step opens the run the same way under the run's",
        'mutex, then writes the output, receipt and four log lines and fsyncs them (commit) before answering, so one',
        'run takes one step at a time and each step costs more as its chain grows.',
      ].join('\n'),
    );
  } finally {
    await servers.close();
    fs.rmSync(root, { recursive: true, force: true });
  }
}
