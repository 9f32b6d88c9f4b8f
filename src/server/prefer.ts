/**
 * True when an RFC 7240 `Prefer` header asks for `return=minimal` (preferences are comma-separated, each
 * may carry `;` parameters; names are case-insensitive, the value may be quoted).
 */
export function prefersMinimal(header: string | string[] | undefined): boolean {
  const values = Array.isArray(header) ? header : header === undefined ? [] : [header];
  return values.some((value) =>
    value
      .split(',')
      .some((preference) => /^return\s*=\s*"?minimal"?$/i.test(preference.split(';')[0].trim())),
  );
}
