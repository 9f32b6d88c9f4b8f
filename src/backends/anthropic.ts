import { BackendError } from '../core/errors.js';
import type { GenerateResult } from '../core/ports.js';
import { postJson } from './http-json.js';
import {
  checkParams,
  integerFrom,
  numberIn,
  stopSequences,
  text,
  type ParamSpec,
  type ProviderBackend,
} from './params.js';

/** Where Anthropic answers. */
export const ANTHROPIC_DEFAULT_BASE_URL = 'https://api.anthropic.com';
/** The Messages API version header value. */
export const ANTHROPIC_DEFAULT_VERSION = '2023-06-01';
/** The Messages API requires `max_tokens`; this is sent when the step gives none. */
export const ANTHROPIC_DEFAULT_MAX_TOKENS = 1024;

/** Anthropic has no `seed` and no penalties: asking for them is an error, not a silent no-op. */
const spec: ParamSpec = {
  /** Per-step model instead of the configured one. */
  model: text,
  temperature: numberIn(0, 1),
  top_p: numberIn(0, 1),
  top_k: integerFrom(1),
  max_tokens: integerFrom(1),
  stop: stopSequences(8191),
  system: text,
};

/** Params the anthropic backend accepts. */
export const anthropicParams: readonly string[] = Object.keys(spec);

/** Unknown or invalid params, one problem each (`params.<name>: ...`). */
export function validateParams(params: Record<string, unknown>): string[] {
  return checkParams(params, spec, 'anthropic');
}

/** Settings of the anthropic backend, already resolved from options and environment. */
export interface AnthropicConfig {
  model: string;
  baseUrl: string;
  apiKey: string;
  version: string;
}

/** Message body for one prompt: `stop` becomes `stop_sequences`, `system` the top-level field. */
export function anthropicBody(
  prompt: string,
  params: Record<string, unknown>,
  model: string,
): Record<string, unknown> {
  const body: Record<string, unknown> = {
    model,
    max_tokens: params.max_tokens ?? ANTHROPIC_DEFAULT_MAX_TOKENS,
    messages: [{ role: 'user', content: prompt }],
  };
  if (params.system !== undefined) body.system = params.system;
  for (const name of ['temperature', 'top_p', 'top_k'])
    if (params[name] !== undefined) body[name] = params[name];
  if (params.stop !== undefined)
    body.stop_sequences = typeof params.stop === 'string' ? [params.stop] : params.stop;
  return body;
}

/** `{"type": "error", "error": {"type": ..., "message": ...}}` → `type: message`. */
export function anthropicErrorMessage(json: unknown): string | undefined {
  const error = (json as { error?: { type?: unknown; message?: unknown } } | null)?.error;
  if (typeof error?.message !== 'string') return undefined;
  return typeof error.type === 'string' ? `${error.type}: ${error.message}` : error.message;
}

interface Message {
  id?: unknown;
  model?: unknown;
  content?: Array<{ type?: unknown; text?: unknown }>;
  stop_reason?: unknown;
  usage?: { input_tokens?: unknown; output_tokens?: unknown };
}

const count = (v: unknown): number | null => (typeof v === 'number' ? v : null);

/**
 * Anthropic Messages API: `POST {base}/v1/messages` with `x-api-key` and `anthropic-version`.
 * One attempt per call; 429 and 529 (overloaded) are retryable, with the `retry-after` they send.
 */
export function createAnthropicBackend(config: AnthropicConfig): ProviderBackend {
  const url = `${config.baseUrl.replace(/\/+$/, '')}/v1/messages`;
  return {
    name: 'anthropic',
    model: config.model,
    validateParams,
    async generate(
      prompt: string,
      params: Record<string, unknown>,
      signal?: AbortSignal,
    ): Promise<GenerateResult> {
      const problems = validateParams(params);
      if (problems.length > 0) throw new BackendError(`anthropic: ${problems.join('; ')}`, false);
      const model = typeof params.model === 'string' ? params.model : config.model;
      const response = await postJson({
        provider: 'anthropic',
        url,
        headers: { 'x-api-key': config.apiKey, 'anthropic-version': config.version },
        body: anthropicBody(prompt, params, model),
        signal,
        secrets: [config.apiKey],
        errorMessage: anthropicErrorMessage,
      });
      const message = response.json as Message;
      if (!Array.isArray(message?.content))
        throw new BackendError('anthropic: response has no content', false);
      const input = count(message.usage?.input_tokens);
      const output = count(message.usage?.output_tokens);
      return {
        text: message.content
          .filter((block) => block.type === 'text' && typeof block.text === 'string')
          .map((block) => block.text as string)
          .join(''),
        provider: 'anthropic',
        model: typeof message.model === 'string' ? message.model : model,
        requested_model: model,
        response_id: typeof message.id === 'string' ? message.id : null,
        finish_reason: typeof message.stop_reason === 'string' ? message.stop_reason : null,
        usage: {
          input_tokens: input,
          output_tokens: output,
          total_tokens: input !== null && output !== null ? input + output : null,
        },
        latency_ms: response.latencyMs,
      };
    },
  };
}
