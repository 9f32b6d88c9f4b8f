import * as fs from 'node:fs';
import * as path from 'node:path';
import type { SerializedBundle } from '@sigstore/bundle';
import { signStatement } from '../../src/action/attest.js';
import { sigstoreEndpoints } from '../../src/action/sigstore-instance.js';
import { buildStatement, type Statement } from '../../src/core/attestation-predicate.js';
import { runEvidenceFacts } from '../../src/store/run-evidence.js';
import type { SigstoreServer } from '../servers/sigstore.js';

/** The statement the action makes for a bundle of `runDir`, signed in workflow run 4242 of `repository`. */
export function statementFor(
  runDir: string,
  target: { name: string; sha256: string },
  repository: string,
): Statement {
  return buildStatement(target, runEvidenceFacts(runDir), {
    repository,
    workflow_run: {
      id: '4242',
      attempt: '1',
      url: `https://github.com/${repository}/actions/runs/4242/attempts/1`,
    },
    artifact: { id: 7, name: target.name },
  });
}

/**
 * Signs in-process through the test Sigstore as the action does: the same functions, the same runner
 * variables (an event file with the repository's visibility, the OIDC token endpoint).
 */
export async function signAs(
  sigstore: SigstoreServer,
  statement: Statement,
  visibility: 'public' | 'private',
  workDir: string,
): Promise<SerializedBundle> {
  const event = path.join(workDir, `event-${visibility}.json`);
  fs.writeFileSync(event, JSON.stringify({ repository: { visibility } }));
  Object.assign(process.env, sigstore.oidcEnv);
  return signStatement(statement, sigstoreEndpoints({ ...sigstore.endpointEnv, GITHUB_EVENT_PATH: event }));
}
