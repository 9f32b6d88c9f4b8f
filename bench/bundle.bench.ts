/**
 * Bundle benchmark: manifest + pack of (a) a 15,000-small-file run folder and (b) a run folder holding one
 * 512 MB artifact, each timed next to `tar -czf` + `sha256sum` on the same folder in the same run.
 *
 * Both sides run as fresh processes and are timed from spawn to exit, so node's start-up counts against
 * the project. Peak RSS of the pack is the child's own `getrusage` maximum (`process.resourceUsage()`).
 * The reference does the same work: a sha256sum line for every file (the manifest), `tar -czf` (GNU
 * tar piping to gzip -6, the default), and the sha256 of the resulting .tar.gz (which `awo pack` prints).
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as tar from 'tar';
import { writeManifest } from '../src/bundle/manifest.js';
import { packRun } from '../src/bundle/pack.js';

const CHILD_FLAG = '--bundle-bench-child';
const RUNS = 3;
const CREATED_AT = '2025-01-02T03:04:05Z';

interface ChildReport {
  manifestMs: number;
  packMs: number;
  maxRssMb: number;
  bytes: number;
}

/** Deterministic pseudo-random numbers (xorshift32), so every run packs the same bytes. */
function rng(seed: number): () => number {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    return x;
  };
}

const WORDS = Array.from({ length: 512 }, (_, i) => `w${(i * 2654435761) % 1_000_003}`.slice(0, 3 + (i % 7)));

/** JSON-lines text like step logs and model outputs: compresses about as well as real evidence does. */
function textBlock(next: () => number, bytes: number): Buffer {
  const lines: string[] = [];
  let size = 0;
  while (size < bytes) {
    const words: string[] = [];
    for (let i = 0, n = 8 + (next() % 24); i < n; i++) words.push(WORDS[next() % WORDS.length]);
    const line = `{"seq":${next() % 100000},"token":"${next().toString(16)}${next().toString(16)}","text":"${words.join(' ')}"}\n`;
    lines.push(line);
    size += line.length;
  }
  return Buffer.from(lines.join('')).subarray(0, bytes);
}

function metadata(runDir: string): void {
  fs.writeFileSync(
    path.join(runDir, 'metadata.json'),
    JSON.stringify({ created_at: CREATED_AT, git: { sha: '0123456789abcdef0123456789abcdef01234567' } }),
  );
}

function smallFilesFolder(root: string): string {
  const runDir = path.join(root, 'run_2025-01-02T03-04-05Z');
  const next = rng(42);
  const kinds = ['steps', 'outputs', 'artifacts'];
  for (let i = 0; i < 15_000; i++) {
    const kind = kinds[i % 3];
    const dir = path.join(runDir, kind, `g${Math.floor(i / 300)}`);
    if (i % 300 < 3) fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(
      path.join(dir, `${String(i).padStart(5, '0')}.json`),
      textBlock(next, 200 + (next() % 3800)),
    );
  }
  metadata(runDir);
  return runDir;
}

function largeFileFolder(root: string): string {
  const runDir = path.join(root, 'run_2025-01-02T03-04-06Z');
  fs.mkdirSync(path.join(runDir, 'artifacts'), { recursive: true });
  metadata(runDir);
  const next = rng(7);
  const fd = fs.openSync(path.join(runDir, 'artifacts', 'model-dump.jsonl'), 'w');
  // 8 distinct 4 MiB blocks, each reused with a varying prefix: generating 512 MB of fresh text in JS
  // would dominate the set-up time; repeats 4 MiB apart are beyond gzip's 32 KiB window anyway.
  const blocks = Array.from({ length: 8 }, () => textBlock(next, 4 * 1024 * 1024));
  for (let i = 0; i < 128; i++) {
    const block = Buffer.from(blocks[(i * 5) % 8]);
    block.write(`{"block":${i}}\n`, 0);
    fs.writeSync(fd, block);
  }
  fs.closeSync(fd);
  return runDir;
}

