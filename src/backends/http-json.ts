import * as http from 'node:http';
import * as https from 'node:https';
import { BackendError, messageOf } from '../core/errors.js';
import { redact } from './redact.js';

/** One POST of a JSON body to a provider. */
export interface JsonRequest {
  /** Backend name, first word of every error message. */
  provider: string;
  url: string;
  headers: Record<string, string>;
  body: unknown;
  signal?: AbortSignal;
  /** Secrets to scrub from anything the provider or the network says back. */
  secrets: ReadonlyArray<string | undefined>;
  /** Pulls the provider's own message out of its error JSON. */
  errorMessage: (json: unknown) => string | undefined;
}

/** Response headers by lower-case name. */
export type ResponseHeaders = http.IncomingHttpHeaders;

/** A successful (2xx) JSON answer. */
export interface JsonResponse {
  status: number;
  headers: ResponseHeaders;
  json: unknown;
  /** Request sent to body parsed, in whole milliseconds. */
  latencyMs: number;
}

/** Statuses worth another attempt: timeouts, conflicts, rate limits, every 5xx (529 overloaded included). */
export function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 409 || status === 429 || status >= 500;
}

/**
 * Delay the provider asked for, in ms: `retry-after-ms` (OpenAI, Azure) first, then `retry-after` as
 * seconds or an HTTP date. Undefined when absent or unreadable, so backoff takes over.
 */
export function parseRetryAfter(headers: ResponseHeaders, now: number = Date.now()): number | undefined {
  const header = (name: string): string | null => {
    const value = headers[name];
    return typeof value === 'string' ? value : null;
  };
  const ms = header('retry-after-ms');
  if (ms !== null && ms.trim() !== '' && Number.isFinite(Number(ms)) && Number(ms) >= 0)
    return Math.ceil(Number(ms));
  const value = header('retry-after');
  if (value === null || value.trim() === '') return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return seconds >= 0 ? Math.ceil(seconds * 1000) : undefined;
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

/**
 * `HTTPS_PROXY`, `HTTP_PROXY` and `NO_PROXY` (either case) of the process, which Node's agents apply
 * themselves (built-in proxy support, Node 24): an HTTPS endpoint is reached through the proxy's
 * CONNECT tunnel, an `http:` one by asking the proxy for the absolute URL; hosts in `NO_PROXY` are
 * reached directly. Undefined when none is set, so the agents connect directly as before.
 */
function proxyEnvironment(): NodeJS.ProcessEnv | undefined {
  const names = ['HTTPS_PROXY', 'https_proxy', 'HTTP_PROXY', 'http_proxy'];
  return names.some((name) => (process.env[name] ?? '') !== '') ? process.env : undefined;
}

/**
 * Keep-alive agents shared by every backend: a connection per call would add a TCP (and TLS)
 * handshake to each of thousands of calls. node:http rather than fetch: on a local 50 ms server,
 * fetch added about 5 ms per call over node:http, a tenth of the throughput the benchmark measures.
 */
const agents = {
  'http:': new http.Agent({ keepAlive: true, proxyEnv: proxyEnvironment() }),
  'https:': new https.Agent({ keepAlive: true, proxyEnv: proxyEnvironment() }),
};

/** Thrown while sending or reading; kept apart so postJson can tell "not reached" from "cut off". */
class TransportError extends Error {
  constructor(
    readonly phase: 'connect' | 'read',
    readonly original: unknown,
  ) {
    super(messageOf(original));
  }
}

interface RawResponse {
  status: number;
  statusText: string;
  headers: ResponseHeaders;
  body: string;
}

function send(
  url: URL,
  headers: Record<string, string>,
  body: string,
  signal?: AbortSignal,
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const transport = url.protocol === 'https:' ? https : http;
    const request = transport.request(
      url,
      {
        method: 'POST',
        agent: url.protocol === 'https:' ? agents['https:'] : agents['http:'],
        headers: { ...headers, 'content-length': Buffer.byteLength(body) },
        ...(signal ? { signal } : {}),
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('error', (err) => reject(new TransportError('read', err)));
        response.on('aborted', () =>
          reject(new TransportError('read', Object.assign(new Error('aborted'), { code: 'ECONNRESET' }))),
        );
        response.on('end', () => {
          if (!response.complete) {
            reject(
              new TransportError('read', Object.assign(new Error('incomplete'), { code: 'ECONNRESET' })),
            );
            return;
          }
          resolve({
            status: response.statusCode ?? 0,
            statusText: response.statusMessage ?? '',
            headers: response.headers,
            body: Buffer.concat(chunks).toString('utf8'),
          });
        });
      },
    );
    request.on('error', (err) => reject(new TransportError('connect', err)));
    request.end(body);
  });
}

