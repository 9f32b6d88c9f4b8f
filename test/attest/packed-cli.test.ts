import { afterAll, expect, it } from '@jest/globals';
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { REPO_ROOT } from '../servers/client-process.js';
import { describeE2E, nodeBinary } from '../action/e2e-setup.js';
import { tempDir } from '../helpers.js';

const FIXTURES = path.join(REPO_ROOT, 'test', 'attest', 'fixtures');
const made: string[] = [];
afterAll(() => made.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

describeE2E('the packed CLI for auditors (npm run pack:cli)', () => {
  it('installs from its .tgz into an empty folder without the network and verifies the golden bundle and attestation', () => {
    const out = tempDir('awo-pack-');
    const auditor = tempDir('awo-auditor-');
    made.push(out, auditor);
    const tgz = execFileSync('node', [path.join(REPO_ROOT, 'scripts', 'pack-cli.mjs'), out], {
      cwd: REPO_ROOT,
      encoding: 'utf8',
      timeout: 120_000,
    })
      .trim()
      .split('\n')
      .pop()!;
    expect(path.basename(tgz)).toMatch(/^awo-cli-\d+\.\d+\.\d+\.tgz$/);
    // --offline: a package with no dependencies needs nothing from a registry.
    execFileSync('npm', ['install', '--offline', '--no-audit', '--no-fund', tgz], {
      cwd: auditor,
      encoding: 'utf8',
      timeout: 120_000,
    });
    const installed = fs.readdirSync(path.join(auditor, 'node_modules'));
    // Nothing but the CLI itself: it carries its dependencies bundled.
    expect(installed.filter((name) => !name.startsWith('.'))).toEqual(['awo-cli']);
    const bundle = fs.readdirSync(FIXTURES).find((name) => name.endsWith('.tar.gz'))!;
    fs.copyFileSync(path.join(FIXTURES, bundle), path.join(auditor, bundle));
    for (const file of ['public.sigstore.json', 'trusted_root.json'])
      fs.copyFileSync(path.join(FIXTURES, file), path.join(auditor, file));
    const awo = path.join(auditor, 'node_modules', '.bin', 'awo');
    const args = [
      'verify',
      bundle,
      '--attestation',
      'public.sigstore.json',
      '--trusted-root',
      'trusted_root.json',
      '--repo',
      'waveframe/awo-demo',
    ];
    for (const node of [nodeBinary(), process.execPath]) {
      const result = spawnSync(node, [awo, ...args], {
        cwd: auditor,
        encoding: 'utf8',
        env: { PATH: process.env.PATH ?? '' },
        timeout: 120_000,
      });
      expect(result.stderr).toBe('');
      expect(result.status).toBe(0);
      expect(result.stdout).toContain(`verified: ${bundle} (completed)`);
      expect(result.stdout).toContain('attestation verified: waveframe/awo-demo signed run_');
    }
  });
});
