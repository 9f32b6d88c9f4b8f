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

/** A successful (2xx) JSON answer. */
export interface JsonResponse {
  status: number;
  headers: Headers;
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
export function parseRetryAfter(headers: Headers, now: number = Date.now()): number | undefined {
  const ms = headers.get('retry-after-ms');
  if (ms !== null && ms.trim() !== '' && Number.isFinite(Number(ms)) && Number(ms) >= 0)
    return Math.ceil(Number(ms));
  const value = headers.get('retry-after');
  if (value === null || value.trim() === '') return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return seconds >= 0 ? Math.ceil(seconds * 1000) : undefined;
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

/** Network error code (ECONNRESET, ECONNREFUSED, UND_ERR_SOCKET, ...) hidden in fetch's `cause` chain. */
function networkCode(err: unknown): string | undefined {
  // Duck-typed, not `instanceof Error`: fetch's errors may come from another realm (vm contexts, jest).
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
  let response: Response;
  try {
    response = await fetch(req.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json', ...req.headers },
      body: JSON.stringify(req.body),
      signal: req.signal,
    });
  } catch (err) {
    if (req.signal?.aborted) throw aborted(req.provider, req.signal);
    const code = networkCode(err) ?? messageOf(err);
    throw new BackendError(clean(`${req.provider}: could not reach ${origin} (${code})`), true);
  }

  let body: string;
  try {
    body = await response.text();
  } catch (err) {
    if (req.signal?.aborted) throw aborted(req.provider, req.signal);
    const code = networkCode(err) ?? messageOf(err);
    throw new BackendError(
      clean(`${req.provider}: connection lost while reading the response (${code})`),
      true,
    );
  }
  const latencyMs = Math.round(performance.now() - started);

  let json: unknown;
  let parsed = true;
  try {
    json = JSON.parse(body);
  } catch {
    parsed = false;
  }

  if (!response.ok) {
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
