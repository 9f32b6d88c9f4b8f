import * as fs from 'node:fs';
import * as path from 'node:path';
import { createHash } from 'node:crypto';
import { IntegrityError, messageOf } from '../core/errors.js';
import { MAX_RUN_FILE_BYTES, readInputFile } from '../store/read-input-file.js';
import { compareBytewise, sortBytewise } from '../core/bytewise-order.js';
import { hasControlChar, listRunFiles } from './run-tree.js';
import { utf8Text } from '../core/utf8-text.js';
import { manifestTooLong } from '../core/run-files.js';
import { MAX_PATH_BYTES } from './entry-admission.js';

export { listRunFiles } from './run-tree.js';

/** The manifest's file name, at the top of every finished or paused run folder (docs/format.md#run-folder). */
export const MANIFEST_NAME = 'SHA256SUMS.txt';

// Written beside the manifest and renamed over it, so a reader never sees half a manifest.
const PARTIAL_NAME = `.${MANIFEST_NAME}.partial`;
const HEX = /^[0-9a-f]{64}$/;
const CHUNK = 1 << 20;

/** Result of {@link checkManifest}: `where` is the first file (or manifest line) that does not match. */
export type ManifestCheck = { ok: true } | { ok: false; where: string; message: string };

/** Hex SHA-256 of one file, read in 1 MiB chunks into one reused buffer so memory stays flat. */
export function hashFileSync(file: string, buffer: Buffer = Buffer.allocUnsafe(CHUNK)): string {
  const hash = createHash('sha256');
  // O_NOFOLLOW: a file swapped for a symlink after listing is refused instead of followed.
  const fd = fs.openSync(file, fs.constants.O_RDONLY | (fs.constants.O_NOFOLLOW ?? 0));
  try {
    for (;;) {
      const n = fs.readSync(fd, buffer, 0, buffer.length, null);
      if (n === 0) break;
      hash.update(buffer.subarray(0, n));
    }
  } finally {
    fs.closeSync(fd);
  }
  return hash.digest('hex');
}

// GNU sha256sum escapes a backslash in a name by doubling it and starting the line with one backslash;
// `sha256sum -c` undoes that. (Control characters are refused when listing, so `\n` never occurs.)
function manifestLine(hex: string, rel: string): string {
  if (!rel.includes('\\')) return `${hex}  ./${rel}\n`;
  return `\\${hex}  ./${rel.replaceAll('\\', '\\\\')}\n`;
}

/** A known digest (hex or `sha256:<hex>`) as lowercase hex; undefined when it is not a SHA-256. */
function hexOf(value: string): string | undefined {
  const hex = value.startsWith('sha256:') ? value.slice('sha256:'.length) : value;
  return HEX.test(hex) ? hex : undefined;
}

function knownHex(value: string, rel: string): string {
  const hex = hexOf(value);
  if (hex === undefined) throw new TypeError(`known digest for ${rel} is not a SHA-256: ${value}`);
  return hex;
}

/**
 * Writes `SHA256SUMS.txt` in a run folder: one `<hex>  ./<path>` line per regular file except the manifest
 * itself, sorted bytewise, in the format `sha256sum -c` accepts. Call it last, and again after a resume.
 *
 * @param knownDigests digests the caller already computed while writing, keyed by relative path without
 *   `./` (hex or `sha256:<hex>`); those files are not read again. Every other file is hashed from disk.
 * @param files the folder's regular files, sorted bytewise, when the caller keeps that list (the run's one
 *   writer, see FsRunStore); the folder is listed otherwise.
 * @throws IntegrityError naming the path when the folder holds a symlink, device, FIFO or socket, or a name
 *   with a control character.
 */
export function writeManifest(
  runDir: string,
  knownDigests?: ReadonlyMap<string, string>,
  files?: readonly string[],
): void {
  fs.rmSync(path.join(runDir, PARTIAL_NAME), { force: true });
  const buffer = Buffer.allocUnsafe(CHUNK);
  let text = '';
  for (const rel of files ?? listRunFiles(runDir)) {
    // The partial manifest was just removed; a caller's listing may have been taken before.
    if (rel === MANIFEST_NAME || rel === PARTIAL_NAME) continue;
    if (files && hasControlChar(rel))
      throw new IntegrityError(`${JSON.stringify(rel)}: a file name with a control character`, rel);
    const known = knownDigests?.get(rel);
    const hex = known === undefined ? hashFileSync(path.join(runDir, rel), buffer) : knownHex(known, rel);
    text += manifestLine(hex, rel);
  }
  const partial = path.join(runDir, PARTIAL_NAME);
  fs.writeFileSync(partial, text, { mode: 0o644 });
  fs.renameSync(partial, path.join(runDir, MANIFEST_NAME));
}

/**
 * True when `parseManifest` could not read `rel` back from its line: an empty name, a control character,
 * U+2028 or U+2029.
 */
const unreadableInLine = (rel: string) => rel === '' || hasControlChar(rel) || /[\u2028\u2029]/.test(rel);

/**
 * The manifest {@link writeManifest} writes for exactly `digests`' files, with their digests; undefined when a
 * name could not be read back from it as it is, or a digest is not a SHA-256 (the line-by-line check then
 * says where, or throws as it always did).
 */
