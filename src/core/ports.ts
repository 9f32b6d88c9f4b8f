/**
 * The small interfaces through which the pure core reaches the outside world. The faces inject
 * real implementations (system clock, node:fs run store, HTTP backends); tests inject real ones too.
 */

/** Wall clock and waiting; injected so the engine's timing is one seam. */
export interface Clock {
  now(): Date;
  sleep(ms: number): Promise<void>;
}

export const systemClock: Clock = {
  now: () => new Date(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

/** What a backend returns for one call. `text` is required; everything else is recorded as given. */
export interface GenerateResult {
  text: string;
  /** Model the provider says answered. */
  model?: string;
  [key: string]: unknown;
}

/** A model backend. Throws `BackendError` (retryable or not) on failure; never retries by itself. */
export interface Backend {
  /** Backend name as selected by `--backend` (`echo`, `openai`, ...). */
  readonly name: string;
  /** Configured model id, when the backend has one. */
  readonly model?: string;
  /**
   * Base URL of the endpoint the backend calls (origin and path; never credentials, query or fragment),
   * recorded in input.json, metadata.json and the lock; absent for offline backends.
   */
  readonly endpoint?: string;
  generate(prompt: string, params: Record<string, unknown>, signal?: AbortSignal): Promise<GenerateResult>;
  /**
   * Values that must never reach a file (the API key): the engine replaces them in every answer, header echo
   * and error before it writes anything, and records the replacement as an event of the step.
   */
  readonly secrets?: readonly string[];
  /** Problems with a step's params for this backend (unknown names, wrong types); empty when fine. */
  validateParams?(params: Record<string, unknown>): string[];
}

/**
 * A run folder. Paths are `/`-separated and relative to the folder. The node:fs implementation lives in
 * src/store/; the core never touches the disk itself.
 */
export interface RunStore {
  /** The folder, for messages and outcomes. */
  readonly dir: string;
  /** Replaces a whole file. `atomic` (default true) writes a temporary file and renames it into place. */
  write(path: string, data: string | Uint8Array, options?: { atomic?: boolean }): void;
  /** Appends text to a file, creating it. */
  append(path: string, text: string): void;
  /** Closes what `append` keeps open for a file that will not grow for a while (a finished step's log). */
  release(path: string): void;
  /** Writes a `write_text` artifact under `artifacts/`, refusing to write through a symlink. */
  writeArtifact(path: string, text: string): void;
  read(path: string): Uint8Array | undefined;
  /**
   * `bytes`, just read from `path`, are what the file holds before this session appends to it (the audit
   * trail a session folded): the file's digest starts from them instead of reading it again, unless the
   * file no longer has their length at the first append.
   */
  keepForAppend?(path: string, bytes: Uint8Array): void;
  /** The last `bytes` bytes of a file (all of it when shorter), read without the rest; undefined when absent. */
  readTail?(path: string, bytes: number): Uint8Array | undefined;
  exists(path: string): boolean;
  remove(path: string): void;
  /** Every regular file, relative, sorted bytewise. */
  list(): string[];
  /** Folders that hold no file (a store that cannot tell returns none). */
  emptyFolders?(): string[];
  /** Removes an empty folder (recovery: it is not evidence). */
  removeEmptyFolder?(path: string): void;
  /** Hex SHA-256 of a file, from what this process wrote where it can, else read from disk. */
  digest(path: string): string;
  /** `sha256:` digest of a file as this process wrote or appended it; undefined when it did not. */
  knownDigest?(path: string): `sha256:${string}` | undefined;
  /** Group commit: makes everything written so far durable (fsync files and folders). */
  commit(): void;
  /** Writes SHA256SUMS.txt over every other file; `known` digests (by path) are taken instead of reading those files. */
  writeManifest(known?: ReadonlyMap<string, string>): void;
  /**
   * From now on, the first change to the folder (write, append, artifact, remove) first removes `files`
   * (the seal of a stopped run) and commits that, so a seal on disk always describes the folder as it is.
   */
  unsealOnFirstWrite(files: readonly string[]): void;
  /** Releases open handles. */
  close(): void;
}
