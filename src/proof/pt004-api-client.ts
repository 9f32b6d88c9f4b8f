import { setTimeout as sleep } from 'node:timers/promises';
import type { LogPage, Problem, RunView } from '../server/api-schemas.js';

type AuditLine = LogPage['lines'][number];
export type { AuditLine, RunView };

/** One request the proof made, as the report shows it: who asked, what, and what the server answered. */
export interface ApiCall {
  actor: string;
  method: string;
  path: string;
  status: number;
  /** The run's status in the answer, when the answer is a run. */
  runStatus?: string;
}

/** An answer the proof did not expect (a problem document, a non-JSON body, a refused connection). */
export class ApiCallFailed extends Error {
  constructor(
    readonly call: Omit<ApiCall, 'runStatus'>,
    detail: string,
  ) {
    super(`${call.method} ${call.path} as ${call.actor} answered ${call.status || 'nothing'}: ${detail}`);
    this.name = 'ApiCallFailed';
  }
}

/** A bearer token and the actor the server records for it. */
export interface Credential {
  actor: string;
  token: string;
}

/** How long a run may stay `running` after a request returned (a server that answers before the run stops). */
export interface PollBounds {
  attempts: number;
  intervalMs: number;
}

const DEFAULT_POLL: PollBounds = { attempts: 600, intervalMs: 100 };

/**
 * A client for the governance API's documented endpoints (docs/server.md), over real HTTP. Every call is
 * kept in `calls`, in order, so the report can show exactly what the proof asked for and as whom.
 */
export class GovernanceClient {
  readonly calls: ApiCall[] = [];

  constructor(
    readonly baseUrl: string,
    private readonly poll: PollBounds = DEFAULT_POLL,
  ) {}

  /** `POST /workflows/runs`, then waits until the run stops (a server may answer while it still runs). */
  async createRun(as: Credential, workflow: unknown): Promise<RunView> {
    const run = await this.request<RunView>(as, 'POST', '/workflows/runs', { workflow }, [201, 202]);
    return this.settle(as, run);
  }

  /** `GET /workflows/runs/{run_id}`. */
  getRun(as: Credential, runId: string): Promise<RunView> {
    return this.request<RunView>(as, 'GET', `/workflows/runs/${encodeURIComponent(runId)}`);
  }

  /** `PATCH /workflows/runs/{run_id}/gates/{gate_id}`. */
  decideGate(
    as: Credential,
    runId: string,
    gateId: string,
    decision: 'approved' | 'rejected',
    comment: string,
  ): Promise<RunView> {
    return this.request<RunView>(
      as,
      'PATCH',
      `/workflows/runs/${encodeURIComponent(runId)}/gates/${encodeURIComponent(gateId)}`,
      { decision, comment },
    );
  }

  /** `PATCH /workflows/runs/{run_id}/status {"action":"resume"}`, then waits until the run stops. */
  async resume(as: Credential, runId: string): Promise<RunView> {
    const run = await this.request<RunView>(
      as,
      'PATCH',
      `/workflows/runs/${encodeURIComponent(runId)}/status`,
      { action: 'resume' },
      [200, 202],
    );
    return this.settle(as, run);
  }

  /** The whole audit trail, `GET .../logs` page by page (bounded by the total the first page states). */
  async logs(as: Credential, runId: string): Promise<AuditLine[]> {
    const lines: AuditLine[] = [];
    let after: number | null = 0;
    for (let page = 0; after !== null; page++) {
      const answer: LogPage = await this.request<LogPage>(
        as,
        'GET',
        `/workflows/runs/${encodeURIComponent(runId)}/logs?after=${after}&limit=1000`,
      );
      lines.push(...answer.lines);
      after = answer.next_after;
      if (after !== null && page > answer.total / 1000 + 1)
        throw new ApiCallFailed(
          { actor: as.actor, method: 'GET', path: `/workflows/runs/${runId}/logs`, status: 200 },
          `next_after keeps going past the ${answer.total} lines the server reports`,
        );
    }
    return lines;
  }

  /** Polls `GET` until the run is no longer `running`, within the bounds; the last view either way. */
  private async settle(as: Credential, run: RunView): Promise<RunView> {
    let view = run;
    for (let i = 0; view.status === 'running' && i < this.poll.attempts; i++) {
      await sleep(this.poll.intervalMs);
      view = await this.getRun(as, run.run_id);
    }
    return view;
  }

  private async request<T>(
    as: Credential,
    method: string,
    path: string,
    body?: unknown,
    ok: number[] = [200],
  ): Promise<T> {
    const call = { actor: as.actor, method, path, status: 0 };
    let response: Response;
    try {
      response = await fetch(new URL(path, this.baseUrl), {
        method,
        headers: {
          authorization: `Bearer ${as.token}`,
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(120_000),
      });
    } catch (err) {
      this.calls.push(call);
      throw new ApiCallFailed(call, (err as Error).message);
    }
    call.status = response.status;
    const text = await response.text();
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      this.calls.push(call);
      throw new ApiCallFailed(call, `not JSON: ${text.slice(0, 200)}`);
    }
    if (!ok.includes(response.status)) {
      this.calls.push(call);
      const problem = parsed as Partial<Problem>;
      throw new ApiCallFailed(call, `${problem.code ?? 'error'}: ${problem.detail ?? text.slice(0, 200)}`);
    }
    const runStatus = (parsed as { status?: unknown }).status;
    this.calls.push({ ...call, ...(typeof runStatus === 'string' ? { runStatus } : {}) });
    return parsed as T;
  }
}
