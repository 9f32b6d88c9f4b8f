/**
 * One queue per key (a run id): `run` calls wait for every earlier call on the same key to settle, so
 * requests on one run never interleave, while different runs proceed in parallel. In-process only: one
 * server owns a runs folder.
 */
export class KeyedMutex {
  private readonly tails = new Map<string, Promise<unknown>>();

  /** Runs `task` once every earlier task on `key` has settled; resolves or rejects as `task` does. */
  async run<T>(key: string, task: () => Promise<T> | T): Promise<T> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    const current = previous.then(task, task);
    const tail = current.catch(() => undefined);
    this.tails.set(key, tail);
    try {
      return await current;
    } finally {
      // The last task in the queue removes the key, so the map holds only runs with work pending.
      if (this.tails.get(key) === tail) this.tails.delete(key);
    }
  }

  /** Resolves once every queued task (on every key) has settled: used by graceful shutdown. */
  async idle(): Promise<void> {
    while (this.tails.size > 0) await Promise.all([...this.tails.values()]);
  }
}
