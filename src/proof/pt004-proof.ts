import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { InputError } from '../core/errors.js';
import { TOOL_VERSION } from '../core/version.js';
import { GovernanceClient, type Credential } from './pt004-api-client.js';
import { collectEvidence, type RunEvidence } from './pt004-evidence.js';
import { expectations, type Expectation, type SpineStep, type TestOutcome } from './pt004-expectations.js';
import { renderReport, verdictOf, type ProofFacts } from './pt004-report.js';
import {
  driveTest,
  readJsonFile,
  SPINE_FILE,
  TEST_TITLES,
  testSpecs,
  type TestName,
  type TestRun,
  type TestSpec,
} from './pt004-scenario.js';
import { startServer, type ProofActors } from './pt004-server.js';
import { fileDigest, gitHead } from './provenance.js';

/** The proof folder and report names the PT-004 directive asks for, under `--out`. */
export const PROOF_DIR = 'PT-004_workflow_orchestration';
export const REPORT_FILE = 'PT-004_workflow_orchestration_PROOF_REPORT.md';

export interface ProofOptions {
  /** `REPORT/PROOFS`: the report and `PT-004_workflow_orchestration/receipts/` go here. */
  outDir: string;
  /** Holds `pt004_execution_spine.json` and `policies/`. */
  workflowsDir: string;
  /** Where the runs are written (started server) or where the given server writes them. */
  runsDir: string | null;
  /** A server to drive instead of starting one; its runs must be readable under `runsDir`. */
  server: { url: string; actors: ProofActors } | null;
  /** The `cli.js` that runs (started as `awo serve`, and hashed as the image digest). */
  cliPath: string;
  imageDigest: string | null;
  policies: Partial<Record<TestName, string>>;
  env: NodeJS.ProcessEnv;
  cwd: string;
  /** Progress lines (stderr). */
  log(line: string): void;
}

export interface ProofResult {
  pass: boolean;
  firstUnmet: Expectation | null;
  reportPath: string;
  receiptsDir: string;
  expectations: Expectation[];
}

function spineSteps(spine: Record<string, unknown>, file: string): SpineStep[] {
  const steps = spine.steps;
  if (!Array.isArray(steps) || steps.length === 0)
    throw new InputError(`${file}: steps must be a non-empty array`);
  return steps.map((step: unknown, i) => {
    const { id, type } = (step ?? {}) as { id?: unknown; type?: unknown };
    if (typeof id !== 'string')
      throw new InputError(`${file}: steps[${i}].id must be a string for the proof`);
    return { id, type: typeof type === 'string' ? type : null };
  });
}

/** Drives the three tests against the server, stopping it afterwards when the proof started it. */
async function driveAll(
  options: ProofOptions,
  runsDir: string,
  spine: Record<string, unknown>,
  specs: TestSpec[],
): Promise<{ runs: TestRun[]; client: GovernanceClient; url: string; actors: ProofActors }> {
  const started = options.server
    ? null
    : await startServer({
        cliPath: options.cliPath,
        runsDir,
        workflowsDir: options.workflowsDir,
        env: options.env,
      });
  const url = options.server?.url ?? (started as { url: string }).url;
  const actors = options.server?.actors ?? (started as { actors: ProofActors }).actors;
  if (started) options.log(`awo proof: started awo serve at ${url}`);
  const client = new GovernanceClient(url);
  const runs: TestRun[] = [];
  try {
    for (const spec of specs) {
      const run = await driveTest(client, actors, spec, spine);
      options.log(
        `awo proof: test ${spec.name}: run ${run.runId ?? '(none)'} ${run.final?.status ?? run.aborted ?? ''}`,
      );
      runs.push(run);
    }
  } finally {
    await started?.stop();
  }
  return { runs, client, url, actors };
}

/**
 * `awo proof pt004`: runs tests A, B and C of the PT-004 directive through the governance API, verifies
 * and packs every run, writes the receipts folder and the proof report, and says whether every
 * expectation held. Throws only when nothing could be proven (bad options, a server that would not start).
 */
