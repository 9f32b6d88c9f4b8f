import { afterAll, beforeAll, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { REPO_ROOT } from '../servers/client-process.js';
import { startGitHub, type StartedGitHub } from '../servers/start-github.js';
import { startSigstore, type SigstoreServer } from '../servers/sigstore.js';
import { placeWorkflow, runAction } from './action-runner.js';
import { describeE2E, nodeBinary } from './e2e-setup.js';
import { downloadArtifact, sha256File } from './evidence.js';

const REPO = 'waveframe/awo-demo';

describeE2E(
  'attest: true in the built dist/index.js under Node 24, against @sigstore/mock on 127.0.0.1',
  () => {
    let gh: StartedGitHub;
    let sigstore: SigstoreServer;
    let node: string;
    let trustedRoot: string;
    beforeAll(async () => {
      node = nodeBinary();
      gh = await startGitHub({
        repository: REPO,
        runId: 6001,
        tokenPermissions: { actions: 'read', attestations: 'write' },
      });
      sigstore = await startSigstore({ repository: REPO, run_id: '6001', run_attempt: '1' });
      trustedRoot = path.join(gh.root, 'trusted_root.json');
      fs.writeFileSync(trustedRoot, JSON.stringify(sigstore.trustedRoot()));
    });
    afterAll(async () => {
      await sigstore?.stop();
      await gh?.stop();
    });

    async function attestedRun(
      visibility: 'public' | 'private',
      jobName: string,
      extraEnv: Record<string, string> = {},
      token?: string,
    ) {
      const job = await gh.job({ runId: 6001, jobName });
      fs.writeFileSync(
        job.env.GITHUB_EVENT_PATH,
        JSON.stringify({ repository: { full_name: REPO, visibility } }),
      );
      const workflow = placeWorkflow(job, 'simple.json');
      sigstore.requests.length = 0;
      const { main } = await runAction({
        node,
        job,
        token: token ?? gh.token,
        inputs: { workflow, attest: 'true' },
        extraEnv: { ...sigstore.endpointEnv, ...sigstore.oidcEnv, ...extraEnv },
      });
      return { job, main };
    }

    function awoVerify(args: string[]) {
      const result = spawnSync(node, [path.join(REPO_ROOT, 'dist', 'cli.js'), 'verify', ...args], {
        encoding: 'utf8',
        env: { PATH: process.env.PATH ?? '' },
        timeout: 120_000,
      });
      return { code: result.status, stdout: result.stdout, stderr: result.stderr };
    }

    it('a public repository: signs through Fulcio and Rekor, stores the attestation, uploads the Sigstore bundle beside the evidence', async () => {
      const { job, main } = await attestedRun('public', 'public');
      expect(main.failure).toBeUndefined();
      const out = main.outputs;
      expect(out.checkpoint).toMatch(/^\d+:sha256:[0-9a-f]{64}$/);
      expect(sigstore.requests).toEqual(
        expect.arrayContaining(['/oidc/token', '/api/v2/signingCert', '/api/v1/log/entries']),
      );
      expect(sigstore.requests).not.toContain('/api/v1/timestamp');
      const stored = gh.api.attestations.at(-1)!;
      expect(out['attestation-id']).toBe(String(stored.id));
      expect(out['attestation-url']).toBe(`http://github.localhost/${REPO}/attestations/${stored.id}`);
      expect(stored.repository).toBe(REPO);
      expect(out['attestation-path']).toBe(`${out['bundle-path']}.sigstore.json`);
      expect(JSON.parse(fs.readFileSync(out['attestation-path'], 'utf8'))).toEqual(stored.bundle);
      // The Sigstore bundle is its own artifact beside the evidence bundle.
      const beside = gh.artifacts
        .list({ runId: 6001 })
        .find((a) => a.name === `${out['artifact-name']}.sigstore.json`);
      expect(beside).toBeDefined();
      const downloaded = await downloadArtifact(job, beside!.id);
      expect(sha256File(downloaded)).toBe(sha256File(out['attestation-path']));

      const verified = awoVerify([
        out['bundle-path'],
        '--attestation',
        downloaded,
        '--trusted-root',
        trustedRoot,
        '--repo',
        REPO,
        '--signer-workflow',
        `${REPO}/.github/workflows/awo.yml`,
      ]);
      expect(verified.stderr).toBe('');
      expect(verified.code).toBe(0);
      expect(verified.stdout).toContain(
        `attestation verified: ${REPO} signed ${out['run-id']} (completed, checkpoint ${out.checkpoint})`,
      );
      expect(verified.stdout).toContain('public-good (Rekor entry)');
      expect(main.summary).toContain('## Attestation');
      expect(main.summary).toContain(`[attestation](${out['attestation-url']})`);
      expect(main.summary).toContain(`--repo ${REPO}`);

      const wrongRepo = awoVerify([
        out['bundle-path'],
        '--attestation',
        downloaded,
        '--trusted-root',
        trustedRoot,
        '--repo',
        'other/repo',
      ]);
      expect(wrongRepo.code).toBe(1);
      expect(wrongRepo.stderr).toContain(
        `attestation FAILED: the certificate was issued to repository ${REPO}, not other/repo (--repo)`,
      );
    });

    it('a private repository: a timestamp from the TSA, nothing sent to Rekor', async () => {
      const { main } = await attestedRun('private', 'private');
      expect(main.failure).toBeUndefined();
      expect(sigstore.requests).toContain('/api/v1/timestamp');
      expect(sigstore.requests).not.toContain('/api/v1/log/entries');
      const verified = awoVerify([
        main.outputs['bundle-path'],
        '--attestation',
        main.outputs['attestation-path'],
        '--trusted-root',
        trustedRoot,
        '--repo',
        REPO,
      ]);
      expect(verified.code).toBe(0);
      expect(verified.stdout).toContain("GitHub's Sigstore instance (RFC 3161 timestamp)");
    });

    it('without id-token: write the step fails with one message naming the permission, after uploading the evidence', async () => {
      const { main } = await attestedRun('public', 'no-id-token', {
        ACTIONS_ID_TOKEN_REQUEST_URL: '',
        ACTIONS_ID_TOKEN_REQUEST_TOKEN: '',
      });
      expect(main.code).toBe(1);
      expect(main.failure).toContain('attest: true needs the job permission id-token: write');
      expect(main.outputs['artifact-id']).toBeDefined();
      expect(sigstore.requests).toEqual([]);
    });

    it('without attestations: write the step fails naming that permission', async () => {
      const token = 'ghs_onlyactionsread';
      gh.api.addToken(token, { actions: 'read' });
      const { main } = await attestedRun('public', 'no-attestations', {}, token);
      expect(main.code).toBe(1);
      expect(main.failure).toContain('the job needs the permission attestations: write');
      expect(main.outputs['attestation-id']).toBeUndefined();
    });
  },
);
