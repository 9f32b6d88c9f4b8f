import { createRequire } from 'node:module';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { createEchoBackend } from '../../src/backends/echo.js';
import { buildServer } from '../../src/server/app.js';
import { TokenTable, type TokensFile } from '../../src/server/auth.js';
import { AllowedFolder } from '../../src/server/workflow-source.js';

/** Tokens every server test uses: alice drives runs, bob reviews, carol only reads. */
export const TOKENS = {
  alice: 'alice-token-0123456789abcdef',
  bob: 'bob-token-0123456789abcdef00',
  carol: 'carol-token-0123456789abcdef',
  dave: 'dave-token-0123456789abcdef0',
} as const;

export const TOKENS_FILE: TokensFile = {
  tokens: [
    { token: TOKENS.alice, actor: 'alice', scopes: ['read', 'run', 'review'] },
    { token: TOKENS.bob, actor: 'bob', scopes: ['read', 'review'] },
    { token: TOKENS.carol, actor: 'carol', scopes: ['read'] },
    { token: TOKENS.dave, actor: 'dave', scopes: ['read', 'run', 'review'] },
  ],
};

export interface ApiResponse<T = unknown> {
  status: number;
  headers: Headers;
  body: T;
}

/** A response body as the tests read it: the type its route documents (a problem on errors). */
import type { RunView } from '../../src/server/api-schemas.js';
import type { Backend } from '../../src/core/ports.js';
export type { LogPage, Problem, RunView, StepResult } from '../../src/server/api-schemas.js';

type Json = Record<string, unknown>;
interface OpenApiDoc {
  components: { schemas: Record<string, object> };
  paths: Record<
    string,
    Record<string, { responses: Record<string, { content?: Record<string, { schema: { $ref: string } }> }> }>
  >;
}

interface ValidateFunction {
  (data: unknown): boolean;
  errors?: unknown[] | null;
}
interface Ajv {
  addSchema(schema: object, key?: string): Ajv;
  getSchema(ref: string): ValidateFunction | undefined;
}

/** Fastify's own Ajv 8 (draft 2020-12), used only by the tests to check responses against /openapi.json. */
function createAjv(): Ajv {
  const here = createRequire(import.meta.url);
  const fromCompiler = createRequire(here.resolve('@fastify/ajv-compiler'));
  const Ajv2020 = fromCompiler('ajv/dist/2020') as { default: new (options: object) => Ajv };
  return new Ajv2020.default({ strict: false, allErrors: true });
}

/** Checks responses against the OpenAPI document the server serves. */
export class OpenApiValidator {
  private readonly ajv = createAjv();
  private readonly routes: {
    method: string;
    pattern: RegExp;
    responses: OpenApiDoc['paths'][string][string]['responses'];
  }[] = [];
  checked = 0;

  constructor(readonly document: OpenApiDoc) {
    this.ajv.addSchema({ $id: 'awo-api', $defs: document.components.schemas }, 'awo-api');
    for (const [template, item] of Object.entries(document.paths)) {
      const pattern = new RegExp(`^${template.replace(/\{[^}]+\}/g, '[^/]+')}$`);
      for (const [method, operation] of Object.entries(item))
        this.routes.push({ method: method.toUpperCase(), pattern, responses: operation.responses });
    }
  }

  /** The compiled schema of a component, e.g. `#/components/schemas/RunView`. */
  schemaFor(ref: string): ValidateFunction {
    const name = ref.replace('#/components/schemas/', '');
    const validate = this.ajv.getSchema(`awo-api#/$defs/${name}`);
    if (!validate) throw new Error(`openapi.json has no schema ${name}`);
    return validate;
  }

  /** Throws unless the response is documented for this route and status and its body matches the schema. */
  check(method: string, url: string, response: ApiResponse): void {
    const pathname = url.split('?')[0] ?? url;
    const contentType = (response.headers.get('content-type') ?? '').split(';')[0] ?? '';
    const route = this.routes.find(
      (candidate) => candidate.method === method && candidate.pattern.test(pathname),
    );
    let ref: string;
    if (route) {
      const documented = route.responses[String(response.status)];
      if (!documented)
        throw new Error(
          `${method} ${pathname} answered ${response.status}, which /openapi.json does not document`,
        );
      // A response documented without content (304) must come without a body.
      if (!documented.content && response.body === undefined) {
        this.checked += 1;
        return;
      }
      const media = documented.content?.[contentType];
      if (!media)
        throw new Error(
          `${method} ${pathname} ${response.status} answered ${contentType}, which /openapi.json does not document`,
        );
      ref = media.schema.$ref;
    } else if (contentType === 'application/problem+json') {
      ref = '#/components/schemas/Problem';
    } else {
      throw new Error(`${method} ${pathname} is not in /openapi.json`);
    }
    const validate = this.schemaFor(ref);
    if (!validate(response.body)) {
      throw new Error(
        `${method} ${pathname} ${response.status} does not match ${ref}: ${JSON.stringify(validate.errors)}\n${JSON.stringify(response.body)}`,
      );
    }
    this.checked += 1;
  }
}

