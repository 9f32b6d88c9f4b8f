import { describe, it, expect } from '@jest/globals';
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { awo, auditLines, readJson, tempDir, writeWorkflow } from '../helpers.js';
import { runIdFor, createRunFolder, publishRunFolder } from '../../src/store/run-folder.js';
import { FsRunStore } from '../../src/store/run-store.js';
import { TOOL_VERSION } from '../../src/core/version.js';
import { schemaFiles } from '../../src/core/json-schema.js';

const REPO = process.cwd();
const MINIMAL = path.join(REPO, 'workflows/minimal.json');

async function runMinimal() {
  const runs = tempDir();
  const result = await awo(['run', MINIMAL, '--runs-dir', runs]);
  const runDir = path.resolve(result.out.split('\n')[0]);
  return { runs, runDir, result };
}

describe('awo run workflows/minimal.json', () => {
  it('pauses at the audit gate with exit 78 and writes every run-folder file', async () => {
    const { runs, runDir, result } = await runMinimal();
    expect(result.code).toBe(78);
    expect(path.dirname(runDir)).toBe(runs);
    expect(path.basename(runDir)).toMatch(/^run_\d{4}-\d\d-\d\dT\d\d-\d\d-\d\dZ$/);
    for (const file of [
      'workflow.snapshot.json',
      'lock.snapshot.json',
      'input.json',
      'metadata.json',
      'steps/001_s1.jsonl',
      'steps/002_note.jsonl',
      'steps/003_gate_review.jsonl',
      'outputs/s1.json',
      'outputs/note.json',
      'artifacts/notes/summary.txt',
      'audit/log.jsonl',
      'audit/status.json',
      'audit/gates/gate_review.json',
      'receipts/steps/s1.json',
      'receipts/steps/note.json',
      'receipts/workflow.json',
      'gate_pending.json',
      'report.md',
      'SHA256SUMS.txt',
    ]) {
      expect(fs.existsSync(path.join(runDir, file))).toBe(true);
    }
    expect(fs.readFileSync(path.join(runDir, 'artifacts/notes/summary.txt'), 'utf8')).toBe('Draft note');
  });

  it('snapshots the workflow byte for byte and locks prompts with sha256 of their UTF-8 bytes', async () => {
    const { runDir } = await runMinimal();
    expect(
      fs.readFileSync(path.join(runDir, 'workflow.snapshot.json')).equals(fs.readFileSync(MINIMAL)),
    ).toBe(true);
    const lock = readJson<{ frozen_at: string; prompts: Record<string, string>; workflow: string }>(
      path.join(runDir, 'lock.snapshot.json'),
    );
    const prompt = 'Summarize: The battery lasts all day';
    const coreutils = execFileSync('sha256sum', { input: prompt }).toString().split(' ')[0];
    expect(lock.prompts).toEqual({ s1: `sha256:${coreutils}` });
    const fileDigest = execFileSync('sha256sum', [MINIMAL]).toString().split(' ')[0];
    expect(lock.workflow).toBe(`sha256:${fileDigest}`);
    expect(Date.parse(lock.frozen_at)).not.toBeNaN();
  });

  it('records the gate as pending and says in the report that the run is waiting', async () => {
    const { runDir } = await runMinimal();
    const pending = readJson(path.join(runDir, 'gate_pending.json'));
    expect(pending).toMatchObject({
      gate_id: 'gate_review',
      status: 'pending',
      checklist: 'templates/audit-checklist.md',
    });
    expect(pending.run_id).toBe(path.basename(runDir));
    expect(readJson(path.join(runDir, 'audit/status.json'))).toMatchObject({
      status: 'pending',
      run_status: 'paused',
    });
    const report = fs.readFileSync(path.join(runDir, 'report.md'), 'utf8');
    expect(report).toContain('## Waiting for human review');
    expect(report).toContain('`gate_review`');
    expect(report).toContain('echo (echo-1)');
    expect(report).toContain('echo: Summarize: The battery lasts all day');
    const gateLog = fs
      .readFileSync(path.join(runDir, 'steps/003_gate_review.jsonl'), 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { event: string });
    expect(gateLog.map((line) => line.event)).toEqual(['started', 'policy', 'gate']);
    expect(
      auditLines(runDir).some((line) => line.event === 'gate.requested' && line.gate_id === 'gate_review'),
    ).toBe(true);
  });

  it('writes shaped step logs, outputs, input and metadata', async () => {
    const { runDir } = await runMinimal();
    const events = fs
      .readFileSync(path.join(runDir, 'steps/001_s1.jsonl'), 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(events.map((e) => e.event)).toEqual(['started', 'policy', 'completed']);
    for (const event of events)
      expect(event).toMatchObject({ id: 's1', op: 'llm_map', ts: expect.any(String) });
    const output = readJson<{ output: { text: string; calls: Record<string, unknown>[] } }>(
      path.join(runDir, 'outputs/s1.json'),
    );
    expect(output.output.text).toBe('echo: Summarize: The battery lasts all day');
    expect(output.output.calls[0]).toMatchObject({
      model: 'echo-1',
      usage: expect.any(Object),
      latency_ms: expect.any(Number),
      attempts: 1,
    });
    const input = readJson<{ steps: { id: string }[]; backend: { name: string } }>(
      path.join(runDir, 'input.json'),
    );
    expect(input.steps.map((s) => s.id)).toEqual(['s1', 'note', 'gate_review']);
    expect(input.backend.name).toBe('echo');
    const metadata = readJson<Record<string, unknown>>(path.join(runDir, 'metadata.json'));
    expect(metadata).toMatchObject({
      run_id: path.basename(runDir),
      status: 'paused',
      tool: { name: 'awo-action', version: TOOL_VERSION },
      node_version: process.version,
    });
    expect((metadata.git as { sha: string | null }).sha).toMatch(/^[0-9a-f]{40}$/);
    expect(metadata.models).toEqual(['echo-1']);
  });

  it('records the GitHub context from GITHUB_* variables', async () => {
    const runs = tempDir();
    const env = {
      AWO_ACTOR: 'tester',
      GITHUB_ACTIONS: 'true',
      GITHUB_SHA: 'a'.repeat(40),
      GITHUB_REF: 'refs/heads/main',
      GITHUB_REPOSITORY: 'acme/widgets',
      GITHUB_RUN_ID: '42',
      GITHUB_RUN_ATTEMPT: '2',
      GITHUB_ACTOR: 'octocat',
      GITHUB_EVENT_NAME: 'push',
    };
    const result = await awo(['run', MINIMAL, '--runs-dir', runs], { env });
    const metadata = readJson<{ git: Record<string, unknown>; github: Record<string, unknown> }>(
      path.join(result.out.split('\n')[0], 'metadata.json'),
    );
    expect(metadata.git).toMatchObject({
      sha: 'a'.repeat(40),
      ref: 'refs/heads/main',
      repository: 'acme/widgets',
    });
    expect(metadata.github).toMatchObject({
      run_id: '42',
      run_attempt: '2',
      actor: 'octocat',
      event: 'push',
    });
  });
});

describe('ops', () => {
  it('maps llm_map over inputs in input order and feeds earlier outputs into write_text', async () => {
    const dir = tempDir();
    const file = writeWorkflow(dir, {
      steps: [
        {
          id: 'map',
          op: 'llm_map',
          prompt: 'Translate {{item}}',
          inputs: ['one', 'two', 'three', 'four', 'five'],
          params: { concurrency: 3 },
        },
        { op: 'write_text', args: { path: './out/./all.txt', text: 'Got: {{steps.map.text}}' } },
      ],
    });
    const result = await awo(['run', file, '--runs-dir', path.join(dir, 'runs')]);
    expect(result.code).toBe(0);
    const runDir = result.out.split('\n')[0];
    const output = readJson<{ input: { prompts: string[] }; output: { calls: { text: string }[] } }>(
      path.join(runDir, 'outputs/map.json'),
    );
    expect(output.input.prompts).toEqual(
      ['one', 'two', 'three', 'four', 'five'].map((w) => `Translate ${w}`),
    );
    expect(output.output.calls.map((call) => call.text)).toEqual(
      ['one', 'two', 'three', 'four', 'five'].map((w) => `echo: Translate ${w}`),
    );
    expect(fs.readFileSync(path.join(runDir, 'artifacts/out/all.txt'), 'utf8')).toBe(
      `Got: ${output.output.calls.map((c) => c.text).join('\n')}`,
    );
    expect(fs.existsSync(path.join(runDir, 'steps/002_step_002.jsonl'))).toBe(true);
  });

  it('gives the same echo output for the same prompt and params', async () => {
    const dir = tempDir();
    const file = writeWorkflow(dir, {
      steps: [{ id: 'a', op: 'llm_map', prompt: 'Same', params: { temperature: 0.2, seed: 7 } }],
    });
    const first = await awo(['run', file, '--runs-dir', path.join(dir, 'r1')]);
    const second = await awo(['run', file, '--runs-dir', path.join(dir, 'r2')]);
    const outputOf = (r: { out: string }) =>
      readJson<{ output: unknown }>(path.join(r.out.split('\n')[0], 'outputs/a.json')).output;
    expect(outputOf(first)).toEqual(outputOf(second));
  });

  it('refuses to write an artifact through a symlinked artifacts folder, and writes nothing through the link', async () => {
    const dir = tempDir();
    const outside = path.join(dir, 'outside');
    fs.mkdirSync(outside);
    const file = writeWorkflow(dir, {
      steps: [
        { id: 'gate', op: 'audit_gate' },
        { id: 'w', op: 'write_text', args: { path: 'x.txt', text: 'secret' } },
      ],
    });
    const first = await awo(['run', file, '--runs-dir', path.join(dir, 'runs')]);
    expect(first.code).toBe(78);
    const runDir = first.out.split('\n')[0];
    expect((await awo(['approve', runDir, '--actor', 'rev'])).code).toBe(0);
    fs.rmSync(path.join(runDir, 'artifacts'), { recursive: true, force: true });
    fs.symlinkSync(outside, path.join(runDir, 'artifacts'));
    const resumed = await awo(['resume', runDir]);
    expect(resumed.code).toBe(1);
    expect(resumed.err).toContain('refused "artifacts": it is a symbolic link');
    expect(fs.readdirSync(outside)).toEqual([]);
  });

  it('refuses an artifact write whose folder or file is a symlink, even when the link appears mid-run', () => {
    const dir = tempDir();
    const outside = path.join(dir, 'outside');
    fs.mkdirSync(outside);
    const store = new FsRunStore(path.join(dir, 'run'));
    fs.mkdirSync(path.join(dir, 'run'));
    fs.symlinkSync(outside, path.join(dir, 'run', 'artifacts'));
    expect(() => store.writeArtifact('artifacts/a.txt', 'x')).toThrow('artifacts is a symbolic link');
    fs.rmSync(path.join(dir, 'run', 'artifacts'));
    fs.mkdirSync(path.join(dir, 'run', 'artifacts'));
    fs.symlinkSync(path.join(outside, 'target.txt'), path.join(dir, 'run', 'artifacts', 'b.txt'));
    expect(() => store.writeArtifact('artifacts/b.txt', 'x')).toThrow('artifacts/b.txt is a symbolic link');
    // A folder the store already checked, swapped for a link afterwards.
    fs.mkdirSync(path.join(dir, 'run', 'artifacts', 'sub'));
    store.writeArtifact('artifacts/sub/c.txt', 'fine');
    fs.rmSync(path.join(dir, 'run', 'artifacts', 'sub'), { recursive: true });
    fs.symlinkSync(outside, path.join(dir, 'run', 'artifacts', 'sub'));
    expect(() => store.writeArtifact('artifacts/sub/d.txt', 'x')).toThrow(
      'a folder on its path is a symbolic link',
    );
    expect(fs.readdirSync(outside)).toEqual([]);
  });

  it('a write the disk refuses leaves no empty folder behind', () => {
    // 200 'é' are 400 bytes, past Linux's NAME_MAX: workflows are refused that name (255 bytes at most), so
    // the disk's own refusal is met through the store.
    const dir = tempDir();
    const store = new FsRunStore(dir, true);
    expect(() => store.writeArtifact(`artifacts/deep/${'é'.repeat(200)}.txt`, 'x')).toThrow(/ENAMETOOLONG/);
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('refuses, without waiting for a reader, a FIFO where an artifact is written', () => {
    const dir = tempDir();
    fs.mkdirSync(path.join(dir, 'artifacts'));
    execFileSync('mkfifo', [path.join(dir, 'artifacts/x.txt')]);
    const store = new FsRunStore(dir, true);
    expect(() => store.writeArtifact('artifacts/x.txt', 'y')).toThrow(
      'refusing to write artifacts/x.txt: artifacts/x.txt exists and is not a regular file',
    );
  });

  it('refuses, without waiting for a reader, a FIFO where a log it appends to is', () => {
    const dir = tempDir();
    fs.mkdirSync(path.join(dir, 'steps'));
    execFileSync('mkfifo', [path.join(dir, 'steps/001_a.jsonl')]);
    const store = new FsRunStore(dir);
    expect(() => store.append('steps/001_a.jsonl', '{}\n')).toThrow(
      'refusing to write steps/001_a.jsonl: it is not a regular file of the run',
    );
  });

  it('names a second run in the same second with a -2 suffix', () => {
    const runs = tempDir();
    const at = new Date('2026-01-02T03:04:05.678Z');
    const first = createRunFolder(runs, at);
    expect(first.runId).toBe('run_2026-01-02T03-04-05Z');
    publishRunFolder(first);
    expect(createRunFolder(runs, at).runId).toBe('run_2026-01-02T03-04-05Z-2');
    expect(createRunFolder(runs, at).runId).toBe('run_2026-01-02T03-04-05Z-3');
    expect(fs.readdirSync(runs).sort()).toEqual([
      '.creating-run_2026-01-02T03-04-05Z-2',
      '.creating-run_2026-01-02T03-04-05Z-3',
      'run_2026-01-02T03-04-05Z',
    ]);
    expect(runIdFor(at)).toBe('run_2026-01-02T03-04-05Z');
  });
});

describe('the CLI', () => {
  it('prints help and version', async () => {
    const help = await awo(['--help']);
    expect(help.code).toBe(0);
    expect(help.out).toContain('awo <command>');
    // `awo help <command>` is the command's own help (helper-44: it printed the general one).
    const verifyHelp = await awo(['help', 'verify']);
    expect(verifyHelp.code).toBe(0);
    expect(verifyHelp.out).toMatch(/^usage: awo verify /);
    const version = await awo(['--version']);
    expect(version.out).toBe(TOOL_VERSION);
    expect(readJson<{ version: string }>(path.join(REPO, 'package.json')).version).toBe(TOOL_VERSION);
  });

  it('prints the usage to stderr with exit 2 when no command is given', async () => {
    const bare = await awo([]);
    expect(bare.code).toBe(2);
    expect(bare.out).toBe('');
    expect(bare.err).toContain('usage: awo <command>');
  });

  it('answers -h and --version after a command too', async () => {
    const help = await awo(['run', '-h']);
    expect(help.code).toBe(0);
    expect(help.out).toContain('usage: awo run <workflow.json>');
    const version = await awo(['verify', '--version']);
    expect(version.code).toBe(0);
    expect(version.out).toBe(TOOL_VERSION);
  });

  it('refuses an empty option value instead of quietly using the default or the current folder', async () => {
    const dir = tempDir();
    for (const option of ['--runs-dir', '--policy', '--model', '--base-url', '--backend']) {
      const result = await awo(['run', MINIMAL, option, ''], { cwd: dir });
      expect(result.code).toBe(2);
      expect(result.err).toContain(`${option} must not be empty`);
      expect(fs.readdirSync(dir)).toEqual([]);
    }
  });

  it("refuses a runs folder inside a run folder, which would change that run's sealed evidence", async () => {
    const dir = tempDir();
    const printed = (await awo(['run', MINIMAL, '--runs-dir', path.join(dir, 'runs')])).out.split('\n')[0];
    const runDir = path.resolve(printed);
    const before = fs.readdirSync(runDir).sort();
    for (const inside of [runDir, path.join(runDir, 'artifacts', 'more')]) {
      const result = await awo(['run', MINIMAL, '--runs-dir', inside]);
      expect(result.code).toBe(2);
      expect(result.err).toContain(`the run folder ${runDir}: a new run there would change`);
    }
    expect(fs.readdirSync(runDir).sort()).toEqual(before);
    expect(fs.existsSync(path.join(runDir, 'artifacts', 'more'))).toBe(false);
  });

  it('names a runs folder that cannot be made instead of hanging (Node 20 loops on /proc)', () => {
    // The built CLI in a child process with a time limit: the old hang fails here rather than stalling jest.
    const result = spawnSync(
      process.execPath,
      [path.join(REPO, 'dist/cli.js'), 'run', MINIMAL, '--runs-dir', '/proc/awo-runs'],
      { encoding: 'utf8', timeout: 20_000 },
    );
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('cannot create runs folder /proc/awo-runs');
  });

  it('rejects unknown commands and options with exit 2 and one clear line, no stack trace', async () => {
    const unknown = await awo(['fly']);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain('unknown command "fly"');
    const option = await awo(['run', MINIMAL, '--colour']);
    expect(option.code).toBe(2);
    expect(option.err).toContain("Unknown option '--colour'");
    expect(option.err).not.toMatch(/\n\s+at /);
  });

  it('ships workflows/schema.json generated from the zod schema', () => {
    for (const [file, text] of Object.entries(schemaFiles())) {
      expect(fs.readFileSync(path.join(REPO, file), 'utf8')).toBe(text);
    }
  });
});
