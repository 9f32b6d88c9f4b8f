import type { AuditLine } from './audit-chain.js';
import { IntegrityError } from './errors.js';
import { digestBytes, digestObject } from './hash.js';
import { leafHash } from './merkle.js';
import type { RunStore } from './ports.js';
import { lastReceipt, receiptIntact, type GateReceipt, type StepReceipt } from './receipts.js';
import { emptyFacts, RunJournal } from './run-journal.js';
import { AUDIT_LOG, isStop } from './audit-chain.js';
import { lockHash, type LockSnapshot, type RunInput } from './run-plan.js';
import { EXTERNAL_OP, initialState, unapprovedExecution } from './run-state.js';
import { verifyRun } from './run-verify.js';
import { utf8Text } from './utf8-text.js';
import { LEFTOVER_TEMP, parseObject, SEAL } from './run-files.js';
import { modelsOf, type StepOutputRecord } from './step-ops.js';
import type { EngineContext, OpenRun } from './engine-context.js';
import { auditStepCompleted } from './run-execute.js';
import { auditGateResolution } from './run-gates.js';

function readJson<T>(store: RunStore, path: string): T {
  const bytes = store.read(path);
  if (bytes === undefined)
    throw new IntegrityError(`${store.dir} is not a run folder: ${path} is missing`, path);
  const value = parseObject<T>(bytes);
  if (value === undefined) throw new IntegrityError(`${path} is not a JSON record the engine writes`, path);
  return value;
}

/**
 * Opens an existing run folder the full way: refuses evidence that contradicts the chain or a surviving seal, then
 * recovers what a crash can leave behind (a torn last line, step log bytes and files written just before
 * the process died, a receipt whose audit line was not written yet) so the run can go on. Nothing the chain
 * does not account for survives into the next seal: it is removed here, and the files a stop renders are
 * rendered again from the chain.
 */
