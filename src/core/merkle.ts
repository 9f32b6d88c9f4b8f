import * as crypto from 'node:crypto';

/**
 * RFC 9162 (Certificate Transparency v2) Merkle tree hashing, over SHA-256.
 *
 * A leaf is `SHA-256(0x00 || data)`, an inner node `SHA-256(0x01 || left || right)`, and the tree over n
 * leaves splits at the largest power of two below n (RFC 9162 §2.1.1). A checkpoint (size, root) taken at
 * one point can later be proved a prefix of a larger tree with a consistency proof (§2.1.4), so whoever
 * holds the earlier checkpoint learns that the log only grew, without trusting the holder of the log.
 */

const LEAF_PREFIX = Buffer.from([0]);
const NODE_PREFIX = Buffer.from([1]);

// `crypto.hash` (Node 20.12+) hashes in one call without a Hash object: a run hashes one leaf per audit line
// and one node per pair, tens of thousands of small inputs, where a Hash object each is most of the cost.
const oneShot: ((data: string | Uint8Array) => Buffer) | undefined =
  typeof crypto.hash === 'function' ? (data) => crypto.hash('sha256', data, 'buffer') : undefined;

function sha256(...parts: Uint8Array[]): Buffer {
  if (oneShot) return oneShot(parts.length === 1 ? parts[0] : Buffer.concat(parts));
  const hash = crypto.createHash('sha256');
  for (const part of parts) hash.update(part);
  return hash.digest();
}

/** RFC 9162 leaf hash of one entry's bytes (a string is taken as its UTF-8 bytes). */
export function leafHash(data: string | Uint8Array): Buffer {
  // U+0000 is the one byte 0x00 in UTF-8: the prefix goes in front of the string without a copy to bytes.
  if (oneShot && typeof data === 'string') return oneShot(`\u0000${data}`);
  return sha256(LEAF_PREFIX, typeof data === 'string' ? Buffer.from(data, 'utf8') : data);
}

/** 0x01 || left || right, reused: a tree of n leaves hashes n - 1 nodes, each into a fresh digest only. */
const nodeInput = Buffer.alloc(65, 1);

/** RFC 9162 inner node hash. */
export function nodeHash(left: Uint8Array, right: Uint8Array): Buffer {
  if (!oneShot || left.length !== 32 || right.length !== 32) return sha256(NODE_PREFIX, left, right);
  nodeInput.set(left, 1);
  nodeInput.set(right, 33);
  return oneShot(nodeInput);
}

/** The largest power of two strictly below n (n ≥ 2). */
function splitPoint(n: number): number {
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
}

/** Perfect subtrees at least this large are remembered (see `perfectRoots`). */
const REMEMBERED = 64;

/**
 * Roots of perfect subtrees (2^k leaves starting at a multiple of 2^k), keyed by the leaf hash object they
 * start at, then by size, with the object they end at. A log only grows, so such a subtree never changes
 * once complete; every left half in RFC 9162's split is one, so a later root or consistency proof over the
 * same leaves (the next stop of the session, the proofs from each earlier stop) costs O(log n) node hashes
 * instead of O(n). Leaf hashes are made once per line and shared by the arrays that extend a log (never
 * edited), so the same first and last objects mean the same subtree. Keyed weakly: entries go with leaves.
 */
const perfectRoots = new WeakMap<Uint8Array, Map<number, { last: Uint8Array; root: Buffer }>>();

/** MTH over leaf hashes `leaves[from, to)`; the empty tree's root is SHA-256 of nothing. */
function subtreeRoot(leaves: readonly Uint8Array[], from: number, to: number): Buffer {
  const n = to - from;
  if (n === 0) return sha256();
  // A leaf's own object: callers copy what they hand out (`treeRoot`, `consistencyProof`).
  if (n === 1) return leaves[from] as Buffer;
  const perfect = n >= REMEMBERED && (n & (n - 1)) === 0 && from % n === 0;
  if (perfect) {
    const known = perfectRoots.get(leaves[from])?.get(n);
    if (known?.last === leaves[to - 1]) return known.root;
  }
  const k = splitPoint(n);
  const root = nodeHash(subtreeRoot(leaves, from, from + k), subtreeRoot(leaves, from + k, to));
  if (perfect) {
    let sizes = perfectRoots.get(leaves[from]);
    if (!sizes) {
      sizes = new Map<number, { last: Uint8Array; root: Buffer }>();
      perfectRoots.set(leaves[from], sizes);
    }
    sizes.set(n, { last: leaves[to - 1], root });
  }
  return root;
}

/** The Merkle tree head over leaf hashes (already passed through {@link leafHash}). */
export function treeRoot(leaves: readonly Uint8Array[]): Buffer {
  return Buffer.from(subtreeRoot(leaves, 0, leaves.length));
}

/**
 * The RFC 9162 consistency proof from the tree's first `size` leaves to all of `leaves` (§2.1.4.1).
 * Empty when `size` is 0 or the whole tree.
 */
export function consistencyProof(leaves: readonly Uint8Array[], size: number): Buffer[] {
  if (!Number.isInteger(size) || size < 0 || size > leaves.length) {
    throw new RangeError(`consistency proof from size ${size} of a tree of ${leaves.length} leaves`);
  }
  if (size === 0 || size === leaves.length) return [];
  return subproof(leaves, size, 0, leaves.length, true).map((hash) => Buffer.from(hash));
}

function subproof(
  leaves: readonly Uint8Array[],
  m: number,
  from: number,
  to: number,
  whole: boolean,
): Buffer[] {
  const n = to - from;
  if (m === n) return whole ? [] : [subtreeRoot(leaves, from, to)];
  const k = splitPoint(n);
  if (m <= k) return [...subproof(leaves, m, from, from + k, whole), subtreeRoot(leaves, from + k, to)];
  return [...subproof(leaves, m - k, from + k, to, false), subtreeRoot(leaves, from, from + k)];
}

/**
 * Checks an RFC 9162 consistency proof (§2.1.4.2): the tree of `first` leaves with root `firstRoot` is a
 * prefix of the tree of `second` leaves with root `secondRoot`.
 */
export function verifyConsistency(
  first: number,
  second: number,
  firstRoot: Uint8Array,
  secondRoot: Uint8Array,
  proof: readonly Uint8Array[],
): boolean {
  if (!Number.isInteger(first) || !Number.isInteger(second) || first < 0 || first > second) return false;
  if (first === second) return proof.length === 0 && Buffer.from(firstRoot).equals(secondRoot);
  if (first === 0) return proof.length === 0;
  if (proof.length === 0) return false;
  const path = [...proof];
  if ((first & (first - 1)) === 0) path.unshift(firstRoot);
  // Sizes stay below 2^53; BigInt keeps the shifts exact beyond 2^31.
  let fn = BigInt(first - 1);
  let sn = BigInt(second - 1);
  while ((fn & 1n) === 1n) {
    fn >>= 1n;
    sn >>= 1n;
  }
  let fr: Buffer = Buffer.from(path[0]);
  let sr: Buffer = Buffer.from(path[0]);
  for (const c of path.slice(1)) {
    if (sn === 0n) return false;
    if ((fn & 1n) === 1n || fn === sn) {
      fr = nodeHash(c, fr);
      sr = nodeHash(c, sr);
      while ((fn & 1n) === 0n && fn !== 0n) {
        fn >>= 1n;
        sn >>= 1n;
      }
    } else {
      sr = nodeHash(sr, c);
    }
    fn >>= 1n;
    sn >>= 1n;
  }
  return fr.equals(firstRoot) && sr.equals(secondRoot) && sn === 0n;
}
