import type { RunOutcome } from '../core/engine.js';
import { setOutputs } from './outputs.js';

/** What a mode hands back to `run()`: a failure message when the step must fail. */
export interface StepResult {
  failure?: string;
}

/** Sets the outputs a run outcome gives (the bundle outputs come later, from `publish`). */
export function outcomeOutputs(outcome: RunOutcome): void {
  setOutputs({
    'run-id': outcome.runId,
    status: outcome.status,
    'run-dir': outcome.runDir,
    'gate-id': outcome.status === 'paused' ? outcome.gate?.gate_id : undefined,
    'workflow-hash': outcome.workflowHash ?? undefined,
  });
}

/** The step's verdict for a run status: paused and completed succeed; failed and rejected say why. */
export function resultOf(outcome: RunOutcome, artifactName: string): StepResult {
  if (outcome.status === 'failed' || outcome.status === 'rejected') {
    const why = outcome.failure?.reason ?? 'no reason recorded';
    return {
      failure: `AWO run ${outcome.runId} ${outcome.status}: ${why}. The evidence is uploaded as ${artifactName}.`,
    };
  }
  return {};
}
