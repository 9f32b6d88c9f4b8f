import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { bundleFromJSON, type Bundle } from '@sigstore/bundle';
import { TrustedRoot } from '@sigstore/protobuf-specs';
import { toSignedEntity, toTrustMaterial, Verifier, type Signer } from '@sigstore/verify';
import {
  differences,
  EvidenceFacts,
  legacyJoinedApprovers,
  INTOTO_PAYLOAD_TYPE,
  PREDICATE_TYPE,
  RunPredicate,
  STATEMENT_TYPE,
} from '../core/attestation-predicate.js';
import { InputError, IntegrityError, messageOf } from '../core/errors.js';
import { runEvidenceFacts } from '../store/run-evidence.js';
import { certificateIdentity, type CertificateIdentity } from './certificate-identity.js';
import { hashFile, unpackBundle } from './safe-extract.js';

/** What `awo verify <bundle> --attestation` checks the attestation against. */
export interface AttestationCheck {
  /** A Sigstore bundle (`<bundle>.sigstore.json`, or one line of `gh attestation download`). */
  attestation: string;
  /** A Sigstore trusted root (`trusted_root.json`: `gh attestation trusted-root`). */
  trustedRoot: string;
  /** `owner/name` the certificate must name as source repository. */
  repo: string;
  /** `[host/]owner/name/.github/workflows/file.yml[@ref]` the certificate must name as signer. */
  signerWorkflow?: string;
  /** `refs/heads/main`, ...: the certificate's source repository ref. */
  sourceRef?: string;
  /** The OIDC issuer the certificate must name; default GitHub Actions' ({@link GITHUB_ACTIONS_ISSUER}). */
  certOidcIssuer?: string;
  tmpDir?: string;
}

/** The outcome: ok, or the first thing that differs, named. */
export interface AttestationVerdict {
  ok: boolean;
  where?: string;
  message?: string;
  notes: string[];
  identity?: CertificateIdentity;
  predicate?: RunPredicate;
  /** `public-good` (Rekor entry) or `github` (RFC 3161 timestamp only). */
  instance?: 'public-good' | 'github';
}

function readJsonFile(file: string, what: string): unknown {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    throw new InputError(`${what} not found: ${file}`);
  }
  try {
    // `gh attestation download` writes JSON Lines of {bundle, ...}: the first line is taken.
    const first = text.trim().split('\n')[0];
    return JSON.parse(text.trim().includes('\n') && first.startsWith('{"') ? first : text);
  } catch (err) {
    throw new InputError(`${file}: not JSON (${messageOf(err)}); expected a ${what}`);
  }
}

function loadBundle(file: string): Bundle {
  let json = readJsonFile(file, 'Sigstore bundle') as Record<string, unknown>;
  if (json && typeof json === 'object' && 'bundle' in json && !('mediaType' in json))
    json = json.bundle as Record<string, unknown>;
  try {
    return bundleFromJSON(json);
  } catch (err) {
    throw new InputError(
      `${file}: not a Sigstore bundle (${messageOf(err)}); --attestation takes the .sigstore.json the action uploaded`,
    );
  }
}

/**
 * A trusted root file: one JSON object, or JSON Lines as `gh attestation trusted-root` prints them (one
 * root per Sigstore instance); the lines' authorities and logs are taken together.
 */
function loadTrustedRoot(file: string): TrustedRoot {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8').trim();
  } catch {
    throw new InputError(`Sigstore trusted root not found: ${file}`);
  }
  const lines = text.split('\n').filter((line) => line.trim() !== '');
  const documents = lines.length > 1 && lines.every((line) => line.trim().startsWith('{"')) ? lines : [text];
  const roots = documents.map((doc) => {
    let json: Record<string, unknown>;
    try {
      json = JSON.parse(doc) as Record<string, unknown>;
    } catch (err) {
      throw new InputError(`${file}: not JSON (${messageOf(err)}); expected a Sigstore trusted root`);
    }
    if (
      !json ||
      typeof json !== 'object' ||
      typeof json.mediaType !== 'string' ||
      !json.mediaType.startsWith('application/vnd.dev.sigstore.trustedroot')
    )
      throw new InputError(
        `${file}: not a Sigstore trusted root (mediaType application/vnd.dev.sigstore.trustedroot+json); get one with \`gh attestation trusted-root\``,
      );
    return TrustedRoot.fromJSON(json);
  });
  return {
    ...roots[0],
    tlogs: roots.flatMap((r) => r.tlogs),
    ctlogs: roots.flatMap((r) => r.ctlogs),
    certificateAuthorities: roots.flatMap((r) => r.certificateAuthorities),
    timestampAuthorities: roots.flatMap((r) => r.timestampAuthorities),
  };
}

