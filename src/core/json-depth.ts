/**
 * How deep JSON may nest in a workflow, a policy or a request body. RFC 8785 canonicalisation recurses once
 * per level, so a value nested thousands deep would end in a stack overflow rather than a clear refusal.
 */
export const MAX_JSON_DEPTH = 100;

/** The path (`[]` for the root, `['steps', 0, 'params', 'x']`) of the first value nested deeper than `max`, if any. */
export function tooDeep(
  value: unknown,
  max = MAX_JSON_DEPTH,
  at: readonly PropertyKey[] = [],
): PropertyKey[] | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  if (at.length >= max) return [...at];
  const entries: [PropertyKey, unknown][] = Array.isArray(value)
    ? value.map((item, i) => [i, item])
    : Object.entries(value);
  for (const [key, item] of entries) {
    const found = tooDeep(item, max, [...at, key]);
    if (found) return found;
  }
  return undefined;
}
