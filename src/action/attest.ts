import * as fs from 'node:fs';
import * as core from '@actions/core';
import { bundleToJSON, type SerializedBundle } from '@sigstore/bundle';
import {
  CIContextProvider,
  DSSEBundleBuilder,
  FulcioSigner,
  RekorWitness,
  TSAWitness,
  type Witness,
} from '@sigstore/sign';
import {
  buildStatement,
  INTOTO_PAYLOAD_TYPE,
  PREDICATE_TYPE,
  type Statement,
} from '../core/attestation-predicate.js';
import { messageOf } from '../core/errors.js';
import { runEvidenceFacts } from '../store/run-evidence.js';
import { uploadBundle } from './artifacts.js';
import { AttestationError } from './attestation-error.js';
import type { GitHubContext } from './github-context.js';
import { setOutputs } from './outputs.js';
import { sigstoreEndpoints, type SigstoreEndpoints } from './sigstore-instance.js';

/**
 * Signing, loaded by dynamic `import()` only when `attest: true`, so a job that does not attest never
 * loads sigstore. Mirrors `@actions/attest`'s `attest()` (DSSE bundle v0.3, Fulcio certificate from the
 * job's OIDC token with audience `sigstore`, Rekor or TSA witness by repository visibility, then
 * `POST /repos/{owner}/{repo}/attestations`), built on the same `@sigstore/sign`; `@actions/attest`
 * itself fixes the Sigstore URLs, which would leave its signing path untestable offline.
 */

/** What was packed and uploaded, as `publish` knows it. */
export interface AttestTarget {
  runDir: string;
  path: string;
  name: string;
  sha256: string;
  artifactId: number;
}

/** What the attestation step produced. */
export interface Attested {
  statement: Statement;
  bundlePath: string;
  instance: SigstoreEndpoints['instance'];
  attestationId: string;
  attestationUrl: string;
}

const TIMEOUT_MS = 10_000;
const RETRIES = 3;

function requireIdToken(env: NodeJS.ProcessEnv): void {
  if (!env.ACTIONS_ID_TOKEN_REQUEST_URL || !env.ACTIONS_ID_TOKEN_REQUEST_TOKEN) {
    throw new AttestationError(
      'attest: true needs the job permission id-token: write (ACTIONS_ID_TOKEN_REQUEST_URL and ACTIONS_ID_TOKEN_REQUEST_TOKEN are not set); add `permissions: { id-token: write, attestations: write, contents: read }` to the job',
    );
  }
}

/** Signs the statement's DSSE envelope through the chosen instance and returns the Sigstore bundle. */
export async function signStatement(
  statement: Statement,
  endpoints: SigstoreEndpoints,
): Promise<SerializedBundle> {
  const signer = new FulcioSigner({
    identityProvider: new CIContextProvider('sigstore'),
    fulcioBaseURL: endpoints.fulcioUrl,
    timeout: TIMEOUT_MS,
    retry: RETRIES,
  });
  const witnesses: Witness[] = [];
  if (endpoints.rekorUrl)
    witnesses.push(
      new RekorWitness({
        rekorBaseURL: endpoints.rekorUrl,
        fetchOnConflict: true,
        timeout: TIMEOUT_MS,
        retry: RETRIES,
      }),
    );
  if (endpoints.tsaUrl)
    witnesses.push(new TSAWitness({ tsaBaseURL: endpoints.tsaUrl, timeout: TIMEOUT_MS, retry: RETRIES }));
  try {
    const bundle = await new DSSEBundleBuilder({ signer, witnesses }).create({
      data: Buffer.from(JSON.stringify(statement)),
      type: INTOTO_PAYLOAD_TYPE,
    });
    return bundleToJSON(bundle);
  } catch (err) {
    const urls = [endpoints.fulcioUrl, endpoints.rekorUrl, endpoints.tsaUrl].filter(Boolean).join(', ');
    throw new AttestationError(
      `signing the attestation through Sigstore's ${endpoints.instance} instance (${urls}) failed: ${messageOf(err)}`,
    );
  }
}

