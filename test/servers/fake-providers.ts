import * as http from 'node:http';
import * as https from 'node:https';
import type { AddressInfo } from 'node:net';

/**
 * Local stand-ins for the model providers: real HTTP servers on 127.0.0.1 that speak each provider's
 * wire format (paths, auth headers, request validation, response and error JSON) and fail the way
 * providers fail. Faults are scripted per request, in order; requests are recorded for assertions.
 */

export type Flavor = 'openai' | 'azure-openai' | 'anthropic';

/** One scripted misbehaviour, used for the next request that reaches the server. */
export type Fault =
  /** 429 with `retry-after` (seconds) and, for OpenAI/Azure, `retry-after-ms`. */
  | { kind: 'rate-limit'; retryAfterSeconds?: number; retryAfterMs?: number }
  /** A 5xx in the provider's error format (500 by default; 503, or 529 "overloaded" for Anthropic). */
  | { kind: 'server-error'; status?: number }
  /** The right answer, but only after `delayMs`. */
  | { kind: 'slow'; delayMs: number }
  /** Socket destroyed before any response: the client sees a connection reset. */
  | { kind: 'reset' }
  /** 200 whose JSON body was cut in half on the way (length header matches what is sent). */
  | { kind: 'truncated' };

export interface RecordedRequest {
  method: string;
  /** Path and query. */
  url: string;
  headers: http.IncomingHttpHeaders;
  body: unknown;
  /** When the whole request had arrived (ms since epoch). */
  receivedAt: number;
}

export interface FakeProviderOptions {
  flavor: Flavor;
  /** The only key the server accepts. */
  apiKey: string;
  /** Delay before every normal answer. */
  latencyMs?: number;
  faults?: Fault[];
  /** Serve HTTPS with this key and certificate (for a client that must tunnel through a proxy). */
  tls?: { key: Buffer; cert: Buffer };
}

export interface FakeProvider {
  /** What to pass as base-url: `/v1` for OpenAI, the resource endpoint for Azure, the host for Anthropic. */
  baseUrl: string;
  requests: RecordedRequest[];
  /** Faults still to be played; push more at any time. */
  faults: Fault[];
  close(): Promise<void>;
}

const words = (text: string): number => (text.trim() === '' ? 0 : text.trim().split(/\s+/).length);
let sequence = 0;
const nextId = (prefix: string): string => `${prefix}${(++sequence).toString(36).padStart(8, '0')}`;

function send(
  res: http.ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  if (res.destroyed) return;
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(text),
    ...headers,
  });
  res.end(text);
}

/** OpenAI and Azure share the error shape; Azure's codes are status strings. */
function openAiError(
  message: string,
  type: string,
  code: string | null,
  param: string | null = null,
): unknown {
  return { error: { message, type, param, code } };
}

function anthropicError(type: string, message: string): unknown {
  return { type: 'error', error: { type, message }, request_id: nextId('req_') };
}

const OPENAI_FIELDS = new Set([
  'model',
  'messages',
  'temperature',
  'top_p',
  'max_tokens',
  'max_completion_tokens',
  'seed',
  'stop',
  'presence_penalty',
  'frequency_penalty',
  'n',
  'stream',
  'user',
]);
const ANTHROPIC_FIELDS = new Set([
  'model',
  'messages',
  'max_tokens',
  'system',
  'temperature',
  'top_p',
  'top_k',
  'stop_sequences',
  'metadata',
  'stream',
]);

type Reply = { status: number; body: unknown; headers?: Record<string, string> };

function lastUserText(messages: unknown): string {
  if (!Array.isArray(messages)) return '';
  const list = messages as Array<{ role?: unknown; content?: unknown }>;
  const last = [...list].reverse().find((m) => m?.role === 'user');
  return typeof last?.content === 'string' ? last.content : '';
}

