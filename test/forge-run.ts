import * as fs from 'node:fs';
import * as path from 'node:path';
import type { AuditLine } from '../src/core/audit-chain.js';
import { digestBytes, digestObject, prettyJson } from '../src/core/hash.js';
import { leafHash } from '../src/core/merkle.js';
import { sealReceipt, sealWorkflowReceipt, type Receipt } from '../src/core/receipts.js';
import { renderReport } from '../src/core/report.js';
import { emptyFacts, noteLine } from '../src/core/run-journal.js';
import { lockHash, type LockSnapshot, type RunInput } from '../src/core/run-plan.js';
import { applyLine, initialState } from '../src/core/run-state.js';
import { OUTSIDE_EVIDENCE } from '../src/core/run-files.js';
import { modelsOf } from '../src/core/step-ops.js';
import * as stopFiles from '../src/core/stop-files.js';

const LOG = 'audit/log.jsonl';

/**
 * What someone who can write the run folder and has the engine's code can do without a key: rewrite the
 * audit trail (`edit` may change, drop or reorder lines), relink every receipt the trail names (a gate
 * receipt takes its line's resolution), recompute every line's hash, render the stop files again and seal
 * the folder anew (workflow receipt, report.md, SHA256SUMS.txt), as a stop would. Only a checkpoint kept
 * outside the folder, or the rules a trail the engine writes follows, can tell such a folder from a real one.
 * A line `keepHash` picks keeps the hash it was read with (edited, it no longer holds) and everything else
 * is made again around it. `rewrite` changes a line's text after its hash is computed (the checkpoint is
 * taken over the text written).
 */
