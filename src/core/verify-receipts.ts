import { digestObject } from './hash.js';
import {
  decisionHasher,
  receiptIntact,
  resolutionOf,
  type GateReceipt,
  type StepReceipt,
} from './receipts.js';
import { effectiveModel } from './run-plan.js';
import { EXTERNAL_OP, type StepRecord, unapprovedExecution } from './run-state.js';
import {
  evaluatePolicy,
  externalStepFacts,
  workflowStepFacts,
  type ExternalStepShape,
  type PolicyDecision,
} from './policy.js';
import type { NormalisedStep } from './workflow-schema.js';
import { modelsOf, resolveInput, type StepOutputRecord } from './step-ops.js';
import {
  Mismatch,
  outputShape,
  readRecord,
  requireShape,
  same,
  type VerifyContext,
} from './verify-evidence.js';

/** `awo verify`'s check of the chain of receipts: each one against its output, artifact, policy decision and gate. */

/**
 * Every receipt of the chain, in order: its own hash and link, its run, and for a step its output (input
 * recomputed from the workflow and earlier outputs, output, artifact), the policy decision evaluated again,
 * and that the step was allowed to run; for a gate, the resolution the trail records.
 */
export function checkReceipts(ctx: VerifyContext): void {
  const { reader, input, state, texts } = ctx;
  const steps = new Map(input.steps.map((step) => [step.id, step]));
  const records = new Map(state.steps.map((record) => [record.step_id, record]));
  const decisionHash = decisionHasher();
  let prev = ctx.genesis;
  for (const entry of state.receipts) {
    const path = `receipts/${entry.kind}s/${entry.id}.json`;
    ctx.accounted.add(path);
    const receipt = readRecord<StepReceipt | GateReceipt>(reader, path);
    if (!receiptIntact(receipt)) throw new Mismatch(path, 'receipt_hash does not match the receipt content');
    if (receipt.receipt_hash !== entry.receipt_hash)
      throw new Mismatch(path, 'receipt_hash differs from the one recorded in the audit trail');
    if (receipt.prev_receipt_hash !== prev)
      throw new Mismatch(path, 'prev_receipt_hash does not link to the previous receipt');
    if (receipt.run_id !== input.run_id) throw new Mismatch(path, `names run ${receipt.run_id}`);
    prev = receipt.receipt_hash;
    if (receipt.kind === 'gate') {
      const gate = state.gates.find(
        (candidate) =>
          candidate.gate_id === receipt.gate_id && candidate.receipt_hash === receipt.receipt_hash,
      );
      const resolution = gate?.resolution;
      if (!resolution || !same(resolution, resolutionOf(receipt)))
        throw new Mismatch(path, 'does not match the gate resolution in the audit trail');
      continue;
    }
    const step = steps.get(receipt.step_id);
    const record = records.get(receipt.step_id);
    if (!step && record?.op === EXTERNAL_OP) {
      checkExternalReceipt(ctx, path, receipt, record);
      continue;
    }
    if (!step || !record) throw new Mismatch(path, `names unknown step ${receipt.step_id}`);
    const outputPath = `outputs/${step.id}.json`;
    ctx.accounted.add(outputPath);
    const output = readRecord<StepOutputRecord>(reader, outputPath);
    requireShape(outputPath, output, outputShape(output));
    if (output.step_id !== step.id || output.op !== step.op)
      throw new Mismatch(outputPath, `names step ${String(output.step_id)} (${String(output.op)})`);
    if (digestObject(output.input) !== receipt.input_hash)
      throw new Mismatch(outputPath, "input does not match the receipt's input_hash");
    if (digestObject(output.output) !== receipt.output_hash)
      throw new Mismatch(outputPath, "output does not match the receipt's output_hash");
    // output.input hashes to input_hash (checked above): the recomputed input must hash alike, which it
    // does exactly when its canonical JSON is output.input's.
    const resolved = resolveInput(step, texts);
    if (!same(resolved, output.input))
      throw new Mismatch(outputPath, 'input is not what the workflow snapshot and earlier outputs give');
    if (!record.decision || decisionHash(record.decision) !== receipt.decision_hash)
      throw new Mismatch(path, 'decision_hash does not match the policy decision in the audit trail');
    const asked = modelProblem(ctx, step, output.output);
    if (asked) throw new Mismatch(outputPath, asked);
    const decided = policyDecisionProblem(ctx, step, resolved, record.decision);
    if (decided) throw new Mismatch(path, decided);
    const unapproved = unapprovedExecution(state, record);
    if (unapproved) throw new Mismatch(path, `receipts a step that may not have run: ${unapproved}`);
    if (step.op === 'write_text') {
      const artifactPath = String(output.output.path);
      ctx.accounted.add(artifactPath);
      const artifact = reader.digest(artifactPath);
      if (artifact === undefined) throw new Mismatch(artifactPath, 'is missing');
      if (artifact !== output.output.sha256)
        throw new Mismatch(artifactPath, `does not match its digest in ${outputPath}`);
    }
    if (typeof output.output.text === 'string') texts.set(step.id, output.output.text);
    for (const model of modelsOf(output.output)) ctx.models.add(model);
  }
}