/** Verifies signature, certificate chain and timestamps against the trusted root; returns the signer. */
function verifySignature(
  bundle: Bundle,
  root: TrustedRoot,
): { signer: Signer; instance: 'public-good' | 'github' } {
  const logged = bundle.verificationMaterial.tlogEntries.length > 0;
  // Public-good: a Rekor entry and the certificate's SCT. GitHub's instance: an RFC 3161 timestamp, no log.
  const verifier = new Verifier(toTrustMaterial(root), {
    tlogThreshold: logged ? 1 : 0,
    ctlogThreshold: logged ? 1 : 0,
    timestampThreshold: 1,
  });
  return { signer: verifier.verify(toSignedEntity(bundle)), instance: logged ? 'public-good' : 'github' };
}

/** The issuer of GitHub Actions' OIDC tokens on github.com. */
export const GITHUB_ACTIONS_ISSUER = 'https://token.actions.githubusercontent.com';

const pathOf = (uri: string | undefined): string | undefined => {
  if (!uri) return undefined;
  try {
    return new URL(uri).pathname.replace(/^\/+/, '');
  } catch {
    return uri;
  }
};

/** The first identity fact that is not what the auditor asked for, or the predicate claims. */
function identityProblem(
  id: CertificateIdentity,
  check: AttestationCheck,
  predicate: RunPredicate,
): string | undefined {
  const issuer = check.certOidcIssuer ?? GITHUB_ACTIONS_ISSUER;
  if (id.issuer !== issuer)
    return `the certificate's OIDC issuer is ${id.issuer ?? '(none)'}, not ${issuer}${check.certOidcIssuer ? ' (--cert-oidc-issuer)' : ' (GitHub Actions; --cert-oidc-issuer for another)'}`;
  const repo = pathOf(id.sourceRepositoryUri);
  if (!repo || repo.toLowerCase() !== check.repo.toLowerCase())
    return `the certificate was issued to repository ${repo ?? '(none)'}, not ${check.repo} (--repo)`;
  if (predicate.repository.toLowerCase() !== repo.toLowerCase())
    return `the predicate names repository ${predicate.repository}, but the certificate was issued to ${repo}`;
  const signer = pathOf(id.buildSignerUri) ?? '';
  if (check.signerWorkflow) {
    const wanted = check.signerWorkflow.replace(/^https?:\/\//, '').replace(/^[^/]+\.[^/]+\//, '');
    const matches = wanted.includes('@') ? signer === wanted : signer.split('@')[0] === wanted;
    if (!matches)
      return `the certificate's signer workflow is ${signer || '(none)'}, not ${check.signerWorkflow} (--signer-workflow)`;
  }
  if (check.sourceRef && id.sourceRepositoryRef !== check.sourceRef)
    return `the certificate's source ref is ${id.sourceRepositoryRef ?? '(none)'}, not ${check.sourceRef} (--source-ref)`;
  const run = pathOf(id.runInvocationUri);
  const claimed = `${predicate.repository}/actions/runs/${predicate.workflow_run.id}/attempts/${predicate.workflow_run.attempt}`;
  if (run && run.toLowerCase() !== claimed.toLowerCase())
    return `the predicate names workflow run ${claimed}, but the certificate was issued to ${run}`;
  return undefined;
}

/** Decodes and checks the DSSE payload: an in-toto Statement v1 with our predicate about this bundle. */
function readStatement(bundle: Bundle, sha256: string, name: string, notes: string[]): RunPredicate {
  if (bundle.content.$case !== 'dsseEnvelope')
    throw new IntegrityError('the attestation is not a DSSE envelope (an in-toto statement)', 'attestation');
  const envelope = bundle.content.dsseEnvelope;
  if (envelope.payloadType !== INTOTO_PAYLOAD_TYPE)
    throw new IntegrityError(
      `the attestation's payload type is ${envelope.payloadType}, not ${INTOTO_PAYLOAD_TYPE}`,
      'attestation',
    );
  let statement: { _type?: unknown; subject?: unknown; predicateType?: unknown; predicate?: unknown };
  try {
    statement = JSON.parse(Buffer.from(envelope.payload).toString('utf8')) as typeof statement;
  } catch {
    throw new IntegrityError('the attestation payload is not JSON', 'attestation');
  }
  if (statement._type !== STATEMENT_TYPE)
    throw new IntegrityError(
      `statement _type is ${String(statement._type)}, not ${STATEMENT_TYPE}`,
      'statement._type',
    );
  if (statement.predicateType !== PREDICATE_TYPE)
    throw new IntegrityError(
      `predicateType is ${String(statement.predicateType)}; this awo verifies ${PREDICATE_TYPE}`,
      'statement.predicateType',
    );
  const subjects = Array.isArray(statement.subject)
    ? (statement.subject as { name?: unknown; digest?: { sha256?: unknown } }[])
    : [];
  const hex = sha256.replace(/^sha256:/, '');
  const subject = subjects.find((s) => s?.digest?.sha256 === hex);
  if (!subject) {
    const named = subjects.map((s) => `sha256:${String(s?.digest?.sha256)}`).join(', ') || 'none';
    throw new IntegrityError(
      `the attestation's subject digest is ${named}, but the bundle is ${sha256}`,
      'statement.subject',
    );
  }
  if (subject.name !== name)
    notes.push(
      `the attestation names the bundle ${String(subject.name)}; this file is called ${name} (the digest matches)`,
    );
  const parsed = RunPredicate.safeParse(statement.predicate);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new IntegrityError(
      `predicate.${issue.path.join('.')}: ${issue.message} (schema docs/attestation-run-v1.schema.json)`,
      'statement.predicate',
    );
  }
  return parsed.data;
}

