import { afterEach, beforeEach, describe, it, expect } from '@jest/globals';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { createBackend } from '../../src/backends/index.js';
import { command as replayCommand } from '../../src/cli/commands/replay.js';
import type { CliIo } from '../../src/cli/command.js';
import { packRun } from '../../src/bundle/pack.js';
import { BackendError, NotFoundError } from '../../src/core/errors.js';
import { digestBytes } from '../../src/core/hash.js';
import { continueRun, decideGate, startRun, verifyFolder } from '../../src/store/run-service.js';
import { startFakeProvider, type FakeProvider } from '../servers/fake-providers.js';
import { awo } from '../helpers.js';
import { gzip, rawEntry, rawTar } from '../bundle/fixtures.js';

const KEY = 'sk-replay-test-key-77aa88bb99cc';
let dir: string;
let server: FakeProvider | undefined;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'awo-replay-test-'));
});
afterEach(async () => {
  await server?.close();
  server = undefined;
  fs.rmSync(dir, { recursive: true, force: true });
});

const workflow = {
  steps: [
    {
      id: 's1',
      op: 'llm_map',
      prompt: 'Summarize: {{item}}',
      inputs: ['the battery lasts all day', 'the screen is dim', 'the battery lasts all day'],
      params: { temperature: 0.3, concurrency: 2 },
    },
    { id: 'note', op: 'write_text', args: { path: 'notes/summary.txt', text: '{{steps.s1.text}}' } },
  ],
};

/** Runs the workflow for real through the engine, against the fake OpenAI server. */
async function recordRun(faults: Parameters<typeof startFakeProvider>[0]['faults'] = []): Promise<string> {
  server = await startFakeProvider({ flavor: 'openai', apiKey: KEY, faults });
  fs.writeFileSync(path.join(dir, 'wf.json'), JSON.stringify(workflow));
  const backend = createBackend('openai', {
    model: 'gpt-4o-mini',
    baseUrl: server.baseUrl,
    apiKey: KEY,
    env: {},
  });
  const outcome = await startRun({
    workflowPath: 'wf.json',
    runsDir: 'runs',
    backend,
    actor: 'tester',
    env: {},
    cwd: dir,
    retry: { maxAttempts: 3, baseDelayMs: 5, maxDelayMs: 20, maxTotalMs: 10_000, timeoutMs: 2000 },
  });
  expect(outcome.status).toBe('completed');
  return outcome.runDir;
}

function recordedCalls(runDir: string): Array<Record<string, unknown>> {
  const file = JSON.parse(fs.readFileSync(path.join(runDir, 'outputs', 's1.json'), 'utf8')) as {
    output: { calls: Array<Record<string, unknown>> };
  };
  return file.output.calls;
}

function captureIo(env: NodeJS.ProcessEnv = {}): CliIo & { lines: string[]; errors: string[] } {
  const lines: string[] = [];
  const errors: string[] = [];
  return { lines, errors, out: (l) => lines.push(l), err: (l) => errors.push(l), cwd: dir, env };
}

/** A fresh folder to give as TMPDIR, to see what a command leaves in the temp folder. */
const freshTmp = () => fs.mkdtempSync(path.join(dir, 'tmp-'));

