/**
 * `npm run bench -- targets`: every target of issue 19, each as the project's figure beside its reference
 * measured in the same run, in CPU time (user + sys), the median of interleaved pairs, and the ratio.
 *
 * CPU time of a child process is read with bash's `times` builtin (the children's user + sys, as the kernel
 * accounts it), so the CLI, `tar`, `sha256sum` and `node -e 0` are all measured the same way. The server
 * targets run in this process and read `process.cpuUsage()` around sequential requests (client included on
 * both sides of each ratio).
 *
 * Sizes: AWO_BENCH_STEPS (default 10000; half llm_map on echo, half write_text), AWO_BENCH_PAIRS (default 5),
 * AWO_BENCH_SERVER_STEPS (default 1000), AWO_BENCH_CLI (default dist/cli.js: what users run).
 * AWO_BENCH_ONLY (default start,cli,server) picks the groups; `bundle` is the part of `cli` that measures
 * `awo pack` and `awo verify` of a bundle (and the runs verify is compared with), skipping the floor,
 * status and resume.
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startBenchServers } from './bench-servers.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '..', '..');
const numberFrom = (name: string, fallback: number) => {
  const value = Number(process.env[name]);
  return Number.isInteger(value) && value > 0 ? value : fallback;
};
const STEPS = numberFrom('AWO_BENCH_STEPS', 10_000);
const PAIRS = numberFrom('AWO_BENCH_PAIRS', 5);
const SERVER_STEPS = numberFrom('AWO_BENCH_SERVER_STEPS', 1000);
const CLI = path.resolve(repo, process.env.AWO_BENCH_CLI ?? 'dist/cli.js');
const FLOOR = path.join(here, 'floor-child.js');

const quote = (arg: string) => `'${arg.replace(/'/g, `'\\''`)}'`;

/** CPU seconds (user + sys) a shell command's children used, from bash's `times`. */
export function cpuOf(command: string, cwd: string): number {
  const out = execFileSync('bash', ['-c', `${command} >/dev/null 2>&1 || true; times`], {
    cwd,
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  });
  // `times` prints the shell's own user/sys, then its children's: "0m1.234s 0m0.056s".
  const children = out.trim().split('\n').at(-1) ?? '';
  const seconds = [...children.matchAll(/(\d+)m([\d.]+)s/g)].map((m) => Number(m[1]) * 60 + Number(m[2]));
  if (seconds.length !== 2) throw new Error(`cannot read times output: ${out}`);
  return seconds[0] + seconds[1];
}

const node = (args: string[]) => [quote(process.execPath), ...args.map(quote)].join(' ');
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** Runs `a` and `b` PAIRS times, alternating which goes first; returns both series. */
async function pairs(
  a: () => number | Promise<number>,
  b: () => number | Promise<number>,
  count = PAIRS,
): Promise<[number[], number[]]> {
  const as: number[] = [];
  const bs: number[] = [];
  for (let i = 0; i < count; i++) {
    if (i % 2 === 0) {
      as.push(await a());
      bs.push(await b());
    } else {
      bs.push(await b());
      as.push(await a());
    }
  }
  return [as, bs];
}

/** Runs each of `fns` PAIRS times, in rounds whose first runner rotates; returns each one's series. */
async function rounds(fns: (() => number | Promise<number>)[], count = PAIRS): Promise<number[][]> {
  const out: number[][] = fns.map(() => []);
  for (let i = 0; i < count; i++) {
    for (let j = 0; j < fns.length; j++) {
      const at = (i + j) % fns.length;
      out[at].push(await fns[at]());
    }
  }
  return out;
}

interface Row {
  name: string;
  figure: number;
  reference: number;
  referenceName: string;
  target: string;
  unit: string;
  /** Ratio as the target reads it (figure / reference unless `inverse`). */
  inverse?: boolean;
}
const rows: Row[] = [];

function report(row: Row): void {
  rows.push(row);
  const ratio = row.inverse ? row.reference / row.figure : row.figure / row.reference;
  const f = (v: number) => `${v.toFixed(row.unit === 's' ? 3 : 3)} ${row.unit}`;
  console.log(
    `${row.name.padEnd(44)} ${f(row.figure).padStart(12)} | ${row.referenceName.padEnd(38)} ${f(row.reference).padStart(12)} | ratio ${ratio.toFixed(3)} (target ${row.target})`,
  );
}