/** Stores the Sigstore bundle with GitHub's attestations API; explains a refusal by the permission it needs. */
async function storeAttestation(
  bundle: SerializedBundle,
  ctx: GitHubContext,
  token: string,
): Promise<string> {
  const url = `${ctx.apiUrl}/repos/${ctx.owner}/${ctx.repo}/attestations`;
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: {
        accept: 'application/vnd.github+json',
        authorization: `Bearer ${token}`,
        'content-type': 'application/json',
        'x-github-api-version': '2022-11-28',
      },
      body: JSON.stringify({ bundle }),
      signal: AbortSignal.timeout(30_000),
    });
  } catch (err) {
    throw new AttestationError(`storing the attestation (POST ${url}) failed: ${messageOf(err)}`);
  }
  const text = await response.text();
  if (response.status === 401 || response.status === 403 || response.status === 404) {
    throw new AttestationError(
      `storing the attestation was refused (${response.status} from POST ${url}): the job needs the permission attestations: write (and the token input must be the job's token); GitHub said: ${text.slice(0, 300)}`,
    );
  }
  if (!response.ok)
    throw new AttestationError(
      `storing the attestation failed: ${response.status} from POST ${url}: ${text.slice(0, 300)}`,
    );
  let id: unknown;
  try {
    id = (JSON.parse(text) as { id?: unknown }).id;
  } catch {
    id = undefined;
  }
  if (typeof id !== 'number' && typeof id !== 'string')
    throw new AttestationError(`storing the attestation: POST ${url} answered without an id`);
  return String(id);
}

/** Adds the attestation and the offline check to the job summary; a summary that fails is only a warning. */
async function summarize(
  target: AttestTarget,
  ctx: GitHubContext,
  instance: SigstoreEndpoints['instance'],
  url: string,
  checkpoint: string,
): Promise<void> {
  const where =
    instance === 'public-good'
      ? "Sigstore's public-good instance (entry in the public Rekor log)"
      : "GitHub's Sigstore instance (RFC 3161 timestamp, no public log)";
  const lines = [
    '## Attestation',
    '',
    `Signed through ${where}: [attestation](${url}), Sigstore bundle \`${target.name}.sigstore.json\` (artifact beside the bundle), checkpoint \`${checkpoint}\`.`,
    '',
    '```sh',
    `awo verify ${target.name} --attestation ${target.name}.sigstore.json --trusted-root trusted_root.jsonl --repo ${ctx.repository}`,
    `gh attestation verify ${target.name} --repo ${ctx.repository} --bundle ${target.name}.sigstore.json --predicate-type ${PREDICATE_TYPE}`,
    '```',
    '',
  ];
  try {
    await core.summary.addRaw(lines.join('\n'), true).write();
  } catch (err) {
    core.warning(`could not write the job summary: ${messageOf(err)}`);
  }
}

/**
 * Attests one uploaded evidence bundle: builds the statement from the run folder, signs it, writes the
 * Sigstore bundle beside the evidence bundle (`<bundle>.sigstore.json`), uploads it as its own artifact,
 * stores it with the attestations API and sets `checkpoint`, `attestation-path`, `attestation-id`,
 * `attestation-url`.
 */
export async function attestBundle(
  target: AttestTarget,
  ctx: GitHubContext,
  token: string | undefined,
  retentionDays: number,
  env: NodeJS.ProcessEnv = process.env,
): Promise<Attested> {
  requireIdToken(env);
  if (!token)
    throw new AttestationError(
      'attest: true needs the token input (default ${{ github.token }}) with attestations: write',
    );
  const facts = runEvidenceFacts(target.runDir);
  setOutputs({ checkpoint: facts.checkpoint.text });
  const statement = buildStatement(target, facts, {
    repository: ctx.repository,
    workflow_run: {
      id: ctx.runId,
      attempt: ctx.runAttempt,
      url: `${ctx.serverUrl}/${ctx.repository}/actions/runs/${ctx.runId}/attempts/${ctx.runAttempt}`,
    },
    artifact: { id: target.artifactId, name: target.name },
  });
  const endpoints = sigstoreEndpoints(env);
  const bundle = await signStatement(statement, endpoints);
  const bundlePath = `${target.path}.sigstore.json`;
  fs.writeFileSync(bundlePath, `${JSON.stringify(bundle, null, 2)}\n`);
  setOutputs({ 'attestation-path': bundlePath });
  await uploadBundle(bundlePath, retentionDays);
  const attestationId = await storeAttestation(bundle, ctx, token);
  const attestationUrl = `${ctx.serverUrl}/${ctx.repository}/attestations/${attestationId}`;
  setOutputs({ 'attestation-id': attestationId, 'attestation-url': attestationUrl });
  await summarize(target, ctx, endpoints.instance, attestationUrl, facts.checkpoint.text);
  return { statement, bundlePath, instance: endpoints.instance, attestationId, attestationUrl };
}
