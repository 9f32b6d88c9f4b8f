import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import * as core from '@actions/core';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as runner from '../../src/action/runner.js';

// runner.ts stands in for @actions/core on the action's start path; whatever it prints or writes must
// be what @actions/core 3 prints or writes for the same call, so the runner reads it the same way.

const tricky = ['plain', 'a%b', 'line one\nline two\r\n', 'key: value, more', '%0A literal', ''];

let dir: string;
const saved = { ...process.env };

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'awo-runner-'));
});
afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
  process.env = { ...saved };
  process.exitCode = undefined;
});

/** What `fn` writes to standard output. */
function stdoutOf(fn: () => void): string {
  const write = process.stdout.write.bind(process.stdout);
  let out = '';
  process.stdout.write = (chunk: string | Uint8Array) => {
    out += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
    return true;
  };
  try {
    fn();
  } finally {
    process.stdout.write = write;
  }
  return out;
}

/** What `fn` appends to a fresh file named by `variable`, delimiters made comparable. */
async function fileOf(variable: string, fn: () => unknown): Promise<string> {
  const file = path.join(dir, `${variable}-${Math.random().toString(36).slice(2)}`);
  fs.writeFileSync(file, '');
  process.env[variable] = file;
  await fn();
  return fs.readFileSync(file, 'utf8').replace(/ghadelimiter_[0-9a-f-]{36}/g, 'ghadelimiter_X');
}

describe('runner: the calls made before the mode is known, as @actions/core makes them', () => {
  it('prints ::error::, ::debug::, ::warning:: and ::add-mask:: with the same escaping', () => {
    for (const text of tricky) {
      expect(stdoutOf(() => runner.setFailed(text))).toBe(stdoutOf(() => core.setFailed(text)));
      expect(stdoutOf(() => runner.debug(text))).toBe(stdoutOf(() => core.debug(text)));
      expect(stdoutOf(() => runner.warning(text))).toBe(stdoutOf(() => core.warning(text)));
      expect(stdoutOf(() => runner.setSecret(text))).toBe(stdoutOf(() => core.setSecret(text)));
    }
    expect(stdoutOf(() => runner.setFailed('50% done\nnext'))).toBe('::error::50%25 done%0Anext' + os.EOL);
  });

  it('fails the step with exit code 1', () => {
    stdoutOf(() => runner.setFailed('no'));
    expect(process.exitCode).toBe(1);
  });

  it('reads inputs and state from the same variables, trimmed as @actions/core trims inputs', () => {
    process.env['INPUT_RETENTION-DAYS'] = '  7 \n';
    process.env.INPUT_SOME_NAME = ' x ';
    process.env['STATE_awo-run-dir'] = ' /tmp/run ';
    for (const name of ['retention-days', 'Retention-Days', 'some name', 'missing']) {
      expect(runner.getInput(name)).toBe(core.getInput(name));
    }
    expect(runner.getInput('some name')).toBe('x');
    expect(runner.getState('awo-run-dir')).toBe(core.getState('awo-run-dir'));
    expect(runner.getState('absent')).toBe('');
  });

  it('saves state in the GITHUB_STATE heredoc format, and as ::save-state without the file', async () => {
    for (const value of tricky) {
      const ours = await fileOf('GITHUB_STATE', () => runner.saveState('awo-mode', value));
      const theirs = await fileOf('GITHUB_STATE', () => core.saveState('awo-mode', value));
      expect(ours).toBe(theirs);
    }
    delete process.env.GITHUB_STATE;
    expect(stdoutOf(() => runner.saveState('a:b,c', 'x%y'))).toBe(
      stdoutOf(() => core.saveState('a:b,c', 'x%y')),
    );
    process.env.GITHUB_STATE = path.join(dir, 'absent');
    expect(() => runner.saveState('k', 'v')).toThrow(`Missing file at path: ${path.join(dir, 'absent')}`);
  });

  it('appends to the job summary as core.summary.addRaw(text, true).write() does, with its errors', async () => {
    const text = '> **AWO action failed:** input workflow is required\n| a | b |';
    const ours = await fileOf('GITHUB_STEP_SUMMARY', () => runner.appendSummary(text));
    const theirs = await fileOf('GITHUB_STEP_SUMMARY', () => core.summary.addRaw(text, true).write());
    expect(ours).toBe(theirs);
    delete process.env.GITHUB_STEP_SUMMARY;
    await expect(runner.appendSummary('x')).rejects.toThrow(
      'Unable to find environment variable for $GITHUB_STEP_SUMMARY',
    );
  });
});
