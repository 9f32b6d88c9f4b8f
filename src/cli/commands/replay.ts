import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { onInterrupt } from '../../store/interrupt-cleanup.js';
import { readInputFile } from '../../store/read-input-file.js';
import { decodeUtf8 } from '../../core/utf8-text.js';
import { unpackBundle } from '../../bundle/safe-extract.js';
import { verifyBundle } from '../../bundle/verify-bundle.js';
import { compareRuns } from '../../backends/replay-check.js';
import { createReplayBackend, resolveReplaySource } from '../../backends/replay.js';
import type { RunOutcome } from '../../core/engine.js';
import { InputError, IntegrityError, NotFoundError } from '../../core/errors.js';
import { REPLAY_CHANNEL } from '../../core/gate-rules.js';
import type { GateResolution } from '../../core/run-state.js';
import { continueRun, decideGate, startRun, type SessionOptions } from '../../store/run-service.js';
import { verifyWithShards } from '../../store/shard-verify.js';
import type { CliIo, Command } from '../command.js';
import { onePositional, parse } from '../arguments.js';
import { actorOf } from '../options.js';

const usage = `usage: awo replay <run folder | bundle.tar.gz> [--runs-dir DIR] [--sha256 HEX] [--actor NAME]

Re-executes a recorded run with the replay backend: every model call is answered from the recording
(same prompt and params), each gate is decided by replaying the original's decision (recorded with
source replay, at the replay's time, naming the original's), and each step's output hash is compared
with the original's. Writes the new run under --runs-dir (default: a fresh temporary folder).
A bundle is verified first, as awo verify does: one that does not verify is refused and not replayed.
Exit codes: 0 every output hash matches, 1 a step differs or could not be replayed, 2 invalid input.

  --sha256 HEX   for a bundle: check its digest before reading anything inside it`;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

function readJson(file: string): unknown {
  try {
    // A recorded file, read as any user-named input: a FIFO or a device there is refused, not waited on.
    return JSON.parse(decodeUtf8(readInputFile(file, 'file'), file)) as unknown;
  } catch (err) {
    throw new NotFoundError(`cannot read ${file}: ${(err as Error).message}`);
  }
}

/** The temp folder as os.tmpdir() finds it, from the command's environment. */
const tmpRoot = (io: CliIo) => io.env.TMPDIR || os.tmpdir();

/** How the original run resolved a gate, from its `audit/gates/<id>.json`. */
function originalResolution(runDir: string, gateId: string): GateResolution | undefined {
  const file = path.join(runDir, 'audit', 'gates', `${gateId}.json`);
  if (!fs.existsSync(file)) return undefined;
  const gate = readJson(file);
  const resolution = isObject(gate) ? gate.resolution : undefined;
  return isObject(resolution) && (resolution.decision === 'approved' || resolution.decision === 'rejected')
    ? (resolution as unknown as GateResolution)
    : undefined;
}

/**
 * The original's decision as the replayed run records it: the same decision by the same people, with
 * source `replay`, at the replay's own time (the gate it decides was opened by the replay), and where,
 * when and through which channel it was first taken (`details.replayed`). The replayed run never claims
 * a decision was taken in it, and a GitHub channel's decision is recorded on a gate no action opened.
 */
function replayedDecision(resolution: GateResolution, originalRunId: string) {
  const approvers = resolution.details?.approvers;
  return {
    decision: resolution.decision,
    actor: resolution.actor,
    comment: resolution.comment,
    source: REPLAY_CHANNEL,
    details: {
      ...(approvers === undefined ? {} : { approvers }),
      replayed: { run_id: originalRunId, at: resolution.at, source: resolution.source },
    },
  };
}

/** `awo replay`: the reproducibility check. */
export const command: Command = {
  name: 'replay',
  summary: 're-execute a run from its recorded answers and check every output hash matches',
  usage,
  async run(args, io) {
    const { values, positionals } = parse(
      args,
      { 'runs-dir': { type: 'string' }, sha256: { type: 'string' }, actor: { type: 'string' } },
      usage,
    );
    if (values.help) return (io.out(usage), 0);
    const target = path.resolve(io.cwd, onePositional(positionals, 'run folder or bundle', usage));
    const source = resolveReplaySource(target);
    if (source.kind === 'folder') {
      if (values.sha256 !== undefined)
        throw new InputError(`--sha256 applies to bundles; ${target} is a folder\n${usage}`);
      return replay(source.runDir, source.runDir, values, io);
    }
    // A bundle is verified first, as `awo verify` does; one that does not is never replayed. The bytes
    // extracted must then be the ones verified (a bundle swapped in between is refused by its digest).
    const verdict = await verifyBundle(source.bundlePath, {
      expectedSha256: values.sha256,
      verifyFolder: (run) => verifyWithShards(run),
      tmpDir: tmpRoot(io),
    });
    if (!verdict.ok)
      throw new IntegrityError(
        `refused bundle ${source.bundlePath}: it does not verify (${verdict.message ?? 'mismatch'}); nothing was replayed`,
        source.bundlePath,
      );
    // The extraction is read while the replay runs and removed after it, whatever the outcome.
    const into = fs.mkdtempSync(path.join(tmpRoot(io), 'awo-replay-source-'));
    const release = onInterrupt(() => fs.rmSync(into, { recursive: true, force: true }));
    try {
      const { runDir } = await unpackBundle(source.bundlePath, into, { expectedSha256: verdict.sha256 });
      return await replay(runDir, source.bundlePath, values, io);
    } finally {
      fs.rmSync(into, { recursive: true, force: true });
      release();
    }
  },
};

