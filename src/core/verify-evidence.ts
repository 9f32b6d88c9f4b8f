import type { AuditLine } from './audit-chain.js';
import { digestBytes, type Digest, prettyJson } from './hash.js';
import { jsonEqual } from './json-equal.js';
import type { ChainFacts } from './run-journal.js';
import type { LockSnapshot, RunInput } from './run-plan.js';
import type { RunState } from './run-state.js';
import { MAX_RECORD_DEPTH, tooDeep } from './json-depth.js';
import type { StepOutputRecord } from './step-ops.js';
import { utf8Text } from './utf8-text.js';
import { OUTSIDE_EVIDENCE } from './run-files.js';
import type { RunReader, VerifyReport } from './verify-report.js';

/** What every check of `awo verify` shares: the reader that hashes each evidence file once, the mismatch they throw, and record parsing as strict as the writer. */

/**
 * Reads the folder for one verification, each evidence file once: the digest of the bytes a check parsed
 * is the digest later checked against the seal, so a file is neither read twice nor judged on two versions
 * of its bytes. Digests come from the bytes on disk, never from what a writer remembers.
 */
export class EvidenceReader implements RunReader {
  readonly digests = new Map<string, Digest>();

  constructor(private readonly reader: RunReader) {}

  read(path: string): Uint8Array | undefined {
    const bytes = this.reader.read(path);
    if (bytes !== undefined && !OUTSIDE_EVIDENCE.has(path))
      this.digests.set(path, this.reader.extractedDigest?.(path) ?? digestBytes(bytes));
    return bytes;
  }

  text(path: string): string | undefined {
    const bytes = this.read(path);
    return bytes === undefined ? undefined : utf8Text(bytes);
  }

  /** The digest of a file's bytes as this verification read them; undefined when it is missing. */
  digest(path: string): Digest | undefined {
    const known = this.digests.get(path);
    if (known !== undefined) return known;
    const bytes = this.read(path);
    if (bytes === undefined) return undefined;
    // Files outside the evidence map (the audit log, the workflow receipt, the manifest) are hashed here.
    return this.digests.get(path) ?? this.reader.extractedDigest?.(path) ?? digestBytes(bytes);
  }

  list(): string[] {
    return this.reader.list();
  }

  emptyFolders(): string[] {
    return this.reader.emptyFolders?.() ?? [];
  }
}

export /** The first place that does not match: a file (and line) and what is wrong with it. */
class Mismatch extends Error {
  constructor(
    readonly where: string,
    message: string,
  ) {
    super(message);
  }
}

/** A record file, parsed; it must be exactly what the writer writes (indented JSON, no duplicate key). */
export function readRecord<T>(reader: EvidenceReader, path: string): T {
  const text = reader.text(path);
  if (text === undefined) throw new Mismatch(path, 'is missing');
  // Every record is an object in the writer's form, which starts with its brace: anything else (a JSON
  // bomb of an array, say) is refused before it is parsed.
  if (!text.startsWith('{'))
    throw new Mismatch(path, 'is not a JSON object, as every record the engine writes is');
  let value: T;
  try {
    value = JSON.parse(text) as T;
  } catch {
    throw new Mismatch(path, 'is not valid JSON');
  }
  if (tooDeep(value, MAX_RECORD_DEPTH))
    throw new Mismatch(
      path,
      `nests deeper than ${MAX_RECORD_DEPTH} levels, which no record the engine writes does`,
    );
  if (writersForm(value) !== text)
    throw new Mismatch(
      path,
      'is not in the form the writer produces (a duplicate key, or an escape, spacing or field order it never writes)',
    );
  return value;
}

/** `prettyJson(value)`, or undefined for a value too large to write out (what a record never is). */
function writersForm(value: unknown): string | undefined {
  try {
    return prettyJson(value);
  } catch (err) {
    if (err instanceof RangeError) return undefined;
    throw err;
  }
}

/** Whether two values have the same canonical JSON (see json-equal.ts). */
export const same = jsonEqual;

/**
 * A record must hold exactly the fields its writer writes, in its order: `rebuilt` is the record made
 * again from those fields alone, so an added, missing or reordered field is a mismatch even where no hash
 * covers the whole file (a step's output file: its receipt hashes only `input` and `output`).
 */
export function requireShape(path: string, record: object, rebuilt: object): void {
  const keys = Object.keys(record);
  if (keys.join('\n') !== Object.keys(rebuilt).join('\n'))
    throw new Mismatch(path, 'holds other fields than the writer writes (one added, missing or moved)');
  // The same fields in the same order holding the very same values serialise alike: only a rebuilt record
  // whose values are not the record's own needs serialising (a record file can be megabytes).
  const own = record as Record<string, unknown>;
  const again = rebuilt as Record<string, unknown>;
  if (keys.some((key) => own[key] !== again[key]) && prettyJson(record) !== prettyJson(rebuilt))
    throw new Mismatch(path, 'holds other fields than the writer writes (one added, missing or moved)');
}

/** An output file as the engine writes it. */
export function outputShape(output: StepOutputRecord): StepOutputRecord {
  return { step_id: output.step_id, op: output.op, input: output.input, output: output.output };
}

/** Where verification got to, shared by the checks. */
export interface VerifyContext {
  reader: EvidenceReader;
  input: RunInput;
  lock: LockSnapshot;
  /** The lock snapshot's hash: the chain's genesis, hashed once. */
  genesis: Digest;
  state: RunState;
  facts: ChainFacts;
  lines: AuditLine[];
  texts: Map<string, string>;
  models: Set<string>;
  /** The model the policy saw at each step's latest start, where the trail records it. */
  policyModels: ReadonlyMap<string, string>;
  /** The backend of the session that last started each step, where its first line names it. */
  stepBackends: ReadonlyMap<string, string | null>;
  /** Files the chain accounts for. */
  accounted: Set<string>;
  report: VerifyReport;
}
