import { z } from 'zod';
import { globToSource } from './glob.js';
import { linearRegexProblem, MAX_PATTERN_LENGTH, MAX_PROGRAM_SIZE } from './linear-regex.js';

/** The three policy outcomes, most lenient first. */
export const Decision = z
  .enum(['allow', 'flag', 'deny'])
  .describe('allow runs the step; flag pauses for a human first; deny fails the run closed');
export type Decision = z.infer<typeof Decision>;

const oneOrMany = <T extends z.ZodType>(item: T) => z.union([item, z.array(item).min(1)]);

/** A condition on one step parameter; every listed test must hold for the condition to match. */
export const ParamCondition = z
  .strictObject({
    present: z.boolean().optional().describe('true: the param is set; false: it is not'),
    equals: z.unknown().optional().describe('matches when the param equals this value'),
    in: z
      .array(z.unknown())
      .min(1)
      .optional()
      .describe('matches when the param is one of these (e.g. a model allow-list)'),
    not_in: z.array(z.unknown()).min(1).optional().describe('matches when the param is none of these'),
    gt: z.number().optional().describe('matches when the param is a number greater than this'),
    gte: z.number().optional(),
    lt: z.number().optional(),
    lte: z.number().optional(),
  })
  .describe('tests on one parameter');
export type ParamCondition = z.infer<typeof ParamCondition>;

/** What a rule looks at. Every field given must match (AND); a list matches any of its items (OR). */
export const RuleMatch = z
  .strictObject({
    op: oneOrMany(z.enum(['llm_map', 'write_text', 'audit_gate', 'external']))
      .optional()
      .describe('step op(s); `external` matches steps reported over the API (awo serve)'),
    step_id: oneOrMany(z.string().min(1))
      .optional()
      .describe('glob(s) on the step id: * any run, ? one character'),
    step_type: oneOrMany(z.string().min(1))
      .optional()
      .describe('step type label(s): observe, decide, gate, act, transform, ...'),
    prompt_contains: oneOrMany(z.string().min(1))
      .optional()
      .describe('substring(s) of the prompt, case-insensitive'),
    prompt_regex: z
      .string()
      .optional()
      .describe(
        'regular expression (RE2 syntax, linear time; at most 4096 characters and 2000 compiled instructions) tested on the prompt',
      ),
    params: z
      .record(z.string(), ParamCondition)
      .optional()
      .describe('conditions on params; `model` is the effective model'),
    path: oneOrMany(z.string().min(1))
      .optional()
      .describe('glob(s) on the write_text path, relative to artifacts/; ** crosses folders'),
  })
  .describe('all given fields must match');
export type RuleMatch = z.infer<typeof RuleMatch>;

export const PolicyRule = z
  .strictObject({
    id: z.string().min(1).max(128).describe('rule id, reported in rules_triggered'),
    match: RuleMatch,
    decision: Decision,
    reason: z.string().min(1).max(2000).describe('why, in words a reviewer reads'),
  })
  // A pattern RE2 cannot run in linear time, or whose compiled program is too large, is refused here, at load
  // time, naming the rule: never at match time.
  .superRefine((rule, ctx) => {
    for (const field of ['step_id', 'path'] as const) {
      const globs = rule.match[field];
      for (const glob of globs === undefined ? [] : typeof globs === 'string' ? [globs] : globs) {
        const problem = linearRegexProblem(globToSource(glob));
        if (problem !== undefined)
          ctx.addIssue({
            code: 'custom',
            path: ['match', field],
            message: `rule "${rule.id}": glob ${problem}`,
          });
      }
    }
    const source = rule.match.prompt_regex;
    const problem = source === undefined ? undefined : linearRegexProblem(source, MAX_PROGRAM_SIZE);
    if (problem !== undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['match', 'prompt_regex'],
        message: `rule "${rule.id}": is not a regular expression the policy engine accepts (RE2 syntax, matched in linear time; no backreferences or lookaround; at most ${MAX_PATTERN_LENGTH} characters compiling to at most ${MAX_PROGRAM_SIZE} instructions): ${problem}`,
      });
  });
export type PolicyRule = z.infer<typeof PolicyRule>;

/** A governance policy: rules evaluated for every step; the most severe matching decision wins. */
export const Policy = z
  .strictObject({
    $schema: z.string().optional(),
    id: z.string().min(1).max(128).describe('policy id, recorded with every decision'),
    tier: z.string().min(1).max(64).describe('risk tier label, e.g. low, medium, high'),
    default: Decision.describe('decision when no rule matches'),
    rules: z.array(PolicyRule).default([]),
    allow_self_approval: z
      .boolean()
      .optional()
      .describe(
        'true lets the actor who started a run (or requested its gate) approve its gates; absent or false refuses self-approval',
      ),
  })
  .superRefine((policy, ctx) => {
    const seen = new Set<string>();
    policy.rules.forEach((rule, index) => {
      if (seen.has(rule.id))
        ctx.addIssue({
          code: 'custom',
          path: ['rules', index, 'id'],
          message: `duplicate rule id "${rule.id}"`,
        });
      seen.add(rule.id);
    });
  });
export type Policy = z.infer<typeof Policy>;

/** The policy used when a workflow names none: allow everything, recorded as such. */
export const DEFAULT_POLICY: Policy = {
  id: 'default-allow',
  tier: 'none',
  default: 'allow',
  rules: [],
};
