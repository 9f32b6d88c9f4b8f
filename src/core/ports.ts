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
  generate(prompt: string, params: Record<string, unknown>, signal?: AbortSignal): Promise<GenerateResult>;
}
