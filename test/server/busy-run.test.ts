import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { setTimeout as sleep } from 'node:timers/promises';
import { startApi, type RunView, type TestApi } from './api-harness.js';

let api: TestApi;
beforeAll(async () => {
  api = await startApi(); // the echo backend: it answers at once, never waiting on I/O
});
afterAll(async () => {
  await api.close();
});

const STEPS = 3000;

describe('a run whose steps never wait on I/O', () => {
  test('does not hold the server: a request sent while it executes is answered before its end', async () => {
    const steps = Array.from({ length: STEPS }, (_, i) =>
      i % 2 === 0
        ? { id: `s${i}`, op: 'llm_map', prompt: `item ${i}` }
        : { id: `s${i}`, op: 'write_text', args: { path: `n/${i}.txt`, text: `note ${i}` } },
    );
    const created = await api.client.post<RunView>('/workflows/runs', { workflow: { steps } });
    expect(created.status).toBe(201);
    const location = `/workflows/runs/${created.body.run_id}`;
    // Before: the engine held the event loop from the first step to the seal, and this answered `completed`.
    const during = await api.client.get<RunView>(location, undefined, { prefer: 'return=minimal' });
    expect(during.body.status).toBe('running');
    expect(during.body.receipts).toBeLessThan(STEPS);
    let after = during;
    for (let i = 0; i < 2000 && after.body.status === 'running'; i++) {
      await sleep(5);
      after = await api.client.get<RunView>(location, undefined, { prefer: 'return=minimal' });
    }
    expect(after.body).toMatchObject({ status: 'completed', receipts: STEPS });
  });
});
