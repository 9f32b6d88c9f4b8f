import type { AuditLine } from './audit-chain.js';
import type { EngineContext, OpenRun } from './engine.js';
import { digestObject, type Digest, prettyJson } from './hash.js';
import { sealWorkflowReceipt } from './receipts.js';
import { renderReport } from './report.js';
import { readAuditLines } from './run-journal.js';
import { lockHash } from './run-plan.js';
import { auditStatus, pendingGate, reportedSteps } from './run-state.js';
import { OUTSIDE_EVIDENCE, SEAL, verifyRun } from './run-verify.js';
import type { StepOutputRecord } from './step-ops.js';

function readJson(ctx: EngineContext, path: string): Record<string, unknown> {
  const bytes = ctx.store.read(path);
  return bytes ? (JSON.parse(Buffer.from(bytes).toString('utf8')) as Record<string, unknown>) : {};
}

/** Models the run's calls reported, from their outputs (requested and returned). */
function modelsUsed(run: OpenRun, ctx: EngineContext): string[] {
  const models = new Set<string>();
  for (const record of run.journal.state.steps) {
    if (record.op !== 'llm_map' || record.status !== 'completed') continue;
    const output = readJson(ctx, `outputs/${record.step_id}.json`) as unknown as StepOutputRecord;
    for (const call of (output.output?.calls as
      { model?: unknown; requested_model?: unknown }[] | undefined) ?? []) {
      for (const model of [call.requested_model, call.model])
        if (typeof model === 'string') models.add(model);
    }
  }
  return [...models].sort();
}

/**
 * Everything written when a run stops (paused, completed, failed, rejected), in an order a crash cannot
 * turn into a false verdict: the old seal files go first; then metadata and gate status; then the
 * workflow receipt over the evidence and the (already applied) status line; only then that line is
 * appended; then the report with its verdict, one group commit, and SHA256SUMS.txt last.
 * Returns the workflow hash.
 */
export function writeStop(run: OpenRun, ctx: EngineContext, statusLine?: AuditLine): Digest {
  const { store } = ctx;
  const { state } = run.journal;
  for (const file of SEAL) store.remove(file);
  const now = run.journal.now();
  const gate = pendingGate(state) ?? (state.status === 'paused' ? state.gates.at(-1) : undefined);
  const models = modelsUsed(run, ctx);

  const previous = readJson(ctx, 'metadata.json');
  const sessions: unknown[] = Array.isArray(previous.sessions) ? (previous.sessions as unknown[]) : [];
  const seeds = run.input.steps.flatMap((step) =>
    step.op === 'llm_map' && step.params?.seed !== undefined
      ? [{ step_id: step.id, seed: step.params.seed }]
      : [],
  );
  store.write(
    'metadata.json',
    prettyJson({
      ...previous,
      run_id: state.run_id,
      status: state.status,
      updated_at: now,
      ended_at:
        state.status === 'completed' || state.status === 'failed' || state.status === 'rejected' ? now : null,
      failure: state.failure,
      gate: gate
        ? { gate_id: gate.gate_id, step_id: gate.step_id, status: gate.status, environment: gate.environment }
        : null,
      backend: run.input.backend,
      models,
      seeds,
      hashes: { workflow: run.lock.workflow, lock: lockHash(run.lock), policy: run.lock.policy },
      sessions: [
        ...sessions,
        {
          command: ctx.command,
          actor: ctx.actor,
          backend: ctx.backend.name,
          ended_at: now,
          status: state.status,
        },
      ],
      steps: reportedSteps(state),
    }),
  );
  store.write(
    'audit/status.json',
    prettyJson({
      status: auditStatus(state),
      run_status: state.status,
      gate_id: state.gates.at(-1)?.gate_id ?? null,
      updated_at: now,
    }),
  );
  if (state.status === 'paused' && gate) {
    store.write(
      'gate_pending.json',
      prettyJson({
        run_id: state.run_id,
        gate_id: gate.gate_id,
        status: gate.status,
        step_id: gate.step_id,
        kind: gate.kind,
        checklist: gate.checklist,
        environment: gate.environment,
        reason: gate.reason,
        requested_at: gate.requested_at,
      }),
    );
  } else {
    store.remove('gate_pending.json');
  }

  const evidence: Record<string, Digest> = {};
  for (const file of store.list())
    if (!OUTSIDE_EVIDENCE.has(file)) evidence[file] = `sha256:${store.digest(file)}`;
  const receipt = sealWorkflowReceipt({
    kind: 'workflow',
    run_id: state.run_id,
    status: state.status,
    workflow_file_hash: run.lock.workflow,
    lock_hash: lockHash(run.lock),
    policy_hash: digestObject(run.input.policy.document),
    receipts: state.receipts,
    audit_head: state.head,
    audit_lines: state.seq,
    evidence,
  });
  store.write('receipts/workflow.json', prettyJson(receipt));
  if (statusLine) run.journal.append(statusLine);

  const verdict = verifyRun(store);
  const auditLines = readAuditLines(store);
  store.write(
    'report.md',
    renderReport({
      state,
      input: run.input,
      runDir: store.dir,
      texts: run.texts,
      auditLines,
      verdict,
      models,
    }),
  );
  store.commit();
  store.writeManifest();
  store.commit();
  return receipt.workflow_hash;
}
