import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import { BlobSASPermissions, generateBlobSASQueryParameters, SASProtocol } from '@azure/storage-blob';
import type { Azurite } from './azurite.js';

/**
 * A stand-in for GitHub's Actions "results" artifact service (Twirp JSON over HTTP) that the
 * unmodified `@actions/artifact` 6.x client talks to, with artifact bytes in a real Azurite blob store
 * behind SAS-signed URLs. Wire format as in `@actions/artifact/lib/generated/results/api/v1/`:
 * requests use proto field names (snake_case, `useProtoFieldName: true`), int64 as JSON strings,
 * wrappers (`StringValue`, `Int64Value`) as bare values, timestamps as RFC 3339 strings.
 */

/** Twirp service path prefix the client posts to (`artifact-twirp-client.js`). */
export const TWIRP_PREFIX = '/twirp/github.actions.results.api.v1.ArtifactService/';

/** Container the real service uses in its signed URLs (`.../actions-results/<run>/workflow-job-run-<job>/artifacts/...`). */
export const CONTAINER = 'actions-results';

/** The Twirp methods of `github.actions.results.api.v1.ArtifactService`. */
export type TwirpMethod =
  'CreateArtifact' | 'FinalizeArtifact' | 'ListArtifacts' | 'GetSignedArtifactURL' | 'DeleteArtifact';

const METHODS: readonly TwirpMethod[] = [
  'CreateArtifact',
  'FinalizeArtifact',
  'ListArtifacts',
  'GetSignedArtifactURL',
  'DeleteArtifact',
];

/** Twirp error codes and the HTTP status each maps to (Twirp wire protocol v7). */
export const TWIRP_STATUS = {
  canceled: 408,
  unknown: 500,
  invalid_argument: 400,
  malformed: 400,
  deadline_exceeded: 408,
  not_found: 404,
  bad_route: 404,
  already_exists: 409,
  permission_denied: 403,
  unauthenticated: 401,
  resource_exhausted: 429,
  failed_precondition: 412,
  aborted: 409,
  out_of_range: 400,
  unimplemented: 501,
  internal: 500,
  unavailable: 503,
  dataloss: 500,
} as const;
/** A Twirp error code. */
export type TwirpCode = keyof typeof TWIRP_STATUS;

/** Identity of one workflow run (one attempt) as the artifact service and the REST API know it. */
export interface RunIdentity {
  /** `owner/repo`. */
  repository: string;
  /** Public run id (`GITHUB_RUN_ID`). */
  runId: number;
  /** Backend id of the workflow run: the second part of the token's `Actions.Results:<run>:<job>` scope. */
  workflowRunBackendId: string;
}

/** One artifact as the service stores it. */
export interface ArtifactRecord {
  /** Database id: what `uploadArtifact` returns as `id` and REST calls `artifact_id`. */
  id: number;
  name: string;
  repository: string;
  runId: number;
  workflowRunBackendId: string;
  workflowJobRunBackendId: string;
  /** `mime_type` from CreateArtifact (`application/zip` for zipped uploads, from the file name with skipArchive). */
  mimeType: string | undefined;
  /** `version` from CreateArtifact (7 in @actions/artifact 6.x). */
  version: number | undefined;
  /** From CreateArtifact `expires_at` (the client sends it when `retentionDays` is given). */
  expiresAt: Date | undefined;
  createdAt: Date;
  /** Blob name inside {@link CONTAINER}. */
  blobName: string;
  finalized: boolean;
  /** `size` the client sent in FinalizeArtifact (its own byte count). */
  size: number | undefined;
  /** `hash` the client sent in FinalizeArtifact: `sha256:<hex>` of the uploaded bytes. */
  digest: string | undefined;
  /** SHA-256 of the blob as Azurite holds it at finalize time, computed here: `sha256:<hex>`. */
  blobDigest: string | undefined;
  /** Byte length of the blob at finalize time. */
  blobSize: number | undefined;
}

/** A Twirp call as the service received it. */
export interface RecordedTwirpCall {
  method: string;
  /** The `Authorization` header as sent. */
  authorization: string | undefined;
  /** Parsed JSON body (undefined if it did not parse). */
  body: unknown;
  /** HTTP status answered. */
  status: number;
}

/** A scripted failure for the next calls of one Twirp method. */
export interface InjectedFailure {
  /** HTTP status; default 500. */
  status?: number;
  /** Twirp code; default derived from the status (`internal` for 500, `unavailable` for 503, ...). */
  code?: TwirpCode;
  msg?: string;
  /** Send this raw body instead of the Twirp JSON error (e.g. an HTML proxy page). */
  rawBody?: string;
}

