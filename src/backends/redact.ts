/** What a redacted secret is replaced with in any message we keep. */
export const REDACTED = '[redacted]';

/**
 * Secrets shorter than this are not searched for: replacing every "a" in a message would destroy it,
 * and no provider issues keys that short.
 */
const MIN_SECRET_LENGTH = 4;

/**
 * Removes secrets from text that came from outside (a provider's error message, a socket error):
 * every occurrence of each secret, and the partly masked key forms providers echo back
 * (`sk-abc1*********wxyz`), which still leak the key's ends.
 */
export function redact(text: string, secrets: ReadonlyArray<string | undefined>): string {
  let out = text;
  for (const secret of secrets) {
    if (secret === undefined || secret.length < MIN_SECRET_LENGTH) continue;
    out = out.split(secret).join(REDACTED);
  }
  return out.replace(/[\w-]*[A-Za-z0-9]\*{3,}[\w*-]*/g, REDACTED);
}
