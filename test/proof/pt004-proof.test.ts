import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFile, execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { once } from 'node:events';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { readJson, tempDir } from '../helpers.js';

/**
 * `awo proof pt004` through the built CLI (`node scripts/bundle.mjs cli` first), as CI runs it: it starts
 * `awo serve`, drives tests A/B/C over HTTP, and the receipts folder and report are checked against the
 * run folders it wrote (kept with --runs-dir).
 */
const CLI = path.join(process.cwd(), 'dist/cli.js');
const PROOF = 'PT-004_workflow_orchestration';
const REPORT = 'PT-004_workflow_orchestration_PROOF_REPORT.md';

interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

function cli(args: string[], env: NodeJS.ProcessEnv = process.env): Promise<CliResult> {
  return new Promise((resolve) => {
    execFile(process.execPath, [CLI, ...args], { env, timeout: 120_000 }, (err, stdout, stderr) => {
      const code = err ? (typeof err.code === 'number' ? err.code : 1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

const sha256 = (file: string) => createHash('sha256').update(fs.readFileSync(file)).digest('hex');

function filesUnder(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}

describe('awo proof pt004 (built CLI, started server)', () => {
  let root: string;
  let tmp: string;
  let result: CliResult;
  let report: string;

  beforeAll(async () => {
    root = tempDir('awo-proof-');
    // The proof's own temporary files (tokens file, bundle extraction) go here, so the test sees them removed.
    tmp = path.join(root, 'tmp');
    fs.mkdirSync(tmp);
    result = await cli(
      ['proof', 'pt004', '--out', path.join(root, 'out'), '--runs-dir', path.join(root, 'runs')],
      {
        ...process.env,
        TMPDIR: tmp,
      },
    );
    report = fs.readFileSync(path.join(root, 'out', REPORT), 'utf8');
  });

  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

  it('passes, prints where the report and receipts are, and says PASS', () => {
    expect(result.stderr).not.toMatch(/internal error/);
    expect(result.code).toBe(0);
    expect(result.stdout.split('\n')).toEqual([
      path.join(root, 'out', REPORT),
      path.join(root, 'out', PROOF, 'receipts'),
      'PASS: all 26 expectations of tests A, B, C hold',
      '',
    ]);
    expect(report).toMatch(/^# PT-004 workflow orchestration: proof report\n\n\*\*Verdict: PASS\*\*/);
  });

  it('has every section the directive asks for, in its vocabulary', () => {
    for (const heading of [
      '## Provenance',
      '## Results',
      '## Test A: ',
      '## Test B: ',
      '## Test C: ',
      '### Step visibility while PAUSED',
      '### Policy interaction',
      '### Gate decisions',
      '### Audit trail',
      '### Receipt chain',
      '## Receipt-chain validation',
      '## Expectations',
      '## Glossary',
    ])
      expect(report).toContain(`\n${heading}`);
    expect(report).toContain('| evidence_pack_ref |');
    expect(report).toContain('step_hash → workflow_hash');
    expect(report).toMatch(/\| timestamp \| \d{4}-\d\d-\d\dT/);
    const head = execFileSync('git', ['rev-parse', 'HEAD'], { encoding: 'utf8' }).trim();
    expect(report).toMatch(new RegExp(`\\| git SHA \\| \`${head}(-dirty)?\` \\|`));
    expect(report).toContain(`| image digest | \`sha256:${sha256(CLI)}\``);
    expect(report).toContain('in lower case (`completed`, `paused`, `failed`');
    expect(report).not.toContain('**UNMET**');
  });

  it('keeps for each test the receipts, audit log and a verifying bundle of the run it reports', async () => {
    const receipts = path.join(root, 'out', PROOF, 'receipts');
    expect(fs.readdirSync(receipts).sort()).toEqual(['test-A', 'test-B', 'test-C']);
    const expected = { A: 'completed', B: 'completed', C: 'failed' } as const;
    for (const [test, status] of Object.entries(expected)) {
      const dir = path.join(receipts, `test-${test}`);
      const workflow = readJson<{ run_id: string; status: string; workflow_hash: string }>(
        path.join(dir, 'receipts/workflow.json'),
      );
      expect(workflow.status).toBe(status);
      const runDir = path.join(root, 'runs', workflow.run_id);
      expect(readJson(path.join(runDir, 'metadata.json')).status).toBe(status);
      // The report names the run and its workflow_hash in the results and the chain validation.
      expect(report).toMatch(
        new RegExp(`\\| ${test} \\| [^\\n]*\`${workflow.run_id}\`[^\\n]*\\| (PASS) \\|`),
      );
      expect(report).toContain(`| ${test} | \`${workflow.run_id}\` |`);
      expect(report).toContain(workflow.workflow_hash);

      const copied = filesUnder(dir);
      const bundles = copied.filter((f) => f.endsWith('.tar.gz'));
      expect(bundles).toHaveLength(1);
      expect(bundles[0]).toMatch(new RegExp(`^awo-${workflow.run_id}-[0-9a-z]+\\.tar\\.gz$`));
      const evidence = copied.filter((f) => !f.startsWith('awo-'));
      // Exactly the run's receipts and audit log, byte for byte.
      const runReceipts = filesUnder(path.join(runDir, 'receipts')).map((f) => `receipts/${f}`);
      // The Merkle checkpoint is kept (and shown) when the run records one.
      const checkpoint = fs.existsSync(path.join(runDir, 'audit/checkpoint.json'))
        ? ['audit/checkpoint.json']
        : [];
      expect(evidence).toEqual(['audit/log.jsonl', ...checkpoint, ...runReceipts].sort());
      if (checkpoint.length > 0)
        expect(report).toContain(readJson<{ root: string }>(path.join(runDir, checkpoint[0])).root);
      for (const file of evidence) expect(sha256(path.join(dir, file))).toBe(sha256(path.join(runDir, file)));
      if (test === 'B') expect(runReceipts).toContain('receipts/gates/flag-decide_action.json');

      const bundle = path.join(dir, bundles[0]);
      const sums = fs.readFileSync(`${bundle}.sha256`, 'utf8');
      expect(sums).toBe(`${sha256(bundle)}  ${bundles[0]}\n`);
      expect(report).toContain(`sha256:${sha256(bundle)}`);
      const verified = await cli(['verify', bundle, '--sha256', `sha256:${sha256(bundle)}`]);
      expect(verified.stderr).toBe('');
      expect(verified.code).toBe(0);
      expect(verified.stdout).toContain(`(${status}) workflow_hash ${workflow.workflow_hash}`);
      // The line names the run inside, whatever the file is called.
      expect(verified.stdout).toMatch(new RegExp(` run ${workflow.run_id}\n$`));
    }
  });

  it('records who did what: the runner created, a different reviewer approved B, the observer read', () => {
    const receipts = path.join(root, 'out', PROOF, 'receipts');
    const gate = readJson(path.join(receipts, 'test-B/receipts/gates/flag-decide_action.json'));
    expect(gate).toMatchObject({ decision: 'approved', actor: 'pt004-reviewer', source: 'api' });
    const log = fs
      .readFileSync(path.join(receipts, 'test-B/audit/log.jsonl'), 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { event: string; actor: string });
    expect(log.find((line) => line.event === 'run.created')?.actor).toBe('pt004-runner');
    const denied = fs.readFileSync(path.join(receipts, 'test-C/audit/log.jsonl'), 'utf8');
    expect(denied).toContain('"event":"step.denied","step_id":"decide_action","decision":"deny"');
    expect(report).toMatch(/\| `pt004-observer` \| `GET \/workflows\/runs\/run_[^`]+\/logs/);
    expect(report).toMatch(
      /\| `pt004-reviewer` \| `PATCH \/workflows\/runs\/run_[^`]+\/gates\/flag-decide_action` \| 200/,
    );
  });

  it('stops the server it started and removes its tokens file and temporary folders', async () => {
    const url = /governance API \| `awo serve` started by the proof at `(http:\/\/127\.0\.0\.1:\d+)`/.exec(
      report,
    )?.[1];
    expect(url).toBeDefined();
    await expect(fetch(`${url}/openapi.json`)).rejects.toThrow();
    expect(fs.readdirSync(tmp)).toEqual([]);
  });
});

describe('awo proof pt004 fails when an expectation does not hold', () => {
  it('names test C when its policy allows the step it must deny, exit 1', async () => {
    const root = tempDir('awo-proof-broken-');
    try {
      const out = path.join(root, 'out');
      const result = await cli([
        'proof',
        'pt004',
        '--out',
        out,
        '--policy',
        'C=workflows/policies/pt004-all-allow.json',
      ]);
      expect(result.code).toBe(1);
      expect(result.stdout).toContain(
        'FAIL: test C: C.failed: the run ends FAILED because the policy denied decide_action (status COMPLETED)',
      );
      const report = fs.readFileSync(path.join(out, REPORT), 'utf8');
      expect(report).toMatch(
        /\*\*Verdict: FAIL\*\*: 22 of 26 expectations hold\. First unmet: test C, `C\.failed`/,
      );
      expect(report).toMatch(/\| C \| [^\n]*\| FAIL \(4 unmet\) \|/);
      expect(report).toMatch(/\| A \| [^\n]*\| PASS \|/);
      // The evidence of the run that broke the expectation is still kept, and still verifies.
      const bundle = filesUnder(path.join(out, PROOF, 'receipts/test-C')).find((f) => f.endsWith('.tar.gz'));
      expect(bundle).toBeDefined();
      expect((await cli(['verify', path.join(out, PROOF, 'receipts/test-C', bundle as string)])).code).toBe(
        0,
      );
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });

  it('refuses bad usage with exit 2 and writes nothing', async () => {
    const root = tempDir('awo-proof-usage-');
    try {
      for (const args of [
        ['proof'],
        ['proof', 'pt005'],
        ['proof', 'pt004', '--policy', 'D=x.json'],
        ['proof', 'pt004', '--server', 'http://127.0.0.1:9'],
        ['proof', 'pt004', '--token', 'aaaaaaaaaaaaaaaa'],
        ['proof', 'pt004', '--image-digest', 'sha256:abc'],
        ['proof', 'pt004', '--policy', 'C=no-such-policy.json'],
      ]) {
        const result = await cli([...args, '--out', path.join(root, 'out')]);
        expect([args, result.code]).toEqual([args, 2]);
        expect(result.stderr).toMatch(/^awo proof: /);
      }
      expect(fs.readdirSync(root)).toEqual([]);
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('awo proof pt004 --server', () => {
  it('drives a running awo serve with the tokens it is given and names the actors its trail recorded', async () => {
    const root = tempDir('awo-proof-given-');
    const tokens = path.join(root, 'tokens.json');
    fs.writeFileSync(
      tokens,
      JSON.stringify({
        tokens: [
          { token: 'runner-token-0123456789', actor: 'ci-bot', scopes: ['read', 'run'] },
          { token: 'review-token-0123456789', actor: 'alice', scopes: ['read', 'review'] },
        ],
      }),
    );
    const runs = path.join(root, 'runs');
    const server = spawn(
      process.execPath,
      [CLI, 'serve', '--port', '0', '--runs-dir', runs, '--tokens', tokens, '--workflows-dir', 'workflows'],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    try {
      const [first] = (await once(server.stdout, 'data')) as [Buffer];
      const url = /listening on (\S+)/.exec(first.toString())?.[1] as string;
      const out = path.join(root, 'out');
      const result = await cli(
        [
          'proof',
          'pt004',
          '--server',
          url,
          '--token',
          'runner-token-0123456789',
          '--runs-dir',
          runs,
          '--out',
          out,
          '--image-digest',
          `sha256:${'ab'.repeat(32)}`,
        ],
        { ...process.env, AWO_PROOF_REVIEWER_TOKEN: 'review-token-0123456789' },
      );
      expect(result.code).toBe(0);
      const report = fs.readFileSync(path.join(out, REPORT), 'utf8');
      expect(report).toContain(`| governance API | given server \`${url}\` |`);
      expect(report).toContain(`| container image digest | \`sha256:${'ab'.repeat(32)}\` |`);
      expect(report).toContain('runner `--token, recorded as ci-bot`');
      expect(report).toContain('reviewer `--reviewer-token, recorded as alice`');
      expect(report).toContain('approved by alice (creator ci-bot) via api');
      for (const file of [path.join(out, REPORT), ...filesUnder(out).map((f) => path.join(out, f))])
        for (const token of ['runner-token-0123456789', 'review-token-0123456789'])
          expect([file, fs.readFileSync(file).includes(token)]).toEqual([file, false]);
      // The server is the caller's: still running after the proof.
      expect((await fetch(`${url}/openapi.json`)).status).toBe(200);
    } finally {
      server.kill('SIGTERM');
      await once(server, 'exit');
      fs.rmSync(root, { recursive: true, force: true });
    }
  });
});
