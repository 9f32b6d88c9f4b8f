import { describe, it, expect } from '@jest/globals';
import { backendNames, createBackend } from '../../src/backends/index.js';
import { InputError } from '../../src/core/errors.js';

describe('createBackend', () => {
  it('lists the accepted names when the name is unknown', () => {
    expect(backendNames).toEqual(['echo', 'replay', 'openai', 'azure-openai', 'anthropic']);
    expect(() => createBackend('gpt', { env: {} })).toThrow(
      new InputError('unknown backend "gpt"; accepted: echo, replay, openai, azure-openai, anthropic'),
    );
  });

  it('builds echo with no configuration', () => {
    const echo = createBackend('echo', { env: {} });
    expect([echo.name, echo.model]).toEqual(['echo', 'echo-1']);
  });

  it('prefers explicit options over AWO_* variables over provider variables', () => {
    const env = { AWO_MODEL: 'from-awo', OPENAI_MODEL: 'from-openai', OPENAI_API_KEY: 'sk-env-key-1234' };
    expect(createBackend('openai', { model: 'explicit', env }).model).toBe('explicit');
    expect(createBackend('openai', { env }).model).toBe('from-awo');
    expect(
      createBackend('openai', { env: { OPENAI_MODEL: 'from-openai', OPENAI_API_KEY: 'k-1234' } }).model,
    ).toBe('from-openai');
  });

  it('needs a key for api.openai.com but not for a compatible server', () => {
    expect(() => createBackend('openai', { model: 'gpt-4o', env: {} })).toThrow(
      'backend openai needs an API key: give api-key, AWO_API_KEY or OPENAI_API_KEY',
    );
    expect(
      createBackend('openai', { model: 'llama3.2', baseUrl: 'http://localhost:11434/v1', env: {} }).name,
    ).toBe('openai');
  });

  it('names what is missing for azure-openai and anthropic', () => {
    expect(() =>
      createBackend('azure-openai', {
        env: { AZURE_OPENAI_API_KEY: 'k-1234', AZURE_OPENAI_DEPLOYMENT: 'd' },
      }),
    ).toThrow('backend azure-openai needs an endpoint: give base-url, AWO_BASE_URL or AZURE_OPENAI_ENDPOINT');
    expect(() => createBackend('anthropic', { apiKey: 'k-1234', env: {} })).toThrow(
      'backend anthropic needs a model: give model, AWO_MODEL or ANTHROPIC_MODEL',
    );
    expect(() => createBackend('anthropic', { model: 'm', env: {} })).toThrow(
      'backend anthropic needs an API key: give api-key, AWO_API_KEY or ANTHROPIC_API_KEY',
    );
  });

  it('refuses a base URL that is not http(s) or carries credentials, without echoing them', () => {
    expect(() =>
      createBackend('openai', { model: 'm', baseUrl: 'ftp://x', apiKey: 'k-1234', env: {} }),
    ).toThrow('must be http:// or https://');
    let message = '';
    try {
      createBackend('openai', { model: 'm', baseUrl: 'https://user:hunter2secret@host/v1', env: {} });
    } catch (err) {
      message = (err as Error).message;
    }
    expect(message).toBe('backend openai: base URL must not contain credentials; pass the key as api-key');
  });
});