export function forgeRun(
  dir: string,
  edit: (lines: AuditLine[]) => AuditLine[],
  opts: { keepHash?: (line: AuditLine) => boolean; rewrite?: (text: string, index: number) => string } = {},
): void {
  const read = (file: string) => fs.readFileSync(path.join(dir, file), 'utf8');
  const write = (file: string, text: string | undefined) =>
    text === undefined
      ? fs.rmSync(path.join(dir, file), { force: true })
      : fs.writeFileSync(path.join(dir, file), text);
  const input = JSON.parse(read('input.json')) as RunInput;
  const lock = JSON.parse(read('lock.snapshot.json')) as LockSnapshot;
  const genesis = lockHash(lock);
  const lines = edit(
    read(LOG)
      .slice(0, -1)
      .split('\n')
      .map((line) => JSON.parse(line) as AuditLine),
  );

  let receiptHead = genesis;
  let head = genesis;
  const texts: string[] = [];
  for (const [i, line] of lines.entries()) {
    const hash = line.details?.receipt_hash;
    if (typeof hash === 'string' && (line.event === 'step.completed' || line.event === 'gate.resolved')) {
      const file =
        line.event === 'gate.resolved'
          ? `receipts/gates/${line.gate_id}.json`
          : `receipts/steps/${line.step_id}.json`;
      const { receipt_hash: _old, ...body } = JSON.parse(read(file)) as Receipt & Record<string, unknown>;
      if (line.event === 'gate.resolved') {
        const { details, ...resolution } = line.details?.resolution as Record<string, unknown>;
        Object.assign(body, resolution);
        if (details === undefined) delete body.details;
        else body.details = details;
      }
      const receipt = sealReceipt<Receipt>({ ...body, prev_receipt_hash: receiptHead });
      write(file, prettyJson(receipt));
      line.details = { ...line.details, receipt_hash: receipt.receipt_hash };
      receiptHead = receipt.receipt_hash;
    }
    const { hash: kept, ...rest } = line;
    const body = { ...rest, seq: i + 1, prev_hash: head };
    // Kept, an edited line's hash is no longer its own, but the next line still links to it.
    head = kept && opts.keepHash?.(line) ? kept : digestObject(body);
    const text = JSON.stringify({ ...body, hash: head });
    texts.push(opts.rewrite ? opts.rewrite(text, i) : text);
  }
  write(LOG, texts.join('\n') + '\n');
  for (const file of ['SHA256SUMS.txt', 'report.md', 'receipts/workflow.json']) write(file, undefined);

  const state = initialState(input.run_id, input.steps, genesis);
  const facts = emptyFacts();
  const index = new Map(input.steps.map((step, i) => [step.id, i]));
  const parsed = texts.map((text) => JSON.parse(text) as AuditLine);
  for (const [i, line] of parsed.entries()) {
    applyLine(state, line, index);
    noteLine(facts, line);
    facts.leaves.push(leafHash(texts[i]));
  }
  const models = new Set<string>();
  const outputs = new Map<string, string>();
  for (const record of state.steps) {
    const file = `outputs/${record.step_id}.json`;
    if (record.status !== 'completed' || !fs.existsSync(path.join(dir, file))) continue;
    const output = (JSON.parse(read(file)) as { output: Record<string, unknown> }).output;
    for (const model of modelsOf(output)) models.add(model);
    if (typeof output.text === 'string') outputs.set(record.step_id, output.text);
  }
  const sorted = [...models].sort();
  write(
    'metadata.json',
    stopFiles.renderMetadata({ state, input, lock, facts, models: sorted, lockHash: genesis }),
  );
  write('audit/status.json', stopFiles.renderAuditStatus(state));
  write('gate_pending.json', stopFiles.renderGatePending(state));
  const gates = stopFiles.gateFiles(state);
  for (const file of fs.readdirSync(path.join(dir, 'audit/gates')))
    if (!gates.has(`audit/gates/${file}`)) write(`audit/gates/${file}`, undefined);
  for (const [file, gate] of gates) write(file, stopFiles.renderGateFile(gate));
  const { checkpoint, text } = stopFiles.renderCheckpoint(input.run_id, facts.leaves);
  write('audit/checkpoint.json', text);
  write('audit/consistency.json', stopFiles.renderConsistency(input.run_id, facts, checkpoint.root));
  write(
    'report.md',
    renderReport({
      state,
      input,
      texts: outputs,
      auditLines: { count: parsed.length, first: parsed.slice(0, 12), last: parsed.slice(-12) },
      models: sorted,
      sealed: { checkpoint, auditHead: state.head, auditLines: state.seq, receipts: state.receipts.length },
      format: facts.reportFormat,
    }),
  );

  sealAsFound(dir, {
    kind: 'workflow',
    run_id: state.run_id,
    status: state.status,
    workflow_file_hash: lock.workflow,
    lock_hash: genesis,
    policy_hash: digestObject(input.policy.document),
    receipts: state.receipts,
    audit_head: state.head,
    audit_lines: state.seq,
    checkpoint,
  });
}

/**
 * Seals a run folder again over its files as they are: the workflow receipt (its other fields kept) lists
 * every file's digest, and SHA256SUMS.txt lists them with the receipt and the trail. What a forger who edited
 * a file and wants its seal to agree does.
 */
export function resealFolder(dir: string): void {
  const {
    evidence: _old,
    workflow_hash: _hash,
    ...head
  } = JSON.parse(fs.readFileSync(path.join(dir, 'receipts/workflow.json'), 'utf8')) as Parameters<
    typeof sealWorkflowReceipt
  >[0] & { workflow_hash: string };
  sealAsFound(dir, head);
}

function sealAsFound(dir: string, head: Omit<Parameters<typeof sealWorkflowReceipt>[0], 'evidence'>): void {
  const digestOf = (file: string) => digestBytes(fs.readFileSync(path.join(dir, file)));
  const files = fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)));
  const evidence: Record<string, `sha256:${string}`> = {};
  for (const file of files.sort()) if (!OUTSIDE_EVIDENCE.has(file)) evidence[file] = digestOf(file);
  fs.writeFileSync(
    path.join(dir, 'receipts/workflow.json'),
    prettyJson(sealWorkflowReceipt({ ...head, evidence })),
  );
  const manifest = [...Object.keys(evidence), 'receipts/workflow.json', LOG]
    .sort()
    .map((file) => `${digestOf(file).slice('sha256:'.length)}  ./${file}`);
  fs.writeFileSync(path.join(dir, 'SHA256SUMS.txt'), manifest.join('\n') + '\n');
}