/** Options for {@link ArtifactService.runtimeToken}. */
export interface RuntimeTokenOptions {
  workflowRunBackendId: string;
  workflowJobRunBackendId: string;
  /** Seconds until `exp`; default one hour. Negative gives an expired token. */
  expiresInSeconds?: number;
}

class TwirpError extends Error {
  constructor(
    readonly code: TwirpCode,
    msg: string,
    readonly status: number = TWIRP_STATUS[code],
  ) {
    super(msg);
  }
}

const b64url = (data: string | Buffer): string => Buffer.from(data).toString('base64url');
const sha256Hex = (data: string | Buffer): string => createHash('sha256').update(data).digest('hex');

/**
 * The artifact service. Start with {@link ArtifactService.start}; state is in memory.
 */
export class ArtifactService {
  /** Calls in arrival order, for assertions. */
  readonly calls: RecordedTwirpCall[] = [];
  private readonly artifacts: ArtifactRecord[] = [];
  private readonly runs = new Map<string, RunIdentity>();
  private readonly failures = new Map<string, InjectedFailure[]>();
  private nextId = 1000;
  /** HMAC key the runtime tokens are signed with; real tokens are signed too, the client never checks. */
  private readonly tokenKey = Buffer.from(
    sha256Hex(`awo-test-${process.pid}-${Date.now()}-${Math.random()}`),
    'hex',
  );

  private constructor(
    private readonly server: http.Server,
    private readonly azurite: Azurite,
    /** Origin of the service, e.g. `http://127.0.0.1:41234`: what `ACTIONS_RESULTS_URL` must point at. */
    readonly url: string,
  ) {}

