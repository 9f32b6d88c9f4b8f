import * as fs from 'node:fs';
import * as path from 'node:path';
import { readInputFile } from '../store/read-input-file.js';
import { decodeUtf8 } from '../core/utf8-text.js';
import { BackendError, InputError, NotFoundError } from '../core/errors.js';
import { canonicalJson, digestBytes } from '../core/hash.js';
import type { GenerateResult } from '../core/ports.js';
import type { ProviderBackend } from './params.js';

/** Params the engine consumes itself and never hands to a backend, so they never take part in a match. */
const ENGINE_ONLY_PARAMS = ['concurrency'];
/** Fields the engine adds around a backend's answer; the replayed answer is what the backend returned. */
const ENGINE_FIELDS = ['prompt', 'attempts'];

interface RecordedCall {
  step: string;
  result: GenerateResult;
}

/** Recorded answers of one run, keyed by prompt and params. */
export interface ReplayIndex {
  /** The run folder the calls were read from, or the bundle when it was unpacked to be read. */
  runDir: string;
  /** Backend name and model of the recorded run, from its `input.json`. */
  backend: { name: string | null; model: string | null };
  calls: Map<string, RecordedCall[]>;
  /** Prompt hash → steps that asked it, to tell "other params" from "never asked". */
  prompts: Map<string, Set<string>>;
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function withoutEngineParams(params: Record<string, unknown>): Record<string, unknown> {
  const out = { ...params };
  for (const key of ENGINE_ONLY_PARAMS) delete out[key];
  return out;
}

/** The lookup key: a prompt and its params, canonical JSON so key order never matters. */
export function replayKey(prompt: string, params: Record<string, unknown>): string {
  return `${digestBytes(prompt)} ${digestBytes(canonicalJson(withoutEngineParams(params)))}`;
}

function readJson(file: string): unknown {
  try {
    // A recorded file, read as any user-named input: a FIFO or a device there is refused, not waited on.
    return JSON.parse(decodeUtf8(readInputFile(file, 'file'), file)) as unknown;
  } catch (err) {
    throw new InputError(`replay: cannot read ${file}: ${(err as Error).message}`);
  }
}

/**
 * Indexes every recorded call of a run folder (`outputs/<step id>.json`). A prompt asked several times
 * with the same params keeps its answers in order, so a replay hands them out in the same order.
 */
export function loadReplayIndex(runDir: string): ReplayIndex {
  const outputs = path.join(runDir, 'outputs');
  if (!fs.existsSync(path.join(runDir, 'input.json')) && !fs.existsSync(outputs)) {
    throw new NotFoundError(`replay: ${runDir} is not a run folder (no input.json, no outputs/)`);
  }
  const index: ReplayIndex = {
    runDir,
    backend: { name: null, model: null },
    calls: new Map(),
    prompts: new Map(),
  };
  const input = fs.existsSync(path.join(runDir, 'input.json'))
    ? readJson(path.join(runDir, 'input.json'))
    : undefined;
  if (isObject(input) && isObject(input.backend)) {
    const { name, model } = input.backend;
    index.backend = {
      name: typeof name === 'string' ? name : null,
      model: typeof model === 'string' ? model : null,
    };
  }
  const files = fs.existsSync(outputs)
    ? fs
        .readdirSync(outputs)
        .filter((f) => f.endsWith('.json'))
        .sort()
    : [];
  for (const file of files) {
    const record = readJson(path.join(outputs, file));
    if (!isObject(record) || record.op !== 'llm_map' || !isObject(record.output)) continue;
    const step = typeof record.step_id === 'string' ? record.step_id : file.replace(/\.json$/, '');
    const stepParams =
      isObject(record.input) && isObject(record.input.params) ? record.input.params : undefined;
    const calls = Array.isArray(record.output.calls) ? record.output.calls : [];
    for (const call of calls) {
      if (!isObject(call) || typeof call.prompt !== 'string' || typeof call.text !== 'string') continue;
      const params = stepParams ?? (isObject(call.params) ? call.params : {});
      const result: Record<string, unknown> = { ...call };
      for (const field of ENGINE_FIELDS) delete result[field];
      const key = replayKey(call.prompt, params);
      const list = index.calls.get(key) ?? [];
      list.push({ step, result: result as GenerateResult });
      index.calls.set(key, list);
      const promptHash = digestBytes(call.prompt);
      index.prompts.set(promptHash, (index.prompts.get(promptHash) ?? new Set()).add(step));
    }
  }
  return index;
}

/** Where the recorded run comes from: a folder now, or a bundle that has to be unpacked first. */
export type ReplaySource = { kind: 'folder'; runDir: string } | { kind: 'bundle'; bundlePath: string };

/**
 * Resolves `--replay-from`: a run folder, a `.tar.gz` bundle, or a run id under `runsDir`.
 * Bundles are unpacked on first use (it is asynchronous); folders are read at once so a wrong path
 * fails before the run starts.
 */
export function resolveReplaySource(from: string, runsDir?: string): ReplaySource {
  const candidates = [path.resolve(from), ...(runsDir ? [path.resolve(runsDir, from)] : [])];
  for (const candidate of candidates) {
    if (!fs.existsSync(candidate)) continue;
    if (fs.statSync(candidate).isDirectory()) return { kind: 'folder', runDir: candidate };
    if (/\.(tar\.gz|tgz)$/.test(candidate)) return { kind: 'bundle', bundlePath: candidate };
    throw new InputError(`replay: ${candidate} is neither a run folder nor a .tar.gz bundle`);
  }
  throw new NotFoundError(`replay: no run folder or bundle at ${candidates.join(' or ')}`);
}

/**
 * Unpacks a bundle into a folder, gives `read` the run folder inside it, and removes what it unpacked
 * once `read` returned or threw: what the backend needs of the recording is read whole, at once.
 */
export type BundleOpener = <T>(bundlePath: string, read: (runDir: string) => T) => Promise<T>;

/**
 * Answers from a previous run: the recorded answer for the same prompt and params, field for field,
 * so a faithful re-execution gives the same output hashes. A call that was not recorded fails,
 * not retryable, naming the prompt's hash and whether the prompt was recorded with other params.
 */
export function createReplayBackend(source: ReplaySource, openBundle?: BundleOpener): ProviderBackend {
  let loaded: ReplayIndex | undefined = source.kind === 'folder' ? loadReplayIndex(source.runDir) : undefined;
  let loading: Promise<ReplayIndex> | undefined;
  const served = new Map<string, number>();

  const index = async (): Promise<ReplayIndex> => {
    if (loaded) return loaded;
    if (source.kind !== 'bundle') throw new Error('unreachable: folders are loaded eagerly');
    if (!openBundle)
      throw new InputError(
        `replay: cannot open bundle ${source.bundlePath} here; unpack it and pass the run folder`,
      );
    // The folder it was unpacked into is gone once read: messages name the bundle.
    loading ??= openBundle(source.bundlePath, (runDir) => ({
      ...loadReplayIndex(runDir),
      runDir: source.bundlePath,
    })).then((read) => (loaded = read));
    return loading;
  };

  return {
    name: 'replay',
    ...(loaded?.backend.model ? { model: loaded.backend.model } : {}),
    // Any params can be replayed; whether they match a recording is decided per call.
    validateParams: () => [],
    async generate(prompt: string, params: Record<string, unknown>): Promise<GenerateResult> {
      const idx = await index();
      const key = replayKey(prompt, params);
      const recorded = idx.calls.get(key);
      if (recorded === undefined || recorded.length === 0) {
        const promptHash = digestBytes(prompt);
        const steps = idx.prompts.get(promptHash);
        const why = steps
          ? `recorded only with other params (in step ${[...steps].join(', ')})`
          : 'this prompt was never recorded';
        throw new BackendError(
          `replay: no recorded call in ${idx.runDir} for prompt ${promptHash} with params ${canonicalJson(withoutEngineParams(params))}: ${why}`,
          false,
        );
      }
      // The n-th identical call gets the n-th recorded answer; past the end, the last one again.
      const n = served.get(key) ?? 0;
      served.set(key, n + 1);
      const call = recorded[Math.min(n, recorded.length - 1)];
      return structuredClone(call.result);
    },
  };
}
