import { digestBytes, prettyJson } from './hash.js';
import { RunJournal } from './run-journal.js';
import { buildInput, buildLock, lockHash } from './run-plan.js';
import { initialState } from './run-state.js';
import { renderMetadata } from './stop-files.js';
import { METADATA_FILE } from './run-files.js';
import type { LoadedWorkflow, ResolvedPolicy } from './workflow-load.js';
import type { EngineContext, OpenRun } from './engine-context.js';

/** Creates the run folder's frozen files and first audit lines. The folder exists and is empty. */
export function createRun(
  runId: string,
  workflow: LoadedWorkflow,
  policy: ResolvedPolicy,
  ctx: EngineContext,
): OpenRun {
  const { store, backend } = ctx;
  const now = ctx.clock.now().toISOString();
  const lock = buildLock(workflow, policy, backend, now);
  const genesis = lockHash(lock);
  const input = buildInput(runId, workflow, policy, backend);
  const inputText = prettyJson(input);
  store.write('workflow.snapshot.json', workflow.bytes);
  store.write('lock.snapshot.json', prettyJson(lock));
  store.write('input.json', inputText);
  const journal = new RunJournal(
    store,
    initialState(runId, workflow.steps, genesis),
    workflow.steps,
    ctx.clock,
  );
  journal.audit({
    actor: ctx.actor,
    event: 'run.created',
    evidence_ref: 'lock.snapshot.json',
    details: {
      workflow_hash: lock.workflow,
      lock_hash: genesis,
      policy_hash: lock.policy,
      policy_id: policy.policy.id,
      backend: backend.name,
      // input.json is bound to the chain here; the environment is what metadata.json is rendered from.
      input_hash: digestBytes(inputText),
      environment: ctx.environment,
    },
  });
  journal.audit({
    actor: ctx.actor,
    event: 'run.status',
    details: { status: 'running', command: ctx.command, backend: ctx.backend.name },
  });
  const run: OpenRun = {
    input,
    lock,
    genesis,
    journal,
    texts: new Map(),
    models: new Set(),
    carried: new Map(),
    unsealedStop: false,
  };
  store.write(
    METADATA_FILE,
    renderMetadata({
      state: journal.state,
      input,
      lock,
      lockHash: genesis,
      facts: journal.facts,
      models: [],
    }),
  );
  store.commit();
  return run;
}