function workflow(steps: number, tail: boolean): unknown {
  const out: Record<string, unknown>[] = [];
  for (let i = 0; i < steps / 2; i++) {
    out.push({
      id: `ask_${i}`,
      type: 'observe',
      op: 'llm_map',
      prompt: `Summarize item ${i}: the battery lasts all day`,
    });
    out.push({
      id: `note_${i}`,
      type: 'act',
      op: 'write_text',
      args: { path: `notes/${i % 50}/note_${i}.txt`, text: `Note ${i}: {{steps.ask_${i}.text}}` },
    });
  }
  if (tail) {
    out.push({ id: 'gate_review', op: 'audit_gate' });
    out.push({ id: 'last', op: 'write_text', args: { path: 'last.txt', text: 'the last step' } });
  }
  return { name: 'bench', steps: out };
}

/** The one run folder under `runsDir`. */
function onlyRun(runsDir: string): string {
  const names = fs.readdirSync(runsDir).filter((name) => name.startsWith('run_'));
  if (names.length !== 1) throw new Error(`expected one run in ${runsDir}, found ${names.join(', ')}`);
  return path.join(runsDir, names[0]);
}

async function cliTargets(root: string, bundleOnly: boolean): Promise<void> {
  const flat = path.join(root, 'flat.json');
  const gated = path.join(root, 'gated.json');
  fs.writeFileSync(flat, JSON.stringify(workflow(STEPS, false)));
  fs.writeFileSync(gated, JSON.stringify(workflow(STEPS, true)));
  let n = 0;
  const runCli = (args: string[]) => cpuOf(node([CLI, ...args]), root);

  // A run to copy the plain write from (warm-up too).
  const warmRuns = path.join(root, 'warm');
  runCli(['run', flat, '--runs-dir', warmRuns, '--backend', 'echo']);
  const warm = onlyRun(warmRuns);
  execFileSync(process.execPath, [FLOOR, 'prepare', warm, path.join(root, 'floor.json')]);

  // 1. the run vs the floor.
  const runCpu: number[] = [];
  const runOnce = () => runCli(['run', flat, '--runs-dir', path.join(root, `r${n++}`), '--backend', 'echo']);
  if (bundleOnly) {
    await bundleTargets(root, warm, runOnce, runCli);
    return;
  }
  const [engine, floor] = await pairs(
    () => {
      const cpu = runOnce();
      runCpu.push(cpu);
      return cpu;
    },
    () => {
      const out = execFileSync(
        process.execPath,
        [FLOOR, 'write', path.join(root, 'floor.json'), path.join(root, `f${n++}`)],
        { encoding: 'utf8' },
      );
      return Number(out.trim());
    },
  );
  report({
    name: `run, ${STEPS} steps`,
    figure: median(engine),
    reference: median(floor),
    referenceName: 'floor: plain write + RFC 8785 digests',
    target: '<= 1.5',
    unit: 's',
  });

  // A paused run: N steps, a gate, one step left.
  const pausedRuns = path.join(root, 'paused');
  runCli(['run', gated, '--runs-dir', pausedRuns, '--backend', 'echo', '--actor', 'bench']);
  const paused = onlyRun(pausedRuns);
  runCli(['approve', paused, '--actor', 'reviewer', '--comment', 'bench']);

  // 2. status after N steps vs the run.
  const [status, run2] = await pairs(
    () => runCli(['status', paused]),
    () => runCpu.shift() ?? runOnce(),
  );
  report({
    name: `status after ${STEPS} steps`,
    figure: median(status),
    reference: median(run2),
    referenceName: `the ${STEPS}-step run`,
    target: '<= 0.05',
    unit: 's',
  });

  // 3. resume with one step left vs the run (each resume on a fresh copy of the approved run).
  const resumes: number[] = [];
  for (let i = 0; i < PAIRS; i++) {
    const copy = path.join(root, `resume${i}`, path.basename(paused));
    fs.mkdirSync(path.dirname(copy));
    execFileSync('cp', ['-a', paused, copy]);
    resumes.push(runCli(['resume', copy, '--backend', 'echo']));
  }
  report({
    name: 'resume with 1 step left',
    figure: median(resumes),
    reference: median(run2),
    referenceName: `the ${STEPS}-step run`,
    target: '<= 0.15',
    unit: 's',
  });
  // What any session that seals again costs under today's file contract, whatever it checks: Node's start plus
  // reading the seal and writing it again (floor-child.ts `seal`). Resume is measured against the run; this
  // says how much of that the contract alone takes (status only reads, so it has no such floor); and with the
  // per-line checks a session promises (README, "A session does not re-verify the past").
  const floors: number[] = [];
  const lineChecks: number[] = [];
  for (let i = 0; i < PAIRS; i++) {
    const start = cpuOf(node(['-e', '0']), root);
    const out = execFileSync(
      process.execPath,
      [FLOOR, 'seal', paused, fs.mkdtempSync(path.join(root, 'seal-'))],
      { encoding: 'utf8' },
    );
    const [seal, lines, whole] = out.trim().split(' ');
    if (whole !== 'true') throw new Error(`seal floor: the folder is not the sealed run: ${out}`);
    floors.push(start + Number(seal));
    lineChecks.push(start + Number(seal) + Number(lines));
  }
  const runFloor = (seconds: number) => (seconds / median(run2)).toFixed(3);
  console.log(
    `(floor of any session under this file contract: node start + reading and rewriting the seal ${median(floors).toFixed(3)} s, ${runFloor(median(floors))} of the run; with every audit line's own hash and leaf hash checked, as a session promises, ${median(lineChecks).toFixed(3)} s, ${runFloor(median(lineChecks))} of the run; resume costs ${(median(resumes) / median(lineChecks)).toFixed(2)}x that)`,
  );

  await bundleTargets(root, warm, runOnce, runCli);
}

