import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ArtifactRecord, ArtifactService } from './artifact-service.js';

/**
 * A stand-in for the GitHub REST API endpoints the action and `@actions/artifact` use, answering with
 * the shapes of GitHub's published OpenAPI description (github/rest-api-description): the review
 * history of a run (`actions/get-reviews-for-run`), the run itself, pending deployments, and the
 * artifact endpoints `@actions/artifact` calls when given `findBy` (list, get, zip redirect, delete),
 * issue comments (`issues/list-comments`, `issues/create-comment`: a `GITHUB_TOKEN` writes as
 * `github-actions[bot]`) and a user's permission (`repos/get-collaborator-permission-level`).
 */

/** `simple-user` schema. */
export interface SimpleUser {
  login: string;
  id: number;
  node_id: string;
  avatar_url: string;
  gravatar_id: string;
  url: string;
  html_url: string;
  followers_url: string;
  following_url: string;
  gists_url: string;
  starred_url: string;
  subscriptions_url: string;
  organizations_url: string;
  repos_url: string;
  events_url: string;
  received_events_url: string;
  type: 'User' | 'Bot' | 'Organization';
  site_admin: boolean;
}

/** One entry of `environment-approvals.environments`. */
export interface ApprovalEnvironment {
  id: number;
  node_id: string;
  name: string;
  url: string;
  html_url: string;
  created_at: string;
  updated_at: string;
}

/** `environment-approvals` schema: one entry of `GET /repos/{owner}/{repo}/actions/runs/{run_id}/approvals`. */
export interface EnvironmentApproval {
  environments: ApprovalEnvironment[];
  /** The schema's enum: `approved`, `rejected`, or `pending` (a comment without a decision). */
  state: 'approved' | 'rejected' | 'pending';
  user: SimpleUser;
  comment: string;
}

/** What a test gives to script an approval. */
export interface ApprovalInput {
  state: EnvironmentApproval['state'];
  /** Reviewer login, or a full user. */
  user: string | SimpleUser;
  comment?: string;
  /** Environment name(s) the review covers; default `production`. */
  environments?: string | string[];
}

/** What a test gives to declare a workflow run. */
export interface WorkflowRunInput {
  /** `owner/repo`. */
  repository: string;
  runId: number;
  runAttempt?: number;
  /** Login of the user who started the run; default `octocat`. */
  actor?: string;
  /** Login of the user who started this attempt; default = actor. */
  triggeringActor?: string;
  headSha?: string;
  headBranch?: string;
  event?: string;
  status?: string;
  conclusion?: string | null;
  name?: string;
  path?: string;
  runNumber?: number;
}

/** Permissions of a token, as the `permissions:` block of a workflow grants them to `GITHUB_TOKEN`. */
export interface TokenPermissions {
  actions?: 'read' | 'write' | 'none';
  /** `attestations: write` lets the token store attestations (`POST /repos/{owner}/{repo}/attestations`). */
  attestations?: 'read' | 'write' | 'none';
  /** Issues and pull-request comments; default `none`. */
  issues?: 'read' | 'write' | 'none';
}

/** An attestation stored through `repos/create-attestation`. */
export interface StoredAttestation {
  id: number;
  repository: string;
  /** The Sigstore bundle as posted. */
  bundle: unknown;
}

/** `issue-comment` schema (the fields GitHub always sends). */
export interface IssueComment {
  id: number;
  node_id: string;
  url: string;
  html_url: string;
  issue_url: string;
  body: string;
  user: SimpleUser;
  created_at: string;
  updated_at: string;
  author_association: string;
}

/** What a test gives to write a comment as a person (or a bot). */
export interface CommentInput {
  user: string | SimpleUser;
  body: string;
  /** ISO time; default a clock that starts at the server's start and advances one minute per comment. */
  createdAt?: string;
  /** ISO time of a later edit (the body is then the edited one). */
  editedAt?: string;
}

