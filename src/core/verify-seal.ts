import { AUDIT_LOG } from './audit-chain.js';
import { digestBytes, digestObject } from './hash.js';
import { workflowReceiptIntact, type WorkflowReceipt } from './receipts.js';
import { AUDIT_STATUS_FILE, CHECKPOINT_FILE, CONSISTENCY_FILE, GATE_PENDING_FILE } from './stop-files.js';
import {
  MANIFEST_FILE,
  manifestTooLong,
  METADATA_FILE,
  OUTSIDE_EVIDENCE,
  parseManifest,
} from './run-files.js';
import { utf8Text } from './utf8-text.js';
import { Mismatch, readRecord, requireShape, same, type VerifyContext } from './verify-evidence.js';

/** `awo verify`'s check of the seal (the workflow receipt and SHA256SUMS.txt), and what it says of a folder without one. */

/**
 * A workflow receipt on disk is a seal: it must hold for every file, even when the trail looks interrupted
 * (a session removes it before it changes anything). The one interruption it survives is its own stop's:
 * the receipt is written just before the status line it seals, which may then be missing.
 */
export function checkSeal(ctx: VerifyContext, all: string[], stopped: boolean, torn: boolean): void {
  const { reader, state, lock, lines, report } = ctx;
  const path = 'receipts/workflow.json';
  const receipt = readRecord<WorkflowReceipt>(reader, path);
  requireShape(path, receipt, {
    kind: 'workflow',
    run_id: receipt.run_id,
    status: receipt.status,
    workflow_file_hash: receipt.workflow_file_hash,
    lock_hash: receipt.lock_hash,
    policy_hash: receipt.policy_hash,
    receipts: receipt.receipts,
    audit_head: receipt.audit_head,
    audit_lines: receipt.audit_lines,
    checkpoint: receipt.checkpoint,
    evidence: receipt.evidence,
    workflow_hash: receipt.workflow_hash,
  } satisfies WorkflowReceipt);
  if (!workflowReceiptIntact(receipt))
    throw new Mismatch(path, 'workflow_hash does not match the receipt content');
  report.workflowHash = receipt.workflow_hash;
  if (
    receipt.run_id !== state.run_id ||
    receipt.lock_hash !== ctx.genesis ||
    receipt.workflow_file_hash !== lock.workflow ||
    receipt.policy_hash !== digestObject(ctx.input.policy.document)
  ) {
    throw new Mismatch(path, 'run id, lock, workflow or policy hash does not match the run');
  }
  const anticipated = !stopped && receipt.audit_lines === lines.length + 1;
  if (anticipated) {
    if (lines.at(-1)?.hash !== undefined && receipt.audit_head === lines.at(-1)?.hash)
      throw new Mismatch(path, 'seals a status line the audit trail does not have');
    report.notes.push(
      `the stop (status ${receipt.status}) was interrupted after its workflow receipt was written and before ${AUDIT_LOG} recorded it; recovery completes it`,
    );
  } else {
    if (lines[receipt.audit_lines - 1]?.hash !== receipt.audit_head)
      throw new Mismatch(
        path,
        `seals audit line ${receipt.audit_lines}, which ${AUDIT_LOG} does not have as it was (lines were removed or changed)`,
      );
    if (lines.length > receipt.audit_lines)
      throw new Mismatch(
        `${AUDIT_LOG}:${receipt.audit_lines + 1}`,
        `line ${receipt.audit_lines + 1} follows the stop that ${path} seals at line ${receipt.audit_lines} (lines were added after the run stopped)`,
      );
    if (torn)
      throw new Mismatch(
        `${AUDIT_LOG}:${receipt.audit_lines + 1}`,
        `has text after line ${receipt.audit_lines}, the stop that ${path} seals (it was added after the run stopped)`,
      );
    if (!stopped)
      throw new Mismatch(path, `seals audit line ${receipt.audit_lines}, which is not a stop of the run`);
    if (receipt.status !== state.status)
      throw new Mismatch(path, `says ${receipt.status}, the audit trail says ${state.status}`);
    if (!report.checkpoint || !same(receipt.checkpoint, report.checkpoint))
      throw new Mismatch(path, `checkpoint does not match the tree over ${AUDIT_LOG}`);
    if (!same(receipt.receipts, state.receipts))
      throw new Mismatch(path, 'receipt list differs from the chain in the audit trail');
  }
  const residue = new Set(report.residue);
  const evidence = all.filter((file) => !OUTSIDE_EVIDENCE.has(file) && !residue.has(file));
  for (const file of evidence) {
    const expected = receipt.evidence[file];
    if (expected === undefined)
      throw new Mismatch(file, `is not listed in ${path} (added after the run stopped)`);
    if ((reader.digest(file) ?? digestBytes(new Uint8Array())) !== expected)
      throw new Mismatch(file, `does not match its digest in ${path}`);
  }
  const present = new Set(evidence);
  for (const file of Object.keys(receipt.evidence)) {
    // A session removes the seal (manifest, report, receipt) in that order before anything else.
    if (file === 'report.md' && !all.includes('SHA256SUMS.txt')) continue;
    if (!present.has(file)) throw new Mismatch(file, `is listed in ${path} but missing`);
  }
}

