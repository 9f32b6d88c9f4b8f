import {
  chatCompletionsParams,
  chatCompletionsProblems,
  createChatCompletionsBackend,
} from './chat-completions.js';
import type { ProviderBackend } from './params.js';

/** Where OpenAI itself answers; any other base URL is an OpenAI-compatible server. */
export const OPENAI_DEFAULT_BASE_URL = 'https://api.openai.com/v1';

/** Params the openai backend accepts. */
export const openaiParams: readonly string[] = Object.keys(chatCompletionsParams);

/** Unknown or invalid params, one problem each (`params.<name>: ...`). */
export function validateParams(params: Record<string, unknown>): string[] {
  return chatCompletionsProblems(params, 'openai');
}

/** Settings of the openai backend, already resolved from options and environment. */
export interface OpenAiConfig {
  model: string;
  /** Up to and including the API version path, e.g. `https://api.openai.com/v1`, `http://localhost:11434/v1`. */
  baseUrl: string;
  /** Bearer key; optional because local compatible servers (Ollama, vLLM) usually need none. */
  apiKey?: string;
}

/**
 * OpenAI Chat Completions (`POST {base}/chat/completions`, `Authorization: Bearer`), which also serves
 * Ollama, vLLM, LM Studio and other compatible servers. One attempt per call; retries are the engine's.
 */
export function createOpenAiBackend(config: OpenAiConfig): ProviderBackend {
  const url = `${config.baseUrl.replace(/\/+$/, '')}/chat/completions`;
  return createChatCompletionsBackend({
    name: 'openai',
    model: config.model,
    url: () => url,
    headers: config.apiKey ? { authorization: `Bearer ${config.apiKey}` } : {},
    modelInBody: true,
    apiKey: config.apiKey,
  });
}