/** A client that checks every response against /openapi.json. `T` is the body type the test expects. */
export class ApiClient {
  constructor(
    readonly url: string,
    readonly validator: OpenApiValidator,
  ) {}

  async call<T = RunView>(
    method: string,
    route: string,
    options: {
      token?: string | null;
      body?: unknown;
      raw?: string;
      contentType?: string;
      headers?: Record<string, string>;
    } = {},
  ): Promise<ApiResponse<T>> {
    const headers: Record<string, string> = { ...options.headers };
    const token = options.token === undefined ? TOKENS.alice : options.token;
    if (token !== null) headers.authorization = `Bearer ${token}`;
    let payload: string | undefined;
    if (options.raw !== undefined || options.body !== undefined) {
      headers['content-type'] = options.contentType ?? 'application/json';
      payload = options.raw ?? JSON.stringify(options.body);
    }
    const response = await fetch(`${this.url}${route}`, { method, headers, body: payload });
    const text = await response.text();
    const result: ApiResponse<T> = {
      status: response.status,
      headers: response.headers,
      body: (text === '' ? undefined : JSON.parse(text)) as T,
    };
    this.validator.check(method, route, result);
    return result;
  }

  get<T = RunView>(route: string, token?: string | null, headers?: Record<string, string>) {
    return this.call<T>('GET', route, { token, headers });
  }
  post<T = RunView>(route: string, body: unknown, token?: string | null) {
    return this.call<T>('POST', route, { body, token });
  }
  patch<T = RunView>(route: string, body: unknown, token?: string | null) {
    return this.call<T>('PATCH', route, { body, token });
  }
}

/** Fetches and compiles the document a running server serves. */
export async function validatorFor(url: string): Promise<OpenApiValidator> {
  const response = await fetch(`${url}/openapi.json`);
  if (response.status !== 200) throw new Error(`/openapi.json answered ${response.status}`);
  return new OpenApiValidator((await response.json()) as OpenApiDoc);
}

/** A real server on 127.0.0.1, port 0, over temporary folders; echo backend. */
export interface TestApi {
  client: ApiClient;
  root: string;
  runsDir: string;
  workflowsDir: string;
  /** Lines the server logged (internal errors). */
  logs: string[];
  close(): Promise<void>;
}

/**
 * Starts a server over a new temporary folder, or over `over`'s folders (a restart: the same runs, a new
 * process state); closing it removes the folder only when it made it.
 */
export async function startApi(backend: Backend = createEchoBackend(), over?: TestApi): Promise<TestApi> {
  const root = over?.root ?? fs.mkdtempSync(path.join(os.tmpdir(), 'awo-serve-'));
  const workflowsDir = path.join(root, 'workflows');
  const runsDir = path.join(root, 'runs');
  fs.mkdirSync(workflowsDir, { recursive: true });
  const logs: string[] = [];
  const { app } = buildServer({
    runsDir,
    workflows: new AllowedFolder(workflowsDir),
    tokens: new TokenTable(TOKENS_FILE),
    backend,
    backendFor: () => backend,
    environment: { tool: 'test' },
    log: (line) => logs.push(line),
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  if (typeof address !== 'object' || address === null) throw new Error('server has no port');
  const url = `http://127.0.0.1:${address.port}`;
  const client = new ApiClient(url, await validatorFor(url));
  return {
    client,
    root,
    runsDir,
    workflowsDir,
    logs,
    async close() {
      await app.close();
      if (!over) fs.rmSync(root, { recursive: true, force: true });
    },
  };
}

/** A policy object for inline workflows. */
export function policy(rules: Json[], extra: Json = {}): Json {
  return { id: 'test-policy', tier: 'medium', default: 'allow', rules, ...extra };
}

/** The three-step workflow of tests A/B/C: two model calls around a note that quotes the first. */
export function threeSteps(rules: Json[] = [], extra: Json = {}): Json & { policy: unknown } {
  return {
    name: 'three steps',
    policy: policy(rules, extra),
    steps: [
      {
        id: 's1',
        op: 'llm_map',
        prompt: 'Summarize: The battery lasts all day',
        params: { temperature: 0.3 },
      },
      { id: 's2', op: 'write_text', args: { path: 'notes/summary.txt', text: 'Note: {{steps.s1.text}}' } },
      { id: 's3', op: 'llm_map', prompt: 'Title for: {{steps.s1.text}}' },
    ],
  };
}