/** Validates and answers a Chat Completions request the way OpenAI does (Azure: `model` optional). */
function chatCompletion(body: Record<string, unknown>, azure: boolean, deployment?: string): Reply {
  for (const key of Object.keys(body)) {
    if (!OPENAI_FIELDS.has(key)) {
      return {
        status: 400,
        body: openAiError(`Unrecognized request argument supplied: ${key}`, 'invalid_request_error', null),
      };
    }
  }
  const model = azure ? 'gpt-4o-2024-08-06' : body.model;
  if (typeof model !== 'string') {
    return {
      status: 400,
      body: openAiError('you must provide a model parameter', 'invalid_request_error', null),
    };
  }
  if (!azure && /^o\d/.test(model) && body.max_tokens !== undefined) {
    return {
      status: 400,
      body: openAiError(
        "Unsupported parameter: 'max_tokens' is not supported with this model. Use 'max_completion_tokens' instead.",
        'invalid_request_error',
        'unsupported_parameter',
        'max_tokens',
      ),
    };
  }
  const prompt = lastUserText(body.messages);
  const content = `reply to: ${prompt}`;
  const promptTokens = words(prompt);
  const completionTokens = words(content);
  const returnedModel = azure || /\d{4}-\d{2}-\d{2}$/.test(model) ? model : `${model}-2024-07-18`;
  return {
    status: 200,
    body: {
      id: nextId('chatcmpl-'),
      object: 'chat.completion',
      created: 1735689600,
      model: returnedModel,
      ...(azure ? { prompt_filter_results: [{ prompt_index: 0, content_filter_results: {} }] } : {}),
      choices: [
        {
          index: 0,
          message: { role: 'assistant', content, refusal: null },
          logprobs: null,
          finish_reason: 'stop',
          ...(azure ? { content_filter_results: {} } : {}),
        },
      ],
      usage: {
        prompt_tokens: promptTokens,
        completion_tokens: completionTokens,
        total_tokens: promptTokens + completionTokens,
      },
      system_fingerprint: azure ? `fp_${deployment ?? 'x'}` : 'fp_fake',
    },
  };
}

function anthropicMessage(body: Record<string, unknown>): Reply {
  for (const key of Object.keys(body)) {
    if (!ANTHROPIC_FIELDS.has(key)) {
      return {
        status: 400,
        body: anthropicError('invalid_request_error', `${key}: Extra inputs are not permitted`),
      };
    }
  }
  if (typeof body.model !== 'string')
    return { status: 400, body: anthropicError('invalid_request_error', 'model: Field required') };
  if (typeof body.max_tokens !== 'number') {
    return { status: 400, body: anthropicError('invalid_request_error', 'max_tokens: Field required') };
  }
  const prompt = lastUserText(body.messages);
  const text = `reply to: ${prompt}`;
  return {
    status: 200,
    body: {
      id: nextId('msg_'),
      type: 'message',
      role: 'assistant',
      model: body.model,
      content: [{ type: 'text', text }],
      stop_reason: 'end_turn',
      stop_sequence: null,
      usage: { input_tokens: words(prompt), output_tokens: words(text) },
    },
    headers: { 'request-id': nextId('req_') },
  };
}

/** Routes and authenticates a request; returns the reply, or undefined for "answer normally". */
function route(flavor: Flavor, apiKey: string, req: http.IncomingMessage, body: unknown): Reply {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  const object =
    typeof body === 'object' && body !== null && !Array.isArray(body)
      ? (body as Record<string, unknown>)
      : undefined;
  if (flavor === 'openai') {
    if (req.method !== 'POST' || url.pathname !== '/v1/chat/completions') {
      return {
        status: 404,
        body: openAiError(`Invalid URL (${req.method} ${url.pathname})`, 'invalid_request_error', null),
      };
    }
    const auth = req.headers.authorization ?? '';
    if (auth !== `Bearer ${apiKey}`) {
      const given = auth.replace(/^Bearer /, '');
      // Real OpenAI echoes a masked key here; echoing it whole makes the redaction test strictly harder.
      return {
        status: 401,
        body: openAiError(
          `Incorrect API key provided: ${given}. You can find your API key at https://platform.openai.com/account/api-keys.`,
          'invalid_request_error',
          'invalid_api_key',
        ),
      };
    }
    if (!object)
      return {
        status: 400,
        body: openAiError('We could not parse the JSON body of your request.', 'invalid_request_error', null),
      };
    return chatCompletion(object, false);
  }
  if (flavor === 'azure-openai') {
    const match = /^\/openai\/deployments\/([^/]+)\/chat\/completions$/.exec(url.pathname);
    if (req.method !== 'POST' || !match || !url.searchParams.get('api-version')) {
      return { status: 404, body: { error: { code: '404', message: 'Resource not found' } } };
    }
    if (req.headers['api-key'] !== apiKey) {
      return {
        status: 401,
        body: {
          error: {
            code: '401',
            message:
              'Access denied due to invalid subscription key or wrong API endpoint. Make sure to provide a valid key for an active subscription and use a correct regional API endpoint for your resource.',
          },
        },
      };
    }
    if (!object)
      return {
        status: 400,
        body: openAiError('We could not parse the JSON body of your request.', 'invalid_request_error', null),
      };
    return chatCompletion(object, true, decodeURIComponent(match[1]));
  }
  if (req.method !== 'POST' || url.pathname !== '/v1/messages') {
    return { status: 404, body: anthropicError('not_found_error', 'Not Found') };
  }
  if (req.headers['x-api-key'] !== apiKey)
    return { status: 401, body: anthropicError('authentication_error', 'invalid x-api-key') };
  if (!req.headers['anthropic-version']) {
    return {
      status: 400,
      body: anthropicError('invalid_request_error', 'anthropic-version: header is required'),
    };
  }
  if (!object)
    return { status: 400, body: anthropicError('invalid_request_error', 'Request body is not valid JSON') };
  return anthropicMessage(object);
}

