/**
 * How deep JSON may nest in a workflow, a policy or a request body. RFC 8785 canonicalisation recurses once
 * per level, so a value nested thousands deep would end in a stack overflow rather than a clear refusal.
 */
export const MAX_JSON_DEPTH = 100;

/**
 * How deep JSON may nest in a run folder's own files: a record holds a workflow's or a request's values
 * (at most `MAX_JSON_DEPTH` deep) a few levels down. Anything deeper was not written by the engine, and
 * hashing or re-serialising it would overflow the stack.
 */
export const MAX_RECORD_DEPTH = 2 * MAX_JSON_DEPTH;

/** The path (`[]` for the root, `['steps', 0, 'params', 'x']`) of the first value nested deeper than `max`, if any. */
export function tooDeep(value: unknown, max = MAX_JSON_DEPTH): PropertyKey[] | undefined {
  // The path is built only on the way back from a value found too deep: a walk that finds none allocates
  // nothing per value (a 10,000-step workflow has a hundred thousand of them).
  return deeperThan(value, max);
}

/** The path below `value` of its first value `left` or more levels down, if any. */
function deeperThan(value: unknown, left: number): PropertyKey[] | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  if (left <= 0) return [];
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = deeperThan(value[i], left - 1);
      if (found) return [i, ...found];
    }
    return undefined;
  }
  for (const key in value) {
    if (!Object.hasOwn(value, key)) continue;
    const found = deeperThan((value as Record<string, unknown>)[key], left - 1);
    if (found) return [key, ...found];
  }
  return undefined;
}
