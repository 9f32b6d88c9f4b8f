import { AUDIT_LOG } from './audit-chain.js';
import { compareBytewise } from './bytewise-order.js';
import type { Digest } from './hash.js';
import { MAX_RECORD_DEPTH, tooDeep } from './json-depth.js';
import { utf8Text } from './utf8-text.js';

/**
 * Names of a run folder's files that many parts read, and how a session or a reader reads a seal without
 * `awo verify`'s full parser: the manifest as the stop writes it (names needing no escape), JSON records as
 * objects.
 */

export const MANIFEST_FILE = 'SHA256SUMS.txt';
export const WORKFLOW_RECEIPT = 'receipts/workflow.json';
export const INPUT_FILE = 'input.json';
export const METADATA_FILE = 'metadata.json';

/** Files the workflow receipt does not list: itself, the manifest written after it, and the chained audit log. */
export const OUTSIDE_EVIDENCE = new Set([WORKFLOW_RECEIPT, MANIFEST_FILE, AUDIT_LOG]);

/**
 * A stopped run's seal, in the order it is removed: the manifest first, then the report, then the workflow
 * receipt. A stop writes them back in reverse; a session removes them before it changes anything else.
 */
export const SEAL = [MANIFEST_FILE, 'report.md', WORKFLOW_RECEIPT] as const;

/**
 * The temporary file of a whole-file write (temp file + rename) that a crash interrupted. Artifacts are
 * written in place, never through a temp file, so under `artifacts/` such a name is a workflow's own file.
 */
export const LEFTOVER_TEMP = /^(?!artifacts\/).*\.tmp-\d+$|^\.SHA256SUMS\.txt\.partial$/;

const MANIFEST_LINE = /^([0-9a-f]{64}) {2}\.\/([^\\\n]+)$/;

/** Digests by path, as `SHA256SUMS.txt` lists them. */
export interface ManifestLookup {
  get(path: string): Digest | undefined;
  /** How many listed paths start with `folder` (a `/`-terminated folder name). */
  countUnder(folder: string): number;
}

/** A JSON object's bytes (or text) parsed; undefined when they are not one, or one nested deeper than a record. */
export function parseObject<T>(data: Uint8Array | string): T | undefined {
  try {
    const value = JSON.parse(typeof data === 'string' ? data : utf8Text(data)) as unknown;
    const object = value !== null && typeof value === 'object' && !Array.isArray(value);
    return object && !tooDeep(value, MAX_RECORD_DEPTH) ? (value as T) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A record a stop wrote (indented JSON) parsed without its top-level member `name` and what follows it: the
 * bulk of some records (the receipt's `evidence` map, metadata's `steps`) that a reader of the members before
 * it does not need. A raw line break cannot be inside a JSON string, so the cut parses only where it falls
 * between top-level members; a record laid out otherwise is parsed whole.
 */
export function parseObjectBefore<T>(data: Uint8Array | string, name: string): T | undefined {
  return parseMembersBefore<T>(data, name) ?? parseObject<T>(data);
}

/**
 * The members before `name` alone (see {@link parseObjectBefore}), from the text up to the cut; undefined when
 * `name` is not a top-level member there or what comes before it is not an object's start. The bytes after the
 * cut are not needed: a file's first kilobytes are enough when they hold the cut.
 */
export function parseMembersBefore<T>(data: Uint8Array | string, name: string): T | undefined {
  const marker = `,\n  ${JSON.stringify(name)}: `;
  // Bytes are cut before they are decoded: UTF-8 is self-synchronising, so the marker's bytes occur only
  // where its characters do.
  const cut =
    typeof data === 'string'
      ? data.indexOf(marker)
      : Buffer.from(data.buffer, data.byteOffset, data.byteLength).indexOf(marker);
  if (cut === -1) return undefined;
  const head = typeof data === 'string' ? data.slice(0, cut) : utf8Text(data.subarray(0, cut));
  return parseObject<T>(`${head}\n}`);
}

/**
 * `SHA256SUMS.txt` as the stop writes it, as digests by path; undefined when any line is not so written,
 * lists the manifest itself, or the paths are not in strictly increasing bytewise order (each once, as
 * `LC_ALL=C sort` lists them).
 */
export function parseManifest(text: string): Map<string, Digest> | undefined {
  if (!text.endsWith('\n')) return undefined;
  const out = new Map<string, Digest>();
  let previous: string | undefined;
  for (const line of text.slice(0, -1).split('\n')) {
    const match = MANIFEST_LINE.exec(line);
    // A line for the manifest itself could never hold (`sha256sum -c` fails it); a stop never writes one.
    if (!match || match[2] === MANIFEST_FILE) return undefined;
    if (previous !== undefined && compareBytewise(previous, match[2]) >= 0) return undefined;
    previous = match[2];
    out.set(previous, `sha256:${match[1]}`);
  }
  return out;
}

/**
 * The most bytes a manifest listing `files` (the manifest itself aside) can take: one `<sha256>  ./<path>`
 * line each, with room for the escapes `sha256sum` writes. A longer one cannot list exactly these files, and
 * is refused before it is parsed: its size is not bounded by theirs otherwise.
 */
function longestManifest(files: readonly string[]): number {
  let bytes = 0;
  for (const file of files) if (file !== MANIFEST_FILE) bytes += 70 + 2 * Buffer.byteLength(file);
  return bytes;
}

/** Why a manifest of `size` bytes cannot list `files`, if it cannot ({@link longestManifest}). */
export function manifestTooLong(size: number, files: readonly string[]): string | undefined {
  const most = longestManifest(files);
  return size > most
    ? `is ${size} bytes, longer than a listing of the ${files.filter((f) => f !== MANIFEST_FILE).length} files beside it can be (${most} at most)`
    : undefined;
}

/** The manifest's line for one path, found without parsing the others; undefined unless there is exactly one. */
export function lookupManifest(text: string): ManifestLookup {
  return {
    get(path) {
      const tail = `  ./${path}\n`;
      const at = text.indexOf(tail);
      if (at < 64 || text.indexOf(tail, at + 1) !== -1) return undefined;
      const line = text.slice(at - 64, at + tail.length - 1);
      const match = at === 64 || text[at - 65] === '\n' ? MANIFEST_LINE.exec(line) : null;
      return match?.[2] === path ? `sha256:${match[1]}` : undefined;
    },
    countUnder(folder) {
      const mark = `  ./${folder}`;
      let count = 0;
      for (let at = text.indexOf(mark); at !== -1; at = text.indexOf(mark, at + mark.length))
        if (at === 64 || (at > 64 && text[at - 65] === '\n')) count++;
      return count;
    },
  };
}
