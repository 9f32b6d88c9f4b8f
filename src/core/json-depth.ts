/**
 * How deep JSON may nest in a workflow, a policy or a request body. RFC 8785 canonicalisation recurses once
 * per level, so a value nested thousands deep would end in a stack overflow rather than a clear refusal.
 */
export const MAX_JSON_DEPTH = 100;

/** The path (`(root)`, `steps[0].params.x`) of the first value nested deeper than `max`, if any. */
export function tooDeep(value: unknown, max = MAX_JSON_DEPTH, at = '(root)', depth = 0): string | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  if (depth >= max) return at;
  const base = at === '(root)' ? '' : at;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = tooDeep(value[i], max, `${base}[${i}]`, depth + 1);
      if (found) return found;
    }
    return undefined;
  }
  for (const [key, item] of Object.entries(value)) {
    const found = tooDeep(item, max, base === '' ? key : `${base}.${key}`, depth + 1);
    if (found) return found;
  }
  return undefined;
}
