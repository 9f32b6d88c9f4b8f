import { describe, expect, it } from '@jest/globals';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { GitHubContext } from '../../src/action/github-context.js';
import type { ActionInputs } from '../../src/action/inputs.js';
import { sessionOptions } from '../../src/action/session.js';
import { tempDir } from '../helpers.js';

const ctx = { actor: 'octocat', workspace: tempDir(), runnerTemp: tempDir() } as GitHubContext;
const inputs = (given: Partial<ActionInputs>) =>
  ({
    backend: undefined,
    model: undefined,
    baseUrl: undefined,
    apiKey: 'sk-test-key',
    ...given,
  }) as ActionInputs;

/** A run folder as far as the session reads it: the backend input.json recorded. */
function runFolder(backend: { name: string; model: string | null; base_url: string | null }): string {
  const dir = tempDir();
  fs.writeFileSync(path.join(dir, 'input.json'), JSON.stringify({ backend }));
  return dir;
}

describe('the session of a step that continues a run', () => {
  const recorded = { name: 'openai', model: 'gpt-pinned', base_url: 'http://127.0.0.1:9/v1' };

  it('uses the backend, model and endpoint the run recorded when the inputs name none', () => {
    const { backend } = sessionOptions(inputs({}), ctx, runFolder(recorded));
    expect([backend.name, backend.model, backend.endpoint]).toEqual([
      'openai',
      'gpt-pinned',
      'http://127.0.0.1:9/v1',
    ]);
  });

  it('lets the inputs name another model, or another backend (which takes nothing recorded)', () => {
    expect(sessionOptions(inputs({ model: 'gpt-other' }), ctx, runFolder(recorded)).backend.model).toBe(
      'gpt-other',
    );
    expect(sessionOptions(inputs({ backend: 'echo' }), ctx, runFolder(recorded)).backend.name).toBe('echo');
  });

  it('runs a new run (a runs folder, no input.json) on echo when no backend is named', () => {
    expect(sessionOptions(inputs({}), ctx, tempDir()).backend.name).toBe('echo');
  });
});
