/**
 * Typed errors with a stable `code`. The core throws them; each face (CLI, action, server) catches once
 * and maps `exitCode` / HTTP status. Messages say what was wrong, where, and what is accepted.
 */
export class AwoError extends Error {
  constructor(
    /** Stable machine-readable code, e.g. `INPUT_INVALID`. */
    readonly code: string,
    message: string,
    /** CLI exit code for this error (docs/format.md#states-and-exit-codes). */
    readonly exitCode: number,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** Where one input problem is: the document (`inline`, a file) and the JSON path inside it. */
export interface ProblemPlace {
  source: string;
  path: readonly PropertyKey[];
}

/** The user's input (workflow, policy, arguments) is invalid: exit 2, nothing written. */
export class InputError extends AwoError {
  constructor(
    message: string,
    /** One entry per problem, each naming its place (file and JSON path). */
    readonly problems: string[] = [message],
    /** For each problem, where known, the document it is in and the validator's path inside it (not parsed back from text). */
    readonly places: (ProblemPlace | undefined)[] = [],
  ) {
    super('INPUT_INVALID', message, 2);
  }
}

/** A state transition that the run's state does not allow (approve a completed run, ...): exit 2, nothing changed. */
export class IllegalTransition extends AwoError {
  constructor(message: string) {
    super('ILLEGAL_TRANSITION', message, 2);
  }
}

/** Evidence does not match what it claims: a hash, a chain link, a receipt. Names the first place. */
export class IntegrityError extends AwoError {
  constructor(
    message: string,
    /** The file (and line) where the first mismatch was found. */
    readonly where: string,
  ) {
    super('INTEGRITY', message, 1);
  }
}

/** A run folder or bundle that cannot be read as one. */
export class NotFoundError extends AwoError {
  constructor(message: string) {
    super('NOT_FOUND', message, 2);
  }
}

/** A model backend failed. `retryable` errors (429, 5xx, resets, timeouts) are retried by the engine. */
export class BackendError extends AwoError {
  constructor(
    message: string,
    readonly retryable: boolean,
    /** Delay the provider asked for (Retry-After), in milliseconds. */
    readonly retryAfterMs?: number,
    /** HTTP status, when the failure came from one. */
    readonly status?: number,
  ) {
    super(retryable ? 'BACKEND_TRANSIENT' : 'BACKEND_FAILED', message, 1);
  }
}

/** Turns anything thrown into a one-line message; non-Error throws included. */
export function messageOf(err: unknown): string {
  if (err instanceof Error) return err.message;
  return String(err);
}
