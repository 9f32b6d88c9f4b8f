import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as zlib from 'node:zlib';

const made: string[] = [];

/** A fresh real temp folder, removed by {@link removeTempDirs}. */
export function tempDir(label: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `awo-${label}-`));
  made.push(dir);
  return dir;
}

/** Removes every folder {@link tempDir} made; call from `afterAll`. */
export function removeTempDirs(): void {
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
}

/** The files of a small but representative run folder, relative path → content. */
export function sampleRunFiles(): Record<string, string | Buffer> {
  const long = `artifacts/${'deeply-nested-folder/'.repeat(6)}${'a-very-long-file-name-'.repeat(5)}.txt`;
  return {
    'metadata.json': JSON.stringify({
      run_id: 'run_2025-01-02T03-04-05Z',
      created_at: '2025-01-02T03:04:05.678Z',
      git: { sha: 'ABCDEF0123456789abcdef0123456789abcdef01' },
    }),
    'workflow.snapshot.json': '{"steps":[{"id":"s1","op":"llm_map","prompt":"Summarize"}]}\n',
    'steps/001_s1.jsonl': '{"event":"started"}\n{"event":"completed"}\n',
    'outputs/s1.json': '{"text":"The battery lasts all day."}\n',
    'artifacts/notes/summary.txt': 'Draft note\n',
    'artifacts/a-b.txt': 'dash sorts before slash\n',
    'artifacts/a/b.txt': 'slash\n',
    'artifacts/B.txt': 'upper case sorts first\n',
    'artifacts/résumé.txt': 'non-ASCII name\n',
    'artifacts/empty.txt': '',
    // Past the small-file threshold, so it takes the streaming path.
    'artifacts/large.bin': Buffer.from(Array.from({ length: 300 * 1024 }, (_, i) => (i * 7919) % 251)),
    [long]: 'long name needs a PAX header\n',
    'audit/log.jsonl': '{"seq":1}\n',
  };
}

/** Writes files into `dir` in the given order of keys. */
export function writeFiles(dir: string, files: Record<string, string | Buffer>, order?: string[]): void {
  for (const rel of order ?? Object.keys(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), files[rel]);
  }
}

/** Every file under `dir` (relative, sorted), for "nothing was written" assertions. */
export function listAll(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return (fs.readdirSync(dir, { recursive: true }) as string[]).sort();
}

function octal(value: number, width: number): string {
  return value.toString(8).padStart(width, '0') + '\0';
}

/** One raw 512-byte ustar header, written by hand so the tests can say things `tar` would refuse to. */
export function rawHeader(h: {
  name: string;
  type?: string;
  size?: number;
  linkname?: string;
  prefix?: string;
  mode?: number;
  badChecksum?: boolean;
}): Buffer {
  const b = Buffer.alloc(512);
  b.write(h.name, 0, 100, 'utf8');
  b.write(octal(h.mode ?? 0o644, 7), 100, 'ascii');
  b.write(octal(0, 7), 108, 'ascii');
  b.write(octal(0, 7), 116, 'ascii');
  b.write(octal(h.size ?? 0, 11), 124, 'ascii');
  b.write(octal(1735787045, 11), 136, 'ascii');
  b.write('        ', 148, 'ascii');
  b.write(h.type ?? '0', 156, 'ascii');
  b.write(h.linkname ?? '', 157, 100, 'utf8');
  b.write('ustar\u000000', 257, 'ascii');
  b.write(h.prefix ?? '', 345, 155, 'utf8');
  const sum = headerSum(b);
  b.write(octal(h.badChecksum ? sum + 1 : sum, 6) + ' ', 148, 'ascii');
  return b;
}

/** What a header's checksum must be: the sum of its 512 bytes, its checksum field counted as spaces. */
export function headerSum(header: Buffer): number {
  let sum = 8 * 0x20;
  for (let i = 0; i < 512; i++) if (i < 148 || i >= 156) sum += header[i];
  return sum;
}

/** `entry` (a header, with or without its data) with `bytes` written into its header at `offset`, and its checksum made right again. */
export function withHeaderBytes(entry: Buffer, offset: number, bytes: string | number[]): Buffer {
  const out = Buffer.from(entry);
  (typeof bytes === 'string' ? Buffer.from(bytes, 'latin1') : Buffer.from(bytes)).copy(out, offset);
  out.write(octal(headerSum(out), 6) + ' ', 148, 'ascii');
  return out;
}

/** A header plus its data, padded to whole blocks. */
export function rawEntry(
  name: string,
  data: string | Buffer = '',
  extra: Parameters<typeof rawHeader>[0] | object = {},
): Buffer {
  const body = Buffer.from(data);
  const pad = Buffer.alloc((512 - (body.length % 512)) % 512);
  return Buffer.concat([rawHeader({ name, size: body.length, ...extra }), body, pad]);
}

/** A PAX extended header ('x') carrying the given records, for the entry that follows it. */
export function paxEntry(records: Record<string, string>): Buffer {
  let body = '';
  for (const [key, value] of Object.entries(records)) {
    const rest = ` ${key}=${value}\n`;
    let len = Buffer.byteLength(rest) + 1;
    while (String(len).length + Buffer.byteLength(rest) !== len) len += 1;
    body += `${len}${rest}`;
  }
  return rawEntry('PaxHeader/x', body, { type: 'x' });
}

/** The end-of-archive marker. */
export const EOF_BLOCKS = Buffer.alloc(1024);

/** Concatenates entries into a tar with its end-of-archive marker. */
export function rawTar(...entries: Buffer[]): Buffer {
  return Buffer.concat([...entries, EOF_BLOCKS]);
}

export function gzip(data: Buffer): Buffer {
  return zlib.gzipSync(data);
}
