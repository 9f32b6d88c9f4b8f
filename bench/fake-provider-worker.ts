import { parentPort, workerData } from 'node:worker_threads';
import { startFakeProvider, type FakeProviderOptions } from '../test/servers/fake-providers.js';

/**
 * Hosts a fake provider on its own thread for the backends benchmark: a real provider is another
 * machine, so its CPU must not be billed to the client being measured.
 */
const server = await startFakeProvider(workerData as FakeProviderOptions);
parentPort?.on('message', (message: string) => {
  if (message === 'count') parentPort?.postMessage({ count: server.requests.length });
  if (message === 'close') void server.close().then(() => parentPort?.postMessage({ closed: true }));
});
parentPort?.postMessage({ baseUrl: server.baseUrl });
