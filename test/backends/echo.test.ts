import { describe, it, expect } from '@jest/globals';
import { createEchoBackend } from '../../src/backends/echo.js';

describe('echo backend', () => {
  it('answers with the prompt, word-count usage and the params it was given', async () => {
    const backend = createEchoBackend();
    const result = await backend.generate('Summarize: the battery lasts', { temperature: 0.3 });
    expect(backend.name).toBe('echo');
    expect(result).toEqual({
      text: 'echo: Summarize: the battery lasts',
      provider: 'echo',
      model: 'echo-1',
      requested_model: 'echo-1',
      response_id: null,
      finish_reason: 'stop',
      usage: { input_tokens: 4, output_tokens: 5, total_tokens: 9 },
      latency_ms: 0,
      params: { temperature: 0.3 },
    });
  });

  it('gives the same result for the same prompt and params', async () => {
    const backend = createEchoBackend();
    const a = await backend.generate('x y', { seed: 1 });
    const b = await createEchoBackend().generate('x y', { seed: 1 });
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
  });

  it('counts zero words for an empty prompt', async () => {
    const result = await createEchoBackend().generate('   ', {});
    expect(result.usage).toEqual({ input_tokens: 0, output_tokens: 1, total_tokens: 1 });
  });
});
