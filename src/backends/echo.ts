import type { Backend, GenerateResult } from '../core/ports.js';

/** Echo has no provider behind it, so it accepts any params and records them as given. */
export const echoParams: readonly string[] = [];

/** Whitespace-split word count: a stable stand-in for token usage that needs no tokenizer. */
function wordCount(text: string): number {
  const trimmed = text.trim();
  return trimmed === '' ? 0 : trimmed.split(/\s+/).length;
}

/** Echo validates nothing: it is the offline default and must run any workflow unchanged. */
export function validateParams(_params: Record<string, unknown>): string[] {
  return [];
}

/**
 * The default backend: deterministic and offline. The same prompt and params always give the same
 * result, which is what makes runs reproducible in tests and without a model provider.
 */
export function createEchoBackend(): Backend & { validateParams(params: Record<string, unknown>): string[] } {
  return {
    name: 'echo',
    model: 'echo-1',
    validateParams,
    generate(prompt: string, params: Record<string, unknown>): Promise<GenerateResult> {
      const text = `echo: ${prompt}`;
      const input = wordCount(prompt);
      const output = wordCount(text);
      return Promise.resolve({
        text,
        provider: 'echo',
        model: 'echo-1',
        requested_model: 'echo-1',
        response_id: null,
        finish_reason: 'stop',
        usage: { input_tokens: input, output_tokens: output, total_tokens: input + output },
        // Latency is fixed so that echo output, and therefore its hash, never varies between runs.
        latency_ms: 0,
        params: { ...params },
      });
    },
  };
}