function manifestText(digests: ReadonlyMap<string, string>): string | undefined {
  let text = '';
  for (const rel of sortBytewise([...digests.keys()])) {
    if (rel === MANIFEST_NAME) continue;
    const hex = hexOf(digests.get(rel)!);
    if (hex === undefined || unreadableInLine(rel)) return undefined;
    text += manifestLine(hex, rel);
  }
  return text;
}

interface Listed {
  hex: string;
  rel: string;
}

function parseManifest(text: string): Listed[] | { where: string; message: string } {
  if (text.length > 0 && !text.endsWith('\n')) {
    return { where: MANIFEST_NAME, message: `${MANIFEST_NAME} does not end with a newline (truncated?)` };
  }
  const lines = text.split('\n');
  lines.pop();
  const listed: Listed[] = [];
  for (const [index, line] of lines.entries()) {
    const where = `${MANIFEST_NAME}:${index + 1}`;
    // No path of a run is longer (see MAX_PATH_BYTES); nor is a line quoted whole in a message.
    if (line.length > 70 + 2 * MAX_PATH_BYTES)
      return { where, message: `${where}: longer than any line listing a path of a run` };
    const m = /^(\\?)([0-9a-f]{64}) {2}\.\/(.+)$/.exec(line);
    if (!m) {
      return {
        where,
        message: `${where}: expected "<64 lowercase hex>  ./<path>", found ${JSON.stringify(line)}`,
      };
    }
    const rel = m[1] === '\\' ? m[3].replace(/\\(.)/g, (_, c: string) => (c === 'n' ? '\n' : c)) : m[3];
    const previous = listed.at(-1);
    if (previous && compareBytewise(previous.rel, rel) >= 0) {
      return { where, message: `${where}: ${JSON.stringify(rel)} is out of bytewise order or listed twice` };
    }
    if (rel === MANIFEST_NAME) return { where, message: `${where}: the manifest must not list itself` };
    listed.push({ hex: m[2], rel });
  }
  return listed;
}

/**
 * Checks a run folder against its `SHA256SUMS.txt`: the same set of files, each with the listed digest.
 * Files are compared in bytewise order and the first one that is missing, unlisted or different is named.
 * `knownDigests` (hex or `sha256:<hex>`, by relative path) are digests the caller took of files of the
 * folder while writing or reading those very bytes (extraction, packing, a verification): those files are
 * not read again. With `complete`, they are every file of the folder, and the folder is not even listed.
 */
export function checkManifest(
  runDir: string,
  knownDigests?: ReadonlyMap<string, string>,
  complete = knownDigests !== undefined,
): ManifestCheck {
  let text: string;
  const file = path.join(runDir, MANIFEST_NAME);
  if (!fs.existsSync(file))
    return { ok: false, where: MANIFEST_NAME, message: `${MANIFEST_NAME} is missing from ${runDir}` };
  try {
    text = utf8Text(readInputFile(file, 'manifest', { maxBytes: MAX_RUN_FILE_BYTES }));
  } catch (err) {
    return { ok: false, where: MANIFEST_NAME, message: messageOf(err) };
  }
  // The manifest a stop would write for exactly these files matches by construction; anything else is
  // compared line by line below, to name the first difference.
  if (complete && knownDigests && text === manifestText(knownDigests)) return { ok: true };
  let present: string[];
  try {
    present = complete && knownDigests ? [...knownDigests.keys()] : listRunFiles(runDir);
  } catch (err) {
    if (err instanceof IntegrityError) return { ok: false, where: err.where, message: err.message };
    throw err;
  }
  const tooLong = manifestTooLong(Buffer.byteLength(text), present);
  if (tooLong) return { ok: false, where: MANIFEST_NAME, message: `${MANIFEST_NAME} ${tooLong}` };
  const buffer = Buffer.allocUnsafe(CHUNK);
  return checkManifestText(text, present, (rel) => {
    const known = knownDigests?.get(rel);
    return known === undefined ? hashFileSync(path.join(runDir, rel), buffer) : knownHex(known, rel);
  });
}

/**
 * Checks a manifest's text against the files present (relative paths, any order; the manifest itself is
 * skipped) and their digests (hex, from `digestOf`): the same set of files, each with the listed digest.
 * Names the first file, in bytewise order, that is missing, unlisted or different.
 */
export function checkManifestText(
  text: string,
  files: readonly string[],
  digestOf: (rel: string) => string | undefined,
): ManifestCheck {
  const listed = parseManifest(text);
  if (!Array.isArray(listed)) return { ok: false, ...listed };
  const present = sortBytewise(files.filter((rel) => rel !== MANIFEST_NAME));
  let i = 0;
  let j = 0;
  while (i < listed.length || j < present.length) {
    const order =
      i >= listed.length ? 1 : j >= present.length ? -1 : compareBytewise(listed[i].rel, present[j]);
    if (order < 0) {
      const rel = listed[i].rel;
      return { ok: false, where: rel, message: `${rel}: listed in ${MANIFEST_NAME} but missing` };
    }
    if (order > 0) {
      const rel = present[j];
      return { ok: false, where: rel, message: `${rel}: present but not listed in ${MANIFEST_NAME}` };
    }
    const { rel, hex } = listed[i];
    const found = digestOf(rel);
    if (found !== hex) {
      return {
        ok: false,
        where: rel,
        message: `${rel}: content does not match ${MANIFEST_NAME} (listed ${hex}, found ${found})`,
      };
    }
    i += 1;
    j += 1;
  }
  return { ok: true };
}
