import { BackendError } from '../core/errors.js';
import type { Backend, GenerateResult } from '../core/ports.js';
import {
  chatCompletionsBody,
  chatCompletionsConflicts,
  chatCompletionsErrorMessage,
  chatCompletionsParams,
  chatCompletionsResult,
} from './chat-completions.js';
import { postJson } from './http-json.js';
import { checkParams } from './params.js';

/** Where OpenAI itself answers; any other base URL is an OpenAI-compatible server. */
export const OPENAI_DEFAULT_BASE_URL = 'https://api.openai.com/v1';

/** Params the openai backend accepts. */
export const openaiParams: readonly string[] = Object.keys(chatCompletionsParams);

/** Unknown or invalid params, one problem each (`params.<name>: ...`). */
export function validateParams(params: Record<string, unknown>): string[] {
  return [...checkParams(params, chatCompletionsParams, 'openai'), ...chatCompletionsConflicts(params)];
}

/** Settings of the openai backend, already resolved from options and environment. */
export interface OpenAiConfig {
  model: string;
  /** Up to and including the API version path, e.g. `https://api.openai.com/v1`, `http://localhost:11434/v1`. */
  baseUrl: string;
  /** Bearer key; optional because local compatible servers (Ollama, vLLM) usually need none. */
  apiKey?: string;
}

/** A backend that stands for a provider: it validates params, and each call throws if they are wrong. */
export type ProviderBackend = Backend & { validateParams(params: Record<string, unknown>): string[] };

/**
 * OpenAI Chat Completions (`POST {base}/chat/completions`, `Authorization: Bearer`), which also serves
 * Ollama, vLLM, LM Studio and other compatible servers. One attempt per call; retries are the engine's.
 */
export function createOpenAiBackend(config: OpenAiConfig): ProviderBackend {
  const url = `${config.baseUrl.replace(/\/+$/, '')}/chat/completions`;
  const headers: Record<string, string> = config.apiKey ? { authorization: `Bearer ${config.apiKey}` } : {};
  return {
    name: 'openai',
    model: config.model,
    validateParams,
    async generate(
      prompt: string,
      params: Record<string, unknown>,
      signal?: AbortSignal,
    ): Promise<GenerateResult> {
      const problems = validateParams(params);
      if (problems.length > 0) throw new BackendError(`openai: ${problems.join('; ')}`, false);
      const model = typeof params.model === 'string' ? params.model : config.model;
      const response = await postJson({
        provider: 'openai',
        url,
        headers,
        body: chatCompletionsBody(prompt, params, model, true),
        signal,
        secrets: [config.apiKey],
        errorMessage: chatCompletionsErrorMessage,
      });
      return chatCompletionsResult(response.json, 'openai', model, response.latencyMs);
    },
  };
}