describe('replay backend', () => {
  it('answers a recorded prompt with the recorded call, field for field', async () => {
    const runDir = await recordRun();
    const replay = createBackend('replay', { env: {}, replayFrom: runDir });
    expect(replay.name).toBe('replay');
    expect(replay.model).toBe('gpt-4o-mini');
    const result = await replay.generate('Summarize: the screen is dim', { temperature: 0.3 });
    // The engine adds prompt and attempts around what the backend returned; the rest is the backend's.
    const recorded: Record<string, unknown> = { ...recordedCalls(runDir)[1] };
    delete recorded.prompt;
    delete recorded.attempts;
    expect(result).toEqual(recorded);
    expect(result.response_id).toMatch(/^chatcmpl-/);
    expect(server?.requests).toHaveLength(3); // replay itself made no request
  });

  it('ignores key order in params and the engine-only concurrency param', async () => {
    const runDir = await recordRun();
    const replay = createBackend('replay', { env: { AWO_REPLAY_FROM: runDir } });
    await expect(
      replay.generate('Summarize: the screen is dim', { concurrency: 9, temperature: 0.3 }),
    ).resolves.toMatchObject({
      text: 'reply to: Summarize: the screen is dim',
    });
  });

  it('fails clearly, not retryable, for a prompt that was never recorded', async () => {
    const runDir = await recordRun();
    const replay = createBackend('replay', { env: {}, replayFrom: runDir });
    const failure = replay.generate('Summarize: something new', { temperature: 0.3 });
    await expect(failure).rejects.toBeInstanceOf(BackendError);
    await expect(failure).rejects.toMatchObject({ retryable: false });
    await expect(failure).rejects.toThrow(
      `replay: no recorded call in ${runDir} for prompt ${digestBytes('Summarize: something new')} with params {"temperature":0.3}: this prompt was never recorded`,
    );
  });

  it('names the step when the prompt was recorded with other params', async () => {
    const runDir = await recordRun();
    const replay = createBackend('replay', { env: {}, replayFrom: runDir });
    await expect(replay.generate('Summarize: the screen is dim', { temperature: 0.9 })).rejects.toThrow(
      /with params \{"temperature":0.9\}: recorded only with other params \(in step s1\)$/,
    );
  });

  it('replays from a bundle', async () => {
    const runDir = await recordRun();
    const bundle = await packRun(runDir, path.join(dir, 'bundles'));
    const replay = createBackend('replay', { env: {}, replayFrom: bundle.path });
    const result = await replay.generate('Summarize: the battery lasts all day', { temperature: 0.3 });
    expect(result.text).toBe('reply to: Summarize: the battery lasts all day');
    expect(result.response_id).toBe(recordedCalls(runDir)[0]?.response_id);
  });

  it('reads a bundle from a temporary extraction it removes, whether the bundle could be read or not', async () => {
    const runDir = await recordRun();
    const bundle = await packRun(runDir, path.join(dir, 'bundles'));
    const top = rawEntry('run_x/', '', { type: '5' });
    const notARun = path.join(dir, 'not-a-run.tar.gz');
    fs.writeFileSync(notARun, gzip(rawTar(top, rawEntry('run_x/a.txt', 'a'))));
    const hostile = path.join(dir, 'hostile.tar.gz');
    fs.writeFileSync(hostile, gzip(rawTar(top, rawEntry('run_x/link', '', { type: '2', linkname: '/' }))));
    const tmp = freshTmp();
    const ask = (from: string) =>
      createBackend('replay', { env: { TMPDIR: tmp }, replayFrom: from }).generate(
        'Summarize: the screen is dim',
        { temperature: 0.3 },
      );
    await expect(ask(bundle.path)).resolves.toMatchObject({ text: 'reply to: Summarize: the screen is dim' });
    // Extracted under the temp folder given, as the refusal of a bundle that holds no run shows.
    await expect(ask(notARun)).rejects.toThrow(
      new RegExp(`^replay: ${tmp}/awo-replay-source-\\w{6}/run_x is not a run folder \\(no input\\.json`),
    );
    await expect(ask(hostile)).rejects.toThrow(/refused entry "run_x\/link": it is a symbolic link/);
    expect(fs.readdirSync(tmp)).toEqual([]);
  });

  it('names the bundle, not its removed extraction, when a call was not recorded', async () => {
    const runDir = await recordRun();
    const bundle = await packRun(runDir, path.join(dir, 'bundles'));
    const replay = createBackend('replay', { env: {}, replayFrom: bundle.path });
    await expect(replay.generate('Summarize: something new', { temperature: 0.3 })).rejects.toThrow(
      `replay: no recorded call in ${bundle.path} for prompt ${digestBytes('Summarize: something new')}`,
    );
  });

  it('refuses a source that does not exist', () => {
    expect(() => createBackend('replay', { env: {}, replayFrom: path.join(dir, 'nope') })).toThrow(
      NotFoundError,
    );
    expect(() => createBackend('replay', { env: {} })).toThrow('backend replay needs a recorded run');
  });
});