/**
 * Why the policy decision recorded for a completed step is not the one the run's policy gives for it, on the
 * input the workflow and earlier outputs give and the model the policy saw (recorded at the step's start;
 * else the recorded backend's). A step the policy denies or flags, recorded as allowed, is a mismatch even
 * when every hash around it was recomputed.
 */
function policyDecisionProblem(
  ctx: VerifyContext,
  step: NormalisedStep,
  resolved: Record<string, unknown>,
  recorded: PolicyDecision,
): string | undefined {
  const { backend, policy } = ctx.input;
  const model =
    ctx.policyModels.get(step.id) ??
    effectiveModel(step, { name: backend.name, model: backend.model ?? undefined });
  const expected = evaluatePolicy(policy.document, workflowStepFacts(step, resolved, model));
  return same(expected, recorded) ? undefined : decisionMismatch(ctx, step.id, recorded, expected);
}

/**
 * The model the policy decided a step on (its start line's `details.model`) is the one its calls asked the
 * backend for: the step's own `params.model` when it names one, else each call's `requested_model` as the
 * backend reported it. Rewriting the model and the decision together, so that a rule on `params.model` no
 * longer fires, then contradicts the step's output. A trail without the record (older runs) is not judged.
 *
 * Calls the replay backend answered carry the recording's `requested_model`, so a replay session's steps are
 * judged on the model input.json's backend gives instead; a session is taken as a replay only in a run
 * created on the replay backend (a trail naming it elsewhere, or naming no backend, is judged on its calls).
 */
function modelProblem(
  ctx: VerifyContext,
  step: NormalisedStep,
  output: StepOutputRecord['output'],
): string | undefined {
  const seen = ctx.policyModels.get(step.id);
  if (seen === undefined || step.op !== 'llm_map') return undefined;
  const mismatch = (what: string, model: string) =>
    `records that the policy decided step ${step.id} on model ${JSON.stringify(seen)}, but ${what} ${JSON.stringify(model)}`;
  const named = step.params?.model;
  if (typeof named === 'string') return named === seen ? undefined : mismatch('the step names', named);
  const { backend } = ctx.input;
  if (ctx.stepBackends.get(step.id) === 'replay' && backend.name === 'replay') {
    const replayed = effectiveModel(step, { name: backend.name, model: backend.model ?? undefined });
    return replayed === seen ? undefined : mismatch('its replay backend gives', replayed);
  }
  const calls = (output.calls as { requested_model?: unknown }[] | undefined) ?? [];
  const asked = calls
    .map((call) => call.requested_model)
    .find((model): model is string => typeof model === 'string' && model !== seen);
  return asked === undefined ? undefined : mismatch('its calls asked the backend for', asked);
}

function decisionMismatch(
  ctx: VerifyContext,
  stepId: string,
  recorded: PolicyDecision,
  expected: PolicyDecision,
): string {
  return `records policy decision ${recorded.decision} (${JSON.stringify(recorded.reason)}) for step ${stepId}, but policy ${ctx.input.policy.document.id} gives ${expected.decision} (${JSON.stringify(expected.reason)})`;
}

/**
 * A step reported over the API has no workflow step to recompute its input from: its record exists only
 * because a `step.started` line marked it external, and its output file must hash to its receipt as given.
 */
function checkExternalReceipt(
  ctx: VerifyContext,
  path: string,
  receipt: StepReceipt,
  record: StepRecord,
): void {
  const outputPath = `outputs/${receipt.step_id}.json`;
  ctx.accounted.add(outputPath);
  const output = readRecord<StepOutputRecord>(ctx.reader, outputPath);
  requireShape(outputPath, output, outputShape(output));
  if (receipt.op !== EXTERNAL_OP || output.op !== EXTERNAL_OP || output.step_id !== receipt.step_id) {
    throw new Mismatch(
      path,
      `names step ${receipt.step_id} as ${receipt.op}, but the audit trail records it as an external step`,
    );
  }
  if (digestObject(output.input) !== receipt.input_hash)
    throw new Mismatch(outputPath, "input does not match the receipt's input_hash");
  if (digestObject(output.output) !== receipt.output_hash)
    throw new Mismatch(outputPath, "output does not match the receipt's output_hash");
  if (record.input_hash !== receipt.input_hash || record.output_hash !== receipt.output_hash) {
    throw new Mismatch(path, 'input or output hash differs from the one recorded in the audit trail');
  }
  if (!record.decision || digestObject(record.decision) !== receipt.decision_hash)
    throw new Mismatch(path, 'decision_hash does not match the policy decision in the audit trail');
  // As recordExternalStep decides: on the step's id and type, and its input.
  const step: ExternalStepShape = {
    id: record.step_id,
    op: EXTERNAL_OP,
    ...(record.step_type !== null ? { type: record.step_type } : {}),
  };
  const expected = evaluatePolicy(ctx.input.policy.document, externalStepFacts(step, output.input));
  if (!same(expected, record.decision))
    throw new Mismatch(path, decisionMismatch(ctx, record.step_id, record.decision, expected));
  const unapproved = unapprovedExecution(ctx.state, record);
  if (unapproved) throw new Mismatch(path, `receipts a step that may not have run: ${unapproved}`);
}