/** Network error code (ECONNRESET, ECONNREFUSED, ETIMEDOUT, ...), also when wrapped in a `cause` chain. */
function networkCode(err: unknown): string | undefined {
  // Duck-typed, not `instanceof Error`: node's errors may come from another realm (vm contexts, jest).
  let current: unknown = err;
  for (let depth = 0; depth < 4 && typeof current === 'object' && current !== null; depth += 1) {
    const { code, cause } = current as { code?: unknown; cause?: unknown };
    if (typeof code === 'string') return code;
    current = cause;
  }
  return undefined;
}

/** A request cut short by its signal: a timeout says so; either way another attempt may succeed. */
function aborted(provider: string, signal: AbortSignal): BackendError {
  const reason = signal.reason as { name?: unknown } | undefined;
  const timedOut = reason?.name === 'TimeoutError';
  return new BackendError(`${provider}: ${timedOut ? 'request timed out' : 'request aborted'}`, true);
}

/**
 * Sends one request and classifies every way it can fail into a `BackendError`: network failures,
 * resets, cut-off or invalid JSON and 408/409/429/5xx are retryable; other 4xx are not, and carry the
 * provider's own message. Nothing in a thrown message can hold a key: all of it passes `redact`.
 */
export async function postJson(req: JsonRequest): Promise<JsonResponse> {
  const clean = (text: string): string => redact(text, req.secrets);
  const origin = new URL(req.url).origin;
  const started = performance.now();
  let response: RawResponse;
  try {
    response = await send(
      new URL(req.url),
      { 'content-type': 'application/json', accept: 'application/json', ...req.headers },
      JSON.stringify(req.body),
      req.signal,
    );
  } catch (err) {
    if (req.signal?.aborted) throw aborted(req.provider, req.signal);
    const phase = err instanceof TransportError ? err.phase : 'connect';
    const cause = err instanceof TransportError ? err.original : err;
    const code = networkCode(cause) ?? messageOf(cause);
    const what =
      phase === 'read' ? 'connection lost while reading the response' : `could not reach ${origin}`;
    throw new BackendError(clean(`${req.provider}: ${what} (${code})`), true);
  }
  const body = response.body;
  const latencyMs = Math.round(performance.now() - started);

  let json: unknown;
  let parsed = true;
  try {
    json = JSON.parse(body);
  } catch {
    parsed = false;
  }

  if (response.status < 200 || response.status > 299) {
    const providerMessage = parsed ? req.errorMessage(json) : undefined;
    const detail = providerMessage ?? (body.trim().slice(0, 300) || response.statusText);
    const retryable = isRetryableStatus(response.status);
    throw new BackendError(
      clean(`${req.provider}: HTTP ${response.status}: ${detail}`),
      retryable,
      retryable ? parseRetryAfter(response.headers) : undefined,
      response.status,
    );
  }
  if (!parsed) {
    // A 200 whose body does not parse was cut off or garbled on the way: worth another attempt.
    throw new BackendError(
      `${req.provider}: response was not valid JSON (${body.length} bytes received, truncated?)`,
      true,
      undefined,
      response.status,
    );
  }
  return { status: response.status, headers: response.headers, json, latencyMs };
}