/** Shows a predicate value next to the bundle's. */
function valueAt(value: unknown, where: string): string {
  let node: unknown = value;
  for (const part of where.split(/\.|\[(\d+)\]/).filter(Boolean)) {
    node = node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined;
  }
  return JSON.stringify(node) ?? 'nothing';
}

/**
 * Checks an attestation of an evidence bundle offline: the Sigstore signature, certificate chain and
 * signed timestamp against the trusted root; the certificate's identity (repository, signer workflow,
 * ref, workflow run) against what the auditor asked and the predicate claims; the subject digest against
 * the bundle's bytes; and the predicate's evidence facts (status, gates and approvers, checkpoint, ...)
 * against the ones recomputed from the bundle's own files. Never contacts a network service.
 */
export async function verifyAttestation(
  bundlePath: string,
  check: AttestationCheck,
): Promise<AttestationVerdict> {
  const notes: string[] = [];
  const bundle = loadBundle(check.attestation);
  const root = loadTrustedRoot(check.trustedRoot);
  const sha256 = await hashFile(bundlePath);
  let signer: Signer;
  let instance: AttestationVerdict['instance'];
  try {
    ({ signer, instance } = verifySignature(bundle, root));
  } catch (err) {
    const code = (err as { code?: unknown }).code;
    return {
      ok: false,
      where: check.attestation,
      message: `${check.attestation}: the Sigstore signature does not verify against ${check.trustedRoot}: ${typeof code === 'string' ? `${code}: ` : ''}${messageOf(err)}`,
      notes,
    };
  }
  const identity = certificateIdentity(signer);
  let predicate: RunPredicate;
  try {
    predicate = readStatement(bundle, sha256, path.basename(bundlePath), notes);
  } catch (err) {
    if (err instanceof IntegrityError)
      return { ok: false, where: err.where, message: err.message, notes, identity, instance };
    throw err;
  }
  const problem = identityProblem(identity, check, predicate);
  if (problem)
    return { ok: false, where: 'certificate', message: problem, notes, identity, predicate, instance };
  const tmp = fs.mkdtempSync(path.join(check.tmpDir ?? os.tmpdir(), 'awo-attest-'));
  try {
    const { runDir } = await unpackBundle(bundlePath, tmp, { expectedSha256: sha256 });
    const facts = runEvidenceFacts(runDir);
    const claimed = Object.fromEntries(
      Object.keys(EvidenceFacts.shape).map((key) => [key, predicate[key as keyof RunPredicate]]),
    ) as EvidenceFacts;
    claimed.gates = legacyJoinedApprovers(claimed.gates, facts.gates, notes);
    const first = differences(claimed, facts)[0];
    if (first)
      return {
        ok: false,
        where: `predicate.${first}`,
        message: `predicate.${first} is ${valueAt(claimed, first)} in the attestation, but the bundle's evidence gives ${valueAt(facts, first)}`,
        notes,
        identity,
        predicate,
        instance,
      };
  } catch (err) {
    if (err instanceof IntegrityError)
      return { ok: false, where: err.where, message: err.message, notes, identity, predicate, instance };
    throw err;
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  return { ok: true, notes, identity, predicate, instance };
}
