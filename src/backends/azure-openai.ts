import {
  chatCompletionsParams,
  chatCompletionsProblems,
  createChatCompletionsBackend,
} from './chat-completions.js';
import type { ProviderBackend } from './params.js';

/** Latest GA data-plane inference API version at the time of writing; override per run. */
export const AZURE_DEFAULT_API_VERSION = '2024-10-21';

/** Params the azure-openai backend accepts (the Chat Completions set). */
export const azureOpenAiParams: readonly string[] = Object.keys(chatCompletionsParams);

/** Unknown or invalid params, one problem each (`params.<name>: ...`). */
export function validateParams(params: Record<string, unknown>): string[] {
  return chatCompletionsProblems(params, 'azure-openai');
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
  const endpoint = config.endpoint.replace(/\/+$/, '');
  return createChatCompletionsBackend({
    name: 'azure-openai',
    model: config.deployment,
    url: (deployment) =>
      `${endpoint}/openai/deployments/${encodeURIComponent(deployment)}` +
      `/chat/completions?api-version=${encodeURIComponent(config.apiVersion)}`,
    headers: { 'api-key': config.apiKey },
    modelInBody: false,
    apiKey: config.apiKey,
  });
}
