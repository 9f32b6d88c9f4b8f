import { Header, Pax } from 'tar';

const BLOCK = 512;
const ZERO_BLOCK = Buffer.alloc(BLOCK);
const META_TYPES = new Set([
  'ExtendedHeader',
  'OldExtendedHeader',
  'GlobalExtendedHeader',
  'NextFileHasLongPath',
  'OldGnuLongPath',
  'NextFileHasLongLinkpath',
]);
/** Larger extended headers are refused by the parser anyway; past this they are skipped, not collected. */
const MAX_META = 1024 * 1024;

/**
 * Gathers 512-byte header blocks from a stream's chunks: a block within one chunk is read in place, one
 * split across chunks is copied together first.
 */
export class HeaderBlocks {
  private pending = Buffer.alloc(0);

  /** True while part of a block is waiting for the next chunk. */
  get partial(): boolean {
    return this.pending.length > 0;
  }

  /** Takes bytes at `off` towards the next block; returns the block once whole, and how many bytes it took. */
  take(chunk: Buffer, off: number): { block: Buffer | undefined; used: number } {
    const used = Math.min(BLOCK - this.pending.length, chunk.length - off);
    if (this.pending.length === 0 && used === BLOCK) return { block: chunk.subarray(off, off + used), used };
    this.pending = Buffer.concat([this.pending, chunk.subarray(off, off + used)]);
    if (this.pending.length < BLOCK) return { block: undefined, used };
    const block = this.pending;
    this.pending = Buffer.alloc(0);
    return { block, used };
  }
}

/** Whether a header's own size field (before any PAX size) is zero: octal zeros, spaces or NULs only. */
function declaresNoData(block: Buffer): boolean {
  for (let i = 124; i < 136; i++) if (block[i] !== 0x30 && block[i] !== 0x20 && block[i] !== 0) return false;
  return true;
}

/**
 * Follows a tar stream block by block, decoding headers with the same `tar` classes the parser uses, only
 * to learn where the end-of-archive marker (two zero blocks) is. Tar readers stop there and silently
 * ignore what follows, so data hidden after it would be invisible to every check; this finds it.
 */
export class TarEndTracker {
  /** Offset just past the end-of-archive marker, once seen. */
  eofAt: number | undefined;
  /**
   * The first folder entry whose header declares data (type 5 with a size, or an old-style file whose name
   * ends in "/"): the `tar` package reads a folder as empty and its data as more headers, so entries could
   * hide inside it, which GNU tar would not extract.
   */
  folderWithData: string | undefined;
  private broken = false;
  private pos = 0;
  private skip = 0;
  private zeroBlocks = 0;
  private readonly headers = new HeaderBlocks();
  private meta: { type: string; size: number; parts: Buffer[]; collected: number } | undefined;
  private ex: Pax | undefined;
  private gex: Pax | undefined;

  /** Feeds the next bytes of the uncompressed tar; returns false when non-zero data follows the marker. */
  push(chunk: Buffer): boolean {
    if (this.broken) return true;
    let off = 0;
    while (off < chunk.length) {
      if (this.eofAt !== undefined) {
        for (let i = off; i < chunk.length; i++) if (chunk[i] !== 0) return false;
        break;
      }
      if (this.skip > 0) {
        const n = Math.min(this.skip, chunk.length - off);
        if (this.meta && this.meta.collected < this.meta.size && this.meta.size <= MAX_META) {
          const want = Math.min(n, this.meta.size - this.meta.collected);
          this.meta.parts.push(chunk.subarray(off, off + want));
          this.meta.collected += want;
        }
        this.skip -= n;
        off += n;
        this.pos += n;
        if (this.skip === 0 && this.meta) this.endMeta();
        continue;
      }
      const { block, used } = this.headers.take(chunk, off);
      off += used;
      this.pos += used;
      if (block) {
        // A header the classes cannot decode is the parser's to refuse; stop tracking rather than guess.
        try {
          this.onHeader(block);
        } catch {
          this.broken = true;
          return true;
        }
      }
    }
    return true;
  }

  private onHeader(block: Buffer): void {
    if (block.equals(ZERO_BLOCK)) {
      this.zeroBlocks += 1;
      if (this.zeroBlocks === 2) this.eofAt = this.pos;
      return;
    }
    this.zeroBlocks = 0;
    const header = new Header(block, 0, this.ex, this.gex);
    const paxSize = this.ex?.size ?? this.gex?.size;
    if (header.type === 'Directory' && (!declaresNoData(block) || (paxSize !== undefined && paxSize !== 0)))
      this.folderWithData ??= header.path ?? '';
    const size = header.size ?? 0;
    this.skip = BLOCK * Math.ceil(size / BLOCK);
    if (META_TYPES.has(header.type)) {
      this.meta = { type: header.type, size, parts: [], collected: 0 };
      if (this.skip === 0) this.endMeta();
    } else {
      this.ex = undefined;
    }
  }

  // Mirrors the parser: extended headers change the size (and so the position) of what follows.
  private endMeta(): void {
    const meta = this.meta;
    this.meta = undefined;
    if (!meta || meta.size > MAX_META) return;
    const text = Buffer.concat(meta.parts).toString('utf8');
    if (meta.type === 'GlobalExtendedHeader') this.gex = Pax.parse(text, this.gex, true);
    else if (meta.type === 'ExtendedHeader' || meta.type === 'OldExtendedHeader')
      this.ex = Pax.parse(text, this.ex);
  }
}
