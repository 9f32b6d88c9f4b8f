import { z } from 'zod';
import { TOOL_VERSION } from '../core/version.js';
import {
  CreateRunRequest,
  ExternalStepRequest,
  GateDecisionRequest,
  GateRequest,
  LogPage,
  Problem,
  RunView,
  RunViewOrSummary,
  StatusChangeRequest,
  StepPage,
  StepResult,
} from './api-schemas.js';

/** The parts of OpenAPI 3.1 this document uses. */
type JsonSchema = Record<string, unknown>;
interface MediaType {
  schema: JsonSchema;
}
interface Response {
  description: string;
  content?: Record<string, MediaType>;
  headers?: Record<string, { description: string; schema: JsonSchema }>;
}
interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header';
  required: boolean;
  description: string;
  schema: JsonSchema;
}
interface Operation {
  operationId: string;
  summary: string;
  description?: string;
  security?: Record<string, string[]>[];
  parameters?: Parameter[];
  requestBody?: { required: boolean; content: Record<string, MediaType> };
  responses: Record<string, Response>;
}
/** An OpenAPI 3.1 document, as far as this API needs one. */
export interface OpenApiDocument {
  openapi: '3.1.1';
  info: { title: string; version: string; description: string };
  servers: { url: string }[];
  paths: Record<string, Partial<Record<'get' | 'post' | 'patch', Operation>>>;
  components: {
    schemas: Record<string, JsonSchema>;
    securitySchemes: Record<string, { type: 'http'; scheme: 'bearer'; description: string }>;
  };
}

/** The request and response schemas, generated from the zod schemas the server validates with. */
const SCHEMAS = {
  Problem,
  CreateRunRequest,
  StatusChangeRequest,
  ExternalStepRequest,
  GateRequest,
  GateDecisionRequest,
  RunView,
  RunViewOrSummary,
  StepResult,
  StepPage,
  LogPage,
};
const REQUESTS = new Set<string>([
  'CreateRunRequest',
  'StatusChangeRequest',
  'ExternalStepRequest',
  'GateRequest',
  'GateDecisionRequest',
]);

function jsonSchema(name: string, schema: z.ZodType): JsonSchema {
  const rest = z.toJSONSchema(schema, {
    target: 'draft-2020-12',
    io: REQUESTS.has(name) ? 'input' : 'output',
    unrepresentable: 'any',
  }) as JsonSchema;
  // The dialect is the document's (OpenAPI 3.1 is JSON Schema 2020-12), not each schema's.
  delete rest.$schema;
  return rest;
}

const ref = (name: keyof typeof SCHEMAS): JsonSchema => ({ $ref: `#/components/schemas/${name}` });
const json = (name: keyof typeof SCHEMAS): Record<string, MediaType> => ({
  'application/json': { schema: ref(name) },
});
const problem = (description: string): Response => ({
  description,
  content: { 'application/problem+json': { schema: ref('Problem') } },
});
const ok = (description: string, name: keyof typeof SCHEMAS): Response => ({
  description,
  content: json(name),
});