describe('awo replay', () => {
  it('re-executes a run and reports that every output hash matches', async () => {
    const runDir = await recordRun();
    const io = captureIo();
    const code = await replayCommand.run([runDir, '--runs-dir', path.join(dir, 'replays')], io);
    expect(io.errors).toEqual(['reproducible: 2 of 2 step outputs match the original']);
    expect(code).toBe(0);
    expect(io.lines.filter((l) => l.startsWith('match '))).toHaveLength(2);
    expect(server?.requests).toHaveLength(3);
  });

  it('matches a run whose calls were retried, noting that only retry counts differ', async () => {
    const runDir = await recordRun([{ kind: 'server-error', status: 500 }]);
    expect(recordedCalls(runDir).map((c) => c.attempts)).toContain(2);
    const io = captureIo();
    const code = await replayCommand.run([runDir, '--runs-dir', path.join(dir, 'replays')], io);
    expect(code).toBe(0);
    expect(io.lines.join('\n')).toMatch(
      /match +s1 +same answers; output hash differs only in retry counts \(\$\.output\.calls\[\d\]\.attempts: 2 → 1\)/,
    );
  });

  it("replays a GitHub channel's quorum as a replay of it: same people, its own time, where it was first taken", async () => {
    fs.writeFileSync(
      path.join(dir, 'gated.json'),
      JSON.stringify({
        steps: [
          { id: 'a', op: 'llm_map', prompt: 'one' },
          { id: 'g', op: 'audit_gate', args: { min_approvals: 2 } },
          { id: 'b', op: 'llm_map', prompt: 'two' },
        ],
      }),
    );
    const session = {
      backend: createBackend('echo', { env: {} }),
      actor: 'runner',
      env: { GITHUB_ACTIONS: 'true', GITHUB_RUN_ID: '7' },
      cwd: dir,
      gateContext: { channel: 'comment' },
    };
    const paused = await startRun({ ...session, workflowPath: 'gated.json', runsDir: 'runs' });
    const quorum = {
      decision: 'approved' as const,
      actor: 'alice, bob',
      comment: 'ok',
      source: 'github-comment',
      at: '2026-01-02T03:04:05Z',
      details: { approvers: ['alice', 'bob'] },
    };
    await decideGate(paused.runDir, quorum, session);
    expect((await continueRun(paused.runDir, 'resume', session)).status).toBe('completed');
    const originalId = path.basename(paused.runDir);

    const io = captureIo();
    const code = await replayCommand.run([paused.runDir, '--runs-dir', path.join(dir, 'replays')], io);
    expect(io.errors).toEqual(['reproducible: 3 of 3 step outputs match the original']);
    expect(code).toBe(0);
    expect(io.lines).toContain("match      g  the original's decision, replayed (source replay)");
    const [replayed] = fs.readdirSync(path.join(dir, 'replays'));
    const gate = JSON.parse(
      fs.readFileSync(path.join(dir, 'replays', replayed, 'audit/gates/g.json'), 'utf8'),
    ) as { request: { opened_at: string; context: unknown }; resolution: Record<string, unknown> };
    expect(gate.request.context).toEqual({ channel: 'replay', replay_of: originalId });
    expect(gate.resolution).toMatchObject({
      decision: 'approved',
      actor: 'alice, bob',
      source: 'replay',
      details: {
        approvers: ['alice', 'bob'],
        replayed: { run_id: originalId, at: quorum.at, source: 'github-comment' },
      },
    });
    expect(Date.parse(gate.resolution.at as string)).toBeGreaterThanOrEqual(
      Date.parse(gate.request.opened_at),
    );
    expect(verifyFolder(path.join(dir, 'replays', replayed))).toMatchObject({
      ok: true,
      verdict: 'verified',
    });
  });

  it('re-executes a bundle the same way', async () => {
    const runDir = await recordRun();
    const bundle = await packRun(runDir, path.join(dir, 'bundles'));
    const io = captureIo();
    const code = await replayCommand.run(
      [bundle.path, '--sha256', bundle.sha256, '--runs-dir', path.join(dir, 'r')],
      io,
    );
    expect(io.errors).toEqual(['reproducible: 2 of 2 step outputs match the original']);
    expect(code).toBe(0);
  });

  it('removes the extracted bundle once the replay is done, and when it fails', async () => {
    const runDir = await recordRun();
    const bundle = await packRun(runDir, path.join(dir, 'bundles'));
    const tmp = freshTmp();
    const io = captureIo({ TMPDIR: tmp });
    expect(await replayCommand.run([bundle.path, '--runs-dir', path.join(dir, 'r')], io)).toBe(0);
    expect(io.lines[0]).toBe(`original: ${bundle.path}`);
    // Nothing is left: the run went to --runs-dir, and the copies it was started from are removed (helper-49).
    expect(fs.readdirSync(tmp)).toEqual([]);
    // An actor refused once the bundle was extracted: the extraction goes all the same.
    const failing = freshTmp();
    await expect(
      replayCommand.run(
        [bundle.path, '--runs-dir', path.join(dir, 'r2'), '--actor', 'system'],
        captureIo({ TMPDIR: failing }),
      ),
    ).rejects.toThrow('--actor "system" is the name the engine records its own actions under');
    expect(fs.readdirSync(failing)).toEqual([]);
    // Without --runs-dir the replayed run is kept where it was made, and its path printed.
    const kept = freshTmp();
    const keptIo = captureIo({ TMPDIR: kept });
    expect(await replayCommand.run([bundle.path], keptIo)).toBe(0);
    expect(fs.readdirSync(kept)).toEqual([expect.stringMatching(/^awo-replay-[A-Za-z0-9]{6}$/)]);
    expect(keptIo.lines[1]).toContain(kept);
  });

  it('refuses a bundle that does not verify, in one line naming it, and replays nothing', async () => {
    const runDir = await recordRun();
    // An answer edited after the seal, then packed: the bundle unpacks, but does not verify.
    const file = path.join(runDir, 'outputs', 's1.json');
    fs.writeFileSync(
      file,
      fs.readFileSync(file, 'utf8').replace('the screen is dim', 'the screen is bright'),
    );
    const bundle = await packRun(runDir, path.join(dir, 'bundles'));
    const replays = path.join(dir, 'replays');
    const result = await awo(['replay', bundle.path, '--runs-dir', replays], { cwd: dir });
    // One line (no `.` matches a line feed), naming the bundle and what verify found.
    expect(result.err).toMatch(
      /^awo replay: refused bundle .+: it does not verify \(outputs\/s1\.json: .+\); nothing was replayed$/,
    );
    expect(result.err).toContain(`refused bundle ${bundle.path}: `);
    expect(result.code).toBe(1);
    expect(result.out).toBe('');
    expect(fs.existsSync(replays)).toBe(false);
  });

  it('reports a mismatch, naming the step and the first difference, when recorded outputs were edited', async () => {
    const runDir = await recordRun();
    // An answer edited after the run: the replay serves the edited answer, so the step's joined text
    // no longer matches the text the receipt's output hash was sealed over.
    const file = path.join(runDir, 'outputs', 's1.json');
    const record = JSON.parse(fs.readFileSync(file, 'utf8')) as {
      output: { calls: Array<{ text: string }> };
    };
    record.output.calls[1].text = 'reply to: Summarize: the screen is bright';
    fs.writeFileSync(file, JSON.stringify(record, null, 2));
    const io = captureIo();
    const code = await replayCommand.run([runDir, '--runs-dir', path.join(dir, 'replays')], io);
    expect(code).toBe(1);
    const mismatch = io.lines.find((l) => l.startsWith('MISMATCH'));
    expect(mismatch).toMatch(
      /^MISMATCH +s1 +original sha256:[0-9a-f]{64}, replay sha256:[0-9a-f]{64}; first difference \$\.output\.text: ".*the screen is dim.* → ".*the screen is bright/,
    );
    expect(io.errors).toContain('not reproducible: step s1 differs, step note differs');
  });

  it('reports a step the replay could not complete because a call was not recorded', async () => {
    const runDir = await recordRun();
    fs.rmSync(path.join(runDir, 'outputs', 's1.json'));
    const io = captureIo();
    const code = await replayCommand.run([runDir, '--runs-dir', path.join(dir, 'replays')], io);
    expect(code).toBe(1);
    expect(io.lines.some((l) => /^MISSING +s1 /.test(l))).toBe(true);
    expect(io.errors.join('\n')).toMatch(/this prompt was never recorded/);
  });

  it('refuses --sha256 for a folder and a path that is no run', async () => {
    const runDir = await recordRun();
    await expect(replayCommand.run([runDir, '--sha256', 'a'.repeat(64)], captureIo())).rejects.toThrow(
      /applies to bundles/,
    );
    fs.mkdirSync(path.join(dir, 'empty'));
    await expect(replayCommand.run([path.join(dir, 'empty')], captureIo())).rejects.toThrow(
      /no workflow.snapshot.json/,
    );
  });
});