function time(cmd: string, args: string[]): { ms: number; stdout: string } {
  const started = process.hrtime.bigint();
  const r = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed: ${r.stderr}`);
  return { ms, stdout: r.stdout };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

const REFERENCE = `cd "$1" && find . -type f ! -name SHA256SUMS.txt -print0 | sort -z | xargs -0 sha256sum > "$2/ref.sums" \
&& cd .. && tar -czf "$2/ref.tar.gz" "$(basename "$1")" && sha256sum "$2/ref.tar.gz" > /dev/null`;

function measure(label: string, runDir: string, work: string): void {
  const self = fileURLToPath(import.meta.url);
  // Warm the page cache for both sides alike.
  time('sh', ['-c', `find "$1" -type f -exec cat {} + > /dev/null`, 'sh', runDir]);
  const ours: number[] = [];
  const theirs: number[] = [];
  const pkg: number[] = [];
  const reports: ChildReport[] = [];
  const pkgRss: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    fs.rmSync(path.join(runDir, 'SHA256SUMS.txt'), { force: true });
    const child = time(process.execPath, [self, CHILD_FLAG, 'awo', runDir, work]);
    ours.push(child.ms);
    reports.push(JSON.parse(child.stdout) as ChildReport);
    theirs.push(time('sh', ['-c', REFERENCE, 'sh', runDir, work]).ms);
    const viaPackage = time(process.execPath, [self, CHILD_FLAG, 'tar-package', runDir, work]);
    pkg.push(viaPackage.ms);
    pkgRss.push((JSON.parse(viaPackage.stdout) as ChildReport).maxRssMb);
    for (const f of fs.readdirSync(work)) fs.rmSync(path.join(work, f), { force: true });
  }
  const report = reports[ours.indexOf(median(ours))];
  const refMs = median(theirs);
  const oursMs = median(ours);
  console.log(`(${label})`);
  console.log(
    `  awo  writeManifest + packRun: ${oursMs.toFixed(0)} ms wall (in-process: manifest ${report.manifestMs.toFixed(0)} ms + pack ${report.packMs.toFixed(0)} ms), peak RSS ${report.maxRssMb.toFixed(0)} MB, bundle ${(report.bytes / 1e6).toFixed(1)} MB`,
  );
  console.log(`  ref  sha256sum + tar -czf + sha256sum: ${refMs.toFixed(0)} ms wall`);
  console.log(
    `  ratio awo/ref: ${(oursMs / refMs).toFixed(2)}  (runs: awo ${ours.map((m) => m.toFixed(0)).join(', ')}; ref ${theirs.map((m) => m.toFixed(0)).join(', ')})`,
  );
  console.log(
    `  for comparison, writeManifest + tar.c({ gzip, portable }) from the tar package: ${median(pkg).toFixed(0)} ms wall, peak RSS ${median(pkgRss).toFixed(0)} MB (ratio ${(median(pkg) / refMs).toFixed(2)})`,
  );
}

/** Runs both fixtures; prints figures, ratios and peak memory. */
export default async function (): Promise<void> {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'awo-bundle-bench-'));
  try {
    const work = path.join(root, 'work');
    fs.mkdirSync(work);
    console.log('building fixtures ...');
    const small = smallFilesFolder(path.join(root, 'a'));
    const large = largeFileFolder(path.join(root, 'b'));
    measure('a: 15,000 small files, ~31 MB', small, work);
    measure('b: one 512 MB artifact', large, work);
    console.log('targets: (a) ratio <= 1.5; (b) ratio <= 1.0 with peak RSS < 200 MB');
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
  await Promise.resolve();
}

async function child(mode: string, runDir: string, out: string): Promise<void> {
  const t0 = performance.now();
  writeManifest(runDir);
  const t1 = performance.now();
  let bytes: number;
  if (mode === 'awo') {
    bytes = (await packRun(runDir, out)).bytes;
  } else {
    const file = path.join(out, 'tar-package.tar.gz');
    await tar.c(
      { gzip: { level: 6 }, portable: true, mtime: new Date(CREATED_AT), file, cwd: path.dirname(runDir) },
      [path.basename(runDir)],
    );
    bytes = fs.statSync(file).size;
  }
  const t2 = performance.now();
  const report: ChildReport = {
    manifestMs: t1 - t0,
    packMs: t2 - t1,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
    bytes,
  };
  process.stdout.write(JSON.stringify(report));
}

if (process.argv[2] === CHILD_FLAG && process.argv[1] === fileURLToPath(import.meta.url)) {
  const [mode, runDir, out] = process.argv.slice(3);
  await child(mode, runDir, out);
}
