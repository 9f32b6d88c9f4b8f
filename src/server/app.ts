import * as path from 'node:path';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import {
  CreateRunEnvelope,
  ExternalStepRequest,
  GateDecisionRequest,
  GateRequest,
  LogQuery,
  StatusChangeRequest,
  StepQuery,
  WaitQuery,
  type LogPage,
  type StepPage,
  type StepResult,
} from './api-schemas.js';
import { currentGate, reportedSteps } from '../core/run-state.js';
import { requireScope, type Principal, type Scope, type TokenTable } from './auth.js';
import { openApiDocument } from './openapi.js';
import { HttpProblem, toProblem } from './problem.js';
import { prefersMinimal } from './prefer.js';
import { parseRequest } from './request-body.js';
import { RunSessions, type RunSessionsOptions } from './run-sessions.js';
import { runSummaryJson, runViewJson, runViewParts, stepView, type RunSnapshot } from './run-view.js';
import { registerJsonBody } from './json-body.js';
import { answerClientError } from './client-error.js';
import { DEFAULT_HTTP_LIMITS, limitedServer, type HttpLimits } from './http-limits.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The scope a route needs; routes without one (the OpenAPI document) are public. */
    scope?: Scope;
  }
  interface FastifyRequest {
    principal: Principal | null;
  }
}

/** What `awo serve` (or a test) gives the server. */
export interface ServerOptions extends RunSessionsOptions {
  tokens: TokenTable;
  /** Where internal errors are reported (never in a response). */
  log?: (line: string) => void;
  /** Largest request body accepted, in bytes (default 16 MiB: workflows can be long). */
  bodyLimit?: number;
  /** Timeouts and the connection cap (default `DEFAULT_HTTP_LIMITS`). */
  limits?: Partial<HttpLimits>;
}

type RunParams = { run_id: string };
type GateParams = RunParams & { gate_id: string };

/**
 * Sends JSON rendered here (the bytes `JSON.stringify` would give): a run's view is assembled from the
 * renderings of its steps that did not change, so answering about a long run costs what changed.
 */
function sendJson(reply: FastifyReply, json: string | Buffer): FastifyReply {
  return reply
    .type('application/json; charset=utf-8')
    .send(typeof json === 'string' ? Buffer.from(json) : json);
}

const CLOSE = Buffer.from('}');

const sendRun = (reply: FastifyReply, snapshot: RunSnapshot) => sendJson(reply, runViewJson(snapshot));

function principal(request: FastifyRequest): Principal {
  // The auth hook ran for every route with a scope, so a principal is always set here.
  return request.principal as Principal;
}

/**
 * Builds the governance API (docs/server.md): one Fastify instance, one auth hook, one error handler that turns
 * everything thrown into RFC 9457 problem details. The server's composition root; `listen` is the caller's.
 */
