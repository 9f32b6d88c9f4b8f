import * as http from 'node:http';

/**
 * The bounds on what one client can hold of the server (docs/server.md, "Limits"): a client that sends its
 * headers or body slowly, or keeps an idle connection open, is cut off; connections beyond the cap are
 * closed at once, so a crowd of half-open sockets cannot starve the clients that do send requests.
 */
export interface HttpLimits {
  /** Time to receive a request's headers, from the first byte (Node's `headersTimeout`): 408. */
  headersTimeoutMs: number;
  /** Time to receive a whole request, headers and body (Node's `requestTimeout`): 408. */
  requestTimeoutMs: number;
  /** How long an idle keep-alive connection stays open after a response. */
  keepAliveTimeoutMs: number;
  /** Open connections at most; one more is closed on accept (Node's `maxConnections`). */
  maxConnections: number;
  /** How often the request and header deadlines are checked (Node's `connectionsCheckingInterval`). */
  checkIntervalMs: number;
}

export const DEFAULT_HTTP_LIMITS: HttpLimits = {
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 60_000,
  keepAliveTimeoutMs: 5_000,
  maxConnections: 256,
  checkIntervalMs: 1_000,
};

/** An HTTP/1.1 server for Fastify's `serverFactory`, with the limits set. */
export function limitedServer(limits: HttpLimits, handler: http.RequestListener): http.Server {
  const server = http.createServer(
    {
      headersTimeout: limits.headersTimeoutMs,
      requestTimeout: limits.requestTimeoutMs,
      keepAliveTimeout: limits.keepAliveTimeoutMs,
      connectionsCheckingInterval: limits.checkIntervalMs,
    },
    handler,
  );
  server.keepAliveTimeout = limits.keepAliveTimeoutMs;
  server.maxConnections = limits.maxConnections;
  return server;
}