export async function provePt004(options: ProofOptions): Promise<ProofResult> {
  const spineFile = path.join(options.workflowsDir, SPINE_FILE);
  const spine = readJsonFile(spineFile, 'the PT-004 workflow');
  const steps = spineSteps(spine, spineFile);
  const specs = testSpecs(options.workflowsDir, options.policies);
  const proofDir = path.join(options.outDir, PROOF_DIR);
  const receiptsDir = path.join(proofDir, 'receipts');
  const ownRuns = options.runsDir === null;
  const runsDir = options.runsDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'awo-proof-runs-'));
  try {
    const { runs, client, url, actors } = await driveAll(options, runsDir, spine, specs);
    // The receipts folder is the proof's own output: a previous proof's receipts would mislead.
    fs.rmSync(receiptsDir, { recursive: true, force: true });
    const tests: ProofFacts['tests'] = [];
    const outcomes = {} as Record<TestName, TestOutcome>;
    for (const run of runs) {
      const dir = path.join(receiptsDir, `test-${run.spec.name}`);
      const evidence: RunEvidence | null = run.runId
        ? await collectEvidence(path.join(runsDir, run.runId), dir)
        : null;
      outcomes[run.spec.name] = { run, evidence };
      tests.push({
        name: run.spec.name,
        run,
        evidence,
        receiptsDir: path.relative(options.outDir, dir).split(path.sep).join('/'),
        policyPath: shown(options.cwd, run.spec.policyFile),
      });
    }
    const list = expectations(outcomes, steps, options.server ? null : actors.reviewer.actor);
    const facts: ProofFacts = {
      generatedAt: new Date().toISOString(),
      gitSha: gitHead(options.cwd),
      cli: { path: shown(options.cwd, options.cliPath), sha256: fileDigest(options.cliPath) },
      containerImage: options.imageDigest,
      toolVersion: TOOL_VERSION,
      nodeVersion: process.version,
      server: { url, started: options.server === null },
      actors: recordedActors(actors, runs, options.server !== null),
      workflow: {
        path: shown(options.cwd, spineFile),
        sha256: fileDigest(spineFile),
      },
      tests,
      expectations: list,
      calls: client.calls,
    };
    fs.mkdirSync(options.outDir, { recursive: true });
    const reportPath = path.join(options.outDir, REPORT_FILE);
    fs.writeFileSync(reportPath, renderReport(facts, TEST_TITLES));
    const { pass, firstUnmet } = verdictOf(list);
    return { pass, firstUnmet, reportPath, receiptsDir, expectations: list };
  } finally {
    if (ownRuns) fs.rmSync(runsDir, { recursive: true, force: true });
  }
}

/** A path as the report shows it: relative to the working folder when inside it, else absolute. */
function shown(cwd: string, file: string): string {
  const rel = path.relative(cwd, file);
  return rel.startsWith('..') || path.isAbsolute(rel) ? file : rel.split(path.sep).join('/');
}

/** The actors' names; a given server's tokens are named by the option, and by what its audit trail recorded. */
function recordedActors(actors: ProofActors, runs: TestRun[], given: boolean): ProofFacts['actors'] {
  if (!given)
    return { observer: actors.observer.actor, runner: actors.runner.actor, reviewer: actors.reviewer.actor };
  const as = (label: string, recorded: string | undefined) =>
    recorded && recorded !== label ? `${label}, recorded as ${recorded}` : label;
  const reviewer = runs.flatMap((run) => run.final?.gates ?? []).find((gate) => gate.resolution)
    ?.resolution?.actor;
  return {
    observer: actors.observer.actor,
    runner: as(actors.runner.actor, runs.find((run) => run.runId)?.creator),
    reviewer: as(actors.reviewer.actor, reviewer),
  };
}

/** Credentials for a given server: the runner's token, the reviewer's, and the observer's (or the runner's). */
export function givenActors(runner: string, reviewer: string, observer: string | undefined): ProofActors {
  const as = (actor: string, token: string): Credential => ({ actor, token });
  return {
    runner: as('--token', runner),
    reviewer: as('--reviewer-token', reviewer),
    observer: as(observer ? '--observer-token' : '--token', observer ?? runner),
  };
}
