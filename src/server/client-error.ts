import type { Duplex } from 'node:stream';
import { HttpProblem, toProblem } from './problem.js';

/** Node's parser and timer errors, as problems (no request exists yet, so no route, hook or error handler ran). */
function problemFor(err: NodeJS.ErrnoException): HttpProblem {
  if (err.code === 'ERR_HTTP_REQUEST_TIMEOUT')
    return new HttpProblem(
      408,
      'REQUEST_TIMEOUT',
      'the request (headers or body) did not arrive in time; send it at once',
    );
  if (err.code === 'HPE_HEADER_OVERFLOW')
    return new HttpProblem(431, 'HEADERS_TOO_LARGE', 'the request headers are larger than the server reads');
  return new HttpProblem(400, 'BAD_REQUEST', 'the request is not well-formed HTTP/1.1');
}

/**
 * Fastify's `clientErrorHandler`: what the server answers to bytes that are not an HTTP request it can read,
 * or that come too slowly. The same problem+json shape as every other error, then the connection closes.
 */
export function answerClientError(err: NodeJS.ErrnoException, socket: Duplex): void {
  if (err.code === 'ECONNRESET' || socket.destroyed) return;
  if (socket.writable) {
    const { problem } = toProblem(problemFor(err), '/');
    const body = JSON.stringify(problem);
    socket.write(
      `HTTP/1.1 ${problem.status} ${problem.title}\r\nContent-Type: application/problem+json\r\n` +
        `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    );
  }
  socket.destroy();
}
