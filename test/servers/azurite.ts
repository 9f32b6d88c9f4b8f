import { fork, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs/promises';
import { createRequire } from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';
import { BlobServiceClient, StorageSharedKeyCredential } from '@azure/storage-blob';

/** Azurite's documented development account; every Azurite instance accepts it. */
export const DEV_ACCOUNT_NAME = 'devstoreaccount1';
/** The well-known key of Azurite's development account (public, not a secret). */
export const DEV_ACCOUNT_KEY =
  'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';

/** A running Azurite blob service on 127.0.0.1. */
export interface Azurite {
  /** `http://127.0.0.1:<port>/devstoreaccount1`: the account URL blob URLs start with. */
  readonly accountUrl: string;
  readonly port: number;
  /** Shared-key credential for the dev account, to sign SAS URLs and to read blobs in tests. */
  readonly credential: StorageSharedKeyCredential;
  /** A service client authenticated with the dev account key. */
  readonly service: BlobServiceClient;
  /** Stops the child process (SIGTERM, then SIGKILL) and deletes its temp location. Idempotent. */
  stop(): Promise<void>;
}

const require = createRequire(import.meta.url);

/**
 * Preloaded into the Azurite child: exit when the IPC channel to the parent closes, so a test
 * process that dies without calling `stop()` (crash, SIGKILL, jest timeout) never leaves Azurite behind.
 */
const ORPHAN_GUARD = `data:text/javascript,process.on('disconnect',()=>process.exit(0))`;

/**
 * Starts `azurite-blob` as a child process on 127.0.0.1 with an OS-chosen port and a fresh temp
 * location, and waits until it listens. Telemetry is disabled (Azurite phones home by default).
 */
export async function startAzurite(): Promise<Azurite> {
  const location = await fs.mkdtemp(path.join(os.tmpdir(), 'awo-azurite-'));
  const main = require.resolve('azurite/dist/src/blob/main.js');
  const child = fork(
    main,
    [
      '--blobHost',
      '127.0.0.1',
      '--blobPort',
      '0',
      '--location',
      location,
      '--silent',
      '--disableTelemetry',
      // @azure/storage-blob may be newer than this Azurite; the API version is not what we test.
      '--skipApiVersionCheck',
    ],
    { execArgv: ['--import', ORPHAN_GUARD], stdio: ['ignore', 'pipe', 'pipe', 'ipc'] },
  );

  let port: number;
  try {
    port = await waitForListening(child);
  } catch (err) {
    await killChild(child);
    await fs.rm(location, { recursive: true, force: true });
    throw err;
  }
  // Keep draining output so a chatty child never blocks on a full pipe.
  child.stdout?.resume();
  child.stderr?.resume();

  const accountUrl = `http://127.0.0.1:${port}/${DEV_ACCOUNT_NAME}`;
  const credential = new StorageSharedKeyCredential(DEV_ACCOUNT_NAME, DEV_ACCOUNT_KEY);
  const service = new BlobServiceClient(accountUrl, credential);
  let stopped: Promise<void> | undefined;
  return {
    accountUrl,
    port,
    credential,
    service,
    stop() {
      stopped ??= (async () => {
        await killChild(child);
        await fs.rm(location, { recursive: true, force: true });
      })();
      return stopped;
    },
  };
}

function waitForListening(child: ChildProcess): Promise<number> {
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(
      () => fail(new Error(`Azurite did not start within 30 s. Output:\n${out}`)),
      30_000,
    );
    const onData = (chunk: Buffer): void => {
      out += chunk.toString('utf8');
      // Azurite prints the bound address (not the requested port 0) once listening.
      const match = /successfully listens on https?:\/\/[^:\s]+:(\d+)/.exec(out);
      if (match) {
        cleanup();
        resolve(Number(match[1]));
      }
    };
    const onExit = (code: number | null): void =>
      fail(new Error(`Azurite exited with code ${String(code)} before listening. Output:\n${out}`));
    const fail = (err: Error): void => {
      cleanup();
      reject(err);
    };
    const cleanup = (): void => {
      clearTimeout(timer);
      child.stdout?.off('data', onData);
      child.stderr?.off('data', onData);
      child.off('exit', onExit);
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', onExit);
  });
}

async function killChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  // Closing the IPC channel trips the orphan guard (immediate exit); Azurite's own SIGTERM handler
  // only closes its server and would then stay alive on the open IPC channel.
  if (child.connected) child.disconnect();
  else child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
  await exited;
  clearTimeout(timer);
}