function faultReply(flavor: Flavor, fault: Fault & { kind: 'rate-limit' | 'server-error' }): Reply {
  if (fault.kind === 'rate-limit') {
    const headers: Record<string, string> = {};
    if (fault.retryAfterSeconds !== undefined) headers['retry-after'] = String(fault.retryAfterSeconds);
    if (fault.retryAfterMs !== undefined && flavor !== 'anthropic')
      headers['retry-after-ms'] = String(fault.retryAfterMs);
    if (flavor === 'anthropic') {
      return {
        status: 429,
        headers,
        body: anthropicError('rate_limit_error', 'Number of requests has exceeded your rate limit.'),
      };
    }
    if (flavor === 'azure-openai') {
      return {
        status: 429,
        headers,
        body: {
          error: {
            code: '429',
            message: `Requests to the ChatCompletions_Create Operation under Azure OpenAI API version 2024-10-21 have exceeded token rate limit of your current OpenAI S0 pricing tier. Please retry after ${fault.retryAfterSeconds ?? 1} seconds.`,
          },
        },
      };
    }
    return {
      status: 429,
      headers,
      body: openAiError(
        'Rate limit reached for gpt-4o-mini in organization org-fake on requests per min (RPM): Limit 3, Used 3, Requested 1.',
        'requests',
        'rate_limit_exceeded',
      ),
    };
  }
  const status = fault.status ?? 500;
  if (flavor === 'anthropic') {
    return status === 529
      ? { status, body: anthropicError('overloaded_error', 'Overloaded') }
      : { status, body: anthropicError('api_error', 'Internal server error') };
  }
  return {
    status,
    body: openAiError(
      'The server had an error while processing your request. Sorry about that!',
      'server_error',
      null,
    ),
  };
}

/** Starts a fake provider on 127.0.0.1, on a free port. */
export async function startFakeProvider(options: FakeProviderOptions): Promise<FakeProvider> {
  const requests: RecordedRequest[] = [];
  const faults: Fault[] = [...(options.faults ?? [])];
  const timers = new Set<NodeJS.Timeout>();
  const later = (ms: number, fn: () => void): void => {
    const timer = setTimeout(() => {
      timers.delete(timer);
      fn();
    }, ms);
    timers.add(timer);
  };

  const handler = (req: http.IncomingMessage, res: http.ServerResponse): void => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const raw = Buffer.concat(chunks).toString('utf8');
      let body: unknown = raw;
      try {
        body = JSON.parse(raw);
      } catch {
        // Kept as text: the router answers 400 for it.
      }
      requests.push({
        method: req.method ?? '',
        url: req.url ?? '',
        headers: req.headers,
        body,
        receivedAt: Date.now(),
      });
      const fault = faults.shift();
      if (fault?.kind === 'reset') {
        req.socket.destroy();
        return;
      }
      if (fault?.kind === 'rate-limit' || fault?.kind === 'server-error') {
        const reply = faultReply(options.flavor, fault);
        send(res, reply.status, reply.body, reply.headers);
        return;
      }
      const reply = route(options.flavor, options.apiKey, req, body);
      if (fault?.kind === 'truncated') {
        const text = JSON.stringify(reply.body);
        const cut = text.slice(0, Math.floor(text.length / 2));
        res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(cut) });
        res.end(cut);
        return;
      }
      const delay = fault?.kind === 'slow' ? fault.delayMs : (options.latencyMs ?? 0);
      if (delay > 0) later(delay, () => send(res, reply.status, reply.body, reply.headers));
      else send(res, reply.status, reply.body, reply.headers);
    });
  };
  const server = options.tls ? https.createServer(options.tls, handler) : http.createServer(handler);
  server.keepAliveTimeout = 10_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const host = `${options.tls ? 'https' : 'http'}://127.0.0.1:${port}`;
  return {
    baseUrl: options.flavor === 'openai' ? `${host}/v1` : host,
    requests,
    faults,
    close: () =>
      new Promise<void>((resolve) => {
        for (const timer of timers) clearTimeout(timer);
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
