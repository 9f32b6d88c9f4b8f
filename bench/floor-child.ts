/**
 * The floor of the engine target (issue 19): the same files a run writes, one `writeFileSync` each, plus the
 * RFC 8785 digests the contract asks for (each audit line, each receipt, each step's input and output),
 * computed with the project's canonical JSON writer. Two modes, run as child processes:
 *
 * - `prepare <run folder> <out.json>`: reads a finished run folder into one JSON file (not timed);
 * - `write <prepared.json> <target folder>`: writes and hashes, and prints the CPU seconds (user + sys) of
 *   that part alone (start-up and reading the prepared file excluded).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { digestObject } from '../src/core/hash.js';

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

const [mode, a, b] = process.argv.slice(2);
if (mode === 'prepare') prepare(a, b);
else if (mode === 'write') write(a, b);
else throw new Error('usage: floor-child.js prepare <run> <out.json> | write <prepared.json> <target>');
