import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { SEAL } from '../../src/core/run-files.js';
import { verifyFolder } from '../../src/store/run-service.js';
import { treeDigest } from '../helpers.js';
import {
  ApiClient,
  policy,
  TOKENS,
  TOKENS_FILE,
  validatorFor,
  type Problem,
  type RunView,
} from './api-harness.js';

const repo = path.resolve(import.meta.dirname, '../..');
let root: string;
let cli: string;

/** Bundles the CLI from the current sources (as `npm run bundle` does) into a temporary folder. */
function bundleCli(out: string): void {
  const script = `import ncc from ${JSON.stringify(path.join(repo, 'node_modules/@vercel/ncc/dist/ncc/index.js'))};
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
const { code, assets } = await ncc(${JSON.stringify(path.join(repo, 'src/cli/index.ts'))}, { minify: false, sourceMap: false, quiet: true, target: 'es2022' });
writeFileSync(${JSON.stringify(out)}, code.replace(/^#!.*\\n/, ''));
// The chunks each command loads on demand (and the workers), beside the entry as scripts/bundle.mjs writes them.
for (const [name, asset] of Object.entries(assets ?? {}))
  if (name !== 'package.json') writeFileSync(join(${JSON.stringify(path.dirname(out))}, name), asset.source);`;
  fs.writeFileSync(path.join(path.dirname(out), 'package.json'), '{ "type": "module" }\n');
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
    cwd: repo,
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`bundling the CLI failed: ${result.stderr}`);
}

interface Server {
  child: ChildProcess;
  client: ApiClient;
  stderr: () => string;
}

/** Starts `awo serve` on port 0 and waits for its "listening on" line (or its exit). */
async function startServer(): Promise<Server> {
  const args = [
    cli,
    'serve',
    '--port',
    '0',
    '--runs-dir',
    'runs',
    '--tokens',
    'tokens.json',
    '--workflows-dir',
    'workflows',
  ];
  const child = spawn(process.execPath, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  let err = '';
  child.stderr?.on('data', (chunk: Buffer) => (err += chunk.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /listening on (http:\/\/\S+)/.exec(out);
      if (match?.[1]) resolve(match[1]);
    });
    child.once('exit', (code) =>
      reject(new Error(`awo serve exited with ${String(code)} before listening: ${err}`)),
    );
  });
  return { child, client: new ApiClient(url, await validatorFor(url)), stderr: () => err };
}

function exited(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve(child.exitCode);
    else child.once('exit', (code) => resolve(code));
  });
}

const workflow = {
  policy: policy([
    { id: 'review-notes', match: { op: 'write_text' }, decision: 'flag', reason: 'notes are reviewed' },
  ]),
  steps: [
    {
      id: 'many',
      op: 'llm_map',
      prompt: 'Summarize item {{item}}',
      inputs: Array.from({ length: 400 }, (_, i) => `item ${i}`),
    },
    { id: 'more', op: 'llm_map', prompt: 'Again: {{steps.many.text}}' },
    { id: 'note', op: 'write_text', args: { path: 'note.txt', text: 'noted' } },
  ],
};

beforeAll(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'awo-restart-'));
  fs.mkdirSync(path.join(root, 'workflows'));
  fs.mkdirSync(path.join(root, 'bin'));
  fs.writeFileSync(path.join(root, 'tokens.json'), JSON.stringify(TOKENS_FILE));
  fs.writeFileSync(path.join(root, 'workflows/wf.json'), JSON.stringify(workflow));
  cli = path.join(root, 'bin/cli.js');
  bundleCli(cli);
}, 180_000);

afterAll(() => {
  fs.rmSync(root, { recursive: true, force: true });
});

