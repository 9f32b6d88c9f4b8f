import { formatCheckpoint, rootDigest, type Checkpoint } from './checkpoint.js';
import { IntegrityError } from './errors.js';
import { canonicalJson, type Digest } from './hash.js';
import { leafHash } from './merkle.js';
import { shardLabel } from './shard-share.js';
import type { ShardPlan } from './shard-plan.js';

/** Where in its life a shard bundle was packed: its run's status. */
export type ShardStage = 'completed' | 'paused' | 'failed' | 'rejected';

/**
 * A shard bundle's file and artifact name: `awo-<run id>-<short sha>-shard<NNN>-p<plan 12>-<stage>-a<attempt>-<digest 12>.tar.gz`.
 * Unique per shard and attempt within a workflow run (a matrix shares one job id), and it says which plan
 * and shard it claims to be; the merge checks that claim against the bundle's content.
 */
export function shardArtifactName(
  packedName: string,
  facts: { shard: number; planDigest: string; stage: ShardStage; attempt: number; sha256: string },
): string {
  const base = packedName.replace(/\.tar\.gz$/, '');
  const plan = facts.planDigest.replace(/^sha256:/, '').slice(0, 12);
  const digest = facts.sha256.replace(/^sha256:/, '').slice(0, 12);
  return `${base}-shard${shardLabel(facts.shard)}-p${plan}-${facts.stage}-a${facts.attempt}-${digest}.tar.gz`;
}

const SHARD_NAME =
  /-shard(\d{3})-p([0-9a-f]{12})-(completed|paused|failed|rejected)-a(\d{1,6})-[0-9a-f]{12}\.tar\.gz$/;

/** A bundle found for a merge: its name, what the name claims, and its digest when a service gave one. */
export interface ShardCandidate {
  artifact: string;
  shard: number;
  planPrefix: string;
  stage: ShardStage;
  attempt: number;
  /** Digest the artifact service recorded for it (the merge checks the bytes against it). */
  sha256?: string;
}

/** True for a name {@link shardArtifactName} makes. */
export function isShardArtifact(name: string): boolean {
  return SHARD_NAME.test(name);
}

/** Reads the claims of a shard bundle's name; undefined for any other name. */
export function parseShardArtifact(name: string, sha256?: string): ShardCandidate | undefined {
  const match = SHARD_NAME.exec(name);
  if (!match) return undefined;
  return {
    artifact: name,
    shard: Number(match[1]),
    planPrefix: match[2],
    stage: match[3] as ShardStage,
    attempt: Number(match[4]),
    ...(sha256 ? { sha256 } : {}),
  };
}

/** An attempt the merge did not use because a newer attempt of the same shard replaced it. */
export interface ReplacedAttempt {
  shard: number;
  attempt: number;
  stage: ShardStage;
  artifact: string;
  replaced_by_attempt: number;
}

/**
 * Picks one bundle per shard of the plan, failing closed (`IntegrityError` naming the artifact or shard):
 * a bundle of another plan, a shard index outside the plan, two bundles of one shard and attempt, or a
 * shard with no bundle. A shard with several attempts uses its newest (a re-run job); the older ones are
 * returned as replaced, to be recorded.
 */
export function selectShards<T extends ShardCandidate>(
  plan: ShardPlan,
  candidates: readonly T[],
): { chosen: T[]; replaced: ReplacedAttempt[] } {
  const prefix = plan.plan_digest.slice('sha256:'.length, 'sha256:'.length + 12);
  const byShard = new Map<number, T[]>();
  for (const candidate of [...candidates].sort((a, b) => (a.artifact < b.artifact ? -1 : 1))) {
    if (candidate.planPrefix !== prefix)
      throw new IntegrityError(
        `shard bundle ${candidate.artifact} belongs to another plan (p${candidate.planPrefix}), not plan ${plan.plan_digest}; one sharded plan per merge`,
        candidate.artifact,
      );
    if (candidate.shard >= plan.shards)
      throw new IntegrityError(
        `shard bundle ${candidate.artifact} claims shard ${candidate.shard}, but the plan has shards 0 to ${plan.shards - 1}`,
        candidate.artifact,
      );
    byShard.set(candidate.shard, [...(byShard.get(candidate.shard) ?? []), candidate]);
  }
  const chosen: T[] = [];
  const replaced: ReplacedAttempt[] = [];
  const missing: number[] = [];
  for (let shard = 0; shard < plan.shards; shard++) {
    const found = byShard.get(shard) ?? [];
    if (found.length === 0) {
      missing.push(shard);
      continue;
    }
    const newest = Math.max(...found.map((candidate) => candidate.attempt));
    const latest = found.filter((candidate) => candidate.attempt === newest);
    if (latest.length > 1)
      throw new IntegrityError(
        `shard ${shard} is duplicated: ${latest.map((c) => c.artifact).join(' and ')} are both attempt ${newest}; refusing to choose`,
        latest[1].artifact,
      );
    chosen.push(latest[0]);
    for (const older of found.filter((candidate) => candidate.attempt !== newest))
      replaced.push({
        shard,
        attempt: older.attempt,
        stage: older.stage,
        artifact: older.artifact,
        replaced_by_attempt: newest,
      });
  }
  if (missing.length > 0)
    throw new IntegrityError(
      `shard${missing.length > 1 ? 's' : ''} ${missing.join(', ')} of plan ${plan.plan_digest} ${missing.length > 1 ? 'have' : 'has'} no bundle; every shard must complete before the merge`,
      `shard ${shardLabel(missing[0])}`,
    );
  return { chosen, replaced };
}

/** One shard as the parent run binds it: a leaf of the shards' Merkle tree. */
export interface ShardRecord {
  shard: number;
  attempt: number;
  artifact: string;
  /** Where the bundle is kept inside the parent run folder. */
  path: string;
  bundle_sha256: string;
  run_id: string;
  /** The shard run's checkpoint over its audit lines, `<size>:sha256:<hex>`. */
  checkpoint: string;
}

/** `shards/merge.json`: what the merge took, the tree over it, and the attempts it replaced. */
export interface MergeRecord {
  plan_digest: Digest;
  shards: ShardRecord[];
  /** RFC 9162 tree head over the shard records (leaf: canonical JSON of a record), in shard order. */
  shards_root: Digest;
  replaced: ReplacedAttempt[];
}

/** Where the merge keeps the plan and its record inside the parent run folder. */
export const SHARDS_DIR = 'shards';
export const PLAN_FILE = `${SHARDS_DIR}/plan.json`;
export const MERGE_FILE = `${SHARDS_DIR}/merge.json`;

/** The path inside the parent run of a shard's bundle. */
export function shardBundlePath(shard: number, artifact: string): string {
  return `${SHARDS_DIR}/${shardLabel(shard)}/${artifact}`;
}

/** The record of a shard for the parent run. */
export function shardRecord(
  candidate: ShardCandidate,
  evidence: { sha256: string; checkpoint: Checkpoint },
): ShardRecord {
  return {
    shard: candidate.shard,
    attempt: candidate.attempt,
    artifact: candidate.artifact,
    path: shardBundlePath(candidate.shard, candidate.artifact),
    bundle_sha256: evidence.sha256,
    run_id: evidence.checkpoint.run_id,
    checkpoint: formatCheckpoint(evidence.checkpoint),
  };
}

/** The Merkle tree head over shard records, in shard order. */
export function shardsRoot(records: readonly ShardRecord[]): Digest {
  return rootDigest(records.map((record) => leafHash(canonicalJson(record))));
}
