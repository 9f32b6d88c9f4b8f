import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import * as path from 'node:path';
import { awo, readJson, tempDir, writeWorkflow } from '../helpers.js';
import { startFakeProvider, type FakeProvider } from '../servers/fake-providers.js';

const KEY = 'sk-endpoint-test-key-5555555555';

describe('the endpoint that answered is evidence', () => {
  let provider: FakeProvider;
  beforeAll(async () => {
    provider = await startFakeProvider({ flavor: 'openai', apiKey: KEY });
  });
  afterAll(async () => {
    await provider?.close();
  });

  it('records the base URL in input.json, metadata.json and the lock, and resume reuses it', async () => {
    const dir = tempDir('awo-endpoint-');
    const workflow = writeWorkflow(dir, {
      steps: [
        { id: 'a', op: 'llm_map', prompt: 'first' },
        { id: 'gate', op: 'audit_gate' },
        { id: 'b', op: 'llm_map', prompt: 'second' },
      ],
    });
    const env = { AWO_ACTOR: 'tester', OPENAI_API_KEY: KEY };
    const baseUrl = provider.baseUrl;
    const args = ['--backend', 'openai', '--model', 'gpt-4o-mini', '--base-url', baseUrl];
    const first = await awo(['run', workflow, '--runs-dir', path.join(dir, 'runs'), ...args], { env });
    expect(first.code).toBe(78);
    const runDir = first.out.split('\n')[0];
    const metadata = readJson<{ backend: { base_url: string } }>(path.join(runDir, 'metadata.json'));
    expect(metadata.backend.base_url).toBe(provider.baseUrl);
    expect(readJson(path.join(runDir, 'lock.snapshot.json')).endpoint).toBe(provider.baseUrl);
    expect(
      readJson<{ backend: { base_url: string } }>(path.join(runDir, 'input.json')).backend.base_url,
    ).toBe(provider.baseUrl);

    expect((await awo(['approve', runDir, '--actor', 'reviewer'], { env })).code).toBe(0);
    const before = provider.requests.length;
    // No --backend, --model or --base-url: the run's own settings; only the key comes from the environment.
    const resumed = await awo(['resume', runDir], { env });
    expect({ code: resumed.code, err: resumed.err }).toEqual({ code: 0, err: expect.any(String) });
    expect(provider.requests.length - before).toBe(1);
    expect((await awo(['verify', runDir], { env })).code).toBe(0);
  });
});
