import type { Checkpoint } from './checkpoint.js';
import type { Digest } from './hash.js';

/** What `awo verify` reads and reports: the reader it is given, its options and its verdict. */

/** Read access to a run folder (a RunStore, or an extracted bundle). */
export interface RunReader {
  read(path: string): Uint8Array | undefined;
  list(): string[];
  /** Folders that hold no file, where the reader can tell (a folder on disk). */
  emptyFolders?(): string[];
  /**
   * The digest of the very bytes `read` returns for a file, when the reader took it as it got them (a
   * bundle's extraction); verification then does not hash them again. Never a digest a writer remembers.
   */
  extractedDigest?(path: string): Digest | undefined;
}

/**
 * `verified`: a sealed run in which every file matches. `incomplete`: nothing contradicts the chain, but
 * the run is not sealed (interrupted, or its seal removed), so not everything can be established.
 * `mismatch`: a file or line contradicts the chain or the seal.
 */
export type Verdict = 'verified' | 'incomplete' | 'mismatch';

/** The outcome of `awo verify`: the verdict, and the first place that does not match. */
export interface VerifyReport {
  verdict: Verdict;
  /** True unless a mismatch was found (`verified` or `incomplete`). */
  ok: boolean;
  runId: string | null;
  status: string | null;
  /** File (and line) of the first mismatch. */
  where?: string;
  message?: string;
  /** Facts worth saying whatever the verdict (what was interrupted, what recovery will drop, ...). */
  notes: string[];
  /** True when the trail ends at a stop whose seal (workflow receipt, report.md, SHA256SUMS.txt) is present and holds. */
  sealed: boolean;
  auditLines: number;
  receipts: number;
  workflowHash: Digest | null;
  /** The RFC 9162 tree head over the complete audit lines. */
  checkpoint: Checkpoint | null;
  /** The last line that is durable, as `audit/log.jsonl line N (event, time)`. */
  lastDurable: string | null;
  /** For an incomplete run: what cannot be established until it is sealed again. */
  unestablished: string[];
  /** Files recovery removes: temporary files and files written before the chain recorded them. */
  residue: string[];
  /** Step logs recovery cuts back to the size the chain records (0: removes). */
  logTails: Map<string, number>;
  /** Digest of every evidence file this verification read (what a session may carry into its seal). */
  digests: Map<string, Digest>;
  /** Folders holding no file in an unsealed folder (a write died between folder and file): recovery removes them. */
  emptyFolders: string[];
}

/** Options of a verification. */
export interface VerifyOptions {
  /** A checkpoint kept outside the folder (an action output, an attestation): the trail must extend it. */
  checkpoint?: { size: number; root: Digest };
}
