import { z } from 'zod';
import { MAX_COMMENT_LENGTH } from '../core/actor-name.js';
import { LlmMapStep, StepId, WorkflowFile } from '../core/workflow-schema.js';

/**
 * The API's request and response bodies. One zod schema per body: requests are validated with it, response
 * types are inferred from it, and `/openapi.json` embeds its JSON Schema (`z.toJSONSchema`).
 */

const Digest = z
  .string()
  .regex(/^sha256:[0-9a-f]{64}$/)
  .describe('sha256:<lowercase hex>');
const Timestamp = z.string().describe('ISO 8601 UTC time');
const RunStatus = z.enum(['running', 'paused', 'completed', 'failed', 'rejected']);

/** RFC 9457 problem details, plus the stable `code` of the error. */
export const Problem = z
  .object({
    type: z.string().describe('URI of the problem type; its docs explain the code'),
    title: z.string(),
    status: z.int(),
    detail: z.string().describe('what was wrong, where, and what is accepted'),
    instance: z.string().describe('the request path'),
    code: z.string().describe('stable machine-readable code, e.g. INPUT_INVALID, ILLEGAL_TRANSITION'),
    errors: z
      .array(
        z.object({
          detail: z.string(),
          pointer: z.string().optional().describe('JSON Pointer into the request body'),
        }),
      )
      .optional()
      .describe('one entry per invalid field (validation problems only)'),
  })
  .describe('RFC 9457 problem details');
export type Problem = z.infer<typeof Problem>;

const oneSource = {
  message: 'give exactly one of workflow or workflow_path',
  check: (body: { workflow?: unknown; workflow_path?: unknown }) =>
    (body.workflow === undefined) !== (body.workflow_path === undefined),
};
const createRunFields = {
  workflow_path: z
    .string()
    .min(1)
    .max(4096)
    .optional()
    .describe("a workflow file, relative to the server's workflows folder and inside it"),
  start: z
    .boolean()
    .optional()
    .describe(
      'false: create the run without executing its steps (report external steps, then resume); default true',
    ),
};

/** `POST /workflows/runs`, as documented: `workflow` is a workflow file (docs/format.md#workflow-file). */
export const CreateRunRequest = z
  .strictObject({
    workflow: WorkflowFile.optional().describe(
      'the workflow itself (docs/format.md#workflow-file); a string `policy` is a path under the workflows folder',
    ),
    ...createRunFields,
  })
  .refine(oneSource.check, { message: oneSource.message });
export type CreateRunRequest = z.infer<typeof CreateRunRequest>;

/**
 * The same body as the server checks it first: `workflow` only as an object, so the workflow loader reports
 * every problem inside it at once (schema, duplicate ids, references, paths), each with its JSON path.
 */
export const CreateRunEnvelope = z
  .strictObject({ workflow: z.record(z.string(), z.unknown()).optional(), ...createRunFields })
  .refine(oneSource.check, { message: oneSource.message });

/** `PATCH /workflows/runs/{run_id}/status`. */
export const StatusChangeRequest = z.strictObject({
  action: z
    .enum(['pause', 'resume', 'retry', 'cancel'])
    .describe(
      'pause: open a manual gate on a running run; resume: continue a paused run whose gate was approved (or a held or interrupted one); retry: continue a run that failed on an error or was cancelled; cancel: end a running or paused run as failed (cancelled)',
    ),
  reason: z.string().min(1).max(2000).optional().describe('recorded in the audit trail (pause, cancel)'),
});
export type StatusChangeRequest = z.infer<typeof StatusChangeRequest>;

/** `POST /workflows/runs/{run_id}/steps`. */
export const ExternalStepRequest = z.strictObject({
  id: StepId.describe('unique in the run; not a workflow step id'),
  type: LlmMapStep.shape.type,
  input: z
    .record(z.string(), z.unknown())
    .describe("what the step was given; hashed as given; its fields are the policy's params"),
  output: z.record(z.string(), z.unknown()).describe('what the step produced; hashed as given'),
});
export type ExternalStepRequest = z.infer<typeof ExternalStepRequest>;

/** `POST /workflows/runs/{run_id}/gates`. */
export const GateRequest = z.strictObject({
  reason: z.string().min(1).max(2000).describe('why a human must look now'),
  checklist: z.string().min(1).max(4096).optional().describe('what the reviewer follows'),
});
export type GateRequest = z.infer<typeof GateRequest>;

/** `PATCH /workflows/runs/{run_id}/gates/{gate_id}`. */
export const GateDecisionRequest = z.strictObject({
  decision: z.enum(['approved', 'rejected']),
  comment: z.string().max(MAX_COMMENT_LENGTH).optional().describe('recorded in the gate receipt'),
});
export type GateDecisionRequest = z.infer<typeof GateDecisionRequest>;

export const PolicyDecisionView = z.object({
  decision: z.enum(['allow', 'flag', 'deny']),
  reason: z.string(),
  policy_id: z.string(),
  tier: z.string(),
  rules_triggered: z.array(z.string()),
});