/** A REST request as received. */
export interface RecordedRequest {
  method: string;
  /** Path without the query string. */
  path: string;
  query: Record<string, string>;
  /** The `Authorization` header as sent (`token <t>` from Octokit, or `Bearer <t>`). */
  authorization: string | undefined;
  /** The token extracted from it, if any. */
  token: string | undefined;
  status: number;
}

/** Routes a test can make fail with {@link GitHubApi.failNext}. */
export type RouteName =
  | 'approvals'
  | 'run'
  | 'pending-deployments'
  | 'list-artifacts'
  | 'get-artifact'
  | 'download-artifact'
  | 'delete-artifact'
  | 'create-attestation'
  | 'list-comments'
  | 'create-comment'
  | 'collaborator-permission';

/** Options for {@link GitHubApi.start}. */
export interface GitHubApiOptions {
  /** The artifact service whose artifacts the REST artifact endpoints serve. */
  artifacts?: ArtifactService;
  /** Base of `html_url`s (what `GITHUB_SERVER_URL` is); default `https://github.com`. */
  serverUrl?: string;
}

interface RunState {
  input: Required<Omit<WorkflowRunInput, 'conclusion'>> & { conclusion: string | null };
  approvals: EnvironmentApproval[];
  pendingDeployments: unknown[];
}

interface RestFailure {
  status: number;
  message: string;
  /** Extra response headers (`retry-after`, `x-ratelimit-remaining`, ...), as GitHub sends with a rate limit. */
  headers?: Record<string, string>;
}

const DOCS = 'https://docs.github.com/rest';
const FIXED_TIME = '2020-11-23T22:00:40Z';

/** The REST API stand-in. Start with {@link GitHubApi.start}. */
export class GitHubApi {
  /** Requests in arrival order, for assertions. */
  readonly requests: RecordedRequest[] = [];
  readonly attestations: StoredAttestation[] = [];
  private readonly tokens = new Map<string, TokenPermissions>();
  private readonly runs = new Map<string, RunState>();
  private readonly failures = new Map<RouteName, RestFailure[]>();
  private readonly environmentIds = new Map<string, number>();
  private readonly comments = new Map<string, IssueComment[]>();
  private readonly permissions = new Map<string, 'admin' | 'write' | 'read' | 'none'>();
  private commentId = 1_900_000_000;
  // Comments are written "now" and one minute apart, so a gate opened by a job is older than its decisions.
  private commentClock = Math.floor(Date.now() / 1000) * 1000;

  private constructor(
    private readonly server: http.Server,
    /** Base URL, e.g. `http://127.0.0.1:41235`: what `GITHUB_API_URL` must be. */
    readonly url: string,
    private readonly options: GitHubApiOptions,
  ) {}

