import { InputError } from './errors.js';
import { isDigest, type Digest } from './hash.js';
import { leafHash, treeRoot } from './merkle.js';

/**
 * A run's checkpoint: the RFC 9162 Merkle tree head over its audit lines at a stop. Each audit line is one
 * leaf, hashed over its bytes exactly as written in `audit/log.jsonl` without the line feed. Written at
 * every stop as {@link CHECKPOINT_FILE} and given out (action output, attestation) as `<size>:<root>`,
 * so a reader can later check a folder or bundle against a head kept outside it.
 */
export interface Checkpoint {
  run_id: string;
  /** How many audit lines the tree covers. */
  size: number;
  root: Digest;
}

/** Where a run folder keeps the checkpoint of its last stop. */
export const CHECKPOINT_FILE = 'audit/checkpoint.json';

/** The checkpoint over a run's audit lines (each exactly as written, without its line feed). */
export function checkpointOf(runId: string, lines: readonly string[]): Checkpoint {
  return { run_id: runId, size: lines.length, root: rootDigest(lines.map((line) => leafHash(line))) };
}

/** `sha256:<hex>` of the tree head over leaf hashes. */
export function rootDigest(leaves: readonly Uint8Array[]): Digest {
  return `sha256:${treeRoot(leaves).toString('hex')}`;
}

/** The text form `<size>:sha256:<hex>` used on the command line and in the action's outputs. */
export function formatCheckpoint(checkpoint: Pick<Checkpoint, 'size' | 'root'>): string {
  return `${checkpoint.size}:${checkpoint.root}`;
}

/** Reads `<size>:sha256:<hex>`; `where` names the option or field it came from. */
export function parseCheckpoint(text: string, where: string): Pick<Checkpoint, 'size' | 'root'> {
  const match = /^(0|[1-9][0-9]{0,14}):(sha256:[0-9a-f]{64})$/.exec(text.trim());
  if (!match || !isDigest(match[2])) {
    throw new InputError(
      `${where}: "${text}" is not a checkpoint; expected <size>:sha256:<64 lowercase hex>, e.g. 12:sha256:ab12…`,
    );
  }
  return { size: Number(match[1]), root: match[2] };
}
