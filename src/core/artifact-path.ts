/**
 * Normalises a `write_text` path to a safe relative path inside `artifacts/`, or says why it cannot be.
 * Pure: the symlink check happens where the file is written (the run store).
 */
export function normaliseArtifactPath(raw: string): { path: string } | { error: string } {
  if (raw.includes('\0')) return { error: 'contains a NUL byte' };
  if (raw.includes('\\')) return { error: 'contains a backslash; use "/" between folders' };
  if (raw.startsWith('/') || /^[A-Za-z]:/.test(raw))
    return { error: `"${raw}" is absolute; give a path relative to artifacts/` };
  const parts: string[] = [];
  for (const segment of raw.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') return { error: `"${raw}" contains ".."; paths must stay inside artifacts/` };
    // File systems count a name's bytes: 200 × "é" is 400 of them (a UTF-16 unit is at most 3 in UTF-8).
    if (segment.length > 85 && new TextEncoder().encode(segment).length > 255)
      return { error: 'has a path segment longer than 255 bytes in UTF-8' };
    parts.push(segment);
  }
  if (parts.length === 0) return { error: `"${raw}" names no file inside artifacts/` };
  if (raw.endsWith('/')) return { error: `"${raw}" ends with "/"; name the file to write` };
  if (parts[0] === 'artifacts' && parts.length > 1)
    return {
      error: `"${raw}" starts with "artifacts/", but paths are already relative to artifacts/; give "${parts.slice(1).join('/')}"`,
    };
  const path = parts.join('/');
  if (path.length > 1024) return { error: 'is longer than 1024 characters' };
  return { path };
}