export function openRecovering(ctx: EngineContext): OpenRun {
  const { store } = ctx;
  // Nothing goes on from evidence that does not verify: an approval, a resume or a retry would seal it in.
  const verdict = verifyRun(store);
  if (verdict.verdict === 'mismatch')
    throw new IntegrityError(
      `${ctx.command === 'status' ? 'cannot read' : 'refusing to continue'} run folder ${store.dir}: ${verdict.message ?? 'it does not verify'}`,
      verdict.where ?? store.dir,
    );
  // A seal describes the folder at a stop: whatever this session changes first removes it.
  store.unsealOnFirstWrite(SEAL);
  const input = readJson<RunInput>(store, 'input.json');
  const lock = readJson<LockSnapshot>(store, 'lock.snapshot.json');
  const genesis = lockHash(lock);
  const state = initialState(input.run_id, input.steps, genesis);
  const journal = new RunJournal(store, state, input.steps, ctx.clock, emptyFacts());
  const recovered: string[] = [];

  // A temporary file is not evidence: its removal is not an audited change.
  for (const path of verdict.residue) if (LEFTOVER_TEMP.test(path)) store.remove(path);
  // Deepest first: a folder holding only empty folders is empty once they are gone.
  for (const dir of [...verdict.emptyFolders].reverse()) store.removeEmptyFolder?.(dir);
  for (const [path, size] of verdict.logTails) {
    const bytes = store.read(path) ?? new Uint8Array();
    if (size === 0) store.remove(path);
    else store.write(path, bytes.subarray(0, size));
    recovered.push(`cut ${path} back to the ${size} bytes the audit trail records`);
  }
  const trail = store.read(AUDIT_LOG) ?? new Uint8Array();
  let text = utf8Text(trail);
  if (text !== '' && !text.endsWith('\n')) {
    text = text.slice(0, text.lastIndexOf('\n') + 1);
    store.write(AUDIT_LOG, text);
    recovered.push(`dropped the torn last line of ${AUDIT_LOG}`);
  } else store.keepForAppend?.(AUDIT_LOG, trail);
  // verifyRun above checked every link of the chain and the form of every line.
  for (const raw of text.split('\n').slice(0, -1)) {
    journal.apply(JSON.parse(raw) as AuditLine);
    journal.facts.leaves.push(leafHash(raw));
  }

  const opened = journal.recentLines().last.at(-1);
  const unsealedStop = !verdict.sealed && opened !== undefined && isStop(opened);

  // A receipt is the commit point of a step or gate: if the process died after writing it but before the
  // audit line, the audit line is written now, so the step never runs twice and the decision is not lost.
  for (const gate of state.gates.filter((candidate) => candidate.status === 'pending')) {
    const receipt = readReceipt<GateReceipt>(store, `receipts/gates/${gate.gate_id}.json`);
    // verifyRun above refused one that is not a decision the engine would record for this gate.
    if (receipt && receipt.prev_receipt_hash === lastReceipt(state.receipts, genesis)) {
      auditGateResolution(journal, receipt, receipt.actor, true);
      recovered.push(`recorded the resolution of gate ${gate.gate_id} from its receipt`);
    }
  }
  for (const record of state.steps) {
    if (record.status === 'completed' || record.op === EXTERNAL_OP) continue;
    const receipt = readReceipt<StepReceipt>(store, `receipts/steps/${record.step_id}.json`);
    if (!receipt) break;
    if (receipt.prev_receipt_hash !== lastReceipt(state.receipts, genesis)) break;
    // The engine writes a receipt only for a step it was allowed to run; any other is not its own.
    if (unapprovedExecution(state, record)) break;
    if (!outputMatches(store, record.step_id, receipt)) break;
    auditStepCompleted(journal, input.steps[journal.index.get(record.step_id) ?? 0], receipt, 'system', true);
    recovered.push(`recorded step ${record.step_id} as completed from its receipt`);
  }
  // External steps (reported over the API) follow the workflow's in the state; the same commit point holds.
  for (const record of state.steps) {
    if (record.op !== EXTERNAL_OP || record.status !== 'started') continue;
    const receipt = readReceipt<StepReceipt>(store, `receipts/steps/${record.step_id}.json`);
    if (!receipt || receipt.prev_receipt_hash !== lastReceipt(state.receipts, genesis)) continue;
    if (unapprovedExecution(state, record)) continue;
    auditStepCompleted(journal, { id: record.step_id, op: record.op }, receipt, 'system', true);
    recovered.push(`recorded external step ${record.step_id} as completed from its receipt`);
  }
  const texts = new Map<string, string>();
  const models = new Set<string>();
  const artifacts = new Set<string>();
  for (const step of input.steps) {
    const record = state.steps[journal.index.get(step.id) ?? 0];
    if (record?.status !== 'completed' || step.op === 'audit_gate') continue;
    const output = readJson<StepOutputRecord>(store, `outputs/${step.id}.json`);
    if (typeof output.output.text === 'string') texts.set(step.id, output.output.text);
    if (step.op === 'write_text') artifacts.add(String(output.output.path));
    for (const model of modelsOf(output.output)) models.add(model);
  }
  // What a step or gate wrote before the process died and the chain did not take up as a commit point
  // above: not evidence, and never sealed in (the step runs again and writes it anew).
  const adopted = (path: string) => {
    const id = /^(?:receipts\/steps|outputs)\/(.+)\.json$/.exec(path)?.[1];
    if (id !== undefined) return state.steps.some((r) => r.step_id === id && r.status === 'completed');
    const gate = /^receipts\/gates\/(.+)\.json$/.exec(path)?.[1];
    if (gate !== undefined) return state.gates.some((g) => g.gate_id === gate && g.status !== 'pending');
    return artifacts.has(path);
  };
  for (const path of verdict.residue) {
    if (LEFTOVER_TEMP.test(path) || adopted(path)) continue;
    store.remove(path);
    recovered.push(`removed ${path}, which the audit trail does not account for`);
  }
  if (recovered.length > 0)
    journal.audit({ actor: 'system', event: 'run.recovered', reason: recovered.join('; ') });
  return { input, lock, genesis, journal, texts, models, carried: verdict.digests, unsealedStop };
}

/** The step's output file is the one its receipt hashes (its artifact too), so it can be taken up with it. */
function outputMatches(store: RunStore, stepId: string, receipt: StepReceipt): boolean {
  const output = readReceipt<StepOutputRecord>(store, `outputs/${stepId}.json`, false);
  if (!output || digestObject(output.input) !== receipt.input_hash) return false;
  if (digestObject(output.output) !== receipt.output_hash) return false;
  if (typeof output.output.sha256 !== 'string' || typeof output.output.path !== 'string') return true;
  const artifact = store.read(output.output.path);
  return artifact !== undefined && digestBytes(artifact) === output.output.sha256;
}

function readReceipt<T>(store: RunStore, path: string, receipt = true): T | undefined {
  const bytes = store.read(path);
  const value = bytes && parseObject<StepReceipt | GateReceipt>(bytes);
  return value && (!receipt || receiptIntact(value)) ? (value as T) : undefined;
}
