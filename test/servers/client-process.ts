import { spawn } from 'node:child_process';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Runs real client libraries (`@actions/artifact`, `@actions/github`) in a child Node process, because
 * they read the environment at import time and are ESM; jest's module registry would share one copy.
 */

/** Repository root: the child resolves bare imports from here (`--input-type=module -e` code resolves from the cwd). */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Outcome of a child run. */
export interface ClientOutcome<T> {
  code: number | null;
  stdout: string;
  stderr: string;
  /** The value returned by the call, when it resolved. */
  result?: T;
  /** The error thrown, when it rejected. */
  error?: { name: string; message: string };
}

const RESULT = '@@awo-result ';
const ERROR = '@@awo-error ';

/**
 * A clean environment for a child: PATH and HOME from this process, then `env`; nothing else, so
 * no proxy variable or host GITHUB_* leaks in.
 */
export function cleanEnv(env: Record<string, string>): Record<string, string> {
  return { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env };
}

/**
 * Runs ES module `code` in a child `node` with a clean `env` (see {@link cleanEnv}). The code gets
 * `args` (JSON) as `globalThis.args` and must call `globalThis.done(value)` or throw.
 */
export function runModule<T>(
  code: string,
  env: Record<string, string>,
  args: unknown = null,
  nodeBinary = process.execPath,
): Promise<ClientOutcome<T>> {
  const wrapped = `
globalThis.args = JSON.parse(process.env.AWO_CLIENT_ARGS);
globalThis.done = (value) => process.stdout.write('\\n${RESULT}' + JSON.stringify(value ?? null) + '\\n');
try {
${code}
} catch (err) {
  process.stdout.write('\\n${ERROR}' + JSON.stringify({ name: err?.name ?? 'Error', message: err?.message ?? String(err) }) + '\\n');
  process.exitCode = 1;
}
`;
  return new Promise((resolve, reject) => {
    const child = spawn(nodeBinary, ['--input-type=module', '-e', wrapped], {
      cwd: REPO_ROOT,
      env: cleanEnv({ ...env, AWO_CLIENT_ARGS: JSON.stringify(args) }),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString('utf8')));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => {
      const outcome: ClientOutcome<T> = { code, stdout, stderr };
      for (const line of stdout.split('\n')) {
        if (line.startsWith(RESULT)) outcome.result = JSON.parse(line.slice(RESULT.length)) as T;
        if (line.startsWith(ERROR))
          outcome.error = JSON.parse(line.slice(ERROR.length)) as { name: string; message: string };
      }
      resolve(outcome);
    });
  });
}

/**
 * Calls `new DefaultArtifactClient()[method](...args)` from the installed, unmodified
 * `@actions/artifact` in a child process with `env`.
 */
export function callArtifactClient<T>(
  env: Record<string, string>,
  method: 'uploadArtifact' | 'downloadArtifact' | 'listArtifacts' | 'getArtifact' | 'deleteArtifact',
  args: unknown[],
): Promise<ClientOutcome<T>> {
  return runModule<T>(
    `const { DefaultArtifactClient } = await import('@actions/artifact');
const client = new DefaultArtifactClient();
done(await client[${JSON.stringify(method)}](...args));`,
    env,
    args,
  );
}
