import { beforeAll, expect, it } from '@jest/globals';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { awo, tempDir, writeWorkflow } from '../helpers.js';
import { describeE2E, nodeBinary } from '../action/e2e-setup.js';

// Ctrl-C (SIGINT) or SIGTERM while the built CLI replays a bundle: the extraction it replays from and its
// work folder go (with --runs-dir the replayed run is written there, and stays as an interrupted run), and
// the process ends with the code a shell gives for the signal. The signal is sent once the replayed run's
// folder appears, with thousands of steps still to replay.
describeE2E('awo replay, interrupted', () => {
  const STEPS = 4000;
  let bundle: string;

  beforeAll(async () => {
    const dir = tempDir('x-replay-interrupt');
    const steps = Array.from({ length: STEPS }, (_, i) => ({
      id: `s${i}`,
      op: 'llm_map',
      prompt: `item ${i}`,
    }));
    const file = writeWorkflow(dir, { steps });
    const run = await awo(['run', file, '--runs-dir', path.join(dir, 'runs'), '--backend', 'echo']);
    expect(run.code).toBe(0);
    const pack = await awo(['pack', run.out.split('\n')[0], '--out', dir]);
    expect(pack.code).toBe(0);
    bundle = pack.out.split('\n')[0];
  });

  it.each([
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const)('removes its extraction and work folder on %s and exits %i', async (signal, exitCode) => {
    const tmp = tempDir('x-replay-tmp');
    const runs = path.join(tempDir('x-replay-runs'), 'runs');
    const child = spawn(
      nodeBinary(),
      [path.join(process.cwd(), 'dist/cli.js'), 'replay', bundle, '--runs-dir', runs],
      { env: { ...process.env, TMPDIR: tmp }, stdio: ['ignore', 'ignore', 'pipe'] },
    );
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const ended = once(child, 'close') as Promise<[number | null, NodeJS.Signals | null]>;
    let done = false;
    void ended.then(() => (done = true));
    const replaying = () =>
      fs.existsSync(runs) && fs.readdirSync(runs).some((name) => name.startsWith('run_'));
    while (!replaying()) {
      if (done) throw new Error(`awo replay ended before the replayed run appeared: ${stderr}`);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    expect(
      fs
        .readdirSync(tmp)
        .map((name) => name.replace(/-[^-]+$/, ''))
        .sort(),
    ).toEqual(['awo-replay', 'awo-replay-source']);
    child.kill(signal);
    const [code, killedBy] = await ended;
    expect({ code, killedBy, stderr }).toEqual({ code: exitCode, killedBy: null, stderr: '' });
    expect(fs.readdirSync(tmp)).toEqual([]);
    expect(fs.readdirSync(runs).filter((name) => name.startsWith('run_'))).toHaveLength(1);
  });
});
