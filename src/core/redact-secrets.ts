/** What a secret found in a model's answer (or anything else the engine records) is replaced with. */
export const REDACTED_SECRET = '[redacted]';

/** Secrets shorter than this are not searched for: no provider issues keys that short. */
const MIN_SECRET_LENGTH = 4;

/**
 * Replaces every occurrence of each secret in every string (keys included) of a JSON value, before it is
 * written anywhere. Returns the cleaned value and how many occurrences were replaced. Pure.
 */
export function redactSecrets<T>(
  value: T,
  secrets: readonly string[] | undefined,
): { value: T; replaced: number } {
  const keys = (secrets ?? []).filter((secret) => secret.length >= MIN_SECRET_LENGTH);
  if (keys.length === 0) return { value, replaced: 0 };
  let replaced = 0;
  const clean = (text: string): string => {
    let out = text;
    for (const key of keys) {
      if (!out.includes(key)) continue;
      const parts = out.split(key);
      replaced += parts.length - 1;
      out = parts.join(REDACTED_SECRET);
    }
    return out;
  };
  const walk = (node: unknown): unknown => {
    if (typeof node === 'string') return clean(node);
    if (Array.isArray(node)) return node.map(walk);
    if (node !== null && typeof node === 'object')
      return Object.fromEntries(Object.entries(node).map(([key, child]) => [clean(key), walk(child)]));
    return node;
  };
  const out = walk(value) as T;
  return { value: replaced === 0 ? value : out, replaced };
}