/**
 * 4. pack vs tar -czf + sha256sum on the same folder; verify of the bundle vs the run, in interleaved pairs
 * with fresh runs (`runOnce`), so a machine that gets busier meanwhile weighs on both alike; unpack of the
 * bundle vs tar -xzf + sha256sum.
 */
async function bundleTargets(
  root: string,
  warm: string,
  runOnce: () => number,
  runCli: (args: string[]) => number,
): Promise<void> {
  const parent = path.dirname(warm);
  const [pack, tar] = await pairs(
    () => runCli(['pack', warm, '--out', fs.mkdtempSync(path.join(root, 'pack-'))]),
    () => {
      const out = path.join(fs.mkdtempSync(path.join(root, 'tar-')), 'ref.tar.gz');
      return cpuOf(
        `tar -czf ${quote(out)} -C ${quote(parent)} ${quote(path.basename(warm))} && sha256sum ${quote(out)}`,
        root,
      );
    },
  );
  report({
    name: 'awo pack',
    figure: median(pack),
    reference: median(tar),
    referenceName: 'tar -czf + sha256sum',
    target: '<= 1.3',
    unit: 's',
  });
  const bundleDir = fs.mkdtempSync(path.join(root, 'bundle-'));
  runCli(['pack', warm, '--out', bundleDir]);
  const bundle = path.join(
    bundleDir,
    fs.readdirSync(bundleDir).find((name) => name.endsWith('.tar.gz')) ?? '',
  );
  const [verifies, runs] = await pairs(() => runCli(['verify', bundle]), runOnce);
  report({
    name: 'awo verify bundle',
    figure: median(verifies),
    reference: median(runs),
    referenceName: `the ${STEPS}-step run`,
    target: '<= 0.8',
    unit: 's',
  });
  // What the action's resume job does first; no target of its own.
  const [unpacks, untars] = await pairs(
    () => runCli(['unpack', bundle, fs.mkdtempSync(path.join(root, 'unpack-'))]),
    () =>
      cpuOf(
        `tar -xzf ${quote(bundle)} -C ${quote(fs.mkdtempSync(path.join(root, 'untar-')))} && sha256sum ${quote(bundle)}`,
        root,
      ),
  );
  report({
    name: 'awo unpack',
    figure: median(unpacks),
    reference: median(untars),
    referenceName: 'tar -xzf + sha256sum',
    target: '(no target)',
    unit: 's',
  });
}

async function startTargets(): Promise<void> {
  const [version, bare] = await pairs(
    () => cpuOf(node([CLI, '--version']), repo),
    () => cpuOf(node(['-e', '0']), repo),
    Math.max(PAIRS, 11),
  );
  report({
    name: 'awo --version',
    figure: median(version),
    reference: median(bare),
    referenceName: 'node -e 0',
    target: '<= 1.5',
    unit: 's',
  });
}