  /** Starts the service on 127.0.0.1 with an OS-chosen port, storing blobs in `azurite`. */
  static async start(azurite: Azurite): Promise<ArtifactService> {
    await azurite.service.getContainerClient(CONTAINER).createIfNotExists();
    const server = http.createServer();
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => resolve());
    });
    const { port } = server.address() as AddressInfo;
    const service = new ArtifactService(server, azurite, `http://127.0.0.1:${port}`);
    server.on('request', (req, res) => {
      service.handle(req, res).catch((err: unknown) => {
        if (!res.headersSent)
          service.sendError(res, new TwirpError('internal', `test server error: ${String(err)}`));
      });
    });
    return service;
  }

  /** Closes the HTTP server (Azurite is stopped by its owner). */
  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /** Declares a workflow run so its artifacts can be found by public run id and repository. */
  registerRun(run: RunIdentity): void {
    this.runs.set(run.workflowRunBackendId, { ...run });
  }

  /**
   * A runtime token as the runner puts in `ACTIONS_RUNTIME_TOKEN`: a JWT whose `scp` claim holds
   * `Actions.Results:<workflowRunBackendId>:<workflowJobRunBackendId>` (`getBackendIdsFromToken` in
   * `@actions/artifact/lib/internal/shared/util.js` splits `scp` on spaces, then the scope on `:`).
   */
  runtimeToken(options: RuntimeTokenOptions): string {
    const now = Math.floor(Date.now() / 1000);
    const header = { typ: 'JWT', alg: 'HS256' };
    const claims = {
      scp: `Actions.GenericRead:00000000-0000-0000-0000-000000000000 Actions.Results:${options.workflowRunBackendId}:${options.workflowJobRunBackendId}`,
      iss: 'vstoken.actions.githubusercontent.com',
      aud: 'vso:awo-test',
      nbf: now - 60,
      iat: now - 60,
      exp: now + (options.expiresInSeconds ?? 3600),
    };
    const unsigned = `${b64url(JSON.stringify(header))}.${b64url(JSON.stringify(claims))}`;
    const signature = createHmac('sha256', this.tokenKey).update(unsigned).digest('base64url');
    return `${unsigned}.${signature}`;
  }

  /**
   * Makes the next `count` calls of `method` fail with `failure` (default HTTP 500
   * `{"code":"internal","msg":"..."}`), before any other processing, like a flaky front end.
   */
  failNext(method: TwirpMethod, count = 1, failure: InjectedFailure = {}): void {
    const queue = this.failures.get(method) ?? [];
    for (let i = 0; i < count; i++) queue.push(failure);
    this.failures.set(method, queue);
  }

  /** All artifacts, finalized or not, oldest first (copies). */
  list(filter: { runId?: number; name?: string; finalizedOnly?: boolean } = {}): ArtifactRecord[] {
    return this.artifacts
      .filter(
        (a) =>
          (filter.runId === undefined || a.runId === filter.runId) &&
          (filter.name === undefined || a.name === filter.name) &&
          (!filter.finalizedOnly || a.finalized),
      )
      .map((a) => ({ ...a }));
  }

  /** One artifact by id, or undefined. */
  get(id: number): ArtifactRecord | undefined {
    const found = this.artifacts.find((a) => a.id === id);
    return found && { ...found };
  }

  /** The bytes stored for an artifact, read back from Azurite. */
  async readBytes(id: number): Promise<Buffer> {
    const artifact = this.artifacts.find((a) => a.id === id);
    if (!artifact) throw new Error(`no artifact with id ${id}`);
    return this.blob(artifact.blobName).downloadToBuffer();
  }

  /** Marks an artifact as expired (its `expiresAt` in the past) so REST download answers 410 like GitHub. */
  expire(id: number): void {
    const artifact = this.artifacts.find((a) => a.id === id);
    if (!artifact) throw new Error(`no artifact with id ${id}`);
    artifact.expiresAt = new Date(Date.now() - 1000);
  }

  /** Removes an artifact and its blob (used by the REST delete endpoint). */
  async remove(id: number): Promise<boolean> {
    const index = this.artifacts.findIndex((a) => a.id === id);
    if (index < 0) return false;
    const [artifact] = this.artifacts.splice(index, 1);
    await this.blob(artifact.blobName).deleteIfExists();
    return true;
  }

  /** Run identity for a repository and public run id, if registered. */
  findRun(repository: string, runId: number): RunIdentity | undefined {
    return [...this.runs.values()].find(
      (r) => r.repository.toLowerCase() === repository.toLowerCase() && r.runId === runId,
    );
  }

  /**
   * A read-only SAS URL for an artifact's blob, shaped like the real one: response content type
   * (`rsct`) and `Content-Disposition: attachment; filename="<name>"` (`rscd`), which is where the
   * client takes the file name of a non-zip download from.
   */
  signedDownloadUrl(artifact: ArtifactRecord, ttlSeconds = 600): string {
    const sas = generateBlobSASQueryParameters(
      {
        containerName: CONTAINER,
        blobName: artifact.blobName,
        permissions: BlobSASPermissions.parse('r'),
        startsOn: new Date(Date.now() - 60_000),
        expiresOn: new Date(Date.now() + ttlSeconds * 1000),
        protocol: SASProtocol.HttpsAndHttp,
        contentDisposition: contentDisposition(artifact.name),
        contentType: artifact.mimeType,
      },
      this.azurite.credential,
    ).toString();
    return `${this.blob(artifact.blobName).url}?${sas}`;
  }

  private blob(blobName: string) {
    return this.azurite.service.getContainerClient(CONTAINER).getBlockBlobClient(blobName);
  }

  private signedUploadUrl(blobName: string): string {
    const sas = generateBlobSASQueryParameters(
      {
        containerName: CONTAINER,
        blobName,
        permissions: BlobSASPermissions.parse('cw'),
        startsOn: new Date(Date.now() - 60_000),
        expiresOn: new Date(Date.now() + 3600_000),
        protocol: SASProtocol.HttpsAndHttp,
      },
      this.azurite.credential,
    ).toString();
    return `${this.blob(blobName).url}?${sas}`;
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const raw = await readBody(req);
    const url = new URL(req.url ?? '/', this.url);
    const method = url.pathname.startsWith(TWIRP_PREFIX)
      ? url.pathname.slice(TWIRP_PREFIX.length)
      : url.pathname;
    let body: unknown;
    try {
      body = raw.length ? JSON.parse(raw.toString('utf8')) : {};
    } catch {
      body = undefined;
    }
    const call: RecordedTwirpCall = { method, authorization: req.headers.authorization, body, status: 0 };
    this.calls.push(call);

    const injected = this.failures.get(method)?.shift();
    if (injected) {
      const status = injected.status ?? 500;
      call.status = status;
      if (injected.rawBody !== undefined) {
        res.writeHead(status, { 'content-type': 'text/html' }).end(injected.rawBody);
        return;
      }
      this.sendError(
        res,
        new TwirpError(injected.code ?? codeForStatus(status), injected.msg ?? 'injected failure', status),
      );
      return;
    }

    try {
      if (
        req.method !== 'POST' ||
        !url.pathname.startsWith(TWIRP_PREFIX) ||
        !METHODS.includes(method as TwirpMethod)
      ) {
        throw new TwirpError('bad_route', `no handler for path "${url.pathname}"`);
      }
      const contentType = (req.headers['content-type'] ?? '').split(';')[0].trim();
      if (contentType !== 'application/json') {
        throw new TwirpError('bad_route', `unexpected Content-Type: "${contentType}"`);
      }
      const tokenRun = this.authenticate(req.headers.authorization);
      if (body === undefined || typeof body !== 'object' || body === null) {
        throw new TwirpError('malformed', 'the json request could not be decoded');
      }
      const result = await this.dispatch(method, body as Record<string, unknown>, tokenRun);
      call.status = 200;
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(result));
    } catch (err) {
      const twirp = err instanceof TwirpError ? err : new TwirpError('internal', String(err));
      call.status = twirp.status;
      this.sendError(res, twirp);
    }
  }

  private sendError(res: http.ServerResponse, err: TwirpError): void {
    res
      .writeHead(err.status, { 'content-type': 'application/json' })
      .end(JSON.stringify({ code: err.code, msg: err.message }));
  }

  /** Verifies the bearer JWT and returns the workflow run backend id it is scoped to. */
  private authenticate(authorization: string | undefined): string {
    const match = /^Bearer (.+)$/.exec(authorization ?? '');
    if (!match) throw new TwirpError('unauthenticated', 'missing or malformed Authorization header');
    const parts = match[1].split('.');
    if (parts.length !== 3) throw new TwirpError('unauthenticated', 'invalid token');
    const expected = createHmac('sha256', this.tokenKey).update(`${parts[0]}.${parts[1]}`).digest();
    const given = Buffer.from(parts[2], 'base64url');
    if (given.length !== expected.length || !timingSafeEqual(given, expected))
      throw new TwirpError('unauthenticated', 'invalid token signature');
    const claims = JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8')) as {
      scp?: string;
      exp?: number;
    };
    if (typeof claims.exp === 'number' && claims.exp * 1000 < Date.now())
      throw new TwirpError('unauthenticated', 'token expired');
    const scope = (claims.scp ?? '').split(' ').find((s) => s.startsWith('Actions.Results:'));
    const [, runBackendId] = (scope ?? '').split(':');
    if (!runBackendId) throw new TwirpError('permission_denied', 'token has no Actions.Results scope');
    return runBackendId;
  }

  private async dispatch(method: string, body: Record<string, unknown>, tokenRun: string): Promise<unknown> {
    const runBackendId = str(body.workflow_run_backend_id);
    const jobBackendId = str(body.workflow_job_run_backend_id);
    if (!runBackendId || !jobBackendId)
      throw new TwirpError(
        'invalid_argument',
        'workflow_run_backend_id and workflow_job_run_backend_id are required',
      );
    // The runtime token only grants access to its own workflow run; other runs go through the REST API.
    if (runBackendId !== tokenRun)
      throw new TwirpError('permission_denied', 'token is not scoped to this workflow run');
    const run = this.runs.get(runBackendId);
    if (!run) throw new TwirpError('not_found', `workflow run ${runBackendId} not found`);

    switch (method) {
      case 'CreateArtifact':
        return this.createArtifact(run, jobBackendId, body);
      case 'FinalizeArtifact':
        return this.finalizeArtifact(run, body);
      case 'ListArtifacts':
        return this.listArtifacts(run, body);
      case 'GetSignedArtifactURL':
        return this.getSignedArtifactUrl(run, body);
      case 'DeleteArtifact':
        return this.deleteArtifact(run, body);
      default:
        throw new TwirpError('bad_route', `no handler for path "${TWIRP_PREFIX}${method}"`);
    }
  }

  private createArtifact(run: RunIdentity, jobBackendId: string, body: Record<string, unknown>): unknown {
    const name = str(body.name);
    if (!name) throw new TwirpError('invalid_argument', 'name is required');
    // Names are unique per workflow run across all its jobs (the v4+ behaviour behind matrix-job 409s).
    if (this.artifacts.some((a) => a.workflowRunBackendId === run.workflowRunBackendId && a.name === name)) {
      throw new TwirpError('already_exists', 'an artifact with this name already exists on the workflow run');
    }
    const mimeType = str(body.mime_type);
    const expiresAt = str(body.expires_at);
    const zipped = mimeType === undefined || mimeType === 'application/zip';
    // Same layout as the real signed URLs; a direct (non-zip) upload must not end in `.zip`,
    // since the client also treats a URL path ending in `.zip` as a zip to extract.
    const blobName = `${run.workflowRunBackendId}/workflow-job-run-${jobBackendId}/artifacts/${sha256Hex(`${run.workflowRunBackendId}/${name}`)}${zipped ? '.zip' : ''}`;
    this.artifacts.push({
      id: this.nextId++,
      name,
      repository: run.repository,
      runId: run.runId,
      workflowRunBackendId: run.workflowRunBackendId,
      workflowJobRunBackendId: jobBackendId,
      mimeType,
      version: typeof body.version === 'number' ? body.version : undefined,
      expiresAt: expiresAt ? new Date(expiresAt) : undefined,
      createdAt: new Date(),
      blobName,
      finalized: false,
      size: undefined,
      digest: undefined,
      blobDigest: undefined,
      blobSize: undefined,
    });
    return { ok: true, signed_upload_url: this.signedUploadUrl(blobName) };
  }

  private async finalizeArtifact(run: RunIdentity, body: Record<string, unknown>): Promise<unknown> {
    const name = str(body.name);
    const artifact = this.artifacts.find(
      (a) => a.workflowRunBackendId === run.workflowRunBackendId && a.name === name,
    );
    if (!artifact) throw new TwirpError('not_found', `artifact ${String(name)} not found`);
    if (artifact.finalized) throw new TwirpError('failed_precondition', 'artifact is already finalized');
    let bytes: Buffer;
    try {
      bytes = await this.blob(artifact.blobName).downloadToBuffer();
    } catch {
      throw new TwirpError('failed_precondition', 'no content was uploaded for the artifact');
    }
    artifact.size = body.size === undefined ? 0 : Number(body.size);
    artifact.digest = str(body.hash);
    artifact.blobDigest = `sha256:${sha256Hex(bytes)}`;
    artifact.blobSize = bytes.length;
    artifact.finalized = true;
    return { ok: true, artifact_id: String(artifact.id) };
  }

  private listArtifacts(run: RunIdentity, body: Record<string, unknown>): unknown {
    const nameFilter = str(body.name_filter);
    const idFilter = body.id_filter === undefined ? undefined : Number(body.id_filter);
    const artifacts = this.artifacts.filter(
      (a) =>
        a.workflowRunBackendId === run.workflowRunBackendId &&
        a.finalized &&
        (nameFilter === undefined || a.name === nameFilter) &&
        (idFilter === undefined || a.id === idFilter),
    );
    return {
      artifacts: artifacts.map((a) => ({
        workflow_run_backend_id: a.workflowRunBackendId,
        workflow_job_run_backend_id: a.workflowJobRunBackendId,
        database_id: String(a.id),
        name: a.name,
        size: String(a.size ?? 0),
        created_at: a.createdAt.toISOString(),
        ...(a.digest ? { digest: a.digest } : {}),
      })),
    };
  }

  private getSignedArtifactUrl(run: RunIdentity, body: Record<string, unknown>): unknown {
    const name = str(body.name);
    const artifact = this.artifacts.find(
      (a) => a.workflowRunBackendId === run.workflowRunBackendId && a.name === name && a.finalized,
    );
    if (!artifact) throw new TwirpError('not_found', `artifact ${String(name)} not found`);
    return { signed_url: this.signedDownloadUrl(artifact) };
  }

  private async deleteArtifact(run: RunIdentity, body: Record<string, unknown>): Promise<unknown> {
    const name = str(body.name);
    const artifact = this.artifacts.find(
      (a) => a.workflowRunBackendId === run.workflowRunBackendId && a.name === name,
    );
    if (!artifact) throw new TwirpError('not_found', `artifact ${String(name)} not found`);
    await this.remove(artifact.id);
    return { ok: true, artifact_id: String(artifact.id) };
  }
}

/** `attachment; filename="<ascii>"; filename*=UTF-8''<pct-encoded>` as browsers and the client read it. */
function contentDisposition(name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

function codeForStatus(status: number): TwirpCode {
  // Several codes share a status; pick what a Twirp server answers for it on its own.
  const preferred: Record<number, TwirpCode> = {
    500: 'internal',
    503: 'unavailable',
    429: 'resource_exhausted',
    409: 'already_exists',
    400: 'invalid_argument',
    404: 'not_found',
  };
  return (
    preferred[status] ??
    (Object.entries(TWIRP_STATUS) as [TwirpCode, number][]).find(([, s]) => s === status)?.[0] ??
    'unknown'
  );
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' && value.length > 0 ? value : undefined;
}

function readBody(req: http.IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}
