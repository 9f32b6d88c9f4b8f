import * as path from 'node:path';
import { InputError } from '../../core/errors.js';
import { loadTokens } from '../../server/auth.js';
import { buildServer } from '../../server/app.js';
import { AllowedFolder } from '../../server/workflow-source.js';
import { runEnvironment } from '../../store/environment.js';
import type { Command } from '../command.js';
import { parse } from '../arguments.js';
import { backendOf } from '../options.js';

const usage = `usage: awo serve [--port 9405] [--host 127.0.0.1] [--runs-dir runs] [--tokens tokens.json] [--workflows-dir .]
                 [--backend echo] [--model M] [--base-url URL]

Serves the governance HTTP API (docs/server.md): create runs, record external steps, request and decide
gates, pause, resume, retry and cancel, over the same run folders as the CLI. Every request needs a bearer
token from --tokens ({ "tokens": [ { "token": "...", "actor": "alice", "scopes": ["read", "run", "review"] } ] });
the audit trail records the token's actor. Workflow files are read only inside --workflows-dir.
--backend and --model choose the model backend of new runs; a run resumes with its own.
Prints "listening on http://HOST:PORT" once it accepts requests; SIGTERM or SIGINT stops it after the
requests in flight are answered, each run executing in the background cancelled before its next step
(sealed; awo retry continues it). Limits: headers within 10 s, a whole request within 60 s, idle keep-alive
5 s, at most 256 connections (docs/server.md, "Limits").`;

function portOf(value: string | undefined): number {
  const port = Number(value ?? '9405');
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new InputError(`--port must be an integer from 0 to 65535, got ${String(value)}\n${usage}`);
  return port;
}

export const command: Command = {
  name: 'serve',
  summary: 'serve the governance HTTP API',
  usage,
  async run(args, io) {
    const { values } = parse(
      args,
      {
        port: { type: 'string' },
        host: { type: 'string' },
        'runs-dir': { type: 'string' },
        tokens: { type: 'string' },
        'workflows-dir': { type: 'string' },
        backend: { type: 'string' },
        model: { type: 'string' },
        'base-url': { type: 'string' },
      },
      usage,
    );
    if (values.help) return (io.out(usage), 0);
    const port = portOf(values.port);
    const host = values.host ?? '127.0.0.1';
    const runsDir = path.resolve(io.cwd, values['runs-dir'] ?? 'runs');
    const tokens = loadTokens(path.resolve(io.cwd, values.tokens ?? 'tokens.json'));
    const workflows = new AllowedFolder(path.resolve(io.cwd, values['workflows-dir'] ?? '.'));
    const backend = backendOf(values, io, 'echo', runsDir);
    const { app, sessions } = buildServer({
      runsDir,
      workflows,
      tokens,
      backend,
      backendFor: (spec) =>
        spec.name === backend.name &&
        (spec.model ?? undefined) === backend.model &&
        (spec.base_url ?? backend.endpoint) === backend.endpoint
          ? backend
          : backendOf(
              {
                backend: spec.name,
                model: spec.model ?? undefined,
                'base-url': spec.base_url ?? values['base-url'],
              },
              io,
              spec.name,
              runsDir,
            ),
      environment: runEnvironment(io.env, io.cwd),
      log: (line) => io.err(line),
    });

    for (const line of await sessions.recover()) io.err(`awo serve: recovery: ${line}`);
    const stopped = new Promise<string>((resolve) => {
      const onSignal = (signal: string) => resolve(signal);
      process.once('SIGTERM', onSignal);
      process.once('SIGINT', onSignal);
    });
    try {
      await app.listen({ port, host });
    } catch (err) {
      throw new InputError(`cannot listen on ${host}:${port}: ${(err as Error).message}`);
    }
    const address = app.server.address();
    const bound = typeof address === 'object' && address ? address.port : port;
    io.out(`listening on http://${host.includes(':') ? `[${host}]` : host}:${bound}`);
    const signal = await stopped;
    io.err(`awo serve: ${signal}: finishing requests in flight, then stopping`);
    await app.close();
    return 0;
  },
};