async function serverTargets(root: string): Promise<void> {
  const servers = await startBenchServers(root);
  try {
    const { url, bareUrl, headers } = servers;
    const post = async (where: string, body: unknown, extra: Record<string, string> = {}) => {
      const response = await fetch(`${url}${where}`, {
        method: 'POST',
        headers: { ...headers, ...extra },
        body: JSON.stringify(body),
      });
      const text = await response.text();
      if (response.status >= 300) throw new Error(`POST ${where}: ${response.status} ${text}`);
      return JSON.parse(text) as { run_id: string; status: string };
    };
    const steps = Array.from({ length: SERVER_STEPS }, (_, i) => ({
      id: `s${i}`,
      op: 'llm_map',
      prompt: `Point ${i}`,
    }));
    const big = await post('/workflows/runs?wait=true', { workflow: { steps } });
    for (let i = 0; i < 600 && big.status === 'running'; i++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      const got = (await (await fetch(`${url}/workflows/runs/${big.run_id}`, { headers })).json()) as {
        status: string;
      };
      big.status = got.status;
    }
    const cpu = async (count: number, once: () => Promise<unknown>) => {
      const start = process.cpuUsage();
      for (let i = 0; i < count; i++) await once();
      const used = process.cpuUsage(start);
      return (used.user + used.system) / 1e6 / count;
    };
    const get = async (target: string, extra: Record<string, string> = {}) => {
      const response = await fetch(target, { headers: extra });
      if (response.status !== 200) throw new Error(`GET ${target}: ${response.status}`);
      await response.arrayBuffer();
    };
    for (let i = 0; i < 20; i++) await get(`${url}/workflows/runs/${big.run_id}`, headers);
    const bigView = Buffer.from(
      await (await fetch(`${url}/workflows/runs/${big.run_id}`, { headers })).arrayBuffer(),
    );
    servers.setBareBody(bigView);
    const tag = (await fetch(`${url}/workflows/runs/${big.run_id}`, { headers })).headers.get('etag') ?? '';
    const poll = async () => {
      const response = await fetch(`${url}/workflows/runs/${big.run_id}`, {
        headers: { ...headers, 'if-none-match': tag },
      });
      if (response.status !== 304) throw new Error(`GET with If-None-Match: ${response.status}`);
      await response.arrayBuffer();
    };
    const [getRun, getBare, getFloor, getPoll, getSummary, getPage] = await rounds([
      () => cpu(50, () => get(`${url}/workflows/runs/${big.run_id}`, headers)),
      () => cpu(50, () => get(`${bareUrl}/constant`)),
      () => cpu(50, () => get(`${bareUrl}/body`)),
      () => cpu(50, poll),
      () =>
        cpu(50, () => get(`${url}/workflows/runs/${big.run_id}`, { ...headers, prefer: 'return=minimal' })),
      () => cpu(50, () => get(`${url}/workflows/runs/${big.run_id}/steps?after=900&limit=100`, headers)),
    ]);
    report({
      name: `server: GET a ${SERVER_STEPS}-step run (per request)`,
      figure: 1e3 * median(getRun),
      reference: 1e3 * median(getBare),
      referenceName: 'GET a bare Fastify route',
      target: '>= 0.5 (bare/GET)',
      unit: 'ms',
      inverse: true,
    });
    report({
      name: `server: GET a ${SERVER_STEPS}-step run, If-None-Match`,
      figure: 1e3 * median(getPoll),
      reference: 1e3 * median(getBare),
      referenceName: 'GET a bare Fastify route',
      target: '>= 0.5 (bare/GET)',
      unit: 'ms',
      inverse: true,
    });
    report({
      name: `server: GET a ${SERVER_STEPS}-step run, return=minimal`,
      figure: 1e3 * median(getSummary),
      reference: 1e3 * median(getBare),
      referenceName: 'GET a bare Fastify route',
      target: '>= 0.5 (bare/GET)',
      unit: 'ms',
      inverse: true,
    });
    report({
      name: `server: GET 100 steps of a ${SERVER_STEPS}-step run`,
      figure: 1e3 * median(getPage),
      reference: 1e3 * median(getBare),
      referenceName: 'GET a bare Fastify route',
      target: '(paging; no target)',
      unit: 'ms',
      inverse: true,
    });
    console.log(
      `(floor: a bare route answering the same ${(bigView.length / 1024).toFixed(0)} KiB costs ${(median(getFloor) * 1e3).toFixed(3)} ms: bare/floor ${(median(getBare) / median(getFloor)).toFixed(3)}; GET/floor ${(median(getRun) / median(getFloor)).toFixed(3)})`,
    );

    // Two held runs taking external steps: one at 10 steps, one grown to SERVER_STEPS.
    const small = await post('/workflows/runs', {
      workflow: { steps: [{ id: 'w', op: 'write_text', args: { path: 'a.txt', text: 'a' } }] },
      start: false,
    });
    const large = await post('/workflows/runs', {
      workflow: { steps: [{ id: 'w', op: 'write_text', args: { path: 'a.txt', text: 'a' } }] },
      start: false,
    });
    let k = 0;
    const step = (runId: string) =>
      post(`/workflows/runs/${runId}/steps`, { id: `x${k++}`, input: { k }, output: { ok: true } });
    for (let i = 0; i < 10; i++) await step(small.run_id);
    const growStart = process.hrtime.bigint();
    for (let i = 0; i < SERVER_STEPS - 1; i++) await step(large.run_id);
    const growSeconds = Number(process.hrtime.bigint() - growStart) / 1e9;
    const [late, early] = await pairs(
      () => cpu(3, () => step(large.run_id)),
      () => cpu(3, () => step(small.run_id)),
    );
    report({
      name: `server: POST step ${SERVER_STEPS} (per request)`,
      figure: 1e3 * median(late),
      reference: 1e3 * median(early),
      referenceName: 'POST step 10 of a run',
      target: '<= 1.5',
      unit: 'ms',
    });
    // The same with `Prefer: return=minimal`: the answer's run without its step list.
    const minimal = (runId: string) =>
      post(
        `/workflows/runs/${runId}/steps`,
        { id: `x${k++}`, input: { k }, output: { ok: true } },
        { prefer: 'return=minimal' },
      );
    const [lateMinimal, earlyMinimal] = await pairs(
      () => cpu(3, () => minimal(large.run_id)),
      () => cpu(3, () => minimal(small.run_id)),
    );
    report({
      name: `server: POST step ${SERVER_STEPS}, return=minimal`,
      figure: 1e3 * median(lateMinimal),
      reference: 1e3 * median(earlyMinimal),
      referenceName: 'POST step 10, return=minimal',
      target: '<= 1.5',
      unit: 'ms',
    });
    // The answer is the step and the whole run (StepResult): moving and parsing it grows with the run.
    const answerOf = async (runId: string) => {
      const response = await fetch(`${url}/workflows/runs/${runId}/steps`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ id: `x${k++}`, input: { k }, output: { ok: true } }),
      });
      return Buffer.from(await response.arrayBuffer());
    };
    const lateAnswer = await answerOf(large.run_id);
    const earlyAnswer = await answerOf(small.run_id);
    const bareAnswer = (answer: Buffer) => async () => {
      servers.setBareBody(answer);
      return cpu(20, async () => {
        const response = await fetch(`${bareUrl}/body`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ id: `x${k}`, input: { k }, output: { ok: true } }),
        });
        JSON.parse(await response.text());
      });
    };
    const [lateFloor, earlyFloor] = await pairs(bareAnswer(lateAnswer), bareAnswer(earlyAnswer));
    const grows = median(lateFloor) - median(earlyFloor);
    console.log(
      `(floor: a bare route answering a POST with the same bytes, parsed: ${(lateAnswer.length / 1024).toFixed(0)} KiB costs ${(grows * 1e3).toFixed(3)} ms more than ${(earlyAnswer.length / 1024).toFixed(0)} KiB; POST step 10 plus that is ratio ${((median(early) + grows) / median(early)).toFixed(3)})`,
    );
    console.log(`(growing a run to ${SERVER_STEPS} steps over HTTP took ${growSeconds.toFixed(1)} s wall)`);
  } finally {
    await servers.close();
  }
}

export default async function (): Promise<void> {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'awo-bench-targets-'));
  const only = (process.env.AWO_BENCH_ONLY ?? 'start,cli,server').split(',');
  console.log(
    `steps ${STEPS}, pairs ${PAIRS}, server steps ${SERVER_STEPS}, cli ${path.relative(repo, CLI)}; CPU seconds (user+sys), medians`,
  );
  try {
    if (only.includes('start')) await startTargets();
    if (only.includes('cli') || only.includes('bundle')) await cliTargets(root, !only.includes('cli'));
    if (only.includes('server')) await serverTargets(fs.mkdtempSync(path.join(root, 'server-')));
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
}
