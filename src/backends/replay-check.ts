import * as path from 'node:path';
import { readInputFile } from '../store/read-input-file.js';
import { decodeUtf8 } from '../core/utf8-text.js';

/** Verdict for one step of a replayed run. */
export interface StepComparison {
  step_id: string;
  /** `match`: same output hash. `match-except-attempts`: the answers are identical and only the
   * transport retry counts differ. `replayed-decision`: a gate step, decided in the replay by replaying the
   * original's decision (same decision, people and comment; `details.replayed` names when and through which
   * channel it was first taken). `mismatch`: the output differs. `missing`: the replay did not get there. */
  verdict: 'match' | 'match-except-attempts' | 'replayed-decision' | 'mismatch' | 'missing';
  original: string | null;
  replayed: string | null;
  /** For a mismatch: the first JSON path where the outputs differ, with both values. */
  difference?: string;
}

function readJson(file: string): unknown {
  try {
    // A recorded file, read as any user-named input: a FIFO or a device there is refused, not waited on.
    return JSON.parse(decodeUtf8(readInputFile(file, 'file'), file)) as unknown;
  } catch {
    return undefined;
  }
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/** The first place two JSON values differ, as `path: original → replayed`; undefined when equal. */
export function firstDifference(a: unknown, b: unknown, at = '$'): string | undefined {
  if (isObject(a) && isObject(b) && Array.isArray(a) === Array.isArray(b)) {
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
    for (const key of keys) {
      const child = Array.isArray(a) ? `${at}[${key}]` : `${at}.${key}`;
      const found = firstDifference(a[key], b[key], child);
      if (found) return found;
    }
    return undefined;
  }
  if (JSON.stringify(a) === JSON.stringify(b)) return undefined;
  const show = (v: unknown): string => (v === undefined ? '(absent)' : JSON.stringify(v).slice(0, 120));
  return `${at}: ${show(a)} → ${show(b)}`;
}

/** The output with the engine's per-call `attempts` removed: retries change how, not what, was answered. */
function withoutAttempts(output: unknown): unknown {
  if (!isObject(output) || !Array.isArray(output.calls)) return output;
  return {
    ...output,
    calls: output.calls.map((call: unknown) => {
      if (!isObject(call)) return call;
      const rest = { ...call };
      delete rest.attempts;
      return rest;
    }),
  };
}

/**
 * True when `replayed`, a gate step's output, is the original's decision as `awo replay` records it: the
 * same gate, decision, people and comment, with source `replay` and the original's time and source kept in
 * `details.replayed`.
 */
function replaysDecision(original: unknown, replayed: unknown): boolean {
  if (!isObject(original) || !isObject(replayed) || typeof original.gate_id !== 'string') return false;
  const details = isObject(replayed.details) ? replayed.details : {};
  const first = isObject(details.replayed) ? details.replayed : {};
  const approvers = (output: Record<string, unknown>) =>
    isObject(output.details) ? output.details.approvers : undefined;
  return (
    replayed.source === 'replay' &&
    first.at === original.at &&
    first.source === original.source &&
    (['gate_id', 'decision', 'actor', 'comment'] as const).every(
      (field) => original[field] === replayed[field],
    ) &&
    JSON.stringify(approvers(original)) === JSON.stringify(approvers(replayed))
  );
}

/** Step ids of a run in workflow order, from its `input.json`. */
export function stepIds(runDir: string): string[] {
  const input = readJson(path.join(runDir, 'input.json'));
  if (!isObject(input) || !Array.isArray(input.steps)) return [];
  return input.steps
    .map((step: unknown) => (isObject(step) && typeof step.id === 'string' ? step.id : undefined))
    .filter((id): id is string => id !== undefined);
}

/**
 * Compares every step that has a receipt in the original run with the replayed run: the receipts'
 * `output_hash` first, then, when they differ, the outputs themselves to name the first difference.
 */
export function compareRuns(originalDir: string, replayDir: string): StepComparison[] {
  const results: StepComparison[] = [];
  for (const id of stepIds(originalDir)) {
    const receipt = readJson(path.join(originalDir, 'receipts', 'steps', `${id}.json`));
    if (!isObject(receipt) || typeof receipt.output_hash !== 'string') continue;
    const replayReceipt = readJson(path.join(replayDir, 'receipts', 'steps', `${id}.json`));
    const original = receipt.output_hash;
    const replayed =
      isObject(replayReceipt) && typeof replayReceipt.output_hash === 'string'
        ? replayReceipt.output_hash
        : null;
    if (replayed === null) {
      results.push({ step_id: id, verdict: 'missing', original, replayed });
      continue;
    }
    if (replayed === original) {
      results.push({ step_id: id, verdict: 'match', original, replayed });
      continue;
    }
    const a = readJson(path.join(originalDir, 'outputs', `${id}.json`));
    const b = readJson(path.join(replayDir, 'outputs', `${id}.json`));
    const outA = isObject(a) ? a.output : undefined;
    const outB = isObject(b) ? b.output : undefined;
    const difference = firstDifference(withoutAttempts(outA), withoutAttempts(outB), '$.output');
    if (replaysDecision(outA, outB)) {
      results.push({ step_id: id, verdict: 'replayed-decision', original, replayed });
    } else if (difference === undefined && outA !== undefined) {
      results.push({
        step_id: id,
        verdict: 'match-except-attempts',
        original,
        replayed,
        difference: firstDifference(outA, outB, '$.output'),
      });
    } else {
      results.push({
        step_id: id,
        verdict: 'mismatch',
        original,
        replayed,
        difference: difference ?? 'outputs unreadable',
      });
    }
  }
  return results;
}
