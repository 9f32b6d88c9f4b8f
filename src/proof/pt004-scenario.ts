import * as fs from 'node:fs';
import * as path from 'node:path';
import { InputError, messageOf } from '../core/errors.js';
import { ApiCallFailed, type AuditLine, type GovernanceClient, type RunView } from './pt004-api-client.js';
import type { ProofActors } from './pt004-server.js';

/** The three tests of the PT-004 directive. */
export type TestName = 'A' | 'B' | 'C';
export const TEST_NAMES: readonly TestName[] = ['A', 'B', 'C'];

/** What each test is, and the policy file it runs the spine under. */
export interface TestSpec {
  name: TestName;
  title: string;
  /** Absolute path of the policy document the spine runs under. */
  policyFile: string;
  /** That document, read before any server is started. */
  policy: Record<string, unknown>;
}

/** The default policy of each test, in `<workflows>/policies/`. */
export const DEFAULT_POLICIES: Record<TestName, string> = {
  A: 'policies/pt004-all-allow.json',
  B: 'policies/pt004-flag-at-decide.json',
  C: 'policies/pt004-deny-at-decide.json',
};

export const TEST_TITLES: Record<TestName, string> = {
  A: 'happy path: every step allowed → COMPLETED',
  B: 'policy flag → PAUSED → gate approved by a reviewer → resume → COMPLETED',
  C: 'policy deny → FAILED, no further step, denial in the audit trail',
};

/** The workflow file the proof creates three times. */
export const SPINE_FILE = 'pt004_execution_spine.json';

/** What the API answered while one test ran. */
export interface TestRun {
  spec: TestSpec;
  /** The policy document's own id (what the run records). */
  policyId: string;
  /** The actor the audit trail records as the run's creator. */
  creator: string;
  runId: string | null;
  /** The answer to the create request, once the run stopped. */
  created: RunView | null;
  /** The reviewer's decision on the pending gate, when the run paused. */
  approved: RunView | null;
  /** The run as the observer reads it at the end. */
  final: RunView | null;
  /** The audit trail, as `GET .../logs` gives it to the observer. */
  log: AuditLine[];
  /** The first request that did not answer as documented; the test stopped there. */
  aborted: string | null;
}

/** Reads a JSON file the proof needs, or an `InputError` naming it. */
export function readJsonFile(file: string, what: string): Record<string, unknown> {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (err) {
    throw new InputError(`cannot read ${what} ${file}: ${messageOf(err)}`);
  }
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value === 'object' && value !== null && !Array.isArray(value))
      return value as Record<string, unknown>;
  } catch (err) {
    throw new InputError(`${file}: ${what} is not JSON: ${messageOf(err)}`);
  }
  throw new InputError(`${file}: ${what} must be a JSON object`);
}

/**
 * The spine as the proof posts it: the workflow file with its `policy` replaced by the test's policy
 * document inline, so a server with any workflows folder runs the same bytes.
 */
export function workflowFor(spine: Record<string, unknown>, policy: Record<string, unknown>): unknown {
  return { ...spine, policy };
}

/**
 * Drives one test through the API: the runner creates the run; if it pauses at a pending gate, the
 * reviewer approves it and the runner resumes (once); the observer reads the run and its audit trail.
 * An answer that is not the documented one stops the test and is kept in `aborted`: the expectations
 * then say what could not be shown.
 */
export async function driveTest(
  client: GovernanceClient,
  actors: ProofActors,
  spec: TestSpec,
  spine: Record<string, unknown>,
): Promise<TestRun> {
  const policy = spec.policy;
  const record: TestRun = {
    spec,
    policyId: typeof policy.id === 'string' ? policy.id : '(no id)',
    creator: actors.runner.actor,
    runId: null,
    created: null,
    approved: null,
    final: null,
    log: [],
    aborted: null,
  };
  try {
    record.created = await client.createRun(actors.runner, workflowFor(spine, policy));
    const runId = (record.runId = record.created.run_id);
    const gate = record.created.gate;
    if (record.created.status === 'paused' && gate?.status === 'pending') {
      record.approved = await client.decideGate(
        actors.reviewer,
        runId,
        gate.gate_id,
        'approved',
        `PT-004 test ${spec.name}: reviewed by a person other than the run's creator`,
      );
      await client.resume(actors.runner, runId);
    }
    record.final = await client.getRun(actors.observer, runId);
    record.log = await client.logs(actors.observer, runId);
    // Who created the run, as the server recorded it (a given server's tokens name their own actors).
    record.creator = record.log.find((line) => line.event === 'run.created')?.actor ?? record.creator;
  } catch (err) {
    if (!(err instanceof ApiCallFailed)) throw err;
    record.aborted = err.message;
  }
  return record;
}

/** Reads the policy of each test: `--policy X=FILE` where given, else the default; an `InputError` names a bad one. */
export function testSpecs(workflowsDir: string, overrides: Partial<Record<TestName, string>>): TestSpec[] {
  return TEST_NAMES.map((name) => {
    const policyFile = overrides[name] ?? path.join(workflowsDir, DEFAULT_POLICIES[name]);
    const policy = readJsonFile(policyFile, `the policy of test ${name}`);
    return { name, title: TEST_TITLES[name], policyFile, policy };
  });
}
