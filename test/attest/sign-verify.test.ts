import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { packRun } from '../../src/bundle/pack.js';
import { verifyAttestation, type AttestationCheck } from '../../src/bundle/verify-attestation.js';
import { PREDICATE_TYPE, type Statement } from '../../src/core/attestation-predicate.js';
import { runEvidenceFacts } from '../../src/store/run-evidence.js';
import { awo, tempDir, writeWorkflow } from '../helpers.js';
import { startSigstore, type SigstoreServer } from '../servers/sigstore.js';
import { signAs, statementFor as statementOf } from './signing.js';

const REPO = 'waveframe/awo-demo';
const WORKFLOW = `${REPO}/.github/workflows/awo.yml`;
const GATED = {
  steps: [
    { id: 'draft', op: 'llm_map', prompt: 'Summarize: The battery lasts all day' },
    { id: 'gate_review', op: 'audit_gate', args: { environment: 'production' } },
    { id: 'final', op: 'write_text', args: { path: 'notes/final.txt', text: 'ok {{steps.draft.text}}' } },
  ],
};

let sigstore: SigstoreServer;
let work: string;
let runDir: string;
let bundle: { path: string; name: string; sha256: string };
let trustedRoot: string;
const savedEnv = { ...process.env };

async function sign(statement: Statement, visibility: 'public' | 'private', file: string): Promise<string> {
  fs.writeFileSync(file, JSON.stringify(await signAs(sigstore, statement, visibility, work)));
  return file;
}

function statementFor(
  target: { name: string; sha256: string },
  change: (s: Statement) => void = () => {},
): Statement {
  const statement = statementOf(runDir, target, REPO);
  change(statement);
  return statement;
}

const check = (attestation: string, extra: Partial<AttestationCheck> = {}): AttestationCheck => ({
  attestation,
  trustedRoot,
  repo: REPO,
  signerWorkflow: WORKFLOW,
  sourceRef: 'refs/heads/main',
  ...extra,
});

beforeAll(async () => {
  sigstore = await startSigstore({ repository: REPO, run_id: '4242', run_attempt: '1' });
  work = tempDir('awo-attest-');
  const wf = writeWorkflow(work, GATED);
  const runs = path.join(work, 'runs');
  expect((await awo(['run', wf, '--runs-dir', runs])).code).toBe(78);
  runDir = path.join(runs, fs.readdirSync(runs)[0]);
  expect((await awo(['approve', runDir, '--actor', 'alice', '--comment', 'fine'])).code).toBe(0);
  expect((await awo(['resume', runDir])).code).toBe(0);
  bundle = await packRun(runDir, path.join(work, 'out'));
  trustedRoot = path.join(work, 'trusted_root.json');
  fs.writeFileSync(trustedRoot, JSON.stringify(sigstore.trustedRoot()));
});

afterAll(async () => {
  process.env = savedEnv;
  await sigstore?.stop();
  if (work) fs.rmSync(work, { recursive: true, force: true });
});