  /** Starts the API on 127.0.0.1 with an OS-chosen port. */
  static async start(options: GitHubApiOptions = {}): Promise<GitHubApi> {
    const server = http.createServer();
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => resolve());
    });
    const { port } = server.address() as AddressInfo;
    const api = new GitHubApi(server, `http://127.0.0.1:${port}`, options);
    server.on('request', (req, res) => {
      api.handle(req, res).catch((err: unknown) => {
        if (!res.headersSent)
          send(res, 500, {
            message: `test server error: ${String(err)}`,
            documentation_url: DOCS,
            status: '500',
          });
      });
    });
    return api;
  }

  /** Closes the server. */
  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /** Accepts `token` in `Authorization`; default permissions `actions: read`. */
  addToken(token: string, permissions: TokenPermissions = { actions: 'read' }): void {
    this.tokens.set(token, permissions);
  }

  /** Declares a workflow run (one attempt: a later `addRun` for the same id replaces it, keeping approvals). */
  addRun(input: WorkflowRunInput): void {
    const actor = input.actor ?? 'octocat';
    const key = runKey(input.repository, input.runId);
    const previous = this.runs.get(key);
    this.runs.set(key, {
      input: {
        repository: input.repository,
        runId: input.runId,
        runAttempt: input.runAttempt ?? 1,
        actor,
        triggeringActor: input.triggeringActor ?? actor,
        headSha: input.headSha ?? '0123456789abcdef0123456789abcdef01234567',
        headBranch: input.headBranch ?? 'main',
        event: input.event ?? 'push',
        status: input.status ?? 'in_progress',
        conclusion: input.conclusion ?? null,
        name: input.name ?? 'awo',
        path: input.path ?? '.github/workflows/awo.yml',
        runNumber: input.runNumber ?? 1,
      },
      approvals: previous?.approvals ?? [],
      pendingDeployments: previous?.pendingDeployments ?? [],
    });
  }

  /**
   * Appends a review to a run's history and returns the entry as the API will serve it. Entries are
   * served in the order added; GitHub documents no order and no review time, so callers must not
   * rely on either.
   */
  addApproval(repository: string, runId: number, input: ApprovalInput): EnvironmentApproval {
    const run = this.mustRun(repository, runId);
    const names =
      input.environments === undefined
        ? ['production']
        : Array.isArray(input.environments)
          ? input.environments
          : [input.environments];
    const approval: EnvironmentApproval = {
      state: input.state,
      comment: input.comment ?? '',
      environments: names.map((name) => this.environment(repository, name)),
      user: typeof input.user === 'string' ? simpleUser(input.user) : input.user,
    };
    run.approvals.push(approval);
    return structuredClone(approval);
  }

  /** Sets a user's permission on a repository (`maintain` is reported as `write`, as GitHub does); default `read`. */
  setPermission(
    repository: string,
    login: string,
    permission: 'admin' | 'maintain' | 'write' | 'triage' | 'read' | 'none',
  ): void {
    const folded = permission === 'maintain' ? 'write' : permission === 'triage' ? 'read' : permission;
    this.permissions.set(`${repository.toLowerCase()}/${login.toLowerCase()}`, folded);
  }

  /** Writes a comment on an issue or pull request as `input.user` and returns it as the API serves it. */
  addComment(repository: string, issue: number, input: CommentInput): IssueComment {
    const user = typeof input.user === 'string' ? simpleUser(input.user) : input.user;
    return this.writeComment(repository, issue, user, input.body, input.createdAt, input.editedAt);
  }

  /** The comments of an issue, oldest first. */
  listComments(repository: string, issue: number): IssueComment[] {
    return structuredClone(this.comments.get(`${repository.toLowerCase()}#${issue}`) ?? []);
  }

  private writeComment(
    repository: string,
    issue: number,
    user: SimpleUser,
    body: string,
    createdAt?: string,
    editedAt?: string,
  ): IssueComment {
    const id = (this.commentId += 1);
    this.commentClock += 60_000;
    const created = createdAt ?? new Date(this.commentClock).toISOString().replace(/\.\d{3}Z$/, 'Z');
    const server = this.options.serverUrl ?? 'https://github.com';
    const comment: IssueComment = {
      id,
      node_id: Buffer.from(`IC_${id}`).toString('base64'),
      url: `${this.url}/repos/${repository}/issues/comments/${id}`,
      html_url: `${server}/${repository}/issues/${issue}#issuecomment-${id}`,
      issue_url: `${this.url}/repos/${repository}/issues/${issue}`,
      body,
      user,
      created_at: created,
      updated_at: editedAt ?? created,
      author_association: user.type === 'Bot' ? 'NONE' : 'COLLABORATOR',
    };
    const key = `${repository.toLowerCase()}#${issue}`;
    this.comments.set(key, [...(this.comments.get(key) ?? []), comment]);
    return structuredClone(comment);
  }

  /** Replaces a run's pending deployments (`GET .../pending_deployments`), raw objects as GitHub sends them. */
  setPendingDeployments(repository: string, runId: number, deployments: unknown[]): void {
    this.mustRun(repository, runId).pendingDeployments = structuredClone(deployments);
  }

  /** Makes the next `count` requests to `route` fail with `status` and a GitHub-style error body. */
  failNext(route: RouteName, count = 1, failure: Partial<RestFailure> = {}): void {
    const queue = this.failures.get(route) ?? [];
    for (let i = 0; i < count; i++)
      queue.push({
        status: failure.status ?? 500,
        message: failure.message ?? 'Server Error',
        headers: failure.headers,
      });
    this.failures.set(route, queue);
  }

  /** The environment object for a name, with a stable id per repository and name. */
  environment(repository: string, name: string): ApprovalEnvironment {
    const key = `${repository.toLowerCase()}/${name}`;
    let id = this.environmentIds.get(key);
    if (id === undefined) {
      id = 161088068 + this.environmentIds.size;
      this.environmentIds.set(key, id);
    }
    const server = this.options.serverUrl ?? 'https://github.com';
    return {
      id,
      node_id: Buffer.from(`011:Environment${id}`).toString('base64'),
      name,
      url: `${this.url}/repos/${repository}/environments/${encodeURIComponent(name)}`,
      html_url: `${server}/${repository}/deployments/activity_log?environments_filter=${encodeURIComponent(name)}`,
      created_at: FIXED_TIME,
      updated_at: FIXED_TIME,
    };
  }

  private mustRun(repository: string, runId: number): RunState {
    const run = this.runs.get(runKey(repository, runId));
    if (!run) throw new Error(`run ${repository}#${runId} was not added with addRun()`);
    return run;
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const raw = await drain(req);
    const url = new URL(req.url ?? '/', this.url);
    const authorization = req.headers.authorization;
    const token = /^(?:token|bearer) (.+)$/i.exec(authorization ?? '')?.[1];
    const record: RecordedRequest = {
      method: req.method ?? 'GET',
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      authorization,
      token,
      status: 0,
    };
    this.requests.push(record);
    const reply = (status: number, body?: unknown, headers: http.OutgoingHttpHeaders = {}): void => {
      record.status = status;
      send(res, status, body, headers);
    };
    const error = (
      status: number,
      message: string,
      doc = DOCS,
      headers: http.OutgoingHttpHeaders = {},
    ): void => reply(status, { message, documentation_url: doc, status: String(status) }, headers);

    const route = matchRoute(record.method, url.pathname);
    if (!route) return error(404, 'Not Found');

    // Checked before routing failures so an auth test never passes because of a scripted 500.
    if (token === undefined) return error(401, 'Requires authentication');
    const permissions = this.tokens.get(token);
    if (!permissions) return error(401, 'Bad credentials');

    const injected = this.failures.get(route.name)?.shift();
    if (injected) return error(injected.status, injected.message, DOCS, injected.headers);

    if (route.name === 'create-attestation') {
      if (permissions.attestations !== 'write')
        return error(403, 'Resource not accessible by integration', route.doc);
      let parsed: { bundle?: unknown };
      try {
        parsed = JSON.parse(raw) as { bundle?: unknown };
      } catch {
        return error(400, 'Problems parsing JSON', route.doc);
      }
      if (!parsed.bundle || typeof parsed.bundle !== 'object')
        return error(422, 'Invalid request: bundle is required', route.doc);
      const id = 8_000_001 + this.attestations.length;
      this.attestations.push({ id, repository: `${route.owner}/${route.repo}`, bundle: parsed.bundle });
      return reply(201, { id });
    }
    const scope = route.name.endsWith('-comments') || route.name === 'create-comment' ? 'issues' : 'actions';
    const needed = route.name === 'delete-artifact' || route.name === 'create-comment' ? 'write' : 'read';
    const granted = permissions[scope] ?? 'none';
    // The permission level of a user is metadata: every repository token may read it.
    if (
      route.name !== 'collaborator-permission' &&
      (granted === 'none' || (needed === 'write' && granted !== 'write'))
    )
      return error(403, 'Resource not accessible by integration', route.doc);

    const repository = `${route.owner}/${route.repo}`;
    switch (route.name) {
      case 'list-comments': {
        const perPage = Math.min(Number(url.searchParams.get('per_page') ?? 30), 100);
        const page = Math.max(Number(url.searchParams.get('page') ?? 1), 1);
        const all = this.comments.get(`${repository.toLowerCase()}#${route.id}`) ?? [];
        return reply(200, all.slice((page - 1) * perPage, page * perPage));
      }
      case 'create-comment': {
        const body = (JSON.parse(raw || '{}') as { body?: unknown }).body;
        if (typeof body !== 'string' || body === '')
          return reply(422, {
            message: 'Validation Failed',
            errors: [{ resource: 'IssueComment', code: 'missing_field', field: 'body' }],
            documentation_url: route.doc,
            status: '422',
          });
        const bot = simpleUser('github-actions[bot]', 'Bot');
        return reply(201, this.writeComment(repository, route.id, { ...bot, id: 41898282 }, body));
      }
      case 'collaborator-permission': {
        const login = decodeURIComponent(route.rest ?? '');
        const permission =
          this.permissions.get(`${repository.toLowerCase()}/${login.toLowerCase()}`) ?? 'read';
        return reply(200, { permission, role_name: permission, user: simpleUser(login) });
      }
      case 'approvals':
      case 'run':
      case 'pending-deployments': {
        const run = this.runs.get(runKey(repository, route.id));
        if (!run) return error(404, 'Not Found', route.doc);
        if (route.name === 'approvals') return reply(200, run.approvals);
        if (route.name === 'pending-deployments') return reply(200, run.pendingDeployments);
        return reply(200, this.runObject(run));
      }
      case 'list-artifacts': {
        if (!this.runs.has(runKey(repository, route.id))) return error(404, 'Not Found', route.doc);
        const name = url.searchParams.get('name') ?? undefined;
        const perPage = Math.min(Number(url.searchParams.get('per_page') ?? 30), 100);
        const page = Math.max(Number(url.searchParams.get('page') ?? 1), 1);
        const all = (
          this.options.artifacts?.list({ runId: route.id, name, finalizedOnly: true }) ?? []
        ).filter((a) => sameRepo(a.repository, repository));
        return reply(200, {
          total_count: all.length,
          artifacts: all.slice((page - 1) * perPage, page * perPage).map((a) => this.artifactObject(a)),
        });
      }
      case 'get-artifact':
      case 'download-artifact':
      case 'delete-artifact': {
        const artifact = this.options.artifacts?.get(route.id);
        if (!artifact || !artifact.finalized || !sameRepo(artifact.repository, repository))
          return error(404, 'Not Found', route.doc);
        if (route.name === 'get-artifact') return reply(200, this.artifactObject(artifact));
        if (route.name === 'delete-artifact') {
          await this.options.artifacts?.remove(artifact.id);
          return reply(204);
        }
        if (route.archiveFormat !== 'zip') return error(404, 'Not Found', route.doc);
        if (isExpired(artifact)) return error(410, 'Artifact has expired', route.doc);
        // GitHub answers with a short-lived (1 minute) signed blob URL in Location.
        return reply(302, undefined, {
          location: this.options.artifacts?.signedDownloadUrl(artifact, 60) ?? '',
        });
      }
    }
  }

  private runObject(run: RunState): unknown {
    const r = run.input;
    const [owner, repo] = r.repository.split('/');
    const server = this.options.serverUrl ?? 'https://github.com';
    const base = `${this.url}/repos/${r.repository}/actions/runs/${r.runId}`;
    const repository = {
      id: 1296269,
      node_id: 'MDEwOlJlcG9zaXRvcnkxMjk2MjY5',
      name: repo,
      full_name: r.repository,
      private: true,
      owner: simpleUser(owner),
      html_url: `${server}/${r.repository}`,
      url: `${this.url}/repos/${r.repository}`,
    };
    return {
      id: r.runId,
      name: r.name,
      node_id: Buffer.from(`WorkflowRun${r.runId}`).toString('base64'),
      check_suite_id: 42,
      check_suite_node_id: 'MDEwOkNoZWNrU3VpdGU0Mg==',
      head_branch: r.headBranch,
      head_sha: r.headSha,
      path: r.path,
      run_number: r.runNumber,
      run_attempt: r.runAttempt,
      event: r.event,
      display_title: r.name,
      status: r.status,
      conclusion: r.conclusion,
      workflow_id: 159038,
      url: base,
      html_url: `${server}/${r.repository}/actions/runs/${r.runId}`,
      pull_requests: [],
      created_at: FIXED_TIME,
      updated_at: FIXED_TIME,
      run_started_at: FIXED_TIME,
      actor: simpleUser(r.actor),
      triggering_actor: simpleUser(r.triggeringActor),
      jobs_url: `${base}/jobs`,
      logs_url: `${base}/logs`,
      check_suite_url: `${this.url}/repos/${r.repository}/check-suites/42`,
      artifacts_url: `${base}/artifacts`,
      cancel_url: `${base}/cancel`,
      rerun_url: `${base}/rerun`,
      previous_attempt_url: r.runAttempt > 1 ? `${base}/attempts/${r.runAttempt - 1}` : null,
      workflow_url: `${this.url}/repos/${r.repository}/actions/workflows/159038`,
      head_commit: null,
      repository,
      head_repository: repository,
    };
  }

  private artifactObject(a: ArtifactRecord): unknown {
    const url = `${this.url}/repos/${a.repository}/actions/artifacts/${a.id}`;
    const run = this.runs.get(runKey(a.repository, a.runId));
    return {
      id: a.id,
      node_id: Buffer.from(`Artifact${a.id}`).toString('base64'),
      name: a.name,
      size_in_bytes: a.size ?? 0,
      url,
      archive_download_url: `${url}/zip`,
      expired: isExpired(a),
      created_at: a.createdAt.toISOString(),
      updated_at: a.createdAt.toISOString(),
      expires_at: (a.expiresAt ?? new Date(a.createdAt.getTime() + 90 * 86_400_000)).toISOString(),
      digest: a.digest ?? null,
      workflow_run: {
        id: a.runId,
        repository_id: 1296269,
        head_repository_id: 1296269,
        head_branch: run?.input.headBranch ?? 'main',
        head_sha: run?.input.headSha ?? '0123456789abcdef0123456789abcdef01234567',
      },
    };
  }
}

