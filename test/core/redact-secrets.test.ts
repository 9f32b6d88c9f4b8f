import { describe, it, expect } from '@jest/globals';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { tempDir, treeDigest } from '../helpers.js';
import type { Backend } from '../../src/core/ports.js';
import { redactSecrets } from '../../src/core/redact-secrets.js';
import { startRun, verifyFolder } from '../../src/store/run-service.js';

const KEY = 'sk-test-0123456789abcdef';

describe('redactSecrets', () => {
  it('replaces every occurrence in strings and keys, and counts them', () => {
    const { value, replaced } = redactSecrets({ a: [`x${KEY}y${KEY}`], [KEY]: 1, n: 2 }, [KEY]);
    expect(value).toEqual({ a: ['x[redacted]y[redacted]'], '[redacted]': 1, n: 2 });
    expect(replaced).toBe(3);
  });

  it('leaves a value without secrets as it is', () => {
    const input = { text: 'hello' };
    expect(redactSecrets(input, [KEY])).toEqual({ value: input, replaced: 0 });
    expect(redactSecrets(input, undefined).value).toBe(input);
  });
});

describe('a key echoed by the provider', () => {
  it('never reaches a file; the replacement is an event of the step, and the run verifies', async () => {
    const dir = tempDir();
    const workflow = path.join(dir, 'workflow.json');
    fs.writeFileSync(workflow, JSON.stringify({ steps: [{ id: 'ask', op: 'llm_map', prompt: 'hi' }] }));
    // A debugging proxy that echoes the Authorization header in the answer and in a header field
    // (three places in the output: the call's text and header, and the step's joined text).
    const echoing: Backend = {
      name: 'echoing',
      secrets: [KEY],
      generate: () =>
        Promise.resolve({ text: `your key is ${KEY}`, headers: { authorization: `Bearer ${KEY}` } }),
    };
    const outcome = await startRun({
      workflowPath: workflow,
      runsDir: path.join(dir, 'runs'),
      backend: echoing,
      actor: 't',
      env: {},
      cwd: dir,
    });
    expect(outcome.status).toBe('completed');
    for (const file of Object.keys(treeDigest(outcome.runDir)))
      expect(fs.readFileSync(path.join(outcome.runDir, file), 'utf8')).not.toContain(KEY);
    expect(fs.readFileSync(path.join(outcome.runDir, 'outputs/ask.json'), 'utf8')).toContain(
      'your key is [redacted]',
    );
    const log = fs.readFileSync(path.join(outcome.runDir, 'steps/001_ask.jsonl'), 'utf8');
    expect(log).toContain('"event":"redacted","secrets_replaced":3');
    expect(verifyFolder(outcome.runDir)).toMatchObject({ verdict: 'verified' });
  });
});
