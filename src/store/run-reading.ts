import { readSealedState, type RunReading } from '../core/run-read-sealed.js';
import { requireRunFolder } from './run-folder.js';
import { FsRunStore } from './run-store.js';

/**
 * The state a run folder's audit trail implies, without changing anything: from its seal when the run is
 * sealed at a stop (in time that does not grow with the run), else opened the full way (`openReadOnly`:
 * every line verified, an interrupted session recovered in memory), whose modules are loaded only then.
 */
export async function readRunState(runDir: string): Promise<RunReading> {
  const dir = requireRunFolder(runDir);
  const sealed = readSealedState(new FsRunStore(dir));
  if (sealed) return sealed;
  const run = (await import('./run-service.js')).openReadOnly(dir);
  return { state: run.journal.state, input: run.input };
}
