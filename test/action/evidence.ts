import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { callArtifactClient, REPO_ROOT } from '../servers/client-process.js';
import type { GitHubJob } from '../servers/start-github.js';

/** Downloads an artifact with the real `@actions/artifact` client into a fresh folder; returns the file. */
export async function downloadArtifact(job: GitHubJob, id: number): Promise<string> {
  const dir = fs.mkdtempSync(path.join(job.root, 'download-'));
  const out = await callArtifactClient<{ downloadPath: string }>(job.env, 'downloadArtifact', [
    id,
    { path: dir, skipDecompress: true },
  ]);
  if (out.error) throw new Error(`download of artifact ${id} failed: ${out.error.message}\n${out.stderr}`);
  const files = fs.readdirSync(dir);
  if (files.length !== 1)
    throw new Error(`artifact ${id} downloaded as ${files.length} files: ${files.join(', ')}`);
  return path.join(dir, files[0]);
}

/** `awo verify <bundle> --sha256 <digest>` with the built CLI under the given node, as an auditor runs it. */
export function awoVerify(
  node: string,
  bundle: string,
  sha256?: string,
  extra: string[] = [],
): { code: number | null; stdout: string; stderr: string } {
  const cli = path.join(REPO_ROOT, 'dist', 'cli.js');
  if (!fs.existsSync(cli)) throw new Error(`${cli} is missing: run npm run bundle first`);
  const args = [cli, 'verify', bundle, ...(sha256 ? ['--sha256', sha256] : []), ...extra];
  const result = spawnSync(node, args, {
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '' },
    timeout: 120_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** `sha256:<hex>` of a file. */
export function sha256File(file: string): string {
  return `sha256:${createHash('sha256').update(fs.readFileSync(file)).digest('hex')}`;
}

/** Extracts a bundle with the system tar into a fresh folder and returns the run folder inside. */
export function extract(job: GitHubJob, bundle: string): string {
  const dir = fs.mkdtempSync(path.join(job.root, 'extract-'));
  const result = spawnSync('tar', ['-xzf', bundle, '-C', dir], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`tar failed: ${result.stderr}`);
  const [top] = fs.readdirSync(dir);
  return path.join(dir, top);
}

/** Reads a JSON file inside a run folder. */
export function readJson<T = Record<string, unknown>>(runDir: string, rel: string): T {
  return JSON.parse(fs.readFileSync(path.join(runDir, rel), 'utf8')) as T;
}
