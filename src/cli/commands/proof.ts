import * as fs from 'node:fs';
import * as path from 'node:path';
import { InputError } from '../../core/errors.js';
import { isDigest } from '../../core/hash.js';
import { givenActors, provePt004 } from '../../proof/pt004-proof.js';
import { TEST_NAMES, type TestName } from '../../proof/pt004-scenario.js';
import type { Command } from '../command.js';
import { parse } from '../arguments.js';

const usage = `usage: awo proof pt004 [--out REPORT/PROOFS] [--runs-dir DIR] [--workflows-dir workflows]
                       [--server URL --token T --reviewer-token R [--observer-token O] --runs-dir DIR]
                       [--image-digest sha256:<hex>] [--policy A|B|C=FILE]

Produces the PT-004 proof: tests A (all allowed -> COMPLETED), B (flag -> PAUSED -> a reviewer approves ->
resume -> COMPLETED) and C (deny -> FAILED, no further step) run the workflow pt004_execution_spine.json
through the governance HTTP API. By default it starts \`awo serve\` on a free 127.0.0.1 port with a temporary
tokens file (an observer, a runner and a reviewer) and stops it at the end; --server drives a running
server instead (its runs must be readable under --runs-dir). Every run is verified as \`awo verify\` does
and packed as \`awo pack\` does. Writes OUT/PT-004_workflow_orchestration/receipts/test-{A,B,C}/ and
OUT/PT-004_workflow_orchestration_PROOF_REPORT.md.

  --out DIR             where the report and the receipts go (default REPORT/PROOFS)
  --runs-dir DIR        where the runs are written (default: a temporary folder, removed afterwards)
  --workflows-dir DIR   holds pt004_execution_spine.json and policies/ (default workflows)
  --image-digest D      the container image's digest, recorded beside the cli.js digest
  --policy X=FILE       run test X under another policy file (to check the proof can fail)
  --token, --reviewer-token, --observer-token may also come from AWO_PROOF_TOKEN, AWO_PROOF_REVIEWER_TOKEN
  and AWO_PROOF_OBSERVER_TOKEN. Tokens are never written to the report or the receipts.

Exit 0 when every expectation holds (PASS), 1 naming the first unmet one (FAIL), 2 for a usage error.`;

function policyOverrides(values: string[] | undefined, cwd: string): Partial<Record<TestName, string>> {
  const out: Partial<Record<TestName, string>> = {};
  for (const value of values ?? []) {
    const match = /^([ABC])=(.+)$/.exec(value);
    if (!match) throw new InputError(`--policy must be A=FILE, B=FILE or C=FILE, got "${value}"\n${usage}`);
    out[match[1] as TestName] = path.resolve(cwd, match[2]);
  }
  return out;
}

export const command: Command = {
  name: 'proof',
  summary: 'produce the PT-004 proof report and receipts through the API',
  usage,
  async run(args, io) {
    const { values, positionals } = parse(
      args,
      {
        out: { type: 'string' },
        'runs-dir': { type: 'string' },
        'workflows-dir': { type: 'string' },
        server: { type: 'string' },
        token: { type: 'string' },
        'reviewer-token': { type: 'string' },
        'observer-token': { type: 'string' },
        'image-digest': { type: 'string' },
        policy: { type: 'string', multiple: true },
      },
      usage,
    );
    if (values.help) return (io.out(usage), 0);
    if (positionals.length !== 1 || positionals[0] !== 'pt004')
      throw new InputError(`awo proof knows one proof: pt004\n${usage}`);
    // Tokens may come from the environment, so they need not show in a process listing.
    values.token ??= io.env.AWO_PROOF_TOKEN;
    values['reviewer-token'] ??= io.env.AWO_PROOF_REVIEWER_TOKEN;
    values['observer-token'] ??= io.env.AWO_PROOF_OBSERVER_TOKEN;
    const given = values.server !== undefined;
    if (given && (!values.token || !values['reviewer-token'] || !values['runs-dir']))
      throw new InputError(
        `--server needs --token (read and run scopes), --reviewer-token (review) and --runs-dir (the server's runs folder)\n${usage}`,
      );
    if (!given && (values.token || values['reviewer-token'] || values['observer-token']))
      throw new InputError(
        `--token, --reviewer-token and --observer-token apply only with --server\n${usage}`,
      );
    if (given && !/^https?:\/\/[^/]+/.test(values.server ?? ''))
      throw new InputError(`--server must be an http:// or https:// URL, got "${values.server}"\n${usage}`);
    const digest = values['image-digest'];
    if (digest !== undefined && !isDigest(digest))
      throw new InputError(`--image-digest must be sha256:<64 lowercase hex>, got "${digest}"`);
    const cliPath = fs.realpathSync(process.argv[1] ?? '');
    const result = await provePt004({
      outDir: path.resolve(io.cwd, values.out ?? 'REPORT/PROOFS'),
      workflowsDir: path.resolve(io.cwd, values['workflows-dir'] ?? 'workflows'),
      runsDir: values['runs-dir'] ? path.resolve(io.cwd, values['runs-dir']) : null,
      server: given
        ? {
            url: values.server as string,
            actors: givenActors(
              values.token as string,
              values['reviewer-token'] as string,
              values['observer-token'],
            ),
          }
        : null,
      cliPath,
      imageDigest: digest ?? null,
      policies: policyOverrides(values.policy, io.cwd),
      env: io.env,
      cwd: io.cwd,
      log: (line) => io.err(line),
    });
    io.out(result.reportPath);
    io.out(result.receiptsDir);
    if (result.pass) {
      io.out(`PASS: all ${result.expectations.length} expectations of tests ${TEST_NAMES.join(', ')} hold`);
      return 0;
    }
    const unmet = result.firstUnmet;
    io.out(
      `FAIL: test ${unmet?.test ?? '?'}: ${unmet?.id ?? ''}: ${unmet?.text ?? 'no expectation was checked'} (${unmet?.evidence ?? ''})`,
    );
    return 1;
  },
};