export function buildServer(options: ServerOptions): { app: FastifyInstance; sessions: RunSessions } {
  const sessions = new RunSessions({
    onBackgroundError: (runId, err) =>
      options.log?.(`run ${runId} (continuing after its request was answered): ${String(err)}`),
    ...options,
  });
  const limits: HttpLimits = { ...DEFAULT_HTTP_LIMITS, ...options.limits };
  const runsPrefix = path.resolve(options.runsDir) + path.sep;

  /** The server's one catch: anything thrown while serving a request becomes a problem+json response. */
  const sendProblem = (err: unknown, request: FastifyRequest, reply: FastifyReply) => {
    const { problem, headers, internal } = toProblem(err, request.url);
    // Runs are named by id over the API; where the server keeps them is its own business.
    problem.detail = problem.detail.split(runsPrefix).join('');
    if (internal)
      options.log?.(
        `awo serve: ${request.method} ${request.url}: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`,
      );
    return reply
      .code(problem.status)
      .headers(headers)
      .type('application/problem+json')
      .send(JSON.stringify(problem));
  };

  const app = Fastify({
    logger: false,
    bodyLimit: options.bodyLimit ?? 16 * 1024 * 1024,
    // Fastify's own 503 body is not a problem; the onRequest hook below answers while closing instead.
    return503OnClosing: false,
    serverFactory: (handler) => limitedServer(limits, handler),
    clientErrorHandler: answerClientError,
    // A malformed URL or an over-long path segment is refused before routing, here.
    frameworkErrors: (err, request, reply) => void sendProblem(err, request, reply),
  });
  const document = JSON.stringify(openApiDocument());

  let closing = false;
  registerJsonBody(app);
  app.decorateRequest('principal', null);
  app.addHook('preClose', (done) => {
    closing = true;
    done();
  });
  app.addHook('onRequest', (request, _reply, done) => {
    const scope = request.routeOptions.config.scope;
    try {
      if (closing)
        throw new HttpProblem(
          503,
          'SHUTTING_DOWN',
          'the server is stopping; send the request again to its next start',
          [],
          {
            connection: 'close',
          },
        );
      if (scope !== undefined) {
        request.principal = options.tokens.authenticate(request.headers.authorization);
        requireScope(request.principal, scope);
      }
      done();
    } catch (err) {
      done(err as Error);
    }
  });
  app.setErrorHandler(async (err, request, reply) => sendProblem(err, request, reply));
  app.setNotFoundHandler((request) => {
    throw new HttpProblem(
      404,
      'NOT_FOUND',
      `no route ${request.method} ${request.url.split('?')[0] ?? ''}; see /openapi.json`,
    );
  });
  app.addHook('onClose', async () => sessions.stop());

  app.get('/openapi.json', async (_request, reply) => reply.type('application/json').send(document));

  app.post('/workflows/runs', { config: { scope: 'run' } }, async (request, reply) => {
    const body = parseRequest(CreateRunEnvelope, request.body);
    const { wait } = parseRequest(WaitQuery, request.query, 'query');
    const snapshot = await sessions.create(body, principal(request).actor, wait === 'true');
    return sendRun(reply.code(201).header('location', `/workflows/runs/${snapshot.state.run_id}`), snapshot);
  });

  app.get<{ Params: RunParams }>(
    '/workflows/runs/:run_id',
    { config: { scope: 'read' } },
    async (request, reply) => {
      const minimal = prefersMinimal(request.headers.prefer);
      const { tag, body } = await sessions.reads.readView(
        request.params.run_id,
        request.headers['if-none-match'],
        minimal,
      );
      reply.header('etag', tag).header('vary', 'Prefer');
      if (minimal) reply.header('preference-applied', 'return=minimal');
      // A poll that holds the view as it is gets 304 and no body (RFC 9110 conditional GET).
      return body === undefined ? reply.code(304).send() : sendJson(reply, body);
    },
  );

  app.patch<{ Params: RunParams }>(
    '/workflows/runs/:run_id/status',
    { config: { scope: 'run' } },
    async (request, reply) => {
      const body = parseRequest(StatusChangeRequest, request.body);
      const wait = parseRequest(WaitQuery, request.query, 'query').wait === 'true';
      const { run_id: runId } = request.params;
      const snapshot = await sessions.changeStatus(
        runId,
        principal(request).actor,
        body.action,
        body.reason,
        wait,
      );
      // resume and retry go on in the background unless the client waits: 202, and where to follow the run.
      if (!wait && (body.action === 'resume' || body.action === 'retry'))
        return sendRun(reply.code(202).header('location', `/workflows/runs/${runId}`), snapshot);
      return sendRun(reply, snapshot);
    },
  );

  app.post<{ Params: RunParams }>(
    '/workflows/runs/:run_id/steps',
    { config: { scope: 'run' } },
    async (request, reply) => {
      const body = parseRequest(ExternalStepRequest, request.body);
      const { result, snapshot } = await sessions.recordStep(
        request.params.run_id,
        principal(request).actor,
        body,
      );
      // A StepResult: { decision, step, run }, in that order.
      const decision: StepResult['decision'] = result.decision;
      const step: StepResult['step'] = stepView(result.step);
      const head = Buffer.from(
        `{"decision":${JSON.stringify(decision)},"step":${JSON.stringify(step)},"run":`,
      );
      if (prefersMinimal(request.headers.prefer)) {
        reply.header('preference-applied', 'return=minimal');
        return sendJson(reply, Buffer.concat([head, runSummaryJson(snapshot), CLOSE]));
      }
      return sendJson(reply, Buffer.concat([head, ...runViewParts(snapshot), CLOSE]));
    },
  );

  app.get<{ Params: RunParams }>(
    '/workflows/runs/:run_id/steps',
    { config: { scope: 'read' } },
    async (request): Promise<StepPage> => {
      const query = parseRequest(StepQuery, request.query, 'query');
      const after = query.after ?? 0;
      const steps = reportedSteps((await sessions.reads.read(request.params.run_id)).state);
      const page = steps.slice(after, after + (query.limit ?? 100));
      return {
        run_id: request.params.run_id,
        steps: page.map(stepView),
        total: steps.length,
        next_after: after + page.length < steps.length ? after + page.length : null,
      };
    },
  );

  app.get<{ Params: RunParams }>(
    '/workflows/runs/:run_id/logs',
    { config: { scope: 'read' } },
    async (request): Promise<LogPage> => {
      const query = parseRequest(LogQuery, request.query, 'query');
      const after = query.after ?? 0;
      const { lines, total } = await sessions.reads.logs(request.params.run_id, after, query.limit ?? 100);
      const last = lines.at(-1)?.seq;
      return {
        run_id: request.params.run_id,
        lines,
        total,
        next_after: last !== undefined && last < total ? last : null,
      };
    },
  );

  app.post<{ Params: RunParams }>(
    '/workflows/runs/:run_id/gates',
    { config: { scope: 'run' } },
    async (request, reply) => {
      const body = parseRequest(GateRequest, request.body);
      const snapshot = await sessions.requestGate(request.params.run_id, principal(request).actor, body);
      const gate = currentGate(snapshot.state);
      return sendRun(
        reply
          .code(201)
          .header('location', `/workflows/runs/${snapshot.state.run_id}/gates/${gate?.gate_id ?? ''}`),
        snapshot,
      );
    },
  );

  app.patch<{ Params: GateParams }>(
    '/workflows/runs/:run_id/gates/:gate_id',
    { config: { scope: 'review' } },
    async (request, reply) => {
      const body = parseRequest(GateDecisionRequest, request.body);
      const snapshot = await sessions.decideGate(
        request.params.run_id,
        request.params.gate_id,
        principal(request).actor,
        body,
      );
      return sendRun(reply, snapshot);
    },
  );

  return { app, sessions };
}