/**
 * `SHA256SUMS.txt`, the last file a stop writes, lists every other file of the folder with its digest, one
 * `<sha256>  ./<path>` line each, so `sha256sum -c` alone checks the folder. A line edited, added or
 * removed is a mismatch here too: a session that recovered such a folder would write the manifest again
 * and erase the edit.
 */
export function checkManifestLines(ctx: VerifyContext, all: string[]): void {
  const bytes = ctx.reader.read(MANIFEST_FILE) ?? new Uint8Array();
  const tooLong = manifestTooLong(bytes.length, all);
  if (tooLong) throw new Mismatch(MANIFEST_FILE, tooLong);
  const manifest = parseManifest(utf8Text(bytes));
  if (!manifest)
    throw new Mismatch(
      MANIFEST_FILE,
      'is not in the form a stop writes it (one "<sha256>  ./<path>" line per file, each path once)',
    );
  for (const file of all) {
    if (file === MANIFEST_FILE) continue;
    const listed = manifest.get(file);
    if (listed === undefined) throw new Mismatch(file, `is not listed in ${MANIFEST_FILE}`);
    if (listed !== ctx.reader.digest(file))
      throw new Mismatch(file, `does not match its line in ${MANIFEST_FILE}`);
  }
  const present = new Set(all);
  for (const file of manifest.keys())
    if (!present.has(file)) throw new Mismatch(file, `is listed in ${MANIFEST_FILE} but missing`);
}

/** Says, for a folder without a seal, how far it could be checked and what remains open. */
export function describeIncomplete(ctx: VerifyContext, stopped: boolean, receiptPresent: boolean): void {
  const { report } = ctx;
  const point = report.lastDurable ?? `${AUDIT_LOG} (empty)`;
  report.notes.unshift(
    stopped
      ? receiptPresent
        ? `the run stopped at ${point}, but its seal is not complete (report.md or SHA256SUMS.txt missing: interrupted while sealing, or removed)`
        : `the run stopped at ${point}, but its seal (receipts/workflow.json, report.md, SHA256SUMS.txt) is missing: interrupted by a session that had just begun, or removed`
      : `the run did not reach a stop: its last durable point is ${point}`,
  );
  report.unestablished.push(
    'that nothing was cut from the end of the audit trail: no seal records where it ends (a checkpoint kept outside the folder, given with --checkpoint, does)',
  );
  if (!stopped)
    report.unestablished.push(
      `${METADATA_FILE}, ${AUDIT_STATUS_FILE}, ${GATE_PENDING_FILE}, ${CHECKPOINT_FILE} and ${CONSISTENCY_FILE}: a stop renders them again from the chain`,
    );
  report.unestablished.push('report.md and SHA256SUMS.txt: the next stop writes them');
  report.notes.push(
    `established: the chain from the lock snapshot to ${point}, every receipt, output and artifact it names, the step logs up to what it records and the gate files; \`awo resume\`, \`awo retry\` or the action's post step continue and seal the run`,
  );
}
