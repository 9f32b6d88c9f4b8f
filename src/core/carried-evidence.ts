import { IntegrityError } from './errors.js';
import { digestBytes, digestObject, type Digest } from './hash.js';
import type { RunStore } from './ports.js';
import type { StepOutputRecord } from './step-ops.js';
import { METADATA_FILE, parseObject, parseObjectBefore } from './run-files.js';

/**
 * A file of a sealed run as its seal recorded it: read only when a session needs its content, and refused
 * when its bytes are no longer the sealed ones (the session would otherwise build on an edited file).
 */
export function readCarried(store: RunStore, carried: ReadonlyMap<string, Digest>, path: string): Uint8Array {
  const bytes = store.read(path);
  const sealed = carried.get(path);
  if (bytes === undefined || sealed === undefined || digestBytes(bytes) !== sealed)
    throw new IntegrityError(
      `refusing to continue run folder ${store.dir}: ${path} is not the file its seal (receipts/workflow.json) records`,
      path,
    );
  return bytes;
}

function parseCarried<T>(store: RunStore, carried: ReadonlyMap<string, Digest>, path: string): T {
  const value = parseObject<T>(readCarried(store, carried, path));
  if (value === undefined) throw new IntegrityError(`${path} is not a JSON record the engine writes`, path);
  return value;
}

/**
 * `{{steps.<id>.text}}` of a sealed run's completed steps, each read from its sealed output the first time a
 * template or the report asks for it: a session that continues after 10,000 steps reads the outputs its
 * remaining steps name, not all of them. Only `get`, `has` and `set` are meaningful (nothing iterates it).
 */
export class CarriedTexts extends Map<string, string> {
  /** Completed steps whose output has not been read yet, with the output hash the chain records. */
  private readonly unread: Map<string, Digest>;

  constructor(
    private readonly store: RunStore,
    private readonly carried: ReadonlyMap<string, Digest>,
    /** Steps whose output is sealed (completed steps other than gates), each with its chained output hash. */
    completed: Iterable<[string, Digest]>,
  ) {
    super();
    this.unread = new Map(completed);
  }

  override get(id: string): string | undefined {
    const chained = this.unread.get(id);
    if (chained !== undefined) {
      this.unread.delete(id);
      const path = `outputs/${id}.json`;
      const record = parseCarried<StepOutputRecord>(this.store, this.carried, path);
      // The seal's digest can be rewritten with the seal; the chain's output hash cannot, once verified.
      if (digestObject(record.output) !== chained)
        throw new IntegrityError(
          `refusing to continue run folder ${this.store.dir}: ${path} is not the output its step's audit line records`,
          path,
        );
      if (typeof record.output.text === 'string') super.set(id, record.output.text);
    }
    return super.get(id);
  }

  override has(id: string): boolean {
    return this.get(id) !== undefined;
  }

  override set(id: string, text: string): this {
    this.unread.delete(id);
    return super.set(id, text);
  }
}

/**
 * The models a sealed run's calls reported, as its sealed `metadata.json` lists them (which `awo verify`
 * re-derives from every output): the bytes were checked against the seal when the run was opened, and are
 * parsed the first time a stop or a step needs them.
 */
export class CarriedModels extends Set<string> {
  private metadata: Uint8Array | undefined;

  constructor(metadata: Uint8Array) {
    super();
    this.metadata = metadata;
  }

  private load(): void {
    if (this.metadata === undefined) return;
    const bytes = this.metadata;
    this.metadata = undefined;
    // The models are listed before the step records, which are most of the file and not needed here.
    const metadata = parseObjectBefore<{ models?: unknown }>(bytes, 'steps');
    if (!metadata) throw new IntegrityError(`${METADATA_FILE} is not a JSON object`, METADATA_FILE);
    const { models } = metadata;
    if (Array.isArray(models)) for (const model of models) if (typeof model === 'string') super.add(model);
  }

  override add(model: string): this {
    this.load();
    return super.add(model);
  }

  override has(model: string): boolean {
    this.load();
    return super.has(model);
  }

  override get size(): number {
    this.load();
    return super.size;
  }

  override values(): SetIterator<string> {
    this.load();
    return super.values();
  }

  override [Symbol.iterator](): SetIterator<string> {
    return this.values();
  }
}