describe("verify's check of the model a step was decided on, on legitimate runs", () => {
  it("passes a run made on the replay backend from a bundle, whose calls are the recording's", async () => {
    const runDir = await recordRun();
    const bundle = await packRun(runDir, path.join(dir, 'bundles'));
    const replayed = await startRun({
      workflowPath: 'wf.json',
      runsDir: 'replayed',
      // From a bundle the backend knows no model before it opens it: the policy saw "replay".
      backend: createBackend('replay', { env: {}, replayFrom: bundle.path }),
      actor: 'tester',
      env: {},
      cwd: dir,
    });
    expect(replayed.status).toBe('completed');
    expect(verifyFolder(replayed.runDir)).toMatchObject({ ok: true, verdict: 'verified' });
  });

  it("passes a run resumed under another model: each step is judged on its own session's model", async () => {
    server = await startFakeProvider({ flavor: 'openai', apiKey: KEY });
    const gated = {
      steps: [
        { id: 'first', op: 'llm_map', prompt: 'one' },
        { id: 'review', op: 'audit_gate' },
        { id: 'second', op: 'llm_map', prompt: 'two' },
      ],
    };
    fs.writeFileSync(path.join(dir, 'gated.json'), JSON.stringify(gated));
    const session = (model: string, actor = 'tester') => ({
      backend: createBackend('openai', { model, baseUrl: server!.baseUrl, apiKey: KEY, env: {} }),
      actor,
      env: {},
      cwd: dir,
    });
    const paused = await startRun({ ...session('model-a'), workflowPath: 'gated.json', runsDir: 'runs' });
    expect(paused.status).toBe('paused');
    const approval = { decision: 'approved' as const, actor: 'reviewer', comment: '', source: 'cli' };
    expect((await decideGate(paused.runDir, approval, session('model-a', 'reviewer'))).status).toBe('paused');
    expect((await continueRun(paused.runDir, 'resume', session('model-b'))).status).toBe('completed');
    const calls = (id: string) =>
      (
        JSON.parse(fs.readFileSync(path.join(paused.runDir, 'outputs', `${id}.json`), 'utf8')) as {
          output: { calls: { requested_model: string }[] };
        }
      ).output.calls.map((call) => call.requested_model);
    expect([calls('first'), calls('second')]).toEqual([['model-a'], ['model-b']]);
    expect(verifyFolder(paused.runDir)).toMatchObject({ ok: true, verdict: 'verified' });
  });
});
