import type { Backend } from '../core/ports.js';

/** Checks one param's value; returns what is wrong with it, or undefined when it is fine. */
export type ParamCheck = (value: unknown) => string | undefined;

const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** A finite number within [min, max]. */
export function numberIn(min: number, max: number): ParamCheck {
  return (v) => (isNumber(v) && v >= min && v <= max ? undefined : `must be a number from ${min} to ${max}`);
}

/** An integer of at least `min`. */
export function integerFrom(min: number): ParamCheck {
  return (v) => (Number.isInteger(v) && (v as number) >= min ? undefined : `must be an integer >= ${min}`);
}

/** Any string. */
export const text: ParamCheck = (v) => (typeof v === 'string' ? undefined : 'must be a string');

/** A string, or a list of up to `max` strings. */
export function stopSequences(max: number): ParamCheck {
  return (v) => {
    if (typeof v === 'string') return undefined;
    if (Array.isArray(v) && v.length <= max && v.every((s) => typeof s === 'string')) return undefined;
    return `must be a string or a list of at most ${max} strings`;
  };
}

/** Param name → its check: the params a backend understands. */
export type ParamSpec = Readonly<Record<string, ParamCheck>>;

/**
 * One problem per unknown or invalid param, each as `params.<name>: ...` so the engine can prefix the
 * step's JSON path (`steps[0].params.seed: ...`). Unknown params are errors, never silently dropped:
 * a setting the provider never saw would make the evidence claim something that did not happen.
 */
export function checkParams(params: Record<string, unknown>, spec: ParamSpec, backend: string): string[] {
  const problems: string[] = [];
  const accepted = Object.keys(spec).sort();
  for (const [name, value] of Object.entries(params)) {
    const check = spec[name];
    if (check === undefined) {
      problems.push(
        `params.${name}: not accepted by the ${backend} backend (accepted: ${accepted.join(', ')})`,
      );
      continue;
    }
    const problem = check(value);
    if (problem !== undefined) problems.push(`params.${name}: ${problem}`);
  }
  return problems;
}

/** A backend that stands for a provider: it validates params, and each call throws if they are wrong. */
export type ProviderBackend = Backend & { validateParams(params: Record<string, unknown>): string[] };
