import * as http from 'node:http';
import type * as net from 'node:net';

/**
 * The bounds on what one client can hold of the server (docs/server.md, "Limits"): a client that sends its
 * headers or body slowly, or keeps an idle connection open, is cut off; at the connection cap the oldest
 * connection without a request in flight is shed for the new one, so a crowd of idle or half-open sockets
 * cannot starve the clients that do send requests.
 */
export interface HttpLimits {
  /** Time to receive a request's headers, from the first byte (Node's `headersTimeout`): 408. */
  headersTimeoutMs: number;
  /** Time to receive a whole request, headers and body (Node's `requestTimeout`): 408. */
  requestTimeoutMs: number;
  /** How long an idle keep-alive connection stays open after a response. */
  keepAliveTimeoutMs: number;
  /**
   * Open connections at most. A new one beyond it sheds the oldest connection that has no request in flight
   * (headers not complete yet, or idle between keep-alive requests); it is closed on accept only when every
   * open connection has a request in flight.
   */
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
    (request, response) => {
      connections.mark(request.socket, 1);
      response.once('close', () => connections.mark(request.socket, -1));
      handler(request, response);
    },
  );
  const connections = new ConnectionCap(limits.maxConnections);
  server.keepAliveTimeout = limits.keepAliveTimeoutMs;
  server.on('connection', (socket: net.Socket) => connections.admit(socket));
  return server;
}

/**
 * The open connections, oldest first, each with its count of requests in flight (headers received, response
 * not yet sent). Node's own `maxConnections` refuses the newest connection, which lets idle sockets hold the
 * server; this sheds an idle one instead.
 */
class ConnectionCap {
  private readonly open = new Map<net.Socket, number>();

  constructor(private readonly cap: number) {}

  admit(socket: net.Socket): void {
    if (this.open.size >= this.cap && !this.shedIdle()) {
      socket.destroy();
      return;
    }
    this.open.set(socket, 0);
    socket.once('close', () => this.open.delete(socket));
  }

  mark(socket: net.Socket, change: 1 | -1): void {
    const count = this.open.get(socket);
    if (count !== undefined) this.open.set(socket, Math.max(0, count + change));
  }

  /** Closes the oldest connection without a request in flight; false when every one has a request. */
  private shedIdle(): boolean {
    for (const [socket, count] of this.open) {
      if (count > 0 && !socket.destroyed) continue;
      this.open.delete(socket);
      socket.destroy();
      return true;
    }
    return false;
  }
}
