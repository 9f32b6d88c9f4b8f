import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { startApi, type Problem, type TestApi } from './api-harness.js';
import type { RunView, StepPage } from '../../src/server/api-schemas.js';

/**
 * A client that follows a long run does not fetch a copy of every step per poll (issue 19): it asks for
 * the run's summary (`Prefer: return=minimal`) and pages the steps. The whole view stays the default.
 */
let api: TestApi;
beforeAll(async () => {
  api = await startApi();
});
afterAll(async () => {
  await api.close();
});

const SEVEN = {
  steps: Array.from({ length: 7 }, (_, i) => ({ id: `s${i}`, op: 'llm_map', prompt: `Point ${i}` })),
};
const MINIMAL = { prefer: 'return=minimal' };

describe('a long run over HTTP', () => {
  test('pages its steps: the same records as the whole view, in order, with the next page named', async () => {
    const created = await api.client.post('/workflows/runs?wait=true', { workflow: SEVEN });
    const runId = created.body.run_id;
    const whole = await api.client.get(`/workflows/runs/${runId}`);
    expect(whole.body.steps).toHaveLength(7);
    const pages: StepPage[] = [];
    for (let after: number | null = 0; after !== null; after = pages.at(-1)?.next_after ?? null) {
      const page = await api.client.get<StepPage>(`/workflows/runs/${runId}/steps?after=${after}&limit=3`);
      expect(page.status).toBe(200);
      pages.push(page.body);
    }
    expect(pages.map((page) => [page.steps.length, page.total, page.next_after])).toEqual([
      [3, 7, 3],
      [3, 7, 6],
      [1, 7, null],
    ]);
    expect(pages.flatMap((page) => page.steps)).toEqual(whole.body.steps);
    const first = await api.client.get<StepPage>(`/workflows/runs/${runId}/steps`);
    expect(first.body.steps).toEqual(whole.body.steps);
    const beyond = await api.client.get<StepPage>(`/workflows/runs/${runId}/steps?after=9`);
    expect([beyond.body.steps, beyond.body.next_after]).toEqual([[], null]);
  });

  test('answers its summary to a client that prefers return=minimal, under its own entity tag', async () => {
    const created = await api.client.post('/workflows/runs?wait=true', { workflow: SEVEN });
    const runId = created.body.run_id;
    const whole = await api.client.get(`/workflows/runs/${runId}`);
    const summary = await api.client.get<RunView>(`/workflows/runs/${runId}`, undefined, MINIMAL);
    expect(summary.status).toBe(200);
    expect(summary.headers.get('preference-applied')).toBe('return=minimal');
    expect(summary.headers.get('vary')).toBe('Prefer');
    const { steps: _steps, gates: _gates, ...rest } = whole.body;
    expect(summary.body).toEqual(rest);
    const tag = summary.headers.get('etag') ?? '';
    expect(tag).not.toBe(whole.headers.get('etag'));
    const again = await api.client.get(`/workflows/runs/${runId}`, undefined, {
      ...MINIMAL,
      'if-none-match': tag,
    });
    expect(again.status).toBe(304);
    // The whole view's tag does not stand for the summary, nor the summary's for the whole view.
    const crossed = await api.client.get(`/workflows/runs/${runId}`, undefined, { 'if-none-match': tag });
    expect([crossed.status, crossed.body.steps?.length]).toEqual([200, 7]);
  });

  test.each([
    ['limit=0', 'limit'],
    ['limit=1001', 'limit'],
    ['after=-1', 'after'],
    ['after=x', 'after'],
    ['page=2', 'page'],
  ])('refuses a steps query with %s, naming the parameter', async (query, name) => {
    const created = await api.client.post('/workflows/runs?wait=true', { workflow: SEVEN });
    const refused = await api.client.get<Problem>(`/workflows/runs/${created.body.run_id}/steps?${query}`);
    expect([refused.status, refused.body.code]).toEqual([400, 'INPUT_INVALID']);
    expect(JSON.stringify(refused.body)).toContain(name);
  });

  test('is a 404 for the steps of a run that does not exist', async () => {
    const missing = await api.client.get<Problem>('/workflows/runs/run_2000-01-01T00-00-00Z/steps');
    expect(missing.status).toBe(404);
  });
});
