/**
 * The floor of the engine target (issue 19): the same files a run writes, one `writeFileSync` each, plus the
 * RFC 8785 digests the contract asks for (each audit line, each receipt, each step's input and output),
 * computed with the project's canonical JSON writer. Two modes, run as child processes:
 *
 * - `prepare <run folder> <out.json>`: reads a finished run folder into one JSON file (not timed);
 * - `write <prepared.json> <target folder>`: writes and hashes, and prints the CPU seconds (user + sys) of
 *   that part alone (start-up and reading the prepared file excluded).
 *
 * And a reference for the session targets, `seal <run folder> <target folder>`: what any session must do
 * under today's file contract however it opens a run, the part that grows with the run: read and parse the
 * seal (`SHA256SUMS.txt`, the workflow receipt, `metadata.json`), list the folder, then write them again
 * (metadata.json pretty-printed, the receipt with its evidence map hashed as RFC 8785, the manifest), each
 * hashed. No audit line is read, nothing checked. Prints its CPU seconds (start-up excluded), then those of
 * what a session adds to that by its README promise: every audit line parsed, its own hash checked and its
 * RFC 9162 leaf hash computed (no rule checked, no state folded).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { digestBytes, digestObject, prettyJson } from '../src/core/hash.js';
import { listRunFiles } from '../src/bundle/run-tree.js';
import { lineHashHolds, type AuditLine } from '../src/core/audit-chain.js';
import { leafHash } from '../src/core/merkle.js';

interface Prepared {
  files: [string, string][];
  objects: unknown[];
}

function prepare(runDir: string, out: string): void {
  const prepared: Prepared = { files: [], objects: [] };
  for (const entry of fs.readdirSync(runDir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    const rel = path.relative(runDir, full).split(path.sep).join('/');
    const text = fs.readFileSync(full, 'utf8');
    prepared.files.push([rel, text]);
    if (rel === 'audit/log.jsonl') {
      for (const line of text.split('\n'))
        if (line !== '') prepared.objects.push({ ...(JSON.parse(line) as object), hash: undefined });
    } else if (rel.startsWith('receipts/')) {
      prepared.objects.push({ ...(JSON.parse(text) as object), receipt_hash: undefined });
    } else if (rel.startsWith('outputs/')) {
      const record = JSON.parse(text) as { input: unknown; output: unknown };
      prepared.objects.push(record.input, record.output);
    }
  }
  fs.writeFileSync(out, JSON.stringify(prepared));
}

function write(preparedFile: string, target: string): void {
  const prepared = JSON.parse(fs.readFileSync(preparedFile, 'utf8')) as Prepared;
  // `undefined` members were dropped by JSON; the objects hash as they are.
  const start = process.cpuUsage();
  const made = new Set<string>();
  for (const [rel, text] of prepared.files) {
    const file = path.join(target, rel);
    const folder = path.dirname(file);
    if (!made.has(folder)) {
      fs.mkdirSync(folder, { recursive: true });
      made.add(folder);
    }
    fs.writeFileSync(file, text);
  }
  let chain = '';
  for (const object of prepared.objects) chain = digestObject({ prev: chain, object });
  const used = process.cpuUsage(start);
  process.stdout.write(`${(used.user + used.system) / 1e6}\n`);
}

function seal(runDir: string, target: string): void {
  fs.mkdirSync(target, { recursive: true });
  const start = process.cpuUsage();
  const manifest = fs.readFileSync(path.join(runDir, 'SHA256SUMS.txt'), 'utf8');
  const digests = new Map(
    manifest
      .split('\n')
      .filter(Boolean)
      .map((line) => [line.slice(68), line.slice(0, 64)]),
  );
  const receipt = JSON.parse(fs.readFileSync(path.join(runDir, 'receipts/workflow.json'), 'utf8')) as object;
  const metadata = JSON.parse(fs.readFileSync(path.join(runDir, 'metadata.json'), 'utf8')) as object;
  const listed = listRunFiles(runDir).length === digests.size + 1;
  const written = [
    prettyJson(metadata),
    prettyJson({ ...receipt, workflow_hash: digestObject({ ...receipt, workflow_hash: undefined }) }),
    manifest,
  ];
  written.forEach((text, i) => {
    fs.writeFileSync(path.join(target, `${i}`), text);
    digestBytes(text);
  });
  const used = process.cpuUsage(start);
  const lines = fs.readFileSync(path.join(runDir, 'audit/log.jsonl'), 'utf8').slice(0, -1).split('\n');
  let holding = 0;
  for (const line of lines) {
    if (lineHashHolds(JSON.parse(line) as AuditLine)) holding++;
    leafHash(line);
  }
  const checked = process.cpuUsage(start);
  const seconds = (u: NodeJS.CpuUsage) => (u.user + u.system) / 1e6;
  process.stdout.write(
    `${seconds(used)} ${seconds(checked) - seconds(used)} ${listed && holding === lines.length}\n`,
  );
}

const [mode, a, b] = process.argv.slice(2);
if (mode === 'prepare') prepare(a, b);
else if (mode === 'write') write(a, b);
else if (mode === 'seal') seal(a, b);
else
  throw new Error(
    'usage: floor-child.js prepare <run> <out.json> | write <prepared.json> <target> | seal <run> <target>',
  );
