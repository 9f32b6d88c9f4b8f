import { z } from 'zod';
import { normaliseArtifactPath } from './artifact-path.js';
import { Policy } from './policy-schema.js';

/** Step ids name files (`steps/NNN_<id>.jsonl`), so they are short and filename-safe. */
export const StepId = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/, {
    message:
      'must be 1-64 characters of ASCII letters, digits, "_", "-" or ".", starting with a letter or digit',
  })
  .describe('unique step id; defaults to step_NNN (the 1-based index)');

const StepType = z
  .string()
  .regex(/^[a-z][a-z0-9_-]{0,31}$/, {
    message: 'must be a lowercase label such as observe, decide, gate, act, transform',
  })
  .describe('optional step type label: observe, decide, gate, act, transform, ...');

const common = { id: StepId.optional(), type: StepType.optional() };

export const LlmMapStep = z.strictObject({
  ...common,
  op: z.literal('llm_map'),
  prompt: z
    .string()
    .regex(/\S/, { message: 'must not be empty or blank' })
    .describe('the prompt; {{item}} is replaced by each input, {{steps.<id>.text}} by an earlier output'),
  params: z
    .record(z.string(), z.unknown())
    .optional()
    .describe('passed to the backend (temperature, max_tokens, ...)'),
  inputs: z
    .array(z.string())
    .min(1)
    .optional()
    .describe('the prompt is mapped over these; outputs keep input order'),
});

export const WriteTextStep = z.strictObject({
  ...common,
  op: z.literal('write_text'),
  args: z.strictObject({
    path: z
      .string()
      .min(1)
      .superRefine((raw, ctx) => {
        const checked = normaliseArtifactPath(raw);
        if ('error' in checked) ctx.addIssue({ code: 'custom', message: checked.error });
      })
      .describe('file path relative to artifacts/ (no "..", not absolute)'),
    text: z.string().describe('text to write; may reference {{steps.<id>.text}} of earlier steps'),
  }),
});

export const AuditGateStep = z.strictObject({
  ...common,
  op: z.literal('audit_gate'),
  args: z
    .strictObject({
      checklist: z.string().min(1).optional().describe('path of a checklist the reviewer follows'),
      environment: z
        .string()
        .min(1)
        .max(255)
        .optional()
        .describe('GitHub environment that reviews this gate'),
      min_approvals: z
        .int()
        .min(1)
        .max(20)
        .optional()
        .describe("distinct approvers the gate needs (default 1); the run's own actor never counts"),
      deadline_minutes: z
        .int()
        .min(1)
        .max(43_200)
        .optional()
        .describe(
          'minutes after the gate opens by which a decision must arrive; later, the gate is timed_out',
        ),
    })
    .optional(),
});

export const STEP_OPS = ['llm_map', 'write_text', 'audit_gate'] as const;
export type StepOp = (typeof STEP_OPS)[number];

export const Step = z.discriminatedUnion('op', [LlmMapStep, WriteTextStep, AuditGateStep]);
export type Step = z.infer<typeof Step>;

/** The workflow file (docs/format.md#workflow-file). */
export const WorkflowFile = z.strictObject({
  $schema: z.string().optional().describe('JSON Schema reference for editors'),
  name: z.string().max(200).optional(),
  policy: z
    .union([z.string().min(1), Policy])
    .optional()
    .describe('path of a policy file (relative to the workflow), or an inline policy'),
  steps: z.array(Step).min(1).max(100_000),
});
export type WorkflowFile = z.infer<typeof WorkflowFile>;

/** A step after normalisation: its id is always set. */
export type NormalisedStep = Step & { id: string };
