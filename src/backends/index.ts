import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { unpackBundle } from '../bundle/safe-extract.js';
import { InputError } from '../core/errors.js';
import type { Backend } from '../core/ports.js';
import {
  ANTHROPIC_DEFAULT_BASE_URL,
  ANTHROPIC_DEFAULT_VERSION,
  createAnthropicBackend,
} from './anthropic.js';
import { AZURE_DEFAULT_API_VERSION, createAzureOpenAiBackend } from './azure-openai.js';
import { createEchoBackend } from './echo.js';
import { createOpenAiBackend, OPENAI_DEFAULT_BASE_URL } from './openai.js';
import { createReplayBackend, resolveReplaySource, type BundleOpener } from './replay.js';

/** Every name `--backend` / the action's `backend` input accepts; `echo` is the default. */
export const backendNames = ['echo', 'replay', 'openai', 'azure-openai', 'anthropic'] as const;
export type BackendName = (typeof backendNames)[number];

/** What selects and configures a backend; explicit values win over the environment. */
export interface BackendOptions {
  /** `--model` / `model` input (Azure: the deployment name). */
  model?: string;
  /** `--base-url` / `base-url` input. */
  baseUrl?: string;
  /** `--api-key` / `api-key` input. Never written anywhere. */
  apiKey?: string;
  env: NodeJS.ProcessEnv;
  /** Where run ids given to `replay` are looked up. */
  runsDir?: string;
  /** `replay`: run folder, bundle, or run id to answer from (else `AWO_REPLAY_FROM`). */
  replayFrom?: string;
  /** `replay`: unpacks a bundle to read it (default: a safe extract into a fresh temporary folder, removed after). */
  openBundle?: BundleOpener;
  /** Bound on one request, applied inside the backend as well as by the engine's retry loop. */
  timeoutMs?: number;
}

/**
 * Safe-extracts a bundle into a fresh temporary folder, reads the run folder inside it, and removes that
 * temporary folder (only it) whether the extraction or the reading succeeded or not.
 */
export async function unpackToTemp<T>(
  tmpRoot: string,
  bundlePath: string,
  read: (runDir: string) => T,
): Promise<T> {
  const into = fs.mkdtempSync(path.join(tmpRoot, 'awo-replay-source-'));
  try {
    return read((await unpackBundle(bundlePath, into)).runDir);
  } finally {
    fs.rmSync(into, { recursive: true, force: true });
  }
}

/** First non-empty value: explicit option, then `AWO_*`, then the provider's own variable. */
function pick(...values: Array<string | undefined>): string | undefined {
  return values.find((v) => v !== undefined && v.trim() !== '');
}

function need(value: string | undefined, what: string, backend: string, sources: string): string {
  if (value === undefined) throw new InputError(`backend ${backend} needs ${what}: give ${sources}`);
  return value;
}

function httpUrl(value: string, backend: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new InputError(
      `backend ${backend}: base URL ${JSON.stringify(value)} is not a URL (expected http(s)://host[:port]/path)`,
    );
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new InputError(`backend ${backend}: base URL must be http:// or https://, got ${url.protocol}`);
  }
  if (url.username !== '' || url.password !== '') {
    // Credentials in a URL would be written to metadata and logs; keys go in api-key only.
    throw new InputError(
      `backend ${backend}: base URL must not contain credentials; pass the key as api-key`,
    );
  }
  return value;
}

/**
 * Builds the backend `name` names. Configuration errors (unknown name, missing model or key, bad URL)
 * are `InputError`s (exit 2) raised here, before a run starts. Environment variables read:
 * `AWO_MODEL`, `AWO_BASE_URL`, `AWO_API_KEY`, `AWO_REPLAY_FROM`; per provider `OPENAI_API_KEY`,
 * `OPENAI_BASE_URL`, `OPENAI_MODEL`; `AZURE_OPENAI_API_KEY`, `AZURE_OPENAI_ENDPOINT`,
 * `AZURE_OPENAI_DEPLOYMENT`, `AZURE_OPENAI_API_VERSION`; `ANTHROPIC_API_KEY`, `ANTHROPIC_BASE_URL`,
 * `ANTHROPIC_MODEL`, `ANTHROPIC_VERSION`.
 */
