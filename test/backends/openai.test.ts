import { afterEach, describe, it, expect } from '@jest/globals';
import { createBackend } from '../../src/backends/index.js';
import { validateParams } from '../../src/backends/openai.js';
import { BackendError } from '../../src/core/errors.js';
import { startFakeProvider, type FakeProvider } from '../servers/fake-providers.js';

const KEY = 'sk-test-openai-0123456789abcdef';
let server: FakeProvider | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('openai backend', () => {
  it('sends the exact Chat Completions request and records the answer in the neutral shape', async () => {
    server = await startFakeProvider({ flavor: 'openai', apiKey: KEY });
    const backend = createBackend('openai', {
      model: 'gpt-4o-mini',
      baseUrl: server.baseUrl,
      apiKey: KEY,
      env: {},
    });
    const result = await backend.generate('Summarize: The battery lasts all day', {
      temperature: 0.3,
      max_tokens: 50,
      seed: 7,
      top_p: 0.9,
      stop: ['END'],
      system: 'Be brief.',
    });
    expect(server.requests).toHaveLength(1);
    const request = server.requests[0];
    expect(request?.method).toBe('POST');
    expect(request?.url).toBe('/v1/chat/completions');
    expect(request?.headers.authorization).toBe(`Bearer ${KEY}`);
    expect(request?.headers['content-type']).toBe('application/json');
    expect(request?.body).toEqual({
      model: 'gpt-4o-mini',
      messages: [
        { role: 'system', content: 'Be brief.' },
        { role: 'user', content: 'Summarize: The battery lasts all day' },
      ],
      temperature: 0.3,
      top_p: 0.9,
      seed: 7,
      stop: ['END'],
      max_tokens: 50,
    });
    expect(result).toEqual({
      text: 'reply to: Summarize: The battery lasts all day',
      provider: 'openai',
      model: 'gpt-4o-mini-2024-07-18',
      requested_model: 'gpt-4o-mini',
      response_id: expect.stringMatching(/^chatcmpl-/),
      finish_reason: 'stop',
      usage: { input_tokens: 6, output_tokens: 8, total_tokens: 14 },
      latency_ms: expect.any(Number),
    });
    expect(result.latency_ms).toBeGreaterThanOrEqual(0);
  });

  it('sends only the messages and model when a step gives no params', async () => {
    server = await startFakeProvider({ flavor: 'openai', apiKey: KEY });
    const backend = createBackend('openai', {
      model: 'gpt-4o-mini',
      baseUrl: server.baseUrl,
      apiKey: KEY,
      env: {},
    });
    await backend.generate('hi', {});
    expect(server.requests[0]?.body).toEqual({
      model: 'gpt-4o-mini',
      messages: [{ role: 'user', content: 'hi' }],
    });
  });

  it('sends max_completion_tokens to reasoning models, which refuse max_tokens', async () => {
    server = await startFakeProvider({ flavor: 'openai', apiKey: KEY });
    const backend = createBackend('openai', {
      model: 'o3-mini',
      baseUrl: server.baseUrl,
      apiKey: KEY,
      env: {},
    });
    const result = await backend.generate('think', { max_tokens: 500 });
    expect(server.requests[0]?.body).toEqual({
      model: 'o3-mini',
      messages: [{ role: 'user', content: 'think' }],
      max_completion_tokens: 500,
    });
    expect(result.model).toBe('o3-mini-2024-07-18');
  });

  it('passes an explicit max_completion_tokens through for any model', async () => {
    server = await startFakeProvider({ flavor: 'openai', apiKey: KEY });
    const backend = createBackend('openai', {
      model: 'gpt-4.1',
      baseUrl: server.baseUrl,
      apiKey: KEY,
      env: {},
    });
    await backend.generate('x', { max_completion_tokens: 20 });
    expect(server.requests[0]?.body).toEqual({
      model: 'gpt-4.1',
      messages: [{ role: 'user', content: 'x' }],
      max_completion_tokens: 20,
    });
  });

  it('uses a step-level model param instead of the configured model', async () => {
    server = await startFakeProvider({ flavor: 'openai', apiKey: KEY });
    const backend = createBackend('openai', {
      model: 'gpt-4o-mini',
      baseUrl: server.baseUrl,
      apiKey: KEY,
      env: {},
    });
    const result = await backend.generate('x', { model: 'gpt-4o' });
    expect(server.requests[0]?.body).toEqual({ model: 'gpt-4o', messages: [{ role: 'user', content: 'x' }] });
    expect(result.requested_model).toBe('gpt-4o');
  });

  it('talks to a keyless OpenAI-compatible server without an Authorization header', async () => {
    server = await startFakeProvider({ flavor: 'openai', apiKey: KEY });
    const backend = createBackend('openai', { model: 'llama3.2', baseUrl: server.baseUrl, env: {} });
    // The fake insists on a key, so the keyless request is refused; what matters is what was sent.
    await expect(backend.generate('x', {})).rejects.toMatchObject({ status: 401, retryable: false });
    expect(server.requests[0]?.headers.authorization).toBeUndefined();
  });

  it('rejects unknown and ill-typed params before any request, naming what is accepted', async () => {
    server = await startFakeProvider({ flavor: 'openai', apiKey: KEY });
    const backend = createBackend('openai', {
      model: 'gpt-4o-mini',
      baseUrl: server.baseUrl,
      apiKey: KEY,
      env: {},
    });
    expect(
      backend.validateParams?.({ temprature: 0.2, max_tokens: 0, stop: ['a', 'b', 'c', 'd', 'e'] }),
    ).toEqual([
      'params.temprature: not accepted by the openai backend (accepted: frequency_penalty, max_completion_tokens, max_tokens, model, presence_penalty, seed, stop, system, temperature, top_p)',
      'params.max_tokens: must be an integer >= 1',
      'params.stop: must be a string or a list of at most 4 strings',
    ]);
    expect(validateParams({ max_tokens: 1, max_completion_tokens: 1 })).toEqual([
      'params.max_completion_tokens: give either max_tokens or max_completion_tokens, not both',
    ]);
    const failure = backend.generate('x', { top_k: 5 });
    await expect(failure).rejects.toBeInstanceOf(BackendError);
    await expect(failure).rejects.toMatchObject({
      retryable: false,
      message: expect.stringContaining('params.top_k'),
    });
    expect(server.requests).toHaveLength(0);
  });

  it("fails at once with the provider's own message on a non-retryable 4xx", async () => {
    server = await startFakeProvider({ flavor: 'openai', apiKey: KEY });
    // A base URL missing its `/v1` is a common mistake; the provider's 404 says which path it got.
    const backend = createBackend('openai', {
      model: 'gpt-4o-mini',
      baseUrl: server.baseUrl.replace(/\/v1$/, ''),
      apiKey: KEY,
      env: {},
    });
    const failure = backend.generate('x', {});
    await expect(failure).rejects.toThrow(
      'openai: HTTP 404: invalid_request_error: Invalid URL (POST /chat/completions)',
    );
    await expect(failure).rejects.toMatchObject({ retryable: false, status: 404 });
  });
});