export const StepView = z.object({
  step_id: z.string(),
  step_type: z.string().nullable(),
  op: z.string().describe('llm_map, write_text, audit_gate, or external (reported over the API)'),
  status: z.enum(['pending', 'started', 'completed', 'failed', 'denied', 'skipped']),
  started_at: Timestamp.nullable(),
  ended_at: Timestamp.nullable(),
  input_hash: Digest.nullable(),
  output_hash: Digest.nullable(),
  receipt_hash: Digest.nullable(),
  decision: PolicyDecisionView.nullable(),
  retries: z.int(),
  error: z.string().nullable(),
});
export type StepView = z.infer<typeof StepView>;

export const GateView = z.object({
  gate_id: z.string(),
  step_id: z.string().nullable(),
  kind: z.enum(['audit_gate', 'flag', 'manual']),
  status: z.enum(['pending', 'approved', 'rejected', 'timed_out']),
  requested_at: Timestamp,
  reason: z.string(),
  checklist: z.string().nullable(),
  environment: z.string().nullable(),
  resolution: z
    .object({
      decision: z.enum(['approved', 'rejected', 'timed_out']),
      actor: z.string(),
      comment: z.string(),
      at: Timestamp,
      source: z.string(),
    })
    .nullable(),
  receipt_hash: Digest.nullable(),
});
export type GateView = z.infer<typeof GateView>;

export const RunView = z.object({
  run_id: z.string(),
  status: RunStatus,
  failure: z
    .object({
      kind: z.enum(['error', 'denied', 'rejected', 'cancelled', 'timed_out']),
      reason: z.string(),
      step_id: z.string().nullable(),
    })
    .nullable(),
  created_at: Timestamp.nullable(),
  updated_at: Timestamp.nullable(),
  policy_id: z.string(),
  steps: z.array(StepView),
  gate: GateView.nullable().describe(
    'the pending gate, or the approved one a paused run waits to resume after',
  ),
  gates: z.array(GateView),
  receipts: z.int().describe('step and gate receipts in the chain'),
  audit: z.object({ lines: z.int(), head: Digest }),
});
export type RunView = z.infer<typeof RunView>;

/** The run without its step and gate lists (they grow with the run): what `Prefer: return=minimal` asks for. */
export const RunSummary = RunView.omit({ steps: true, gates: true });
export type RunSummary = z.infer<typeof RunSummary>;

/** `GET /workflows/runs/{run_id}`: the run, or its summary when the request prefers `return=minimal`. */
export const RunViewOrSummary = z
  .union([RunView, RunSummary])
  .describe('the whole run; with the request header `Prefer: return=minimal`, its RunSummary');

export const StepResult = z.object({
  decision: PolicyDecisionView,
  step: StepView,
  run: z
    .union([RunView, RunSummary])
    .describe('the whole run; with the request header `Prefer: return=minimal`, its RunSummary'),
});
export type StepResult = z.infer<typeof StepResult>;

export const AuditLineView = z.object({
  seq: z.int(),
  ts: Timestamp,
  run_id: z.string(),
  actor: z.string(),
  event: z.string(),
  step_id: z.string().optional(),
  gate_id: z.string().optional(),
  decision: z.string().optional(),
  reason: z.string().optional(),
  evidence_ref: z.string().optional(),
  details: z.record(z.string(), z.unknown()).optional(),
  prev_hash: Digest,
  hash: Digest,
});

export const LogPage = z.object({
  run_id: z.string(),
  lines: z.array(AuditLineView),
  total: z.int().describe('lines in the audit trail'),
  next_after: z.int().nullable().describe('pass as `after` for the next page; null on the last page'),
});
export type LogPage = z.infer<typeof LogPage>;

export const StepPage = z.object({
  run_id: z.string(),
  steps: z.array(StepView).describe("in the order of the run view: the workflow's steps, then external ones"),
  total: z.int().describe('steps in the run'),
  next_after: z.int().nullable().describe('pass as `after` for the next page; null on the last page'),
});
export type StepPage = z.infer<typeof StepPage>;

/** `?wait=true` on a request that starts execution: answer when the engine stops, not when the move is taken. */
export const WaitQuery = z.strictObject({
  wait: z
    .enum(['true', 'false'])
    .optional()
    .describe(
      'true: answer when the engine stops (completed, paused, failed), as a script wants; default false',
    ),
});

/** A paged query: `after` items skipped (or lines up to that `seq`), at most `limit` (1-1000, default 100). */
function pageQuery(after: string, items: string) {
  return z.strictObject({
    after: z.coerce.number().int().min(0).optional().describe(after),
    limit: z.coerce
      .number()
      .int()
      .min(1)
      .max(1000)
      .optional()
      .describe(`at most this many ${items} (default 100)`),
  });
}

/** `GET .../steps` query. */
export const StepQuery = pageQuery('skip this many steps (default 0)', 'steps');

/** `GET .../logs` query. */
export const LogQuery = pageQuery('return lines with seq greater than this (default 0)', 'lines');
