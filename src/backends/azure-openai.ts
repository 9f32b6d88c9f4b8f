import { BackendError } from '../core/errors.js';
import type { GenerateResult } from '../core/ports.js';
import {
  chatCompletionsBody,
  chatCompletionsConflicts,
  chatCompletionsErrorMessage,
  chatCompletionsParams,
  chatCompletionsResult,
} from './chat-completions.js';
import { postJson } from './http-json.js';
import type { ProviderBackend } from './openai.js';
import { checkParams } from './params.js';

/** Latest GA data-plane inference API version at the time of writing; override per run. */
export const AZURE_DEFAULT_API_VERSION = '2024-10-21';

/** Params the azure-openai backend accepts (the Chat Completions set). */
export const azureOpenAiParams: readonly string[] = Object.keys(chatCompletionsParams);

/** Unknown or invalid params, one problem each (`params.<name>: ...`). */
export function validateParams(params: Record<string, unknown>): string[] {
  return [...checkParams(params, chatCompletionsParams, 'azure-openai'), ...chatCompletionsConflicts(params)];
}

/** Settings of the azure-openai backend, already resolved from options and environment. */
export interface AzureOpenAiConfig {
  /** Deployment name: Azure routes by deployment, not by model id. */
  deployment: string;
  /** Resource endpoint, e.g. `https://my-resource.openai.azure.com`. */
  endpoint: string;
  apiKey: string;
  apiVersion: string;
}

/**
 * Azure OpenAI Chat Completions: `POST {endpoint}/openai/deployments/{deployment}/chat/completions
 * ?api-version=...` with the key in the `api-key` header. The body is OpenAI's, without `model`.
 */
export function createAzureOpenAiBackend(config: AzureOpenAiConfig): ProviderBackend {
  const urlFor = (deployment: string): string =>
    `${config.endpoint.replace(/\/+$/, '')}/openai/deployments/${encodeURIComponent(deployment)}` +
    `/chat/completions?api-version=${encodeURIComponent(config.apiVersion)}`;
  return {
    name: 'azure-openai',
    model: config.deployment,
    validateParams,
    async generate(
      prompt: string,
      params: Record<string, unknown>,
      signal?: AbortSignal,
    ): Promise<GenerateResult> {
      const problems = validateParams(params);
      if (problems.length > 0) throw new BackendError(`azure-openai: ${problems.join('; ')}`, false);
      const model = typeof params.model === 'string' ? params.model : config.deployment;
      const response = await postJson({
        provider: 'azure-openai',
        url: urlFor(model),
        headers: { 'api-key': config.apiKey },
        body: chatCompletionsBody(prompt, params, model, false),
        signal,
        secrets: [config.apiKey],
        errorMessage: chatCompletionsErrorMessage,
      });
      return chatCompletionsResult(response.json, 'azure-openai', model, response.latencyMs);
    },
  };
}