/** A `simple-user` object for a login, with a stable id derived from it. */
export function simpleUser(
  login: string,
  type: SimpleUser['type'] = login.endsWith('[bot]') ? 'Bot' : 'User',
): SimpleUser {
  let id = 0;
  for (const ch of login) id = (id * 31 + ch.charCodeAt(0)) % 100_000_000;
  const api = 'https://api.github.com/users/' + login;
  return {
    login,
    id: id + 1,
    node_id: Buffer.from(`04:User${id + 1}`).toString('base64'),
    avatar_url: `https://avatars.githubusercontent.com/u/${id + 1}?v=4`,
    gravatar_id: '',
    url: api,
    html_url: `https://github.com/${login}`,
    followers_url: `${api}/followers`,
    following_url: `${api}/following{/other_user}`,
    gists_url: `${api}/gists{/gist_id}`,
    starred_url: `${api}/starred{/owner}{/repo}`,
    subscriptions_url: `${api}/subscriptions`,
    organizations_url: `${api}/orgs`,
    repos_url: `${api}/repos`,
    events_url: `${api}/events{/privacy}`,
    received_events_url: `${api}/received_events`,
    type,
    site_admin: false,
  };
}

interface Route {
  name: RouteName;
  owner: string;
  repo: string;
  id: number;
  /** The path segment after the id-less routes' fixed part (a username). */
  rest?: string;
  archiveFormat?: string;
  doc: string;
}

