import * as crypto from 'node:crypto';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  fulcioHandler,
  initializeCA,
  initializeCTLog,
  initializeTLog,
  initializeTSA,
  rekorHandler,
  tsaHandler,
  type HandlerFn,
} from '@sigstore/mock';
import { HashAlgorithm, PublicKeyDetails, TrustedRoot } from '@sigstore/protobuf-specs';

/**
 * Sigstore on 127.0.0.1 for tests: `@sigstore/mock`'s Fulcio (`POST /api/v2/signingCert`, with a CT log
 * for the embedded SCT), Rekor (`POST /api/v1/log/entries`) and timestamp authority
 * (`POST /api/v1/timestamp`) handlers behind a real HTTP server, plus the runner's OIDC token endpoint
 * (`GET ACTIONS_ID_TOKEN_REQUEST_URL&audience=...` with `Authorization: Bearer ACTIONS_ID_TOKEN_REQUEST_TOKEN`,
 * answering `{ value: <JWT> }`), and the trusted root that verifies what they issue.
 */

/** The claims of a GitHub Actions OIDC token that Fulcio copies into the certificate. */
export interface ActionsClaims {
  repository: string;
  ref?: string;
  sha?: string;
  /** `owner/repo/.github/workflows/file.yml@refs/heads/main`. */
  job_workflow_ref?: string;
  run_id?: string;
  run_attempt?: string;
  repository_visibility?: string;
}

export interface SigstoreServer {
  url: string;
  /** The runner's `ACTIONS_ID_TOKEN_REQUEST_URL` / `_TOKEN` for this server. */
  oidcEnv: { ACTIONS_ID_TOKEN_REQUEST_URL: string; ACTIONS_ID_TOKEN_REQUEST_TOKEN: string };
  /** `AWO_SIGSTORE_*_URL` pointing the action at this server. */
  endpointEnv: Record<string, string>;
  /** Paths of the requests received, in order (`/api/v1/log/entries`, ...). */
  requests: string[];
  /** Audiences the token endpoint was asked for. */
  audiences: string[];
  /** The claims the next tokens carry. */
  claims: ActionsClaims;
  /** `trusted_root.json` for these services (valid from `validFrom`). */
  trustedRoot(validFrom?: Date): unknown;
  stop(): Promise<void>;
}

const ISSUER = 'https://token.actions.githubusercontent.com';