const runId: Parameter = {
  name: 'run_id',
  in: 'path',
  required: true,
  description: 'run id, e.g. run_2026-01-31T12-00-00Z',
  schema: { type: 'string' },
};
const preferMinimal: Parameter = {
  name: 'Prefer',
  in: 'header',
  required: false,
  description:
    'RFC 7240. `return=minimal`: the run without its step and gate lists (RunSummary), whose size does not grow with the run (its steps are paged at `.../steps`); the answer then has `Preference-Applied: return=minimal`',
  schema: { type: 'string' },
};
/** `after` and `limit` of a paged GET. */
const paging = (after: string): Parameter[] => [
  {
    name: 'after',
    in: 'query',
    required: false,
    description: after,
    schema: { type: 'integer', minimum: 0 },
  },
  {
    name: 'limit',
    in: 'query',
    required: false,
    description: 'page size, 1-1000 (default 100)',
    schema: { type: 'integer', minimum: 1, maximum: 1000 },
  },
];
const ifNoneMatch: Parameter = {
  name: 'If-None-Match',
  in: 'header',
  required: false,
  description:
    "RFC 9110: the `ETag` of a view the client holds; `304` without a body while the run's audit trail is where it was",
  schema: { type: 'string' },
};
const etag = {
  ETag: {
    description: "the view's entity tag: it changes with every line of the run's audit trail",
    schema: { type: 'string' },
  },
};
const gateId: Parameter = {
  name: 'gate_id',
  in: 'path',
  required: true,
  description: 'gate id, e.g. flag-s2, gate_review, manual-001',
  schema: { type: 'string' },
};
const wait: Parameter = {
  name: 'wait',
  in: 'query',
  required: false,
  description:
    'true: answer when the engine stops (completed, paused, failed), as scripts want; default false',
  schema: { type: 'string', enum: ['true', 'false'] },
};
const location = { Location: { description: 'the run, to follow with GET', schema: { type: 'string' } } };
const auth = [{ bearer: [] }];
const common = {
  '400': problem(
    'invalid request: malformed JSON, unknown fields, values out of range (code INPUT_INVALID or MALFORMED_JSON; errors[] lists each field)',
  ),
  '401': problem('no valid bearer token (code UNAUTHENTICATED)'),
  '403': problem('the token lacks the scope (FORBIDDEN)'),
  // The HTTP layer's own refusals, possible on any operation (docs/server.md, Limits).
  '408': problem('the request did not arrive within the time limits (REQUEST_TIMEOUT)'),
  '431': problem('the request headers are too large (HEADERS_TOO_LARGE)'),
  '503': problem('the server is stopping (SHUTTING_DOWN)'),
};
/** What any operation with a request body may answer before it looks at the body's fields. */
const bodyErrors = {
  '413': problem('the body is larger than the server accepts (BODY_TOO_LARGE)'),
  '415': problem('the body is not application/json (UNSUPPORTED_MEDIA_TYPE)'),
};
const withBody = { ...common, ...bodyErrors };
const onRun = { ...common, '404': problem('no such run (NOT_FOUND)') };
const readRun = { ...onRun, '409': problem("the run folder's evidence does not verify (INTEGRITY)") };
const change = {
  ...onRun,
  '409': problem(
    "the run's state does not allow it (ILLEGAL_TRANSITION), or its evidence does not verify (INTEGRITY)",
  ),
};