/**
 * Replays the run in `originalDir` (shown as `shownAs`: the bundle it was extracted from, or itself) and
 * prints how each step compares; returns the exit code.
 */
async function replay(
  originalDir: string,
  shownAs: string,
  values: { 'runs-dir'?: string; actor?: string },
  io: CliIo,
): Promise<number> {
  const snapshot = path.join(originalDir, 'workflow.snapshot.json');
  if (!fs.existsSync(snapshot))
    throw new NotFoundError(`${originalDir} has no workflow.snapshot.json: not a run folder`);
  const input = readJson(path.join(originalDir, 'input.json'));
  const policy = isObject(input) && isObject(input.policy) ? input.policy.document : undefined;
  const originalRunId = isObject(input) && typeof input.run_id === 'string' ? input.run_id : shownAs;

  // The workflow is re-run from its snapshot, byte for byte, with the policy as it was resolved then:
  // a relative policy path in the workflow would not resolve from a temporary folder.
  const workDir = fs.mkdtempSync(path.join(tmpRoot(io), 'awo-replay-'));
  // With --runs-dir it holds only copies of the workflow and policy, removed after; else the replayed run too.
  const keep = values['runs-dir'] === undefined;
  const release = keep ? () => {} : onInterrupt(() => fs.rmSync(workDir, { recursive: true, force: true }));
  try {
    const workflowPath = path.join(workDir, 'workflow.json');
    fs.writeFileSync(workflowPath, readInputFile(snapshot, 'workflow snapshot'));
    let policyPath: string | undefined;
    if (policy !== undefined) {
      policyPath = path.join(workDir, 'policy.json');
      fs.writeFileSync(policyPath, JSON.stringify(policy, null, 2));
    }
    const runsDir =
      values['runs-dir'] !== undefined
        ? path.resolve(io.cwd, values['runs-dir'])
        : path.join(workDir, 'runs');
    const session: SessionOptions = {
      backend: createReplayBackend({ kind: 'folder', runDir: originalDir }),
      actor: values.actor === undefined ? 'awo-replay' : actorOf(values, io),
      env: io.env,
      cwd: workDir,
      // The gates it opens are decided only by replaying the original's decisions (source `replay`).
      gateContext: { channel: REPLAY_CHANNEL, replay_of: originalRunId },
    };

    let outcome: RunOutcome = await startRun({
      ...session,
      workflowPath,
      runsDir,
      ...(policyPath ? { policyPath } : {}),
    });
    // Gates are human decisions, not model calls: replay them as recorded so the steps after them run too.
    for (let guard = 0; outcome.status === 'paused' && outcome.gate && guard < 1000; guard += 1) {
      const resolution = originalResolution(originalDir, outcome.gate.gate_id);
      if (!resolution) break;
      outcome = await decideGate(outcome.runDir, replayedDecision(resolution, originalRunId), session);
      if (resolution.decision !== 'approved' || outcome.status !== 'paused') break;
      outcome = await continueRun(outcome.runDir, 'resume', session);
    }

    io.out(`original: ${shownAs}`);
    io.out(`replay:   ${outcome.runDir} (${outcome.status})`);
    if (outcome.failure) io.err(`replay run ${outcome.status}: ${outcome.failure.reason}`);
    const steps = compareRuns(originalDir, outcome.runDir);
    for (const step of steps) {
      switch (step.verdict) {
        case 'match':
          io.out(`match      ${step.step_id}  ${step.original}`);
          break;
        case 'match-except-attempts':
          io.out(
            `match      ${step.step_id}  same answers; output hash differs only in retry counts (${step.difference})`,
          );
          break;
        case 'replayed-decision':
          io.out(`match      ${step.step_id}  the original's decision, replayed (source replay)`);
          break;
        case 'missing':
          io.out(
            `MISSING    ${step.step_id}  the replay did not complete this step (original ${step.original})`,
          );
          break;
        case 'mismatch':
          io.out(
            `MISMATCH   ${step.step_id}  original ${step.original}, replay ${step.replayed}; first difference ${step.difference}`,
          );
      }
    }
    const bad = steps.filter((s) => s.verdict === 'mismatch' || s.verdict === 'missing');
    if (bad.length > 0) {
      io.err(
        `not reproducible: ${bad.map((s) => `step ${s.step_id} ${s.verdict === 'missing' ? 'not replayed' : 'differs'}`).join(', ')}`,
      );
      return 1;
    }
    io.err(`reproducible: ${steps.length} of ${steps.length} step outputs match the original`);
    return 0;
  } finally {
    if (!keep) fs.rmSync(workDir, { recursive: true, force: true });
    release();
  }
}