function base64url(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

/** An HS256 JWT: Fulcio's mock decodes without checking the signature, as it documents. */
function jwt(claims: Record<string, unknown>, audience: string): string {
  const now = Math.floor(Date.now() / 1000);
  const body = base64url({ iss: ISSUER, aud: audience, iat: now, nbf: now, exp: now + 300, ...claims });
  const head = base64url({ alg: 'HS256', typ: 'JWT' });
  const signature = crypto.createHmac('sha256', 'test').update(`${head}.${body}`).digest('base64url');
  return `${head}.${body}.${signature}`;
}

function fullClaims(c: ActionsClaims): Record<string, string> {
  const ref = c.ref ?? 'refs/heads/main';
  const workflow = c.job_workflow_ref ?? `${c.repository}/.github/workflows/awo.yml@${ref}`;
  return {
    sub: `repo:${c.repository}:ref:${ref}`,
    repository: c.repository,
    repository_owner: c.repository.split('/')[0],
    ref,
    sha: c.sha ?? '0123456789abcdef0123456789abcdef01234567',
    job_workflow_ref: workflow,
    workflow_ref: workflow,
    run_id: c.run_id ?? '4242',
    run_attempt: c.run_attempt ?? '1',
    event_name: 'push',
    runner_environment: 'github-hosted',
    repository_visibility: c.repository_visibility ?? 'public',
  };
}

/**
 * What Rekor stores for a proposed `dsse` v0.0.1 entry: the canonical body with the envelope's hash, the
 * payload's hash and the signatures with their verifier (rekor pkg/types/dsse/v0.0.1). The mock's log
 * stores what it is given, so the double canonicalises first, as the real service does.
 */
function canonicalDsse(body: string): string {
  const proposed = JSON.parse(body) as {
    kind?: string;
    spec?: { proposedContent?: { envelope: string; verifiers: string[] } };
  };
  const content = proposed.spec?.proposedContent;
  if (proposed.kind !== 'dsse' || !content) return body;
  const envelope = JSON.parse(content.envelope) as { payload: string; signatures: { sig: string }[] };
  const sha = (data: Buffer | string) => crypto.createHash('sha256').update(data).digest('hex');
  return JSON.stringify({
    apiVersion: '0.0.1',
    kind: 'dsse',
    spec: {
      envelopeHash: { algorithm: 'sha256', value: sha(content.envelope) },
      payloadHash: { algorithm: 'sha256', value: sha(Buffer.from(envelope.payload, 'base64')) },
      signatures: envelope.signatures.map((sig) => ({ signature: sig.sig, verifier: content.verifiers[0] })),
    },
  });
}

const keyPair = () => crypto.generateKeyPairSync('ec', { namedCurve: 'prime256v1' });

/** Starts the services; call `stop()` in afterAll. */
export async function startSigstore(claims: ActionsClaims): Promise<SigstoreServer> {
  const ctlog = await initializeCTLog(keyPair());
  const ca = await initializeCA(keyPair(), ctlog);
  const tsa = await initializeTSA(keyPair());
  // asn1js writes a GeneralizedTime's milliseconds without trailing zeros (`.5Z`), which
  // @sigstore/core's parser refuses ("invalid time": it takes exactly three digits). The double's clock
  // moves such an instant on by a millisecond, never back, so about one signature in ten no longer fails.
  (tsa as unknown as { getCurrentTime: () => Date }).getCurrentTime = () => {
    const now = new Date();
    const ms = now.getUTCMilliseconds();
    if (ms !== 0 && ms % 10 === 0) now.setUTCMilliseconds(ms + 1);
    return now;
  };
  const idToken = crypto.randomUUID();
  const handlers = new Map<string, HandlerFn>();
  const requests: string[] = [];
  const audiences: string[] = [];
  const state = { claims };
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      requests.push(url.pathname);
      if (req.method === 'GET' && url.pathname === '/oidc/token') {
        if (req.headers.authorization !== `Bearer ${idToken}`)
          return void res.writeHead(401).end('bad token');
        const audience = url.searchParams.get('audience') ?? '';
        audiences.push(audience);
        res.writeHead(200, { 'content-type': 'application/json' });
        return void res.end(JSON.stringify({ count: 1, value: jwt(fullClaims(state.claims), audience) }));
      }
      const handler = req.method === 'POST' ? handlers.get(url.pathname) : undefined;
      if (!handler) return void res.writeHead(404).end('not found');
      const text = Buffer.concat(chunks).toString('utf8');
      handler(url.pathname === '/api/v1/log/entries' ? canonicalDsse(text) : text).then(
        ({ statusCode, response, contentType }) => {
          res.writeHead(statusCode, { 'content-type': contentType ?? 'text/plain' });
          res.end(
            typeof response === 'string'
              ? response
              : Buffer.from(response.buffer, response.byteOffset, response.byteLength),
          );
        },
        (err: unknown) => res.writeHead(500).end(String(err)),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const tlog = await initializeTLog(url, keyPair());
  for (const handler of [fulcioHandler(ca), rekorHandler(tlog), tsaHandler(tsa)])
    handlers.set(handler.path, handler.fn);

  const bytes = (view: ArrayBufferView): Buffer => Buffer.from(view.buffer, view.byteOffset, view.byteLength);
  const tsaChain = [
    bytes((tsa as unknown as { intCertificate: ArrayBufferView }).intCertificate),
    bytes(tsa.rootCertificate),
  ];
  return {
    url,
    oidcEnv: {
      ACTIONS_ID_TOKEN_REQUEST_URL: `${url}/oidc/token?api-version=2.0`,
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: idToken,
    },
    endpointEnv: { AWO_SIGSTORE_FULCIO_URL: url, AWO_SIGSTORE_REKOR_URL: url, AWO_SIGSTORE_TSA_URL: url },
    requests,
    audiences,
    get claims() {
      return state.claims;
    },
    set claims(value: ActionsClaims) {
      state.claims = value;
    },
    trustedRoot(validFrom = new Date('2020-01-01T00:00:00Z')) {
      const key = (rawBytes: Uint8Array) => ({
        rawBytes: Buffer.from(rawBytes),
        keyDetails: PublicKeyDetails.PKIX_ECDSA_P256_SHA_256,
        validFor: { start: validFrom, end: undefined },
      });
      const logKey = (rawBytes: Uint8Array, id: Uint8Array) => ({
        baseUrl: url,
        hashAlgorithm: HashAlgorithm.SHA2_256,
        publicKey: key(rawBytes),
        logId: { keyId: Buffer.from(id) },
        checkpointKeyId: undefined,
        operator: 'awo test',
      });
      const authority = (chain: Uint8Array[], uri: string) => ({
        subject: { organization: 'sigstore.mock', commonName: 'sigstore' },
        uri,
        certChain: { certificates: chain.map((c) => ({ rawBytes: Buffer.from(c) })) },
        validFor: { start: validFrom, end: undefined },
        operator: 'awo test',
      });
      const root: TrustedRoot = {
        mediaType: 'application/vnd.dev.sigstore.trustedroot+json;version=0.1',
        tlogs: [logKey(tlog.publicKey, crypto.createHash('sha256').update(tlog.publicKey).digest())],
        ctlogs: [logKey(ctlog.publicKey, bytes(ctlog.logID))],
        certificateAuthorities: [authority([bytes(ca.rootCertificate)], url)],
        timestampAuthorities: [authority(tsaChain, url)],
      };
      return TrustedRoot.toJSON(root);
    },
    stop: () =>
      new Promise<void>((resolve, reject) => server.close((err) => (err ? reject(err) : resolve()))),
  };
}