/** `/openapi.json`: the API as the server implements it; the tests validate every response against it. */
export function openApiDocument(): OpenApiDocument {
  return {
    openapi: '3.1.1',
    info: {
      title: 'awo governance API',
      version: TOOL_VERSION,
      description:
        'Create, drive and review awo runs over HTTP (`awo serve`). Same run folders, audit chain and receipts as the CLI and the action. Errors are RFC 9457 problem details.',
    },
    servers: [{ url: '/' }],
    paths: {
      '/workflows/runs': {
        post: {
          operationId: 'createRun',
          summary: 'Create a run from a workflow and start it',
          description:
            'Answers as soon as the run is created (status running); the engine goes on in the background and `GET` the `Location` shows its progress. With `?wait=true` the request returns when the engine stops: completed, paused at a gate, or failed. With `start: false` the run is created and waits (running) for external steps and a resume.',
          security: auth,
          parameters: [wait],
          requestBody: { required: true, content: json('CreateRunRequest') },
          responses: {
            '201': {
              ...ok(
                'the run as created (or, with ?wait=true, as its audit trail says after the engine stopped)',
                'RunView',
              ),
              headers: location,
            },
            ...withBody,
          },
        },
      },
      '/workflows/runs/{run_id}': {
        get: {
          operationId: 'getRun',
          summary: 'Status, steps with timestamps and hashes, pending gate',
          description:
            'The whole run. A client that polls a long run sends `Prefer: return=minimal` for the run without its step and gate lists, and pages the steps at `.../steps`.',
          security: auth,
          parameters: [runId, ifNoneMatch, preferMinimal],
          responses: {
            '200': {
              ...ok('the run; with `Prefer: return=minimal`, its RunSummary', 'RunViewOrSummary'),
              headers: etag,
            },
            '304': {
              description: 'the run is as the `If-None-Match` entity tag says: no body',
              headers: etag,
            },
            ...readRun,
          },
        },
      },
      '/workflows/runs/{run_id}/status': {
        patch: {
          operationId: 'changeRunStatus',
          summary: 'Pause, resume, retry or cancel a run',
          description:
            'pause and cancel answer 200 with the run after the change. resume and retry answer 202 with a `Location` once the move is taken (the run executes in the background); with `?wait=true` they answer 200 when the engine stops.',
          security: auth,
          parameters: [runId, wait],
          requestBody: { required: true, content: json('StatusChangeRequest') },
          responses: {
            '200': ok(
              'the run after the change (pause, cancel; resume and retry with ?wait=true, when the engine stops)',
              'RunView',
            ),
            '202': {
              ...ok('resume or retry taken: the run as it starts executing in the background', 'RunView'),
              headers: location,
            },
            ...change,
            ...bodyErrors,
          },
        },
      },
      '/workflows/runs/{run_id}/steps': {
        get: {
          operationId: 'getRunSteps',
          summary: "The run's steps, paged",
          security: auth,
          parameters: [runId, ...paging('skip this many steps (default 0)')],
          responses: { '200': ok('a page of steps', 'StepPage'), ...readRun },
        },
        post: {
          operationId: 'recordStep',
          summary: 'Record a step executed outside the engine; the policy decides first',
          description:
            'allow: the step gets a receipt in the chain; flag: gate flag-<id> opens and the run pauses (after approval, post the same step again); deny: the run fails.',
          security: auth,
          parameters: [runId, preferMinimal],
          requestBody: { required: true, content: json('ExternalStepRequest') },
          responses: {
            '200': ok('the decision, the step and the run', 'StepResult'),
            ...change,
            ...bodyErrors,
          },
        },
      },
      '/workflows/runs/{run_id}/logs': {
        get: {
          operationId: 'getRunLogs',
          summary: 'The audit trail, paged by seq',
          security: auth,
          parameters: [runId, ...paging('lines with seq greater than this (default 0)')],
          responses: { '200': ok('a page of audit lines', 'LogPage'), ...readRun },
        },
      },
      '/workflows/runs/{run_id}/gates': {
        post: {
          operationId: 'requestGate',
          summary: 'Request an approval gate: the run pauses',
          security: auth,
          parameters: [runId],
          requestBody: { required: true, content: json('GateRequest') },
          responses: {
            '201': ok('the paused run; its gate is the new one', 'RunView'),
            ...change,
            ...bodyErrors,
          },
        },
      },
      '/workflows/runs/{run_id}/gates/{gate_id}': {
        patch: {
          operationId: 'decideGate',
          summary: 'Approve or reject a pending gate',
          description:
            "The actor is the token's. Approving a gate of a run you started or a gate you requested is refused (403 SELF_APPROVAL) unless the policy sets allow_self_approval. A decision records one person, so approving a gate whose min_approvals is above 1, or after its deadline, is refused (409). Of two conflicting decisions exactly one wins; the other gets 409.",
          security: auth,
          parameters: [runId, gateId],
          requestBody: { required: true, content: json('GateDecisionRequest') },
          responses: {
            '200': ok(
              'the run after the decision (approved: paused, ready to resume; rejected: rejected)',
              'RunView',
            ),
            ...change,
            ...bodyErrors,
            '404': problem('no such run or gate (NOT_FOUND)'),
          },
        },
      },
    },
    components: {
      schemas: Object.fromEntries(
        Object.entries(SCHEMAS).map(([name, schema]) => [name, jsonSchema(name, schema)]),
      ),
      securitySchemes: {
        bearer: {
          type: 'http',
          scheme: 'bearer',
          description:
            "a token from the server's tokens file; it names the actor and its scopes (read, run, review)",
        },
      },
    },
  };
}
