import * as http from 'node:http';
import type { AddressInfo } from 'node:net';

/** An OpenAI-compatible endpoint that accepts a request and never answers: a run stuck mid-step. */
export interface HangingModel {
  /** Base URL for the action's `base-url` input (`http://127.0.0.1:<port>/v1`). */
  url: string;
  /** Resolves when the first request arrives: the run is then mid-step. */
  requested: Promise<{ path: string; authorization: string | undefined }>;
  stop(): Promise<void>;
}

/** Starts the endpoint on 127.0.0.1 with an OS-chosen port. */
export async function startHangingModel(): Promise<HangingModel> {
  const server = http.createServer();
  const requested = new Promise<{ path: string; authorization: string | undefined }>((resolve) => {
    server.on('request', (req: http.IncomingMessage) => {
      req.resume();
      resolve({ path: req.url ?? '', authorization: req.headers.authorization });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/v1`,
    requested,
    stop: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
