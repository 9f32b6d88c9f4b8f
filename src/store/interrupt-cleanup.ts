/**
 * Temporary data an interrupted process removes. Code that writes a temp folder registers its removal here
 * while the folder exists; on SIGINT (Ctrl-C) or SIGTERM every registered removal runs, then the process
 * exits with 128 + the signal's number (130, 143), the code a shell gives a process the signal ended.
 * Listeners are installed only while a removal is registered: otherwise a signal does what it did before
 * (Node's default, or the handlers a command installs itself, as `awo serve` does).
 */

const EXIT_CODES = { SIGINT: 130, SIGTERM: 143 } as const;
type Signal = keyof typeof EXIT_CODES;
const SIGNALS = Object.keys(EXIT_CODES) as Signal[];

const pending = new Set<() => void>();

function interrupted(signal: Signal): void {
  for (const cleanup of [...pending]) {
    try {
      cleanup();
    } catch {
      // The other removals still run; the exit code says why the process ended.
    }
  }
  pending.clear();
  process.exit(EXIT_CODES[signal]);
}

/**
 * Runs `cleanup` (synchronous: the process exits right after it) if the process is interrupted before the
 * returned function is called; call it once the data is removed or kept on purpose.
 */
export function onInterrupt(cleanup: () => void): () => void {
  if (pending.size === 0) for (const signal of SIGNALS) process.on(signal, interrupted);
  pending.add(cleanup);
  return () => {
    if (!pending.delete(cleanup) || pending.size > 0) return;
    for (const signal of SIGNALS) process.off(signal, interrupted);
  };
}