const ROUTES: [string, RegExp, RouteName, string][] = [
  [
    'POST',
    /^\/repos\/([^/]+)\/([^/]+)\/attestations$/,
    'create-attestation',
    'repos/attestations#create-an-attestation',
  ],
  [
    'GET',
    /^\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)\/comments$/,
    'list-comments',
    'issues/comments#list-issue-comments',
  ],
  [
    'POST',
    /^\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)\/comments$/,
    'create-comment',
    'issues/comments#create-an-issue-comment',
  ],
  [
    'GET',
    /^\/repos\/([^/]+)\/([^/]+)\/collaborators\/()([^/]+)\/permission$/,
    'collaborator-permission',
    'collaborators/collaborators#get-repository-permissions-for-a-user',
  ],
  [
    'GET',
    /^\/repos\/([^/]+)\/([^/]+)\/actions\/runs\/(\d+)\/approvals$/,
    'approvals',
    'actions/workflow-runs#get-the-review-history-for-a-workflow-run',
  ],
  [
    'GET',
    /^\/repos\/([^/]+)\/([^/]+)\/actions\/runs\/(\d+)\/pending_deployments$/,
    'pending-deployments',
    'actions/workflow-runs#get-pending-deployments-for-a-workflow-run',
  ],
  [
    'GET',
    /^\/repos\/([^/]+)\/([^/]+)\/actions\/runs\/(\d+)$/,
    'run',
    'actions/workflow-runs#get-a-workflow-run',
  ],
  [
    'GET',
    /^\/repos\/([^/]+)\/([^/]+)\/actions\/runs\/(\d+)\/artifacts$/,
    'list-artifacts',
    'actions/artifacts#list-workflow-run-artifacts',
  ],
  [
    'GET',
    /^\/repos\/([^/]+)\/([^/]+)\/actions\/artifacts\/(\d+)$/,
    'get-artifact',
    'actions/artifacts#get-an-artifact',
  ],
  [
    'GET',
    /^\/repos\/([^/]+)\/([^/]+)\/actions\/artifacts\/(\d+)\/([^/]+)$/,
    'download-artifact',
    'actions/artifacts#download-an-artifact',
  ],
  [
    'DELETE',
    /^\/repos\/([^/]+)\/([^/]+)\/actions\/artifacts\/(\d+)$/,
    'delete-artifact',
    'actions/artifacts#delete-an-artifact',
  ],
];

function matchRoute(method: string, path: string): Route | undefined {
  for (const [m, pattern, name, doc] of ROUTES) {
    const match = m === method ? pattern.exec(path) : null;
    if (match) {
      return {
        name,
        owner: decodeURIComponent(match[1]),
        repo: decodeURIComponent(match[2]),
        id: Number(match[3]),
        archiveFormat: match[4],
        rest: match[4],
        doc: `${DOCS}/${doc}`,
      };
    }
  }
  return undefined;
}

// GitHub treats owner and repo names case-insensitively.
const runKey = (repository: string, runId: number): string => `${repository.toLowerCase()}#${runId}`;
const sameRepo = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();
const isExpired = (a: ArtifactRecord): boolean =>
  a.expiresAt !== undefined && a.expiresAt.getTime() <= Date.now();

function send(
  res: http.ServerResponse,
  status: number,
  body: unknown,
  headers: http.OutgoingHttpHeaders = {},
): void {
  if (body === undefined) {
    res.writeHead(status, headers).end();
    return;
  }
  res
    .writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers })
    .end(JSON.stringify(body));
}

function drain(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}
