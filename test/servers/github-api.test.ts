import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { runModule } from './client-process.js';
import { GitHubApi, type EnvironmentApproval } from './github-api.js';

const REPO = 'waveframe/awo-demo';
const TOKEN = 'ghs_testtoken0000000000000000000000000';

describe('GitHub REST stand-in', () => {
  let api: GitHubApi;
  beforeAll(async () => {
    api = await GitHubApi.start({ serverUrl: 'http://github.localhost' });
    api.addToken(TOKEN);
    api.addToken('ghs_noactions', { actions: 'none' });
    api.addRun({ repository: REPO, runId: 77, runAttempt: 2, actor: 'alice', triggeringActor: 'bob' });
    api.addApproval(REPO, 77, {
      state: 'approved',
      user: 'carol',
      comment: 'Ship it!',
      environments: 'audit',
    });
    api.addApproval(REPO, 77, { state: 'rejected', user: 'dave', environments: ['audit', 'prod'] });
  });
  afterAll(async () => {
    await api?.stop();
  });

  const get = (path: string, authorization?: string) =>
    fetch(`${api.url}${path}`, { headers: authorization ? { authorization } : {} });

  it('serves the review history in the environment-approvals shape, in the order scripted', async () => {
    const res = await get(`/repos/${REPO}/actions/runs/77/approvals`, `token ${TOKEN}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    const body = (await res.json()) as EnvironmentApproval[];
    expect(body).toHaveLength(2);
    expect(body[0]).toEqual({
      state: 'approved',
      comment: 'Ship it!',
      environments: [
        {
          id: expect.any(Number),
          node_id: expect.any(String),
          name: 'audit',
          url: `${api.url}/repos/${REPO}/environments/audit`,
          html_url: `http://github.localhost/${REPO}/deployments/activity_log?environments_filter=audit`,
          created_at: expect.any(String),
          updated_at: expect.any(String),
        },
      ],
      user: expect.objectContaining({
        login: 'carol',
        id: expect.any(Number),
        node_id: expect.any(String),
        type: 'User',
        site_admin: false,
      }),
    });
    expect(body[1]).toMatchObject({ state: 'rejected', comment: '', user: { login: 'dave' } });
    expect(body[1].environments.map((e) => e.name)).toEqual(['audit', 'prod']);
    // One environment keeps one id across reviews.
    expect(body[1].environments[0].id).toBe(body[0].environments[0].id);
    // The schema has no review time: nothing to take "when" from.
    expect(Object.keys(body[0]).sort()).toEqual(['comment', 'environments', 'state', 'user']);
  });

  it('accepts Bearer as well as token authorization and records each request', async () => {
    const before = api.requests.length;
    const res = await get(`/repos/${REPO}/actions/runs/77/approvals`, `Bearer ${TOKEN}`);
    expect(res.status).toBe(200);
    expect(api.requests.slice(before)).toEqual([
      {
        method: 'GET',
        path: `/repos/${REPO}/actions/runs/77/approvals`,
        query: {},
        authorization: `Bearer ${TOKEN}`,
        token: TOKEN,
        status: 200,
      },
    ]);
  });

  it('refuses missing and unknown tokens with 401 and tokens without actions: read with 403', async () => {
    const none = await get(`/repos/${REPO}/actions/runs/77/approvals`);
    expect(none.status).toBe(401);
    expect(await none.json()).toEqual({
      message: 'Requires authentication',
      documentation_url: 'https://docs.github.com/rest',
      status: '401',
    });
    const bad = await get(`/repos/${REPO}/actions/runs/77/approvals`, 'token ghs_wrong');
    expect(bad.status).toBe(401);
    expect(await bad.json()).toEqual({
      message: 'Bad credentials',
      documentation_url: 'https://docs.github.com/rest',
      status: '401',
    });
    const forbidden = await get(`/repos/${REPO}/actions/runs/77/approvals`, 'token ghs_noactions');
    expect(forbidden.status).toBe(403);
    expect(await forbidden.json()).toMatchObject({
      message: 'Resource not accessible by integration',
      status: '403',
    });
  });

  it('answers 404 for an unknown run, repository or route', async () => {
    for (const path of [
      `/repos/${REPO}/actions/runs/78/approvals`,
      `/repos/other/repo/actions/runs/77/approvals`,
      `/repos/${REPO}/nothing`,
    ]) {
      const res = await get(path, `token ${TOKEN}`);
      expect(res.status).toBe(404);
      expect(await res.json()).toMatchObject({ message: 'Not Found', status: '404' });
    }
  });

  it('serves the run with actor, triggering_actor and run_attempt', async () => {
    const res = await get(`/repos/${REPO}/actions/runs/77`, `token ${TOKEN}`);
    const run = (await res.json()) as Record<string, unknown>;
    expect(run).toMatchObject({
      id: 77,
      run_attempt: 2,
      actor: { login: 'alice' },
      triggering_actor: { login: 'bob' },
      html_url: `http://github.localhost/${REPO}/actions/runs/77`,
      repository: { full_name: REPO },
      previous_attempt_url: `${api.url}/repos/${REPO}/actions/runs/77/attempts/1`,
    });
  });

  it('serves scripted pending deployments and scripted failures', async () => {
    api.setPendingDeployments(REPO, 77, [
      { environment: { name: 'audit' }, current_user_can_approve: false },
    ]);
    const pending = await get(`/repos/${REPO}/actions/runs/77/pending_deployments`, `token ${TOKEN}`);
    expect(await pending.json()).toEqual([
      { environment: { name: 'audit' }, current_user_can_approve: false },
    ]);

    api.failNext('approvals', 1, { status: 502, message: 'Server Error' });
    expect((await get(`/repos/${REPO}/actions/runs/77/approvals`, `token ${TOKEN}`)).status).toBe(502);
    expect((await get(`/repos/${REPO}/actions/runs/77/approvals`, `token ${TOKEN}`)).status).toBe(200);
  });

  it('is what the real @actions/github Octokit reads when GITHUB_API_URL points at it', async () => {
    const out = await runModule<{ status: number; logins: string[] }>(
      `const github = await import('@actions/github');
const octokit = github.getOctokit(args.token);
const res = await octokit.rest.actions.getReviewsForRun({ owner: 'waveframe', repo: 'awo-demo', run_id: 77 });
done({ status: res.status, logins: res.data.map((r) => r.user.login) });`,
      { GITHUB_API_URL: api.url },
      { token: TOKEN },
    );
    expect(out.error).toBeUndefined();
    expect(out.result).toEqual({ status: 200, logins: ['carol', 'dave'] });

    const denied = await runModule<unknown>(
      `const github = await import('@actions/github');
await github.getOctokit('ghs_wrong').rest.actions.getReviewsForRun({ owner: 'waveframe', repo: 'awo-demo', run_id: 77 });
done('unexpected');`,
      { GITHUB_API_URL: api.url },
    );
    expect(denied.error).toEqual({ name: 'HttpError', message: expect.stringContaining('Bad credentials') });
  });
});
