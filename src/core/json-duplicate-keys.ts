interface Frame {
  /** Keys seen so far; null for an array. */
  keys: Set<string> | null;
  /** Where this object or array sits in its parent (null for the root). */
  at: PropertyKey | null;
  key: string;
  index: number;
  expectKey: boolean;
}

/**
 * Paths of keys that appear twice in one object of a text `JSON.parse` already accepted. JSON.parse
 * keeps the last one, other readers the first: an auditor reading the snapshot could see another workflow
 * than the one that ran.
 */
export function duplicateKeys(text: string): PropertyKey[][] {
  const found: PropertyKey[][] = [];
  const stack: Frame[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') {
      const start = i;
      for (i++; text[i] !== '"'; i++) if (text[i] === '\\') i++;
      const top = stack.at(-1);
      if (!top?.keys || !top.expectKey) continue;
      const raw = text.slice(start + 1, i);
      const key = raw.includes('\\') ? (JSON.parse(text.slice(start, i + 1)) as string) : raw;
      if (top.keys.has(key)) found.push([...stack.slice(1).map((frame) => frame.at as PropertyKey), key]);
      top.keys.add(key);
      top.key = key;
      top.expectKey = false;
    } else if (c === '{' || c === '[') {
      const parent = stack.at(-1);
      stack.push({
        keys: c === '{' ? new Set() : null,
        at: parent ? (parent.keys ? parent.key : parent.index) : null,
        key: '',
        index: 0,
        expectKey: c === '{',
      });
    } else if (c === '}' || c === ']') {
      stack.pop();
    } else if (c === ',') {
      const top = stack.at(-1);
      if (top?.keys) top.expectKey = true;
      else if (top) top.index++;
    }
  }
  return found;
}
