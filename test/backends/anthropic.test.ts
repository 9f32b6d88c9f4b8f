import { afterEach, describe, it, expect } from '@jest/globals';
import { createBackend } from '../../src/backends/index.js';
import { startFakeProvider, type FakeProvider } from '../servers/fake-providers.js';

const KEY = 'sk-ant-test-abcdef0123456789';
let server: FakeProvider | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('anthropic backend', () => {
  it('sends the exact Messages request with x-api-key and anthropic-version', async () => {
    server = await startFakeProvider({ flavor: 'anthropic', apiKey: KEY });
    const backend = createBackend('anthropic', {
      model: 'claude-sonnet-4-5',
      baseUrl: server.baseUrl,
      apiKey: KEY,
      env: {},
    });
    const result = await backend.generate('Summarize: the battery lasts', {
      system: 'Be brief.',
      temperature: 0.2,
      top_p: 0.9,
      top_k: 40,
      max_tokens: 64,
      stop: 'END',
    });
    const request = server.requests[0];
    expect(request?.url).toBe('/v1/messages');
    expect(request?.headers['x-api-key']).toBe(KEY);
    expect(request?.headers['anthropic-version']).toBe('2023-06-01');
    expect(request?.headers.authorization).toBeUndefined();
    expect(request?.body).toEqual({
      model: 'claude-sonnet-4-5',
      max_tokens: 64,
      messages: [{ role: 'user', content: 'Summarize: the battery lasts' }],
      system: 'Be brief.',
      temperature: 0.2,
      top_p: 0.9,
      top_k: 40,
      stop_sequences: ['END'],
    });
    expect(result).toEqual({
      text: 'reply to: Summarize: the battery lasts',
      provider: 'anthropic',
      model: 'claude-sonnet-4-5',
      requested_model: 'claude-sonnet-4-5',
      response_id: expect.stringMatching(/^msg_/),
      finish_reason: 'end_turn',
      usage: { input_tokens: 4, output_tokens: 6, total_tokens: 10 },
      latency_ms: expect.any(Number),
    });
  });

  it('sends the required max_tokens even when the step gives none', async () => {
    server = await startFakeProvider({ flavor: 'anthropic', apiKey: KEY });
    const backend = createBackend('anthropic', {
      model: 'claude-haiku-4-5',
      baseUrl: server.baseUrl,
      apiKey: KEY,
      env: {},
    });
    await backend.generate('hi', {});
    expect(server.requests[0]?.body).toEqual({
      model: 'claude-haiku-4-5',
      max_tokens: 1024,
      messages: [{ role: 'user', content: 'hi' }],
    });
  });

  it('refuses params Anthropic has no field for, such as seed, instead of dropping them', async () => {
    server = await startFakeProvider({ flavor: 'anthropic', apiKey: KEY });
    const backend = createBackend('anthropic', {
      model: 'claude-haiku-4-5',
      baseUrl: server.baseUrl,
      apiKey: KEY,
      env: {},
    });
    expect(backend.validateParams?.({ seed: 42, temperature: 1.5 })).toEqual([
      'params.seed: not accepted by the anthropic backend (accepted: max_tokens, model, stop, system, temperature, top_k, top_p)',
      'params.temperature: must be a number from 0 to 1',
    ]);
    await expect(backend.generate('x', { seed: 42 })).rejects.toMatchObject({ retryable: false });
    expect(server.requests).toHaveLength(0);
  });

  it('fails at once on a wrong key with the provider message', async () => {
    server = await startFakeProvider({ flavor: 'anthropic', apiKey: KEY });
    const backend = createBackend('anthropic', {
      model: 'm',
      baseUrl: server.baseUrl,
      apiKey: 'sk-ant-wrong-999999',
      env: {},
    });
    const failure = backend.generate('x', {});
    await expect(failure).rejects.toThrow('anthropic: HTTP 401: authentication_error: invalid x-api-key');
    await expect(failure).rejects.toMatchObject({ retryable: false, status: 401 });
  });
});
