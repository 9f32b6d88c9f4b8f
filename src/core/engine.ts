/**
 * The engine as every face (CLI, action, server) calls it. One session: create or open a run folder
 * (`run-create.ts`; `run-open-sealed.ts`: open from the seal; `run-open.ts`: open the full way and recover), move it (`run-execute.ts`: begin a session, execute
 * steps; `run-gates.ts`: request and resolve gates), and seal it at the stop (`run-stop.ts`).
 */
export type { EngineContext, OpenRun, RunOutcome } from './engine-context.js';
export { createRun } from './run-create.js';
export { openRecovering } from './run-open.js';
export { beginSession, execute } from './run-execute.js';
export { judgeGateDecision, resolveGate } from './run-gates.js';
export { cancelRun, resealStop, stop } from './run-stop.js';
