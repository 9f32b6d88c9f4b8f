import {
  AwoError,
  IllegalTransition,
  InputError,
  IntegrityError,
  NotFoundError,
  type ProblemPlace,
} from '../core/errors.js';
import { SelfApprovalRefused } from '../core/self-approval.js';
import type { Problem } from './api-schemas.js';
import { toPointer } from './json-pointer.js';

/** Where each problem type is explained (docs/server.md has one anchor per code). */
export const PROBLEM_BASE = 'https://github.com/waveframe/awo-action/blob/main/docs/server.md#problem-';

/** An error the server raises itself (auth, routing, request shape), with its HTTP status. */
export class HttpProblem extends AwoError {
  constructor(
    readonly status: number,
    code: string,
    message: string,
    /** RFC 9457 `errors[]`: one entry per invalid field of the request. */
    readonly errors: { detail: string; pointer?: string }[] = [],
    readonly headers: Record<string, string> = {},
  ) {
    super(code, message, 2);
  }
}

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  408: 'Request Timeout',
  409: 'Conflict',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  431: 'Request Header Fields Too Large',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

/** Fastify's own request errors (body parsing, limits), which carry a `code` and a `statusCode`. */
interface FrameworkError {
  code?: string;
  statusCode?: number;
  message?: string;
}

function framework(err: unknown): FrameworkError | undefined {
  if (typeof err !== 'object' || err === null) return undefined;
  const { code, statusCode } = err as FrameworkError;
  return typeof code === 'string' && code.startsWith('FST_') && typeof statusCode === 'number'
    ? err
    : undefined;
}

/**
 * Fastify's request errors that a client can cause, under the server's own stable codes and statuses
 * (docs/server.md lists them). JSON bodies are read by the server's own parser (json-body.ts), which raises
 * MALFORMED_JSON itself; the two JSON codes stay mapped in case a route ever reads a body another way.
 * Any other Fastify code is a 400 BAD_REQUEST when Fastify blames the request, else 500 INTERNAL.
 */
export const FRAMEWORK_CODES: Record<string, { status: number; code: string; detail?: string }> = {
  FST_ERR_CTP_BODY_TOO_LARGE: { status: 413, code: 'BODY_TOO_LARGE' },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: {
    status: 415,
    code: 'UNSUPPORTED_MEDIA_TYPE',
    detail: 'the request body must be application/json',
  },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: { status: 400, code: 'BAD_REQUEST' },
  FST_ERR_CTP_EMPTY_JSON_BODY: { status: 400, code: 'MALFORMED_JSON' },
  FST_ERR_CTP_INVALID_JSON_BODY: { status: 400, code: 'MALFORMED_JSON' },
  FST_ERR_BAD_URL: { status: 400, code: 'BAD_REQUEST' },
  // A path segment longer than any run or gate id: nothing lives there.
  FST_ERR_MAX_PARAM_LENGTH: {
    status: 404,
    code: 'NOT_FOUND',
    detail: 'no run or gate has an id that long (a path segment is over 100 characters)',
  },
};

/** Where the documents a request carries sit in its body: a problem of a workflow file has no pointer. */
const INLINE_DOCUMENTS: Record<string, string> = {
  inline: '/workflow',
  'inline (policy)': '/workflow/policy',
};

/** An input problem, with a JSON Pointer into the request body built from the validator's own path. */
function inlineProblem(
  detail: string,
  place: ProblemPlace | undefined,
): { detail: string; pointer?: string } {
  const base = place === undefined ? undefined : INLINE_DOCUMENTS[place.source];
  return base === undefined || place === undefined
    ? { detail }
    : { detail, pointer: base + toPointer(place.path) };
}

/** Node's error for a request body cut off by its client (`aborted`, ECONNRESET). */
function clientGone(err: unknown): boolean {
  // Duck-typed: Node's stream errors come from its own realm where code runs in a VM context (tests).
  if (typeof err !== 'object' || err === null) return false;
  const { code, message } = err as { code?: unknown; message?: unknown };
  return code === 'ECONNRESET' && message === 'aborted';
}

/**
 * Maps anything thrown while serving a request to RFC 9457 problem details (the server's one catch):
 * the core's typed errors keep their stable `code`; anything else is a 500 whose detail says nothing inside.
 */
export function toProblem(
  err: unknown,
  instance: string,
): { problem: Problem; headers: Record<string, string>; internal: boolean } {
  let status = 500;
  let code = 'INTERNAL';
  let detail = 'the server failed while handling this request; see its log';
  let errors: Problem['errors'];
  let headers: Record<string, string> = {};
  const fastifyError = framework(err);
  if (err instanceof HttpProblem) {
    ({ status, code } = err);
    detail = err.message;
    errors = err.errors.length > 0 ? err.errors : undefined;
    headers = err.headers;
  } else if (err instanceof InputError) {
    status = 400;
    code = err.code;
    detail = err.message.split('\n')[0] ?? err.message;
    errors = err.problems.map((problem, i) => inlineProblem(problem, err.places[i]));
  } else if (err instanceof SelfApprovalRefused) {
    [status, code, detail] = [403, err.code, err.message];
  } else if (err instanceof IllegalTransition) {
    [status, code, detail] = [409, err.code, err.message];
  } else if (err instanceof NotFoundError) {
    [status, code, detail] = [404, err.code, err.message];
  } else if (err instanceof IntegrityError) {
    // The request was fine; the run folder's evidence is not. Nothing can change it over the API.
    [status, code, detail] = [409, err.code, err.message];
  } else if (err instanceof AwoError) {
    [status, code, detail] = [500, err.code, err.message];
  } else if (clientGone(err)) {
    // The client closed the connection before its body arrived: its doing, answered to nobody, not logged.
    [status, code, detail] = [
      400,
      'BAD_REQUEST',
      'the client closed the connection before its request body arrived',
    ];
  } else if (fastifyError) {
    const known = FRAMEWORK_CODES[fastifyError.code ?? ''];
    if (known) {
      ({ status, code } = known);
      detail = known.detail ?? fastifyError.message ?? 'the request could not be read';
    } else if (fastifyError.statusCode !== undefined && fastifyError.statusCode < 500) {
      [status, code] = [400, 'BAD_REQUEST'];
      detail = fastifyError.message ?? 'the request could not be read';
    }
  } else if (err instanceof SyntaxError) {
    [status, code, detail] = [400, 'MALFORMED_JSON', `the request body is not valid JSON: ${err.message}`];
  }
  const problem: Problem = {
    type: `${PROBLEM_BASE}${code.toLowerCase().replace(/_/g, '-')}`,
    title: TITLES[status] ?? 'Error',
    status,
    detail,
    instance,
    code,
    ...(errors ? { errors } : {}),
  };
  return { problem, headers, internal: status === 500 };
}