export function createBackend(name: string, options: BackendOptions): Backend {
  const env = options.env;
  switch (name) {
    case 'echo':
      return createEchoBackend();
    case 'replay': {
      const from = need(
        pick(options.replayFrom, env.AWO_REPLAY_FROM),
        'a recorded run',
        name,
        '--replay-from or AWO_REPLAY_FROM',
      );
      return createReplayBackend(
        resolveReplaySource(from, options.runsDir),
        // The temp folder as os.tmpdir() finds it, but from the environment given (as every setting here).
        options.openBundle ??
          ((bundlePath, read) => unpackToTemp(env.TMPDIR || os.tmpdir(), bundlePath, read)),
      );
    }
    case 'openai': {
      const baseUrl = httpUrl(
        pick(options.baseUrl, env.AWO_BASE_URL, env.OPENAI_BASE_URL) ?? OPENAI_DEFAULT_BASE_URL,
        name,
      );
      const apiKey = pick(options.apiKey, env.AWO_API_KEY, env.OPENAI_API_KEY);
      // OpenAI itself refuses keyless calls; local compatible servers (Ollama, vLLM) accept them.
      if (apiKey === undefined && new URL(baseUrl).hostname === 'api.openai.com') {
        need(undefined, 'an API key', name, 'api-key, AWO_API_KEY or OPENAI_API_KEY');
      }
      const model = need(
        pick(options.model, env.AWO_MODEL, env.OPENAI_MODEL),
        'a model',
        name,
        'model, AWO_MODEL or OPENAI_MODEL',
      );
      return withSecrets(
        withTimeout(
          withEndpoint(createOpenAiBackend({ model, baseUrl, ...(apiKey ? { apiKey } : {}) }), baseUrl),
          options.timeoutMs,
        ),
        apiKey,
      );
    }
    case 'azure-openai': {
      const endpoint = httpUrl(
        need(
          pick(options.baseUrl, env.AWO_BASE_URL, env.AZURE_OPENAI_ENDPOINT),
          'an endpoint',
          name,
          'base-url, AWO_BASE_URL or AZURE_OPENAI_ENDPOINT',
        ),
        name,
      );
      const apiKey = need(
        pick(options.apiKey, env.AWO_API_KEY, env.AZURE_OPENAI_API_KEY),
        'an API key',
        name,
        'api-key, AWO_API_KEY or AZURE_OPENAI_API_KEY',
      );
      const deployment = need(
        pick(options.model, env.AWO_MODEL, env.AZURE_OPENAI_DEPLOYMENT),
        'a deployment name',
        name,
        'model, AWO_MODEL or AZURE_OPENAI_DEPLOYMENT',
      );
      const apiVersion = pick(env.AZURE_OPENAI_API_VERSION) ?? AZURE_DEFAULT_API_VERSION;
      return withSecrets(
        withTimeout(
          withEndpoint(createAzureOpenAiBackend({ endpoint, apiKey, deployment, apiVersion }), endpoint),
          options.timeoutMs,
        ),
        apiKey,
      );
    }
    case 'anthropic': {
      const baseUrl = httpUrl(
        pick(options.baseUrl, env.AWO_BASE_URL, env.ANTHROPIC_BASE_URL) ?? ANTHROPIC_DEFAULT_BASE_URL,
        name,
      );
      const apiKey = need(
        pick(options.apiKey, env.AWO_API_KEY, env.ANTHROPIC_API_KEY),
        'an API key',
        name,
        'api-key, AWO_API_KEY or ANTHROPIC_API_KEY',
      );
      const model = need(
        pick(options.model, env.AWO_MODEL, env.ANTHROPIC_MODEL),
        'a model',
        name,
        'model, AWO_MODEL or ANTHROPIC_MODEL',
      );
      const version = pick(env.ANTHROPIC_VERSION) ?? ANTHROPIC_DEFAULT_VERSION;
      return withSecrets(
        withTimeout(
          withEndpoint(createAnthropicBackend({ model, baseUrl, apiKey, version }), baseUrl),
          options.timeoutMs,
        ),
        apiKey,
      );
    }
    default:
      throw new InputError(`unknown backend ${JSON.stringify(name)}; accepted: ${backendNames.join(', ')}`);
  }
}

/** The endpoint as the evidence records it: origin and path, without query or fragment (no credentials: refused above). */
export function endpointOf(baseUrl: string): string {
  const url = new URL(baseUrl);
  return `${url.origin}${url.pathname}`;
}

function withEndpoint<B extends Backend>(backend: B, baseUrl: string): B {
  return { ...backend, endpoint: endpointOf(baseUrl) };
}

/** Names the key the engine replaces in every answer before anything is written (DESIGN §3: no secret in any file). */
function withSecrets<B extends Backend>(backend: B, apiKey: string | undefined): B {
  return apiKey === undefined ? backend : { ...backend, secrets: [apiKey] };
}

/** Adds a per-request time bound inside the backend, for callers that use it without the retry loop. */
function withTimeout<B extends Backend>(backend: B, timeoutMs: number | undefined): B {
  if (timeoutMs === undefined) return backend;
  return {
    ...backend,
    generate: (prompt, params, signal) => {
      const bound = AbortSignal.timeout(timeoutMs);
      return backend.generate(prompt, params, signal ? AbortSignal.any([signal, bound]) : bound);
    },
  };
}