describe('attestation of an evidence bundle, signed through @sigstore/mock and verified offline', () => {
  it('a public repository signs through Fulcio and Rekor; the attestation verifies and says who approved', async () => {
    sigstore.requests.length = 0;
    const statement = statementFor(bundle);
    expect(statement.predicateType).toBe(PREDICATE_TYPE);
    expect(statement.predicate.gates).toEqual([
      expect.objectContaining({
        gate_id: 'gate_review',
        decision: 'approved',
        approvers: ['alice'],
        source: 'cli',
      }),
    ]);
    expect(statement.predicate.result).toBe('PASSED');
    const file = await sign(statement, 'public', path.join(work, 'public.sigstore.json'));
    expect(sigstore.requests).toContain('/api/v1/log/entries');
    expect(sigstore.requests).not.toContain('/api/v1/timestamp');
    expect(sigstore.audiences).toContain('sigstore');
    const verdict = await verifyAttestation(bundle.path, check(file));
    expect(verdict.message).toBeUndefined();
    expect(verdict.ok).toBe(true);
    expect(verdict.instance).toBe('public-good');
    expect(verdict.predicate?.checkpoint.text).toMatch(/^\d+:sha256:[0-9a-f]{64}$/);
  });

  it('a private repository signs with a timestamp and never calls Rekor', async () => {
    sigstore.requests.length = 0;
    const file = await sign(statementFor(bundle), 'private', path.join(work, 'private.sigstore.json'));
    expect(sigstore.requests).toContain('/api/v1/timestamp');
    expect(sigstore.requests).not.toContain('/api/v1/log/entries');
    const signed = JSON.parse(fs.readFileSync(file, 'utf8')) as {
      verificationMaterial: {
        tlogEntries?: unknown[];
        timestampVerificationData: { rfc3161Timestamps: unknown[] };
      };
    };
    expect(signed.verificationMaterial.tlogEntries ?? []).toEqual([]);
    expect(signed.verificationMaterial.timestampVerificationData.rfc3161Timestamps).toHaveLength(1);
    const verdict = await verifyAttestation(bundle.path, check(file));
    expect(verdict.ok).toBe(true);
    expect(verdict.instance).toBe('github');
  });

  it('refuses a predicate that disagrees with the bundle, naming the field', async () => {
    const file = await sign(
      statementFor(bundle, (s) => {
        s.predicate.gates[0].approvers = ['mallory'];
      }),
      'public',
      path.join(work, 'lying.sigstore.json'),
    );
    const verdict = await verifyAttestation(bundle.path, check(file));
    expect(verdict.ok).toBe(false);
    expect(verdict.where).toBe('predicate.gates[0].approvers[0]');
    expect(verdict.message).toContain('"mallory" in the attestation');
    expect(verdict.message).toContain('"alice"');
  });

  it('refuses a bundle with one byte changed: the subject digest differs', async () => {
    const file = await sign(statementFor(bundle), 'public', path.join(work, 'ok.sigstore.json'));
    const changed = path.join(work, 'changed.tar.gz');
    const bytes = fs.readFileSync(bundle.path);
    bytes[bytes.length - 10] ^= 0x01;
    fs.writeFileSync(changed, bytes);
    const verdict = await verifyAttestation(changed, check(file));
    expect(verdict.ok).toBe(false);
    expect(verdict.where).toBe('statement.subject');
    expect(verdict.message).toContain(`subject digest is ${bundle.sha256}`);
  });

  it('refuses a certificate for another repository, workflow or ref, naming what differs', async () => {
    const file = await sign(statementFor(bundle), 'public', path.join(work, 'id.sigstore.json'));
    const other = await verifyAttestation(bundle.path, check(file, { repo: 'someone/else' }));
    expect(other.ok).toBe(false);
    expect(other.message).toBe(`the certificate was issued to repository ${REPO}, not someone/else (--repo)`);
    const workflow = await verifyAttestation(
      bundle.path,
      check(file, { signerWorkflow: `${REPO}/.github/workflows/other.yml` }),
    );
    expect(workflow.ok).toBe(false);
    expect(workflow.message).toContain(
      `signer workflow is ${WORKFLOW}@refs/heads/main, not ${REPO}/.github/workflows/other.yml`,
    );
    const ref = await verifyAttestation(bundle.path, check(file, { sourceRef: 'refs/heads/release' }));
    expect(ref.message).toContain('source ref is refs/heads/main, not refs/heads/release');
    const issuer = await verifyAttestation(
      bundle.path,
      check(file, { certOidcIssuer: 'https://accounts.example.com' }),
    );
    expect(issuer.message).toBe(
      "the certificate's OIDC issuer is https://token.actions.githubusercontent.com, not https://accounts.example.com (--cert-oidc-issuer)",
    );
  });

  it('refuses a signature made in another repository whose predicate claims this one', async () => {
    sigstore.claims = { repository: 'attacker/fork', run_id: '4242', run_attempt: '1' };
    try {
      const file = await sign(statementFor(bundle), 'public', path.join(work, 'fork.sigstore.json'));
      const verdict = await verifyAttestation(
        bundle.path,
        check(file, { repo: 'attacker/fork', signerWorkflow: undefined }),
      );
      expect(verdict.ok).toBe(false);
      expect(verdict.message).toBe(
        `the predicate names repository ${REPO}, but the certificate was issued to attacker/fork`,
      );
    } finally {
      sigstore.claims = { repository: REPO, run_id: '4242', run_attempt: '1' };
    }
  });

  it('refuses a signature that does not verify against the trusted root', async () => {
    const file = await sign(statementFor(bundle), 'public', path.join(work, 'root.sigstore.json'));
    const foreign = await startSigstore({ repository: REPO });
    const otherRoot = path.join(work, 'other_root.json');
    try {
      fs.writeFileSync(otherRoot, JSON.stringify(foreign.trustedRoot()));
    } finally {
      await foreign.stop();
    }
    const verdict = await verifyAttestation(bundle.path, check(file, { trustedRoot: otherRoot }));
    expect(verdict.ok).toBe(false);
    expect(verdict.message).toContain('the Sigstore signature does not verify against');
    // `gh attestation trusted-root` prints one root per line; every line's authorities are trusted.
    const jsonl = path.join(work, 'trusted_root.jsonl');
    fs.writeFileSync(
      jsonl,
      `${fs.readFileSync(otherRoot, 'utf8')}\n${JSON.stringify(sigstore.trustedRoot())}\n`,
    );
    expect((await verifyAttestation(bundle.path, check(file, { trustedRoot: jsonl }))).ok).toBe(true);
  });

  it('requires audit/checkpoint.json, when the run records one, to be the head over its audit lines', () => {
    const copy = path.join(work, 'copy');
    fs.cpSync(runDir, copy, { recursive: true });
    const facts = runEvidenceFacts(copy);
    const file = path.join(copy, 'audit', 'checkpoint.json');
    fs.writeFileSync(
      file,
      JSON.stringify({ run_id: facts.run_id, size: facts.checkpoint.size, root: facts.checkpoint.root }),
    );
    expect(runEvidenceFacts(copy).checkpoint).toEqual(facts.checkpoint);
    fs.writeFileSync(
      file,
      JSON.stringify({ run_id: facts.run_id, size: facts.checkpoint.size - 1, root: facts.checkpoint.root }),
    );
    expect(() => runEvidenceFacts(copy)).toThrow(
      /^audit\/checkpoint\.json: records \d+:sha256:[0-9a-f]{64} for run_.*, but audit\/log\.jsonl gives/,
    );
  });
});
