import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { createHash } from 'node:crypto';
import { main } from '../src/cli/main.js';

/** A fresh temp folder, removed by the OS's tmp cleaning; tests never write into the repo. */
export function tempDir(prefix = 'awo-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** Runs the CLI in-process and captures what it prints. */
export async function awo(args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, {
    out: (line) => out.push(line),
    err: (line) => err.push(line),
    cwd: options.cwd ?? process.cwd(),
    env: options.env ?? { AWO_ACTOR: 'tester' },
  });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** Every file under a folder with its SHA-256, to prove a command changed nothing. */
export function treeDigest(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    out[path.relative(dir, full)] = createHash('sha256').update(fs.readFileSync(full)).digest('hex');
  }
  return out;
}

export function readJson<T = Record<string, unknown>>(file: string): T {
  return JSON.parse(fs.readFileSync(file, 'utf8')) as T;
}

/** Writes a workflow (object or raw text) into a folder and returns its path. */
export function writeWorkflow(dir: string, workflow: unknown, name = 'workflow.json'): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, typeof workflow === 'string' ? workflow : JSON.stringify(workflow, null, 2));
  return file;
}

/** The audit trail's lines, parsed. */
export function auditLines(runDir: string): Record<string, unknown>[] {
  return fs
    .readFileSync(path.join(runDir, 'audit/log.jsonl'), 'utf8')
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}