describe('restart after SIGKILL', () => {
  test('a server killed during work restarts with every run folder verifiable, and every run can be finished', async () => {
    const first = await startServer();
    const held = await first.client.post('/workflows/runs?wait=true', {
      workflow_path: 'wf.json',
      start: false,
    });
    expect(held.status).toBe(201);

    // Work in flight on many runs at once; the server is killed as soon as the first of it is answered.
    const work: Promise<unknown>[] = [];
    for (let i = 0; i < 6; i++)
      work.push(first.client.post('/workflows/runs?wait=true', { workflow_path: 'wf.json' }));
    for (let i = 0; i < 20; i++)
      work.push(
        first.client.post(`/workflows/runs/${held.body.run_id}/steps`, {
          id: `ext${i}`,
          input: { i },
          output: { ok: true },
        }),
      );
    await Promise.race(work);
    first.child.kill('SIGKILL');
    await Promise.allSettled(work);
    expect(await exited(first.child)).toBeNull();

    const second = await startServer();
    const runsDir = path.join(root, 'runs');
    const folders = fs.readdirSync(runsDir).sort();
    // Creations the kill cut short are removed at restart; everything left is a run folder.
    expect(folders.length).toBeGreaterThanOrEqual(1);
    for (const name of folders) {
      expect(name).toMatch(/^run_/);
      const report = verifyFolder(path.join(runsDir, name));
      expect({ name, ok: report.ok, message: report.message }).toEqual({
        name,
        ok: true,
        message: undefined,
      });
    }

    // Every run can be driven to its end over HTTP: retry what was interrupted, approve and resume gates.
    for (const name of folders) {
      const route = `/workflows/runs/${name}`;
      let run = (await second.client.get(route)).body;
      for (let move = 0; move < 6 && run.status !== 'completed'; move++) {
        if (run.status === 'running') {
          run = (await second.client.patch(`${route}/status?wait=true`, { action: 'retry' })).body;
        } else if (run.status === 'paused' && run.gate?.status === 'pending') {
          const decided = await second.client.patch<RunView | Problem>(
            `${route}/gates/${run.gate.gate_id}`,
            { decision: 'approved' },
            TOKENS.bob,
          );
          expect(decided.status).toBe(200);
          run = (await second.client.get(route)).body;
        } else if (run.status === 'paused') {
          run = (await second.client.patch(`${route}/status?wait=true`, { action: 'resume' })).body;
        } else {
          throw new Error(`${name} ended ${run.status}: ${run.failure?.reason ?? ''}`);
        }
      }
      expect({ name, status: run.status }).toEqual({ name, status: 'completed' });
      expect(verifyFolder(path.join(runsDir, name)).ok).toBe(true);
    }

    second.child.kill('SIGTERM');
    expect(await exited(second.child)).toBe(0);
    expect(second.stderr()).toContain('SIGTERM');
  }, 180_000);

  test('restart removes unfinished creations and re-seals a stop whose closing files were cut short', async () => {
    const runsDir = path.join(root, 'runs');
    const server = await startServer();
    const done = await server.client.post('/workflows/runs?wait=true', {
      workflow: { steps: [{ id: 'a', op: 'llm_map', prompt: 'hi' }] },
    });
    expect(done.body.status).toBe('completed');
    const second = await server.client.post('/workflows/runs?wait=true', {
      workflow: { steps: [{ id: 'b', op: 'llm_map', prompt: 'hello' }] },
    });
    expect(second.body.status).toBe('completed');
    server.child.kill('SIGKILL');
    await exited(server.child);

    // What a kill can leave: a run folder still being created, and a stopped run whose seal a session
    // removed (the first thing it does) before it could write anything back. A run whose workflow receipt
    // alone is gone was tampered with: it is named and left as it is, never re-sealed over.
    fs.mkdirSync(path.join(runsDir, '.creating-run_2020-01-01T00-00-00Z'));
    fs.writeFileSync(path.join(runsDir, '.creating-run_2020-01-01T00-00-00Z/workflow.snapshot.json'), '{}');
    const dir = path.join(runsDir, done.body.run_id);
    for (const file of SEAL) fs.rmSync(path.join(dir, file));
    expect(verifyFolder(dir)).toMatchObject({ ok: true, sealed: false, status: 'completed' });
    const other = path.join(runsDir, second.body.run_id);
    fs.rmSync(path.join(other, 'receipts/workflow.json'));
    const tampered = treeDigest(other);

    const again = await startServer();
    expect(fs.existsSync(path.join(runsDir, '.creating-run_2020-01-01T00-00-00Z'))).toBe(false);
    expect(verifyFolder(dir)).toMatchObject({ ok: true, sealed: true });
    expect(again.stderr()).toContain(`${path.basename(other)} does not verify, left as it is`);
    expect(treeDigest(other)).toEqual(tampered);
    expect(again.stderr()).toContain(`re-sealed ${done.body.run_id}`);
    again.child.kill('SIGTERM');
    expect(await exited(again.child)).toBe(0);
  }, 60_000);
});
