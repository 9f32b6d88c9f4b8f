import { describe, expect, it } from '@jest/globals';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { tempDir } from '../helpers.js';
import { createBackend } from '../../src/backends/index.js';
import { execute } from '../../src/core/engine.js';
import { foldedClashes, windowsNameProblem } from '../../src/core/portable-names.js';
import { DEFAULT_POLICY } from '../../src/core/policy-schema.js';
import { loadWorkflow } from '../../src/core/workflow-load.js';
import { createRunFolder } from '../../src/store/run-folder.js';
import { continueRun, createRunIn, decideGate, verifyFolder, withRun } from '../../src/store/run-service.js';

describe('names a run folder holds as file names', () => {
  it('are told apart as a case-insensitive, normalisation-insensitive disk tells them', () => {
    expect(foldedClashes(['s1', 'S1', 's2', 's1', 'Caf\u00e9', 'cafe\u0301'])).toEqual([
      { index: 1, earlier: 0 },
      { index: 5, earlier: 4 },
    ]);
    expect(foldedClashes(['a', 'b', 'a'])).toEqual([]);
  });

  it('are refused where Windows would open a device or drop a character', () => {
    for (const name of ['CON', 'con', 'nul.txt', 'NUL.tar.gz', 'com1', 'LPT9.x', 'aux .txt', 'COM\u00b9'])
      expect(windowsNameProblem(name)).toContain('Windows device name');
    expect(windowsNameProblem('a.')).toContain('ends with a dot');
    expect(windowsNameProblem('a ')).toContain('ends with a space');
    for (const name of ['console', 'com10', 'null', 'conx.txt', 'x.con', 'a.b'])
      expect(windowsNameProblem(name)).toBeUndefined();
  });

  it('that a run already recorded (as awo 1.0 admitted them) keep the run going and verifying', async () => {
    const dir = tempDir();
    const bytes = Buffer.from(
      JSON.stringify({
        steps: [
          { id: 's1', op: 'llm_map', prompt: 'first' },
          { id: 'gate', op: 'audit_gate' },
          { id: 'S1', op: 'llm_map', prompt: 'second: {{steps.s1.text}}' },
        ],
      }),
    );
    expect(() => loadWorkflow(bytes, 'wf.json')).toThrow('only in letter case');
    const workflow = loadWorkflow(bytes, 'wf.json', 'recorded');
    const session = { backend: createBackend('echo', { env: {} }), actor: 'runner', env: {}, cwd: dir };
    const folder = createRunFolder(path.join(dir, 'runs'), new Date());
    createRunIn(folder, workflow, { policy: DEFAULT_POLICY, source: 'default' }, session, 'run');
    expect((await withRun(folder.dir, session, 'run', execute)).status).toBe('paused');
    await decideGate(
      folder.dir,
      { decision: 'approved', actor: 'alice', comment: '', source: 'cli' },
      session,
    );
    expect((await continueRun(folder.dir, 'resume', session)).status).toBe('completed');
    expect(fs.existsSync(path.join(folder.dir, 'outputs/S1.json'))).toBe(true);
    expect(verifyFolder(folder.dir)).toMatchObject({ ok: true });
  });
});
