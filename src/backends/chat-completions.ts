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

/**
 * The Chat Completions wire format, shared by OpenAI, Azure OpenAI and OpenAI-compatible servers
 * (Ollama, vLLM, LM Studio): request body, response fields, error message.
 */

/** Workflow params the Chat Completions backends accept, and how each is checked. */
export const chatCompletionsParams: ParamSpec = {
  /** Per-step model (Azure: deployment) instead of the configured one. */
  model: text,
  temperature: numberIn(0, 2),
  top_p: numberIn(0, 1),
  max_tokens: integerFrom(1),
  max_completion_tokens: integerFrom(1),
  seed: integerFrom(Number.MIN_SAFE_INTEGER),
  stop: stopSequences(4),
  system: text,
  presence_penalty: numberIn(-2, 2),
  frequency_penalty: numberIn(-2, 2),
};

/**
 * Reasoning models (o1, o3, o4-mini, gpt-5, ...) refuse `max_tokens` and take `max_completion_tokens`;
 * recognised by name, because a deployment or a compatible server gives us nothing else to go on.
 */
function needsMaxCompletionTokens(model: string): boolean {
  return /^(o\d|gpt-5)/i.test(model);
}

/** Request body for one prompt. `model` is omitted for Azure, whose URL names the deployment. */
function chatCompletionsBody(
  prompt: string,
  params: Record<string, unknown>,
  model: string,
  includeModel: boolean,
): Record<string, unknown> {
  const messages: Array<{ role: string; content: string }> = [];
  if (typeof params.system === 'string') messages.push({ role: 'system', content: params.system });
  messages.push({ role: 'user', content: prompt });
  const body: Record<string, unknown> = includeModel ? { model, messages } : { messages };
  for (const name of ['temperature', 'top_p', 'seed', 'stop', 'presence_penalty', 'frequency_penalty']) {
    if (params[name] !== undefined) body[name] = params[name];
  }
  if (params.max_completion_tokens !== undefined) body.max_completion_tokens = params.max_completion_tokens;
  else if (params.max_tokens !== undefined) {
    body[needsMaxCompletionTokens(model) ? 'max_completion_tokens' : 'max_tokens'] = params.max_tokens;
  }
  return body;
}

/** Unknown or invalid params, one problem each (`params.<name>: ...`), then conflicting combinations. */
export function chatCompletionsProblems(params: Record<string, unknown>, backend: string): string[] {
  const conflicts =
    params.max_tokens !== undefined && params.max_completion_tokens !== undefined
      ? ['params.max_completion_tokens: give either max_tokens or max_completion_tokens, not both']
      : [];
  return [...checkParams(params, chatCompletionsParams, backend), ...conflicts];
}

/** `{"error": {"message": ..., "type": ..., "code": ...}}` → `type: message`. */
function chatCompletionsErrorMessage(json: unknown): string | undefined {
  const error = (json as { error?: { message?: unknown; type?: unknown; code?: unknown } } | null)?.error;
  if (typeof error?.message !== 'string') return undefined;
  const kind =
    typeof error.code === 'string' ? error.code : typeof error.type === 'string' ? error.type : undefined;
  return kind ? `${kind}: ${error.message}` : error.message;
}

interface ChatCompletion {
  id?: unknown;
  model?: unknown;
  choices?: Array<{ message?: { content?: unknown }; finish_reason?: unknown }>;
  usage?: { prompt_tokens?: unknown; completion_tokens?: unknown; total_tokens?: unknown };
}

const count = (v: unknown): number | null => (typeof v === 'number' ? v : null);

/** The recorded result of one call, in the provider-neutral shape every backend returns. */
function chatCompletionsResult(
  json: unknown,
  provider: string,
  requestedModel: string,
  latencyMs: number,
): GenerateResult {
  const completion = json as ChatCompletion;
  const choice = Array.isArray(completion?.choices) ? completion.choices[0] : undefined;
  if (choice === undefined) throw new BackendError(`${provider}: response has no choices`, false);
  const content = choice.message?.content;
  const usage = completion.usage ?? {};
  return {
    text: typeof content === 'string' ? content : '',
    provider,
    model: typeof completion.model === 'string' ? completion.model : requestedModel,
    requested_model: requestedModel,
    response_id: typeof completion.id === 'string' ? completion.id : null,
    finish_reason: typeof choice.finish_reason === 'string' ? choice.finish_reason : null,
    usage: {
      input_tokens: count(usage.prompt_tokens),
      output_tokens: count(usage.completion_tokens),
      total_tokens: count(usage.total_tokens),
    },
    latency_ms: latencyMs,
  };
}

/** Where and how one Chat Completions provider is called. */
export interface ChatCompletionsTarget {
  name: 'openai' | 'azure-openai';
  /** The configured model (Azure: deployment), used when a step names none. */
  model: string;
  /** The endpoint for a model (Azure routes by deployment in the URL). */
  url(model: string): string;
  headers: Record<string, string>;
  /** Whether the body names the model (not for Azure, whose URL does). */
  modelInBody: boolean;
  /** Redacted from every error message. */
  apiKey?: string;
}

/** A Chat Completions backend. One attempt per call; retries are the engine's. */
export function createChatCompletionsBackend(target: ChatCompletionsTarget): ProviderBackend {
  const validateParams = (params: Record<string, unknown>) => chatCompletionsProblems(params, target.name);
  return {
    name: target.name,
    model: target.model,
    validateParams,
    async generate(
      prompt: string,
      params: Record<string, unknown>,
      signal?: AbortSignal,
    ): Promise<GenerateResult> {
      const problems = validateParams(params);
      if (problems.length > 0) throw new BackendError(`${target.name}: ${problems.join('; ')}`, false);
      const model = typeof params.model === 'string' ? params.model : target.model;
      const response = await postJson({
        provider: target.name,
        url: target.url(model),
        headers: target.headers,
        body: chatCompletionsBody(prompt, params, model, target.modelInBody),
        signal,
        secrets: [target.apiKey],
        errorMessage: chatCompletionsErrorMessage,
      });
      return chatCompletionsResult(response.json, target.name, model, response.latencyMs);
    },
  };
}
