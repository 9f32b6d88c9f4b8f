export const id = 220;
export const ids = [220];
export const modules = {

/***/ 65220:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  command: () => (/* binding */ command)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/core/errors.ts
var core_errors = __webpack_require__(74296);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 6 modules
var schemas = __webpack_require__(26921);
// EXTERNAL MODULE: ./src/core/schema-issues.ts
var schema_issues = __webpack_require__(25221);
// EXTERNAL MODULE: ./src/core/self-approval.ts
var self_approval = __webpack_require__(66957);
;// CONCATENATED MODULE: ./src/server/json-pointer.ts
/** `/steps/2/args/path` from the `steps[2].args.path` a problem message starts with. */
function pointerOf(message) {
    const path = /^([^:]+): /.exec(message)?.[1];
    if (path === undefined)
        return undefined;
    if (path === '(root)')
        return '';
    return path
        .split(/\.|(?=\[)/)
        .map((part) => part
        .replace(/^\[(\d+)\]$/, '$1')
        .replace(/~/g, '~0')
        .replace(/\//g, '~1'))
        .map((part) => `/${part}`)
        .join('');
}

;// CONCATENATED MODULE: ./src/server/problem.ts



/** Where each problem type is explained (docs/server.md has one anchor per code). */
const PROBLEM_BASE = 'https://github.com/waveframe/awo-action/blob/main/docs/server.md#problem-';
/** An error the server raises itself (auth, routing, request shape), with its HTTP status. */
class HttpProblem extends core_errors/* AwoError */._ {
    status;
    errors;
    headers;
    constructor(status, code, message, 
    /** RFC 9457 `errors[]`: one entry per invalid field of the request. */
    errors = [], headers = {}) {
        super(code, message, 2);
        this.status = status;
        this.errors = errors;
        this.headers = headers;
    }
}
const TITLES = {
    400: 'Bad Request',
    401: 'Unauthorized',
    403: 'Forbidden',
    404: 'Not Found',
    405: 'Method Not Allowed',
    409: 'Conflict',
    413: 'Content Too Large',
    415: 'Unsupported Media Type',
    500: 'Internal Server Error',
    503: 'Service Unavailable',
};
function framework(err) {
    if (typeof err !== 'object' || err === null)
        return undefined;
    const { code, statusCode } = err;
    return typeof code === 'string' && code.startsWith('FST_') && typeof statusCode === 'number'
        ? err
        : undefined;
}
/**
 * Fastify's request errors under the server's own stable codes (docs/server.md lists them). JSON bodies are
 * read by the server's own parser (json-body.ts), which raises MALFORMED_JSON itself.
 */
const FRAMEWORK_CODES = {
    FST_ERR_CTP_BODY_TOO_LARGE: 'BODY_TOO_LARGE',
    FST_ERR_CTP_INVALID_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
};
/**
 * A problem of an inline workflow (`inline: steps[0].op: ...`) or of its inline policy points into the
 * request body; a problem of a workflow file does not.
 */
function inlineProblem(detail) {
    for (const [prefix, base] of [
        ['inline (policy): ', '/workflow/policy'],
        ['inline: ', '/workflow'],
    ]) {
        if (!detail.startsWith(prefix))
            continue;
        const pointer = pointerOf(detail.slice(prefix.length));
        return pointer === undefined ? { detail } : { detail, pointer: base + pointer };
    }
    return { detail };
}
/**
 * Maps anything thrown while serving a request to RFC 9457 problem details (the server's one catch):
 * the core's typed errors keep their stable `code`; anything else is a 500 whose detail says nothing inside.
 */
function toProblem(err, instance) {
    let status = 500;
    let code = 'INTERNAL';
    let detail = 'the server failed while handling this request; see its log';
    let errors;
    let headers = {};
    const fastifyError = framework(err);
    if (err instanceof HttpProblem) {
        ({ status, code } = err);
        detail = err.message;
        errors = err.errors.length > 0 ? err.errors : undefined;
        headers = err.headers;
    }
    else if (err instanceof core_errors/* InputError */.dz) {
        status = 400;
        code = err.code;
        detail = err.message.split('\n')[0] ?? err.message;
        errors = err.problems.map(inlineProblem);
    }
    else if (err instanceof self_approval/* SelfApprovalRefused */.gL) {
        [status, code, detail] = [403, err.code, err.message];
    }
    else if (err instanceof core_errors/* IllegalTransition */.sK) {
        [status, code, detail] = [409, err.code, err.message];
    }
    else if (err instanceof core_errors/* NotFoundError */.m_) {
        [status, code, detail] = [404, err.code, err.message];
    }
    else if (err instanceof core_errors/* IntegrityError */.cs) {
        // The request was fine; the run folder's evidence is not. Nothing can change it over the API.
        [status, code, detail] = [409, err.code, err.message];
    }
    else if (err instanceof core_errors/* AwoError */._) {
        [status, code, detail] = [500, err.code, err.message];
    }
    else if (fastifyError) {
        status = fastifyError.statusCode ?? 400;
        code = FRAMEWORK_CODES[fastifyError.code ?? ''] ?? (status === 400 ? 'BAD_REQUEST' : 'INTERNAL');
        detail = fastifyError.message ?? 'the request could not be read';
    }
    else if (err instanceof SyntaxError) {
        [status, code, detail] = [400, 'MALFORMED_JSON', `the request body is not valid JSON: ${err.message}`];
    }
    const problem = {
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

;// CONCATENATED MODULE: ./src/server/auth.ts







/** What a token may do: `read` runs and logs; `run` create and drive runs; `review` decide gates. */
const Scope = schemas/* enum */.k5n(['read', 'run', 'review']);
/** The tokens file given to `awo serve --tokens`. */
const TokensFile = schemas/* strictObject */.rej({
    tokens: schemas/* array */.YOg(schemas/* strictObject */.rej({
        token: schemas/* string */.YjP().min(16).describe('bearer token; at least 16 characters'),
        actor: schemas/* string */.YjP()
            .min(1)
            .max(200)
            .refine((actor) => !self_approval/* ENGINE_ACTORS */.Io.has((0,self_approval/* sameActor */.CM)(actor)), {
            message: 'is a name the engine records its own actions under (system, policy)',
        })
            .describe('actor id recorded in the audit trail for every request with this token'),
        scopes: schemas/* array */.YOg(Scope).min(1),
    }))
        .min(1),
});
const digest = (text) => (0,external_node_crypto_.createHash)('sha256').update(text).digest();
/**
 * Bearer tokens mapped to actors. Tokens are compared as SHA-256 digests with `timingSafeEqual`, against
 * every entry without stopping early, so response time says nothing about how much of a token matched.
 */
class TokenTable {
    entries;
    constructor(file) {
        this.entries = file.tokens.map((entry) => ({
            digest: digest(entry.token),
            principal: { actor: entry.actor, scopes: new Set(entry.scopes) },
        }));
    }
    /** The principal of an `Authorization` header value, or a 401 problem. */
    authenticate(header) {
        const match = /^Bearer +(\S+) *$/i.exec(header ?? '');
        if (!match)
            throw unauthorized(header === undefined
                ? 'missing Authorization header; send "Authorization: Bearer <token>"'
                : 'the Authorization header is not "Bearer <token>"');
        const given = digest(match[1]);
        let found;
        for (const entry of this.entries)
            if ((0,external_node_crypto_.timingSafeEqual)(entry.digest, given))
                found = entry.principal;
        if (!found)
            throw unauthorized('the bearer token is not valid');
        return found;
    }
}
function unauthorized(detail) {
    return new HttpProblem(401, 'UNAUTHENTICATED', detail, [], { 'www-authenticate': 'Bearer realm="awo"' });
}
/** Refuses a request whose token lacks the scope the route needs. */
function requireScope(principal, scope) {
    if (!principal.scopes.has(scope)) {
        throw new HttpProblem(403, 'FORBIDDEN', `${principal.actor}'s token does not have the "${scope}" scope this request needs (it has: ${[...principal.scopes].join(', ')})`);
    }
}
/** Reads and validates a tokens file; any problem is an `InputError` naming the file and JSON path. */
function loadTokens(file) {
    let json;
    try {
        json = JSON.parse(external_node_fs_.readFileSync(file, 'utf8'));
    }
    catch (err) {
        throw new core_errors/* InputError */.dz(`cannot read tokens file ${file}: ${err.message}`);
    }
    const parsed = TokensFile.safeParse(json);
    if (!parsed.success) {
        const problems = (0,schema_issues/* describeIssues */.w)(parsed.error, TokensFile, json).map((problem) => `${file}: ${problem}`);
        throw new core_errors/* InputError */.dz([`invalid tokens file ${file}:`, ...problems.map((p) => `  - ${p}`)].join('\n'), problems);
    }
    return new TokenTable(parsed.data);
}

// EXTERNAL MODULE: ./node_modules/fastify/fastify.js
var fastify = __webpack_require__(16703);
var fastify_default = /*#__PURE__*/__webpack_require__.n(fastify);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/coerce.js
var coerce = __webpack_require__(49567);
// EXTERNAL MODULE: ./src/core/workflow-schema.ts
var workflow_schema = __webpack_require__(7528);
;// CONCATENATED MODULE: ./src/server/api-schemas.ts


/**
 * The API's request and response bodies. One zod schema per body: requests are validated with it, response
 * types are inferred from it, and `/openapi.json` embeds its JSON Schema (`z.toJSONSchema`).
 */
const Digest = schemas/* string */.YjP()
    .regex(/^sha256:[0-9a-f]{64}$/)
    .describe('sha256:<lowercase hex>');
const Timestamp = schemas/* string */.YjP().describe('ISO 8601 UTC time');
const RunStatus = schemas/* enum */.k5n(['running', 'paused', 'completed', 'failed', 'rejected']);
/** RFC 9457 problem details, plus the stable `code` of the error. */
const Problem = schemas/* object */.Ikc({
    type: schemas/* string */.YjP().describe('URI of the problem type; its docs explain the code'),
    title: schemas/* string */.YjP(),
    status: schemas/* int */.Whr(),
    detail: schemas/* string */.YjP().describe('what was wrong, where, and what is accepted'),
    instance: schemas/* string */.YjP().describe('the request path'),
    code: schemas/* string */.YjP().describe('stable machine-readable code, e.g. INPUT_INVALID, ILLEGAL_TRANSITION'),
    errors: schemas/* array */.YOg(schemas/* object */.Ikc({
        detail: schemas/* string */.YjP(),
        pointer: schemas/* string */.YjP().optional().describe('JSON Pointer into the request body'),
    }))
        .optional()
        .describe('one entry per invalid field (validation problems only)'),
})
    .describe('RFC 9457 problem details');
const oneSource = {
    message: 'give exactly one of workflow or workflow_path',
    check: (body) => (body.workflow === undefined) !== (body.workflow_path === undefined),
};
const createRunFields = {
    workflow_path: schemas/* string */.YjP()
        .min(1)
        .max(4096)
        .optional()
        .describe("a workflow file, relative to the server's workflows folder and inside it"),
    start: schemas/* boolean */.zMY()
        .optional()
        .describe('false: create the run without executing its steps (report external steps, then resume); default true'),
};
/** `POST /workflows/runs`, as documented: `workflow` is a workflow file (DESIGN §2). */
const CreateRunRequest = schemas/* strictObject */.rej({
    workflow: workflow_schema/* WorkflowFile */.Cv.optional().describe('the workflow itself (DESIGN §2); a string `policy` is a path under the workflows folder'),
    ...createRunFields,
})
    .refine(oneSource.check, { message: oneSource.message });
/**
 * The same body as the server checks it first: `workflow` only as an object, so the workflow loader reports
 * every problem inside it at once (schema, duplicate ids, references, paths), each with its JSON path.
 */
const CreateRunEnvelope = schemas/* strictObject */.rej({ workflow: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* unknown */.L5J()).optional(), ...createRunFields })
    .refine(oneSource.check, { message: oneSource.message });
/** `PATCH /workflows/runs/{run_id}/status`. */
const StatusChangeRequest = schemas/* strictObject */.rej({
    action: schemas/* enum */.k5n(['pause', 'resume', 'retry', 'cancel'])
        .describe('pause: open a manual gate on a running run; resume: continue a paused run whose gate was approved (or a held or interrupted one); retry: continue a run that failed on an error or was cancelled; cancel: end a running or paused run as failed (cancelled)'),
    reason: schemas/* string */.YjP().min(1).max(2000).optional().describe('recorded in the audit trail (pause, cancel)'),
});
/** `POST /workflows/runs/{run_id}/steps`. */
const ExternalStepRequest = schemas/* strictObject */.rej({
    id: workflow_schema/* StepId */.s2.describe('unique in the run; not a workflow step id'),
    type: workflow_schema/* LlmMapStep */.AF.shape.type,
    input: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* unknown */.L5J())
        .describe("what the step was given; hashed as given; its fields are the policy's params"),
    output: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* unknown */.L5J()).describe('what the step produced; hashed as given'),
});
/** `POST /workflows/runs/{run_id}/gates`. */
const GateRequest = schemas/* strictObject */.rej({
    reason: schemas/* string */.YjP().min(1).max(2000).describe('why a human must look now'),
    checklist: schemas/* string */.YjP().min(1).max(4096).optional().describe('what the reviewer follows'),
});
/** `PATCH /workflows/runs/{run_id}/gates/{gate_id}`. */
const GateDecisionRequest = schemas/* strictObject */.rej({
    decision: schemas/* enum */.k5n(['approved', 'rejected']),
    comment: schemas/* string */.YjP().max(4000).optional().describe('recorded in the gate receipt'),
});
const PolicyDecisionView = schemas/* object */.Ikc({
    decision: schemas/* enum */.k5n(['allow', 'flag', 'deny']),
    reason: schemas/* string */.YjP(),
    policy_id: schemas/* string */.YjP(),
    tier: schemas/* string */.YjP(),
    rules_triggered: schemas/* array */.YOg(schemas/* string */.YjP()),
});
const StepView = schemas/* object */.Ikc({
    step_id: schemas/* string */.YjP(),
    step_type: schemas/* string */.YjP().nullable(),
    op: schemas/* string */.YjP().describe('llm_map, write_text, audit_gate, or external (reported over the API)'),
    status: schemas/* enum */.k5n(['pending', 'started', 'completed', 'failed', 'denied', 'skipped']),
    started_at: Timestamp.nullable(),
    ended_at: Timestamp.nullable(),
    input_hash: Digest.nullable(),
    output_hash: Digest.nullable(),
    receipt_hash: Digest.nullable(),
    decision: PolicyDecisionView.nullable(),
    retries: schemas/* int */.Whr(),
    error: schemas/* string */.YjP().nullable(),
});
const GateView = schemas/* object */.Ikc({
    gate_id: schemas/* string */.YjP(),
    step_id: schemas/* string */.YjP().nullable(),
    kind: schemas/* enum */.k5n(['audit_gate', 'flag', 'manual']),
    status: schemas/* enum */.k5n(['pending', 'approved', 'rejected']),
    requested_at: Timestamp,
    reason: schemas/* string */.YjP(),
    checklist: schemas/* string */.YjP().nullable(),
    environment: schemas/* string */.YjP().nullable(),
    resolution: schemas/* object */.Ikc({
        decision: schemas/* enum */.k5n(['approved', 'rejected']),
        actor: schemas/* string */.YjP(),
        comment: schemas/* string */.YjP(),
        at: Timestamp,
        source: schemas/* string */.YjP(),
    })
        .nullable(),
    receipt_hash: Digest.nullable(),
});
const RunView = schemas/* object */.Ikc({
    run_id: schemas/* string */.YjP(),
    status: RunStatus,
    failure: schemas/* object */.Ikc({
        kind: schemas/* enum */.k5n(['error', 'denied', 'rejected', 'cancelled']),
        reason: schemas/* string */.YjP(),
        step_id: schemas/* string */.YjP().nullable(),
    })
        .nullable(),
    created_at: Timestamp.nullable(),
    updated_at: Timestamp.nullable(),
    policy_id: schemas/* string */.YjP(),
    steps: schemas/* array */.YOg(StepView),
    gate: GateView.nullable().describe('the pending gate, or the approved one a paused run waits to resume after'),
    gates: schemas/* array */.YOg(GateView),
    receipts: schemas/* int */.Whr().describe('step and gate receipts in the chain'),
    audit: schemas/* object */.Ikc({ lines: schemas/* int */.Whr(), head: Digest }),
});
const StepResult = schemas/* object */.Ikc({
    decision: PolicyDecisionView,
    step: StepView,
    run: RunView,
});
const AuditLineView = schemas/* object */.Ikc({
    seq: schemas/* int */.Whr(),
    ts: Timestamp,
    run_id: schemas/* string */.YjP(),
    actor: schemas/* string */.YjP(),
    event: schemas/* string */.YjP(),
    step_id: schemas/* string */.YjP().optional(),
    gate_id: schemas/* string */.YjP().optional(),
    decision: schemas/* string */.YjP().optional(),
    reason: schemas/* string */.YjP().optional(),
    evidence_ref: schemas/* string */.YjP().optional(),
    details: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* unknown */.L5J()).optional(),
    prev_hash: Digest,
    hash: Digest,
});
const LogPage = schemas/* object */.Ikc({
    run_id: schemas/* string */.YjP(),
    lines: schemas/* array */.YOg(AuditLineView),
    total: schemas/* int */.Whr().describe('lines in the audit trail'),
    next_after: schemas/* int */.Whr().nullable().describe('pass as `after` for the next page; null on the last page'),
});
/** `?wait=true` on a request that starts execution: answer when the engine stops, not when the move is taken. */
const WaitQuery = schemas/* strictObject */.rej({
    wait: schemas/* enum */.k5n(['true', 'false'])
        .optional()
        .describe('true: answer when the engine stops (completed, paused, failed), as a script wants; default false'),
});
/** `GET .../logs` query. */
const LogQuery = schemas/* strictObject */.rej({
    after: coerce/* number */.ai()
        .int()
        .min(0)
        .optional()
        .describe('return lines with seq greater than this (default 0)'),
    limit: coerce/* number */.ai()
        .int()
        .min(1)
        .max(1000)
        .optional()
        .describe('at most this many lines (default 100)'),
});

// EXTERNAL MODULE: ./node_modules/zod/v4/core/json-schema-processors.js
var json_schema_processors = __webpack_require__(98439);
// EXTERNAL MODULE: ./src/core/version.ts
var version = __webpack_require__(83323);
;// CONCATENATED MODULE: ./src/server/openapi.ts



/** The request and response schemas, generated from the zod schemas the server validates with. */
const SCHEMAS = {
    Problem: Problem,
    CreateRunRequest: CreateRunRequest,
    StatusChangeRequest: StatusChangeRequest,
    ExternalStepRequest: ExternalStepRequest,
    GateRequest: GateRequest,
    GateDecisionRequest: GateDecisionRequest,
    RunView: RunView,
    StepResult: StepResult,
    LogPage: LogPage,
};
const REQUESTS = new Set([
    'CreateRunRequest',
    'StatusChangeRequest',
    'ExternalStepRequest',
    'GateRequest',
    'GateDecisionRequest',
]);
function jsonSchema(name, schema) {
    const rest = json_schema_processors/* toJSONSchema */.bl(schema, {
        target: 'draft-2020-12',
        io: REQUESTS.has(name) ? 'input' : 'output',
        unrepresentable: 'any',
    });
    // The dialect is the document's (OpenAPI 3.1 is JSON Schema 2020-12), not each schema's.
    delete rest.$schema;
    return rest;
}
const ref = (name) => ({ $ref: `#/components/schemas/${name}` });
const json = (name) => ({
    'application/json': { schema: ref(name) },
});
const problem = (description) => ({
    description,
    content: { 'application/problem+json': { schema: ref('Problem') } },
});
const ok = (description, name) => ({
    description,
    content: json(name),
});
const runId = {
    name: 'run_id',
    in: 'path',
    required: true,
    description: 'run id, e.g. run_2026-01-31T12-00-00Z',
    schema: { type: 'string' },
};
const gateId = {
    name: 'gate_id',
    in: 'path',
    required: true,
    description: 'gate id, e.g. flag-s2, gate_review, manual-001',
    schema: { type: 'string' },
};
const wait = {
    name: 'wait',
    in: 'query',
    required: false,
    description: 'true: answer when the engine stops (completed, paused, failed), as scripts want; default false',
    schema: { type: 'string', enum: ['true', 'false'] },
};
const openapi_location = { Location: { description: 'the run, to follow with GET', schema: { type: 'string' } } };
const auth = [{ bearer: [] }];
const common = {
    '400': problem('invalid request: malformed JSON, unknown fields, values out of range (code INPUT_INVALID or MALFORMED_JSON; errors[] lists each field)'),
    '401': problem('no valid bearer token (code UNAUTHENTICATED)'),
    '403': problem('the token lacks the scope (FORBIDDEN)'),
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
    '409': problem("the run's state does not allow it (ILLEGAL_TRANSITION), or its evidence does not verify (INTEGRITY)"),
};
/** `/openapi.json`: the API as the server implements it; the tests validate every response against it. */
function openApiDocument() {
    return {
        openapi: '3.1.1',
        info: {
            title: 'awo governance API',
            version: version/* TOOL_VERSION */.w,
            description: 'Create, drive and review awo runs over HTTP (`awo serve`). Same run folders, audit chain and receipts as the CLI and the action. Errors are RFC 9457 problem details.',
        },
        servers: [{ url: '/' }],
        paths: {
            '/workflows/runs': {
                post: {
                    operationId: 'createRun',
                    summary: 'Create a run from a workflow and start it',
                    description: 'Answers as soon as the run is created (status running); the engine goes on in the background and `GET` the `Location` shows its progress. With `?wait=true` the request returns when the engine stops: completed, paused at a gate, or failed. With `start: false` the run is created and waits (running) for external steps and a resume.',
                    security: auth,
                    parameters: [wait],
                    requestBody: { required: true, content: json('CreateRunRequest') },
                    responses: {
                        '201': {
                            ...ok('the run as created (or, with ?wait=true, as its audit trail says after the engine stopped)', 'RunView'),
                            headers: openapi_location,
                        },
                        ...withBody,
                    },
                },
            },
            '/workflows/runs/{run_id}': {
                get: {
                    operationId: 'getRun',
                    summary: 'Status, steps with timestamps and hashes, pending gate',
                    security: auth,
                    parameters: [runId],
                    responses: { '200': ok('the run', 'RunView'), ...readRun },
                },
            },
            '/workflows/runs/{run_id}/status': {
                patch: {
                    operationId: 'changeRunStatus',
                    summary: 'Pause, resume, retry or cancel a run',
                    description: 'pause and cancel answer 200 with the run after the change. resume and retry answer 202 with a `Location` once the move is taken (the run executes in the background); with `?wait=true` they answer 200 when the engine stops.',
                    security: auth,
                    parameters: [runId, wait],
                    requestBody: { required: true, content: json('StatusChangeRequest') },
                    responses: {
                        '200': ok('the run after the change (pause, cancel; resume and retry with ?wait=true, when the engine stops)', 'RunView'),
                        '202': {
                            ...ok('resume or retry taken: the run as it starts executing in the background', 'RunView'),
                            headers: openapi_location,
                        },
                        ...change,
                        ...bodyErrors,
                    },
                },
            },
            '/workflows/runs/{run_id}/steps': {
                post: {
                    operationId: 'recordStep',
                    summary: 'Record a step executed outside the engine; the policy decides first',
                    description: 'allow: the step gets a receipt in the chain; flag: gate flag-<id> opens and the run pauses (after approval, post the same step again); deny: the run fails.',
                    security: auth,
                    parameters: [runId],
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
                    parameters: [
                        runId,
                        {
                            name: 'after',
                            in: 'query',
                            required: false,
                            description: 'lines with seq greater than this (default 0)',
                            schema: { type: 'integer', minimum: 0 },
                        },
                        {
                            name: 'limit',
                            in: 'query',
                            required: false,
                            description: 'page size, 1-1000 (default 100)',
                            schema: { type: 'integer', minimum: 1, maximum: 1000 },
                        },
                    ],
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
                    description: "The actor is the token's. Approving a gate of a run you started or a gate you requested is refused (403 SELF_APPROVAL) unless the policy sets allow_self_approval. Of two conflicting decisions exactly one wins; the other gets 409.",
                    security: auth,
                    parameters: [runId, gateId],
                    requestBody: { required: true, content: json('GateDecisionRequest') },
                    responses: {
                        '200': ok('the run after the decision (approved: paused, ready to resume; rejected: rejected)', 'RunView'),
                        ...change,
                        ...bodyErrors,
                        '404': problem('no such run or gate (NOT_FOUND)'),
                    },
                },
            },
        },
        components: {
            schemas: Object.fromEntries(Object.entries(SCHEMAS).map(([name, schema]) => [name, jsonSchema(name, schema)])),
            securitySchemes: {
                bearer: {
                    type: 'http',
                    scheme: 'bearer',
                    description: "a token from the server's tokens file; it names the actor and its scopes (read, run, review)",
                },
            },
        },
    };
}

;// CONCATENATED MODULE: ./src/server/request-body.ts



/**
 * Validates a request body (or query) against its schema. Every problem is reported at once, each with its
 * JSON path in `detail` and a JSON Pointer, as a 400 problem with code INPUT_INVALID.
 */
function parseRequest(schema, value, what = 'request body') {
    const parsed = schema.safeParse(value ?? undefined);
    if (parsed.success)
        return parsed.data;
    const messages = (0,schema_issues/* describeIssues */.w)(parsed.error, schema, value);
    const errors = messages.map((detail) => {
        const pointer = pointerOf(detail);
        return pointer === undefined ? { detail } : { detail, pointer };
    });
    throw new HttpProblem(400, 'INPUT_INVALID', `invalid ${what}: ${messages.length} problem${messages.length === 1 ? '' : 's'}: ${messages.join('; ')}`, errors);
}

// EXTERNAL MODULE: ./src/core/audit-chain.ts
var audit_chain = __webpack_require__(34860);
// EXTERNAL MODULE: ./src/core/engine.ts
var engine = __webpack_require__(63805);
// EXTERNAL MODULE: ./src/core/hash.ts + 1 modules
var hash = __webpack_require__(42605);
// EXTERNAL MODULE: ./src/core/policy.ts + 1 modules
var policy = __webpack_require__(37252);
// EXTERNAL MODULE: ./src/core/receipts.ts
var receipts = __webpack_require__(16598);
// EXTERNAL MODULE: ./src/core/run-state.ts
var run_state = __webpack_require__(28298);
// EXTERNAL MODULE: ./src/core/run-transitions.ts
var run_transitions = __webpack_require__(66795);
;// CONCATENATED MODULE: ./src/core/external-step.ts







/** Refuses a report the run cannot take (an id the workflow or an earlier report has, a run not running); nothing written. */
function checkExternalReport(run, stepId) {
    const { journal } = run;
    const { state } = journal;
    if (journal.index.has(stepId)) {
        throw new core_errors/* IllegalTransition */.sK(`cannot record external step "${stepId}" in run ${state.run_id}: the workflow has a step with that id`);
    }
    const existing = state.steps.find((record) => record.step_id === stepId);
    if (existing && existing.status !== 'started') {
        throw new core_errors/* IllegalTransition */.sK(`cannot record external step "${stepId}" in run ${state.run_id}: it was already recorded (${existing.status})`);
    }
    return (0,run_transitions/* checkExternalStep */.UI)(state, stepId);
}
/**
 * Records a step executed outside the engine (DESIGN §4 applies as to any step): the run's policy decides
 * first. `allow` writes `outputs/<id>.json` and a step receipt linked into the chain; `flag` keeps the
 * submission in `outputs/<id>.json` and opens gate `flag-<id>` (once approved, the same report again is
 * receipted); `deny` fails the run closed. The audit trail's `step.started` line marks the step external, so
 * `awo verify` can recompute its receipt without a workflow step behind it.
 */
function recordExternalStep(run, ctx, report) {
    const { journal, input } = run;
    const { state } = journal;
    const { resume } = checkExternalReport(run, report.id);
    const inputHash = (0,hash/* digestObject */.G5)(report.input);
    const outputHash = (0,hash/* digestObject */.G5)(report.output);
    const approved = (0,run_state/* gateForStep */.$I)(state, report.id, 'flag')?.status === 'approved';
    const outputPath = `outputs/${report.id}.json`;
    if (approved) {
        // The reviewer approved one submission; a different one would slip past the review.
        const submitted = JSON.parse(Buffer.from(ctx.store.read(outputPath) ?? new Uint8Array()).toString('utf8') || '{}');
        if ((0,hash/* digestObject */.G5)(submitted.input ?? null) !== inputHash ||
            (0,hash/* digestObject */.G5)(submitted.output ?? null) !== outputHash) {
            throw new core_errors/* IllegalTransition */.sK(`cannot record external step "${report.id}": its input or output differs from the submission approved at gate "flag-${report.id}"`);
        }
    }
    if (resume)
        (0,engine/* beginSession */.c2)(run, ctx, 'resume', report.id);
    const step = {
        id: report.id,
        op: run_state/* EXTERNAL_OP */.yC,
        ...(report.type !== undefined ? { type: report.type } : {}),
    };
    const details = {
        op: run_state/* EXTERNAL_OP */.yC,
        type: report.type ?? null,
        external: true,
        input_hash: inputHash,
        output_hash: outputHash,
    };
    const decision = (0,policy/* evaluatePolicy */.U)(input.policy.document, { step, prompts: [], params: { ...report.input } });
    (0,engine/* recordStart */.cv)(journal, ctx.actor, step, decision, { external: true }, details);
    const record = () => state.steps.find((candidate) => candidate.step_id === report.id);
    if (decision.decision === 'deny') {
        const outcome = (0,engine/* denyStep */.nR)(run, ctx, step, decision);
        return { decision, step: record(), outcome };
    }
    const outputRecord = {
        step_id: step.id,
        op: run_state/* EXTERNAL_OP */.yC,
        input: report.input,
        output: report.output,
    };
    ctx.store.write(outputPath, (0,hash/* prettyJson */.D_)(outputRecord), { atomic: false });
    if (decision.decision === 'flag' && !approved) {
        const gateId = `flag-${step.id}`;
        const gateDetails = {
            kind: 'flag',
            checklist: null,
            environment: null,
            input_hash: inputHash,
            output_hash: outputHash,
        };
        journal.stepEvent(step, 'gate', { gate_id: gateId, reason: decision.reason, ...gateDetails });
        journal.audit({
            actor: 'policy',
            event: 'gate.requested',
            step_id: step.id,
            gate_id: gateId,
            reason: decision.reason,
            evidence_ref: `audit/gates/${gateId}.json`,
            details: gateDetails,
        });
        (0,engine/* writeGateFile */.xC)(run, ctx.store, gateId);
        return { decision, step: record(), outcome: (0,engine/* stop */.ds)(run, ctx, 'paused', null) };
    }
    const receipt = (0,receipts/* sealReceipt */.IN)({
        kind: 'step',
        run_id: state.run_id,
        step_id: step.id,
        step_type: report.type ?? null,
        op: run_state/* EXTERNAL_OP */.yC,
        input_hash: inputHash,
        output_hash: outputHash,
        decision_hash: (0,hash/* digestObject */.G5)(decision),
        prev_receipt_hash: (0,engine/* lastReceipt */.Tm)(state.receipts, run.genesis),
    });
    ctx.store.write(`receipts/steps/${step.id}.json`, (0,hash/* prettyJson */.D_)(receipt));
    (0,engine/* auditStepCompleted */.hr)(journal, step, receipt, ctx.actor, false);
    ctx.store.release(journal.stepLog(step.id));
    // The run goes on: no status change to seal, but the step must survive a crash once it is answered.
    ctx.store.commit();
    return { decision, step: record(), outcome: runningOutcome(run, ctx) };
}
function runningOutcome(run, ctx) {
    const { state } = run.journal;
    return {
        runId: state.run_id,
        runDir: ctx.store.dir,
        status: state.status,
        exitCode: 1,
        gate: null,
        failure: null,
        workflowHash: null,
        decisions: state.steps
            .filter((step) => step.decision && step.decision.decision !== 'allow')
            .map((step) => ({ step_id: step.step_id, decision: step.decision })),
    };
}

;// CONCATENATED MODULE: ./src/core/manual-gate.ts



/**
 * Opens a `manual` gate on a running run and pauses it (DESIGN §4: `running` → `paused`). The gate names
 * the next workflow step that has not completed, if any; approving it and resuming continues from there,
 * rejecting it ends the run `rejected`. Gate ids are `manual-001`, `manual-002`, ... in request order.
 */
function requestManualGate(run, ctx, request) {
    const { journal } = run;
    const { state } = journal;
    (0,run_transitions/* checkRequestGate */.N5)(state);
    const count = state.gates.filter((gate) => gate.kind === 'manual').length;
    const gateId = `manual-${String(count + 1).padStart(3, '0')}`;
    const next = state.steps.find((record) => record.op !== run_state/* EXTERNAL_OP */.yC && record.status !== 'completed');
    journal.audit({
        actor: ctx.actor,
        event: 'gate.requested',
        gate_id: gateId,
        ...(next ? { step_id: next.step_id } : {}),
        reason: request.reason,
        evidence_ref: `audit/gates/${gateId}.json`,
        details: { kind: 'manual', checklist: request.checklist ?? null, environment: null },
    });
    (0,engine/* writeGateFile */.xC)(run, ctx.store, gateId);
    return (0,engine/* stop */.ds)(run, ctx, 'paused', null);
}

// EXTERNAL MODULE: ./src/core/ports.ts
var ports = __webpack_require__(64119);
// EXTERNAL MODULE: ./src/core/run-journal.ts
var run_journal = __webpack_require__(208);
// EXTERNAL MODULE: ./src/core/run-stop.ts + 1 modules
var run_stop = __webpack_require__(50123);
// EXTERNAL MODULE: ./src/core/run-plan.ts
var run_plan = __webpack_require__(90204);
// EXTERNAL MODULE: ./src/core/workflow-load.ts + 1 modules
var workflow_load = __webpack_require__(24812);
// EXTERNAL MODULE: ./src/store/run-service.ts + 2 modules
var run_service = __webpack_require__(46116);
// EXTERNAL MODULE: ./src/store/run-folder.ts
var run_folder = __webpack_require__(39089);
// EXTERNAL MODULE: ./src/store/run-lock.ts
var run_lock = __webpack_require__(65890);
;// CONCATENATED MODULE: ./src/server/run-mutex.ts
/**
 * One queue per key (a run id): `run` calls wait for every earlier call on the same key to settle, so
 * requests on one run never interleave, while different runs proceed in parallel. In-process only: one
 * server owns a runs folder.
 */
class KeyedMutex {
    tails = new Map();
    /** Runs `task` once every earlier task on `key` has settled; resolves or rejects as `task` does. */
    async run(key, task) {
        const previous = this.tails.get(key) ?? Promise.resolve();
        const current = previous.then(task, task);
        const tail = current.catch(() => undefined);
        this.tails.set(key, tail);
        try {
            return await current;
        }
        finally {
            // The last task in the queue removes the key, so the map holds only runs with work pending.
            if (this.tails.get(key) === tail)
                this.tails.delete(key);
        }
    }
    /** Resolves once every queued task (on every key) has settled: used by graceful shutdown. */
    async idle() {
        while (this.tails.size > 0)
            await Promise.all([...this.tails.values()]);
    }
}

;// CONCATENATED MODULE: ./src/server/run-view.ts

/** A step as the API shows it (only the fields its schema names). */
function stepView(step) {
    const decision = step.decision;
    return {
        step_id: step.step_id,
        step_type: step.step_type,
        op: step.op,
        status: step.status,
        started_at: step.started_at,
        ended_at: step.ended_at,
        input_hash: step.input_hash,
        output_hash: step.output_hash,
        receipt_hash: step.receipt_hash,
        decision: decision
            ? {
                decision: decision.decision,
                reason: decision.reason,
                policy_id: decision.policy_id,
                tier: decision.tier,
                rules_triggered: decision.rules_triggered,
            }
            : null,
        retries: step.retries,
        error: step.error,
    };
}
function gateView(gate) {
    const r = gate.resolution;
    return {
        gate_id: gate.gate_id,
        step_id: gate.step_id === '' ? null : gate.step_id,
        kind: gate.kind,
        status: gate.status,
        requested_at: gate.requested_at,
        reason: gate.reason,
        checklist: gate.checklist,
        environment: gate.environment,
        resolution: r
            ? { decision: r.decision, actor: r.actor, comment: r.comment, at: r.at, source: r.source }
            : null,
        receipt_hash: gate.receipt_hash,
    };
}
function runView({ state, input }) {
    const gate = (0,run_state/* pendingGate */.rG)(state) ?? (state.status === 'paused' ? state.gates.at(-1) : undefined);
    return {
        run_id: state.run_id,
        status: state.status,
        failure: state.failure
            ? { kind: state.failure.kind, reason: state.failure.reason, step_id: state.failure.step_id }
            : null,
        created_at: state.created_at,
        updated_at: state.updated_at,
        policy_id: input.policy.document.id,
        steps: (0,run_state/* reportedSteps */.BC)(state).map(stepView),
        gate: gate ? gateView(gate) : null,
        gates: state.gates.map(gateView),
        receipts: state.receipts.length,
        audit: { lines: state.seq, head: state.head },
    };
}

;// CONCATENATED MODULE: ./src/server/run-sessions.ts




















const NO_MODEL = {
    name: 'none',
    generate: () => Promise.reject(new Error('no model calls in this request')),
};
/** How many runs' last-read states are kept between requests (the oldest read is dropped first). */
const CACHED_RUNS = 256;
function taken() {
    let resolve = () => { };
    const promise = new Promise((done) => (resolve = done));
    return { promise, resolve };
}
/** A copy of the run's state as it is now: the engine goes on changing the live one in the background. */
const frozen = (run) => ({
    state: structuredClone(run.journal.state),
    input: run.input,
});
class RunSessions {
    options;
    mutex = new KeyedMutex();
    /** Cancels and pauses waiting for the engine, per run, in the order they came. */
    interruptions = new Map();
    /** Runs a session of this server has open now (executing in the background, or acting): their live state. */
    live = new Map();
    /** Runs read before: a read whose audit trail is unchanged since costs one stat, not a re-derivation. */
    cache = new Map();
    /** Serialised views of remembered snapshots (they never change once remembered). */
    views = new WeakMap();
    constructor(options) {
        this.options = options;
    }
    /** The folder of a run id, or 404 when the id is malformed or names no run. */
    runDir(runId) {
        if (!run_folder/* RUN_ID */.UC.test(runId))
            throw new core_errors/* NotFoundError */.m_(`no run ${runId}: run ids look like run_2026-01-31T12-00-00Z`);
        const dir = external_node_path_.join(this.options.runsDir, runId);
        try {
            return (0,run_folder/* requireRunFolder */.Zy)(dir);
        }
        catch {
            throw new core_errors/* NotFoundError */.m_(`no run ${runId} in the runs folder`);
        }
    }
    /** Validates the workflow (nothing written when invalid), creates the run and, unless `start` is false, runs it. */
    async create(body, actor, wait = false) {
        const { workflows } = this.options;
        let workflow;
        let base = workflows.root;
        if (body.workflow_path !== undefined) {
            const file = workflows.resolve(body.workflow_path, 'workflow');
            base = external_node_path_.dirname(file);
            workflow = (0,workflow_load/* loadWorkflow */.G2)(external_node_fs_.readFileSync(file), workflows.relative(file));
        }
        else {
            workflow = (0,workflow_load/* loadWorkflow */.G2)(Buffer.from(JSON.stringify(body.workflow, null, 2) + '\n'), 'inline');
        }
        const policy = (0,workflow_load/* resolvePolicy */.nZ)(workflow, undefined, (ref) => {
            const file = workflows.resolve(ref, 'policy', base);
            return { bytes: external_node_fs_.readFileSync(file), source: workflows.relative(file) };
        });
        (0,run_service/* checkBackendParams */.zO)(workflow, this.options.backend);
        const clock = this.options.clock ?? ports/* systemClock */.m;
        const folder = (0,run_folder/* createRunFolder */.kg)(this.options.runsDir, clock.now());
        const { runId, dir } = folder;
        const created = taken();
        const session = this.mutex.run(runId, async () => {
            // A crash during creation leaves only a hidden `.creating-` folder, which `recover` removes.
            (0,run_service/* createRunIn */.nh)(folder, workflow, policy, this.session(actor, this.options.backend), 'api:create');
            if (body.start === false)
                return (0,run_service/* readRunState */.xz)(dir);
            return this.open(dir, actor, 'api:create', this.options.backend, async (run, ctx) => {
                created.resolve(frozen(run));
                await (0,engine/* execute */.g7)(run, ctx);
            });
        });
        return this.answer(runId, session, created, wait || body.start === false);
    }
    /**
     * What a request that starts execution answers with: the whole session's end when the client waits
     * (`?wait=true`), else the state once the move is taken, the run going on in the background. A refusal
     * or failure before the move is taken is the request's error either way.
     */
    answer(runId, session, moved, wait) {
        if (wait)
            return session;
        session.catch((err) => this.options.onBackgroundError?.(runId, err));
        return Promise.race([moved.promise, session]);
    }
    /**
     * Run at start, before serving: makes every run folder a server killed at any instant left behind
     * verifiable. Removes unfinished creations (`.creating-` folders); re-seals a stopped run whose seal
     * (manifest, report, workflow receipt) was removed by a session that did not get to write it back. A run
     * interrupted while running is left as it is: it verifies, and `retry` continues it. A run that does not
     * verify is left as it is too, and named. Returns what it did.
     */
    async recover() {
        const done = [];
        const { runsDir } = this.options;
        if (!external_node_fs_.existsSync(runsDir))
            return done;
        for (const name of external_node_fs_.readdirSync(runsDir).sort()) {
            const dir = external_node_path_.join(runsDir, name);
            if (name.startsWith(run_folder/* CREATING_PREFIX */.RR)) {
                external_node_fs_.rmSync(dir, { recursive: true, force: true });
                done.push(`removed ${name}: a run creation the server did not finish`);
                continue;
            }
            if (!run_folder/* RUN_ID */.UC.test(name) || !external_node_fs_.statSync(dir).isDirectory())
                continue;
            if ((0,run_lock/* removeStaleLock */.zF)(dir))
                done.push(`removed the lock ${name} was left with by a session that is gone`);
            const report = (0,run_service/* verifyFolder */.Mh)(dir);
            if (!report.ok) {
                // Evidence that does not verify is never re-sealed over; it is left for an auditor to look at.
                done.push(`${name} does not verify, left as it is: ${report.message ?? ''}`);
                continue;
            }
            if (report.sealed || report.status === 'running')
                continue;
            try {
                await (0,run_service/* withRun */.Yq)(dir, this.session('system', NO_MODEL, 'serve recover'), 'recover', (run, ctx) => {
                    (0,run_stop/* writeStop */.o)(run, ctx);
                });
            }
            catch (err) {
                if (!(err instanceof core_errors/* IllegalTransition */.sK))
                    throw err;
                // Another session (a CLI resume) is working on it: it seals the run itself.
                done.push(`${name} is in use by another session, left to it`);
                continue;
            }
            const after = (0,run_service/* verifyFolder */.Mh)(dir);
            done.push(after.ok
                ? `re-sealed ${name} (${report.notes.join('; ')})`
                : `${name} does not verify: ${after.message ?? ''}`);
        }
        return done;
    }
    /**
     * The run as its audit trail says, without changing anything. A run this server is working on is shown
     * from its live state (progress while it executes); another is read once and kept while its audit trail
     * is unchanged (every change of a run, by any session, appends to it), so a poll costs one stat.
     */
    read(runId) {
        return Promise.resolve().then(() => {
            const live = this.live.get(runId);
            if (live)
                return live;
            const dir = this.runDir(runId);
            const stamp = auditStamp(dir);
            const cached = this.cache.get(runId);
            if (cached && stamp !== undefined && cached.auditStamp === stamp)
                return cached.snapshot;
            const snapshot = (0,run_service/* readRunState */.xz)(dir);
            this.remember(runId, snapshot, stamp);
            return snapshot;
        });
    }
    /**
     * `GET /workflows/runs/{id}`'s body: the run's view as JSON. A remembered run's view is serialised once
     * and sent as is to every poll until the run changes; a live run's is built anew for each.
     */
    async readView(runId) {
        const snapshot = await this.read(runId);
        if (this.live.get(runId) === snapshot)
            return JSON.stringify(runView(snapshot));
        let text = this.views.get(snapshot);
        if (text === undefined) {
            text = JSON.stringify(runView(snapshot));
            this.views.set(snapshot, text);
        }
        return text;
    }
    remember(runId, snapshot, stamp) {
        this.cache.delete(runId);
        if (stamp === undefined)
            return;
        this.cache.set(runId, { snapshot, auditStamp: stamp });
        if (this.cache.size > CACHED_RUNS)
            this.cache.delete(this.cache.keys().next().value);
    }
    /** A page of the audit trail: lines with `seq` greater than `after`, at most `limit`. */
    async logs(runId, after, limit) {
        const dir = this.runDir(runId);
        const read = (rel) => external_node_fs_.promises.readFile(external_node_path_.join(dir, ...rel.split('/')), 'utf8');
        const [lockText, inputText, log] = await Promise.all([
            read('lock.snapshot.json'),
            read('input.json'),
            read(run_journal/* AUDIT_LOG */.bd),
        ]);
        const lock = JSON.parse(lockText);
        const input = JSON.parse(inputText);
        const chain = (0,audit_chain/* verifyChain */.H)(log, (0,run_plan/* lockHash */.Ug)(lock), input.run_id);
        if (!chain.ok)
            throw new core_errors/* IntegrityError */.cs(`${run_journal/* AUDIT_LOG */.bd} line ${chain.line} ${chain.message}`, `${run_journal/* AUDIT_LOG */.bd}:${chain.line}`);
        return { lines: chain.lines.slice(after, after + limit), total: chain.lines.length };
    }
    /** pause | resume | retry | cancel, where the state machine allows (else 409). */
    changeStatus(runId, actor, action, reason, wait = false) {
        const dir = this.runDir(runId);
        switch (action) {
            case 'pause':
            case 'cancel':
                return this.interrupt(runId, dir, {
                    action,
                    actor,
                    reason: reason ?? `${action === 'pause' ? 'paused' : 'cancelled'} by ${actor}`,
                    taken: false,
                });
            default: {
                const { input } = (0,run_service/* readRunState */.xz)(dir);
                const moved = taken();
                const session = this.withRun(runId, dir, actor, `api:${action}`, this.options.backendFor(input.backend), async (run, ctx) => {
                    (0,engine/* beginSession */.c2)(run, ctx, action);
                    moved.resolve(frozen(run));
                    await (0,engine/* execute */.g7)(run, ctx);
                }, (run) => (action === 'resume' ? run_transitions/* checkResume */.sR : run_transitions/* checkRetry */.Du)(run.journal.state));
                return this.answer(runId, session, moved, wait);
            }
        }
    }
    /**
     * A cancel or pause. While a request executes the run's steps, it is left for the engine to take before
     * the next step (so a long run stops within one step, not at its end) and this request, queued behind
     * the execution, answers with the state that left; otherwise it acts itself, as the state machine allows.
     */
    interrupt(runId, dir, request) {
        this.interruptions.set(runId, [...(this.interruptions.get(runId) ?? []), request]);
        return this.mutex.run(runId, () => {
            const waiting = (this.interruptions.get(runId) ?? []).filter((other) => other !== request);
            if (waiting.length > 0)
                this.interruptions.set(runId, waiting);
            else
                this.interruptions.delete(runId);
            if (request.taken)
                return (0,run_service/* readRunState */.xz)(dir);
            return this.open(dir, request.actor, `api:${request.action}`, NO_MODEL, (run, ctx) => {
                stopFor(request, run, ctx);
            }, (run) => (request.action === 'cancel' ? run_transitions/* checkCancel */.v1 : run_transitions/* checkRequestGate */.N5)(run.journal.state));
        });
    }
    /**
     * The engine's question between steps: the first cancel or pause waiting for this run stops it; every
     * request waiting then answers with the state it stopped in.
     */
    takeInterruption(run, ctx) {
        const runId = run.journal.state.run_id;
        const waiting = this.interruptions.get(runId);
        if (!waiting || waiting.length === 0)
            return undefined;
        this.interruptions.delete(runId);
        for (const request of waiting)
            request.taken = true;
        return stopFor(waiting[0], run, { ...ctx, actor: waiting[0].actor });
    }
    /** Records a step executed outside the engine; the policy decides first. */
    async recordStep(runId, actor, report) {
        let result;
        const snapshot = await this.withRun(runId, this.runDir(runId), actor, 'api:step', NO_MODEL, (run, ctx) => {
            result = recordExternalStep(run, ctx, report);
        }, (run) => void checkExternalReport(run, report.id));
        return { result: result, snapshot };
    }
    /** Opens a manual gate: the run pauses until a reviewer decides. */
    requestGate(runId, actor, request) {
        return this.withRun(runId, this.runDir(runId), actor, 'api:gate', NO_MODEL, (run, ctx) => {
            requestManualGate(run, ctx, request);
        }, (run) => (0,run_transitions/* checkRequestGate */.N5)(run.journal.state));
    }
    /** Approves or rejects gate `gateId`: 404 if the run never had it, 409 if it is not the pending one. */
    decideGate(runId, gateId, actor, body) {
        const allowed = (run) => {
            const { state } = run.journal;
            const gate = (0,run_state/* pendingGate */.rG)(state);
            if (gate?.gate_id !== gateId) {
                const known = state.gates.filter((candidate) => candidate.gate_id === gateId).at(-1);
                if (!known)
                    throw new core_errors/* NotFoundError */.m_(`run ${runId} has no gate ${gateId}`);
                const by = known.resolution ? ` by ${known.resolution.actor} at ${known.resolution.at}` : '';
                throw new core_errors/* IllegalTransition */.sK(`gate ${gateId} of run ${runId} is not pending: it was ${known.status}${by}`);
            }
            (0,self_approval/* checkSelfApproval */.eJ)(run.input.policy.document, (0,run_journal/* readAuditLines */.Rf)(run.journal.store), gate, body.decision, actor);
        };
        return this.withRun(runId, this.runDir(runId), actor, body.decision === 'approved' ? 'api:approve' : 'api:reject', NO_MODEL, 
        // `allowed` was judged on this very state: the run is locked (and its mutex held) between the openings.
        (run, ctx) => {
            (0,engine/* resolveGate */.mW)(run, ctx, { decision: body.decision, actor, comment: body.comment ?? '', source: 'api' });
        }, allowed);
    }
    withRun(runId, dir, actor, command, backend, act, allowed) {
        return this.mutex.run(runId, () => this.open(dir, actor, command, backend, act, allowed));
    }
    /** Opens a run folder (recovering what a crash left), acts on it and closes it. The caller holds the run's mutex. */
    async open(dir, actor, command, backend, act, allowed) {
        const runId = external_node_path_.basename(dir);
        try {
            return await (0,run_service/* withRun */.Yq)(dir, this.session(actor, backend, `serve ${command}`), command, async (run, ctx) => {
                this.live.set(runId, { state: run.journal.state, input: run.input });
                await act(run, ctx);
                const snapshot = { state: run.journal.state, input: run.input };
                this.remember(runId, snapshot, auditStamp(dir));
                return snapshot;
            }, allowed);
        }
        finally {
            this.live.delete(runId);
        }
    }
    /** The session options of the one create / lock / open / act path (src/store/run-service.ts). */
    session(actor, backend, holder) {
        return {
            backend,
            actor,
            env: {},
            cwd: this.options.runsDir,
            clock: this.options.clock ?? ports/* systemClock */.m,
            retry: this.options.retry,
            environment: this.options.environment,
            holder,
            interruption: (run, ctx) => this.takeInterruption(run, ctx),
        };
    }
}
/** Identity of a run's audit trail as it is now: inode, size and change time (ns). */
function auditStamp(dir) {
    try {
        const stat = external_node_fs_.statSync(external_node_path_.join(dir, ...run_journal/* AUDIT_LOG */.bd.split('/')), { bigint: true });
        return `${stat.ino}:${stat.size}:${stat.mtimeNs}:${stat.ctimeNs}`;
    }
    catch {
        // No audit trail: nothing to key a kept state on; the read names what is wrong.
        return undefined;
    }
}
function stopFor(request, run, ctx) {
    return request.action === 'cancel'
        ? (0,engine/* cancelRun */.Su)(run, ctx, request.reason)
        : requestManualGate(run, ctx, { reason: request.reason });
}

// EXTERNAL MODULE: ./src/core/json-depth.ts
var json_depth = __webpack_require__(19033);
;// CONCATENATED MODULE: ./src/server/json-body.ts



/** The first `__proto__` key, or `constructor.prototype`, that merging code could turn into a prototype change. */
function prototypeKey(value, at = '') {
    if (value === null || typeof value !== 'object')
        return undefined;
    for (const [key, item] of Object.entries(value)) {
        const here = Array.isArray(value) ? `${at}[${key}]` : at === '' ? key : `${at}.${key}`;
        if (key === '__proto__')
            return here;
        if (key === 'constructor' && item !== null && typeof item === 'object' && 'prototype' in item)
            return `${here}.prototype`;
        const found = prototypeKey(item, here);
        if (found)
            return found;
    }
    return undefined;
}
/**
 * The JSON body parser: says why a body cannot be read (the parser's own message, not just "invalid"),
 * and refuses what would reach the core as a hazard (a prototype key, nesting too deep to hash) with a
 * 400 that points at the place.
 */
function registerJsonBody(app) {
    app.removeContentTypeParser('application/json');
    app.addContentTypeParser('application/json', { parseAs: 'string' }, (_request, body, done) => {
        const text = String(body);
        if (text.trim() === '')
            return done(new HttpProblem(400, 'MALFORMED_JSON', 'the request body is empty'));
        let value;
        try {
            value = JSON.parse(text);
        }
        catch (err) {
            return done(new HttpProblem(400, 'MALFORMED_JSON', `the request body is not valid JSON: ${err.message}`));
        }
        const refuse = (where, what) => {
            const detail = `${where}: ${what}`;
            const pointer = pointerOf(detail);
            return done(new HttpProblem(400, 'INPUT_INVALID', `invalid request body: ${detail}`, [
                pointer === undefined ? { detail } : { detail, pointer },
            ]));
        };
        const deep = (0,json_depth/* tooDeep */.D)(value);
        if (deep !== undefined)
            return refuse(deep, `is nested more than ${json_depth/* MAX_JSON_DEPTH */.K} levels deep`);
        const proto = prototypeKey(value);
        if (proto !== undefined)
            return refuse(proto, 'is a key the server refuses (it could change prototypes)');
        done(null, value);
    });
}

;// CONCATENATED MODULE: ./src/server/app.ts










function principal(request) {
    // The auth hook ran for every route with a scope, so a principal is always set here.
    return request.principal;
}
/**
 * Builds the governance API (issue 7): one Fastify instance, one auth hook, one error handler that turns
 * everything thrown into RFC 9457 problem details. The server's composition root; `listen` is the caller's.
 */
function buildServer(options) {
    const sessions = new RunSessions({
        onBackgroundError: (runId, err) => options.log?.(`run ${runId} (continuing after its request was answered): ${String(err)}`),
        ...options,
    });
    const app = fastify_default()({
        logger: false,
        bodyLimit: options.bodyLimit ?? 16 * 1024 * 1024,
        return503OnClosing: true,
    });
    const document = JSON.stringify(openApiDocument());
    const runsPrefix = external_node_path_.resolve(options.runsDir) + external_node_path_.sep;
    registerJsonBody(app);
    app.decorateRequest('principal', null);
    app.addHook('onRequest', (request, _reply, done) => {
        const scope = request.routeOptions.config.scope;
        try {
            if (scope !== undefined) {
                request.principal = options.tokens.authenticate(request.headers.authorization);
                requireScope(request.principal, scope);
            }
            done();
        }
        catch (err) {
            done(err);
        }
    });
    app.setErrorHandler(async (err, request, reply) => {
        const { problem, headers, internal } = toProblem(err, request.url);
        // Runs are named by id over the API; where the server keeps them is its own business.
        problem.detail = problem.detail.split(runsPrefix).join('');
        if (internal)
            options.log?.(`awo serve: ${request.method} ${request.url}: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
        return reply
            .code(problem.status)
            .headers(headers)
            .type('application/problem+json')
            .send(JSON.stringify(problem));
    });
    app.setNotFoundHandler((request) => {
        throw new HttpProblem(404, 'NOT_FOUND', `no route ${request.method} ${request.url.split('?')[0] ?? ''}; see /openapi.json`);
    });
    app.addHook('onClose', async () => sessions.mutex.idle());
    app.get('/openapi.json', async (_request, reply) => reply.type('application/json').send(document));
    app.post('/workflows/runs', { config: { scope: 'run' } }, async (request, reply) => {
        const body = parseRequest(CreateRunEnvelope, request.body);
        const { wait } = parseRequest(WaitQuery, request.query, 'query');
        const snapshot = await sessions.create(body, principal(request).actor, wait === 'true');
        return reply
            .code(201)
            .header('location', `/workflows/runs/${snapshot.state.run_id}`)
            .send(runView(snapshot));
    });
    app.get('/workflows/runs/:run_id', { config: { scope: 'read' } }, async (request, reply) => reply.type('application/json; charset=utf-8').send(await sessions.readView(request.params.run_id)));
    app.patch('/workflows/runs/:run_id/status', { config: { scope: 'run' } }, async (request, reply) => {
        const body = parseRequest(StatusChangeRequest, request.body);
        const wait = parseRequest(WaitQuery, request.query, 'query').wait === 'true';
        const { run_id: runId } = request.params;
        const snapshot = await sessions.changeStatus(runId, principal(request).actor, body.action, body.reason, wait);
        // resume and retry go on in the background unless the client waits: 202, and where to follow the run.
        if (!wait && (body.action === 'resume' || body.action === 'retry'))
            return reply.code(202).header('location', `/workflows/runs/${runId}`).send(runView(snapshot));
        return runView(snapshot);
    });
    app.post('/workflows/runs/:run_id/steps', { config: { scope: 'run' } }, async (request) => {
        const body = parseRequest(ExternalStepRequest, request.body);
        const { result, snapshot } = await sessions.recordStep(request.params.run_id, principal(request).actor, body);
        return { decision: result.decision, step: stepView(result.step), run: runView(snapshot) };
    });
    app.get('/workflows/runs/:run_id/logs', { config: { scope: 'read' } }, async (request) => {
        const query = parseRequest(LogQuery, request.query, 'query');
        const after = query.after ?? 0;
        const { lines, total } = await sessions.logs(request.params.run_id, after, query.limit ?? 100);
        const last = lines.at(-1)?.seq;
        return {
            run_id: request.params.run_id,
            lines,
            total,
            next_after: last !== undefined && last < total ? last : null,
        };
    });
    app.post('/workflows/runs/:run_id/gates', { config: { scope: 'run' } }, async (request, reply) => {
        const body = parseRequest(GateRequest, request.body);
        const snapshot = await sessions.requestGate(request.params.run_id, principal(request).actor, body);
        const view = runView(snapshot);
        return reply
            .code(201)
            .header('location', `/workflows/runs/${view.run_id}/gates/${view.gate?.gate_id ?? ''}`)
            .send(view);
    });
    app.patch('/workflows/runs/:run_id/gates/:gate_id', { config: { scope: 'review' } }, async (request) => {
        const body = parseRequest(GateDecisionRequest, request.body);
        return runView(await sessions.decideGate(request.params.run_id, request.params.gate_id, principal(request).actor, body));
    });
    return { app, sessions };
}

;// CONCATENATED MODULE: ./src/server/workflow-source.ts




/**
 * The folder workflow and policy files may be read from. A path given over the API is resolved against it
 * and its real path (symlinks followed) must stay inside it: `../`, absolute paths and links that lead out are refused.
 */
class AllowedFolder {
    root;
    constructor(dir) {
        try {
            this.root = external_node_fs_.realpathSync(dir);
        }
        catch (err) {
            throw new core_errors/* InputError */.dz(`cannot use workflows folder ${dir}: ${err.message}`);
        }
    }
    /** The real path of `rel` (relative to `base`, default the root), refused unless it is a file inside the folder. */
    resolve(rel, what, base = this.root) {
        const candidate = external_node_path_.resolve(base, rel);
        let real;
        try {
            real = external_node_fs_.realpathSync(candidate);
        }
        catch {
            // Say nothing about what exists outside the folder.
            if (!this.contains(candidate))
                throw outside(rel, what);
            throw new HttpProblem(400, 'INPUT_INVALID', `${what} ${rel} does not exist in the workflows folder`, [
                { detail: `${what} ${rel}: no such file` },
            ]);
        }
        if (!this.contains(real))
            throw outside(rel, what);
        if (!external_node_fs_.statSync(real).isFile())
            throw new HttpProblem(400, 'INPUT_INVALID', `${what} ${rel} is not a file`);
        return real;
    }
    /** `rel` as it reads inside the folder, for messages and `input.json`'s source. */
    relative(real) {
        return external_node_path_.relative(this.root, real).split(external_node_path_.sep).join('/');
    }
    contains(file) {
        const rel = external_node_path_.relative(this.root, file);
        return rel !== '' && rel !== '..' && !rel.startsWith(`..${external_node_path_.sep}`) && !external_node_path_.isAbsolute(rel);
    }
}
function outside(rel, what) {
    return new HttpProblem(403, 'PATH_OUTSIDE_ALLOWED_FOLDER', `${what} ${rel} is outside the workflows folder the server may read`);
}

// EXTERNAL MODULE: ./src/store/environment.ts + 1 modules
var environment = __webpack_require__(50415);
// EXTERNAL MODULE: ./src/cli/options.ts + 9 modules
var options = __webpack_require__(97562);
;// CONCATENATED MODULE: ./src/cli/commands/serve.ts







const usage = `usage: awo serve [--port 9405] [--host 127.0.0.1] [--runs-dir runs] [--tokens tokens.json] [--workflows-dir .]
                 [--backend echo] [--model M] [--base-url URL]

Serves the governance HTTP API (docs/server.md): create runs, record external steps, request and decide
gates, pause, resume, retry and cancel, over the same run folders as the CLI. Every request needs a bearer
token from --tokens ({ "tokens": [ { "token": "...", "actor": "alice", "scopes": ["read", "run", "review"] } ] });
the audit trail records the token's actor. Workflow files are read only inside --workflows-dir.
--backend and --model choose the model backend of new runs; a run resumes with its own.
Prints "listening on http://HOST:PORT" once it accepts requests; SIGTERM or SIGINT stops it after the
requests in flight are answered.`;
function portOf(value) {
    const port = Number(value ?? '9405');
    if (!Number.isInteger(port) || port < 0 || port > 65535)
        throw new core_errors/* InputError */.dz(`--port must be an integer from 0 to 65535, got ${String(value)}\n${usage}`);
    return port;
}
const command = {
    name: 'serve',
    summary: 'serve the governance HTTP API',
    usage,
    async run(args, io) {
        const { values } = (0,options/* parse */.qg)(args, {
            port: { type: 'string' },
            host: { type: 'string' },
            'runs-dir': { type: 'string' },
            tokens: { type: 'string' },
            'workflows-dir': { type: 'string' },
            backend: { type: 'string' },
            model: { type: 'string' },
            'base-url': { type: 'string' },
        }, usage);
        if (values.help)
            return (io.out(usage), 0);
        const port = portOf(values.port);
        const host = values.host ?? '127.0.0.1';
        const runsDir = external_node_path_.resolve(io.cwd, values['runs-dir'] ?? 'runs');
        const tokens = loadTokens(external_node_path_.resolve(io.cwd, values.tokens ?? 'tokens.json'));
        const workflows = new AllowedFolder(external_node_path_.resolve(io.cwd, values['workflows-dir'] ?? '.'));
        const backend = (0,options/* backendOf */.EC)(values, io, 'echo', runsDir);
        const { app, sessions } = buildServer({
            runsDir,
            workflows,
            tokens,
            backend,
            backendFor: (spec) => spec.name === backend.name && (spec.model ?? undefined) === backend.model
                ? backend
                : (0,options/* backendOf */.EC)({ backend: spec.name, model: spec.model ?? undefined, 'base-url': values['base-url'] }, io, spec.name, runsDir),
            environment: (0,environment/* runEnvironment */.t)(io.env, io.cwd),
            log: (line) => io.err(line),
        });
        for (const line of await sessions.recover())
            io.err(`awo serve: recovery: ${line}`);
        const stopped = new Promise((resolve) => {
            const onSignal = (signal) => resolve(signal);
            process.once('SIGTERM', onSignal);
            process.once('SIGINT', onSignal);
        });
        try {
            await app.listen({ port, host });
        }
        catch (err) {
            throw new core_errors/* InputError */.dz(`cannot listen on ${host}:${port}: ${err.message}`);
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


/***/ })

};
