import { matchesAnyGlob } from './glob.js';
import type { Decision, ParamCondition, Policy, PolicyRule } from './policy-schema.js';
import { jsonEqual } from './json-equal.js';
import { compileLinear, MAX_REGEX_WORK } from './linear-regex.js';
import type { NormalisedStep } from './workflow-schema.js';

/** A step executed outside the engine and reported over the API: only its id and type label are known up front. */
export interface ExternalStepShape {
  id: string;
  op: 'external';
  type?: string;
}

/** What a policy sees of a step, resolved just before it would execute (or, for an external step, as reported). */
export interface StepFacts {
  step: NormalisedStep | ExternalStepShape;
  /** The prompts exactly as they would be sent (templates rendered, mapped over inputs). */
  prompts: string[];
  /** Params as the backend would get them, with `model` set to the effective model; an external step's input fields. */
  params: Record<string, unknown>;
}

/**
 * What the policy sees of a workflow step: the prompts and params of its resolved input, with `model` set to
 * the model it runs on. The engine decides on it, and `awo verify` decides again on the same.
 */
export function workflowStepFacts(
  step: NormalisedStep,
  stepInput: Record<string, unknown>,
  model: string,
): StepFacts {
  return {
    step,
    prompts: (stepInput.prompts as string[] | undefined) ?? [],
    params: { ...(stepInput.params as Record<string, unknown> | undefined), model },
  };
}

/** What the policy sees of an external step: its id and type, and its input's fields as the params. */
export function externalStepFacts(step: ExternalStepShape, input: Record<string, unknown>): StepFacts {
  return { step, prompts: [], params: { ...input } };
}

/** A policy decision as recorded in the step log, the audit trail, the receipt and the report. */
export interface PolicyDecision {
  decision: Decision;
  reason: string;
  policy_id: string;
  tier: string;
  rules_triggered: string[];
}

const SEVERITY: Record<Decision, number> = { allow: 0, flag: 1, deny: 2 };

const list = <T>(value: T | readonly T[]): readonly T[] => (Array.isArray(value) ? value : [value as T]);

function conditionHolds(value: unknown, condition: ParamCondition): boolean {
  const present = value !== undefined;
  if (condition.present !== undefined && condition.present !== present) return false;
  const same = (other: unknown) => present && jsonEqual(value, other);
  if ('equals' in condition && condition.equals !== undefined && !same(condition.equals)) return false;
  if (condition.in && !condition.in.some(same)) return false;
  if (condition.not_in && (!present || condition.not_in.some(same))) return false;
  const numeric = [condition.gt, condition.gte, condition.lt, condition.lte].some(
    (bound) => bound !== undefined,
  );
  if (numeric) {
    if (typeof value !== 'number') return false;
    if (condition.gt !== undefined && !(value > condition.gt)) return false;
    if (condition.gte !== undefined && !(value >= condition.gte)) return false;
    if (condition.lt !== undefined && !(value < condition.lt)) return false;
    if (condition.lte !== undefined && !(value <= condition.lte)) return false;
  }
  return true;
}

/** True when every field the rule gives, except `prompt_regex`, matches the step. */
function ruleMatchesBesidesRegex(rule: PolicyRule, facts: StepFacts): boolean {
  const { match } = rule;
  const { step } = facts;
  if (match.op && !list(match.op).includes(step.op)) return false;
  if (match.step_id && !matchesAnyGlob(step.id, match.step_id)) return false;
  if (match.step_type && !(step.type !== undefined && list(match.step_type).includes(step.type)))
    return false;
  if (match.prompt_contains || match.prompt_regex) {
    if (step.op !== 'llm_map') return false;
    if (match.prompt_contains) {
      const needles = list(match.prompt_contains).map((needle) => needle.toLowerCase());
      if (!facts.prompts.some((prompt) => needles.some((needle) => prompt.toLowerCase().includes(needle))))
        return false;
    }
  }
  if (match.params) {
    for (const [name, condition] of Object.entries(match.params)) {
      if (!conditionHolds(facts.params[name], condition)) return false;
    }
  }
  if (match.path) {
    if (step.op !== 'write_text' || !matchesAnyGlob(step.args.path, match.path)) return false;
  }
  return true;
}

const regexMatches = (source: string, prompts: readonly string[]): boolean => {
  const pattern = compileLinear(source);
  return prompts.some((prompt) => pattern.test(prompt));
};

/**
 * The work `prompt_regex` tests would cost for these rules (compiled instructions × prompt characters, one more
 * character per prompt for the end of text), so a step can be refused before any of it is spent.
 */
function regexWork(rules: readonly PolicyRule[], prompts: readonly string[]): number {
  const characters = prompts.reduce((sum, prompt) => sum + prompt.length + 1, 0);
  return rules.reduce(
    (sum, rule) => sum + compileLinear(rule.match.prompt_regex as string).programSize * characters,
    0,
  );
}

/**
 * Evaluates every rule against a step. The most severe matching decision wins (deny > flag > allow);
 * no match gives the policy's default. Pure.
 */
export function evaluatePolicy(policy: Policy, facts: StepFacts): PolicyDecision {
  const candidates = policy.rules.filter((rule) => ruleMatchesBesidesRegex(rule, facts));
  const withRegex = candidates.filter((rule) => rule.match.prompt_regex !== undefined);
  const work = regexWork(withRegex, facts.prompts);
  if (work > MAX_REGEX_WORK) {
    // Fail closed: a prompt too long for the rules' regex budget is denied, never checked in part or allowed.
    const ids = withRegex.map((rule) => rule.id);
    return {
      policy_id: policy.id,
      tier: policy.tier,
      rules_triggered: ids,
      decision: 'deny',
      reason: `prompt_regex budget exceeded: rule${ids.length > 1 ? 's' : ''} ${ids.map((id) => `"${id}"`).join(', ')} would cost ${work} (compiled instructions × prompt characters); at most ${MAX_REGEX_WORK} is allowed per step`,
    };
  }
  const triggered = candidates.filter(
    (rule) => rule.match.prompt_regex === undefined || regexMatches(rule.match.prompt_regex, facts.prompts),
  );
  const base = { policy_id: policy.id, tier: policy.tier, rules_triggered: triggered.map((rule) => rule.id) };
  if (triggered.length === 0) {
    return {
      ...base,
      decision: policy.default,
      reason: `no rule matched; policy default is ${policy.default}`,
    };
  }
  const worst = triggered.reduce((a, b) => (SEVERITY[b.decision] > SEVERITY[a.decision] ? b : a));
  const reasons = triggered
    .filter((rule) => rule.decision === worst.decision)
    .map((rule) => `${rule.id}: ${rule.reason}`);
  return { ...base, decision: worst.decision, reason: reasons.join('; ') };
}
