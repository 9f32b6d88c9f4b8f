import { afterAll, describe, expect, it } from '@jest/globals';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { packRun } from '../../src/bundle/pack.js';
import { awo, tempDir, writeWorkflow } from '../helpers.js';
import { startSigstore } from '../servers/sigstore.js';
import { signAs, statementFor } from './signing.js';

/**
 * A golden attestation checked into the repository: a completed, approved run's bundle, its Sigstore
 * bundles (public-good with a Rekor entry; GitHub-style with an RFC 3161 timestamp) and the trusted root
 * of the test Sigstore that signed them. `awo verify` must accept them offline for as long as the
 * format stands: the certificates expired ten minutes after signing, and the verifier checks them at the
 * signed time, not today. `AWO_WRITE_GOLDEN=1` regenerates them (only when the format changes on purpose).
 */
const DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures');
const REPO = 'waveframe/awo-demo';
const made: string[] = [];
afterAll(() => made.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

async function writeGolden(): Promise<void> {
  const work = tempDir('awo-golden-');
  made.push(work);
  const wf = writeWorkflow(work, {
    steps: [
      { id: 'draft', op: 'llm_map', prompt: 'Summarize: The battery lasts all day' },
      { id: 'gate_review', op: 'audit_gate', args: { environment: 'production' } },
    ],
  });
  const runs = path.join(work, 'runs');
  await awo(['run', wf, '--runs-dir', runs]);
  const runDir = path.join(runs, fs.readdirSync(runs)[0]);
  await awo(['approve', runDir, '--actor', 'alice', '--comment', 'checked']);
  await awo(['resume', runDir]);
  fs.mkdirSync(DIR, { recursive: true });
  for (const old of fs.readdirSync(DIR)) fs.rmSync(path.join(DIR, old));
  const bundle = await packRun(runDir, DIR);
  const sigstore = await startSigstore({ repository: REPO, run_id: '4242', run_attempt: '1' });
  try {
    const statement = statementFor(runDir, bundle, REPO);
    for (const visibility of ['public', 'private'] as const) {
      const signed = await signAs(sigstore, statement, visibility, work);
      fs.writeFileSync(path.join(DIR, `${visibility}.sigstore.json`), `${JSON.stringify(signed, null, 2)}\n`);
    }
    fs.writeFileSync(
      path.join(DIR, 'trusted_root.json'),
      `${JSON.stringify(sigstore.trustedRoot(), null, 2)}\n`,
    );
  } finally {
    await sigstore.stop();
  }
}

describe('the golden attestation in test/attest/fixtures', () => {
  it('verifies offline with awo verify, through both Sigstore paths', async () => {
    if (process.env.AWO_WRITE_GOLDEN === '1') await writeGolden();
    const bundle = fs.readdirSync(DIR).find((name) => name.endsWith('.tar.gz'));
    expect(bundle).toBeDefined();
    for (const [file, instance] of [
      ['public.sigstore.json', 'public-good (Rekor entry)'],
      ['private.sigstore.json', "GitHub's Sigstore instance (RFC 3161 timestamp)"],
    ]) {
      const result = await awo(
        [
          'verify',
          path.join(DIR, bundle!),
          '--attestation',
          path.join(DIR, file),
          '--trusted-root',
          path.join(DIR, 'trusted_root.json'),
          '--repo',
          REPO,
          '--signer-workflow',
          `${REPO}/.github/workflows/awo.yml`,
          '--source-ref',
          'refs/heads/main',
        ],
        { env: {} },
      );
      expect(result.err).toBe('');
      expect(result.code).toBe(0);
      expect(result.out).toContain(`attestation verified: ${REPO} signed run_`);
      expect(result.out).toContain(instance);
    }
  });

  it('is refused for another repository', async () => {
    const bundle = fs.readdirSync(DIR).find((name) => name.endsWith('.tar.gz'))!;
    const result = await awo(
      [
        'verify',
        path.join(DIR, bundle),
        '--attestation',
        path.join(DIR, 'public.sigstore.json'),
        '--trusted-root',
        path.join(DIR, 'trusted_root.json'),
        '--repo',
        'waveframe/other',
      ],
      { env: {} },
    );
    expect(result.code).toBe(1);
    expect(result.err).toContain(
      `the certificate was issued to repository ${REPO}, not waveframe/other (--repo)`,
    );
  });
});
