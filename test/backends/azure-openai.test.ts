import { afterEach, describe, it, expect } from '@jest/globals';
import { createBackend } from '../../src/backends/index.js';
import { startFakeProvider, type FakeProvider } from '../servers/fake-providers.js';

const KEY = 'azure-test-key-9f8e7d6c5b4a3210';
let server: FakeProvider | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('azure-openai backend', () => {
  it('posts to the deployment URL with api-version and the api-key header, without a model in the body', async () => {
    server = await startFakeProvider({ flavor: 'azure-openai', apiKey: KEY });
    const backend = createBackend('azure-openai', {
      model: 'my-gpt4o',
      baseUrl: server.baseUrl,
      apiKey: KEY,
      env: {},
    });
    expect(backend.model).toBe('my-gpt4o');
    const result = await backend.generate('Classify: refund please', {
      temperature: 0,
      max_tokens: 10,
      seed: 1,
    });
    const request = server.requests[0];
    expect(request?.url).toBe('/openai/deployments/my-gpt4o/chat/completions?api-version=2024-10-21');
    expect(request?.headers['api-key']).toBe(KEY);
    expect(request?.headers.authorization).toBeUndefined();
    expect(request?.body).toEqual({
      messages: [{ role: 'user', content: 'Classify: refund please' }],
      temperature: 0,
      seed: 1,
      max_tokens: 10,
    });
    expect(result).toEqual({
      text: 'reply to: Classify: refund please',
      provider: 'azure-openai',
      model: 'gpt-4o-2024-08-06',
      requested_model: 'my-gpt4o',
      response_id: expect.stringMatching(/^chatcmpl-/),
      finish_reason: 'stop',
      usage: { input_tokens: 3, output_tokens: 5, total_tokens: 8 },
      latency_ms: expect.any(Number),
    });
  });

  it('takes endpoint, key, deployment and api-version from the environment', async () => {
    server = await startFakeProvider({ flavor: 'azure-openai', apiKey: KEY });
    const backend = createBackend('azure-openai', {
      env: {
        AZURE_OPENAI_ENDPOINT: server.baseUrl,
        AZURE_OPENAI_API_KEY: KEY,
        AZURE_OPENAI_DEPLOYMENT: 'prod-chat',
        AZURE_OPENAI_API_VERSION: '2025-01-01-preview',
      },
    });
    await backend.generate('x', {});
    expect(server.requests[0]?.url).toBe(
      '/openai/deployments/prod-chat/chat/completions?api-version=2025-01-01-preview',
    );
  });

  it("fails at once with Azure's message when the key is wrong", async () => {
    server = await startFakeProvider({ flavor: 'azure-openai', apiKey: KEY });
    const wrong = 'azure-wrong-key-000000000000';
    const backend = createBackend('azure-openai', {
      model: 'd',
      baseUrl: server.baseUrl,
      apiKey: wrong,
      env: {},
    });
    const failure = backend.generate('x', {});
    await expect(failure).rejects.toThrow(
      /^azure-openai: HTTP 401: 401: Access denied due to invalid subscription key/,
    );
    await expect(failure).rejects.toMatchObject({ retryable: false, status: 401 });
    await expect(failure).rejects.not.toThrow(wrong);
  });
});
