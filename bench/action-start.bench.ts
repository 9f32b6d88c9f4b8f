/**
 * Action start-up benchmark: the built action entry (the file action.yml names for `runs.main`) failing
 * on a missing input (mode `run` without `workflow`), next to `node -e 0`, in the same run.
 *
 * Measured as CPU time (user + sys) of each child process, which a busy machine changes far less than
 * wall-clock time; read from bash's `times` builtin (getrusage of the children, millisecond precision).
 * The two commands alternate, pair after pair, so a change of load hits both; the figure is the median
 * of the pairs' ratios. Runs under `AWO_NODE24` when set (the runner's Node), else this Node.
 * Needs the built `dist/` (`npm run bundle`).
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const PAIRS = 9;
const TARGET = 2;

/** CPU milliseconds (user + sys) a command took, from bash's `times` (its children's line). */
function cpuMs(node: string, args: string[], env: NodeJS.ProcessEnv): number {
  const quoted = [node, ...args].map((word) => `'${word.replace(/'/g, `'\\''`)}'`).join(' ');
  const out = execFileSync('bash', ['-c', `${quoted} >/dev/null 2>&1; times`], {
    env,
    encoding: 'utf8',
    timeout: 60_000,
    // No standard input: bash reads ~/.bashrc when its input is a socket (as under sshd), and the
    // commands there would count as its children.
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const children = out.trim().split('\n').at(-1) ?? '';
  const times = [...children.matchAll(/(\d+)m([\d.]+)s/g)].map(
    (m) => Number(m[1]) * 60_000 + Number(m[2]) * 1000,
  );
  if (times.length !== 2) throw new Error(`cannot read bash times output: ${JSON.stringify(out)}`);
  return times[0] + times[1];
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

export default function actionStartBench(): void {
  const node = process.env.AWO_NODE24 || process.execPath;
  const action = fs.readFileSync('action.yml', 'utf8');
  const main = /^\s+main:\s*(\S+)\s*$/m.exec(action)?.[1];
  if (!main || !fs.existsSync(main))
    throw new Error(`build the action first (npm run bundle): ${main} missing`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'awo-start-'));
  try {
    const files = Object.fromEntries(
      ['GITHUB_STATE', 'GITHUB_OUTPUT', 'GITHUB_STEP_SUMMARY'].map((name) => [name, path.join(dir, name)]),
    );
    const runnerEnv = {
      PATH: process.env.PATH,
      HOME: dir,
      RUNNER_TEMP: dir,
      GITHUB_WORKSPACE: dir,
      INPUT_MODE: 'run',
    };
    const ratios: number[] = [];
    const entryMs: number[] = [];
    const baseMs: number[] = [];
    for (let i = 0; i < PAIRS; i++) {
      for (const file of Object.values(files)) fs.writeFileSync(file, '');
      const entry = cpuMs(node, [main], { ...runnerEnv, ...files });
      if (!fs.readFileSync(files.GITHUB_STEP_SUMMARY, 'utf8').includes('input workflow is required'))
        throw new Error('the action entry did not fail on the missing workflow input');
      const base = cpuMs(node, ['-e', '0'], { PATH: process.env.PATH });
      entryMs.push(entry);
      baseMs.push(base);
      ratios.push(entry / Math.max(base, 1));
    }
    const ratio = median(ratios);
    console.log(
      `node ${execFileSync(node, ['--version'], { encoding: 'utf8' }).trim()}, ${PAIRS} interleaved pairs, CPU user+sys`,
    );
    console.log(`  ${main} failing on a missing input: median ${median(entryMs).toFixed(0)} ms`);
    console.log(`  node -e 0:                        median ${median(baseMs).toFixed(0)} ms`);
    console.log(`  ratio (median of pairs): ${ratio.toFixed(2)}x (target <= ${TARGET}x)`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
