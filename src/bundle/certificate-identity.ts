import { ASN1Obj } from '@sigstore/core';
import type { Signer } from '@sigstore/verify';

/**
 * The GitHub Actions facts Fulcio writes into a signing certificate (sigstore/fulcio docs/oid-info.md),
 * read from the extensions of the certificate the verifier accepted.
 */
export interface CertificateIdentity {
  /** 1.3.6.1.4.1.57264.1.12 Source Repository URI, e.g. `https://github.com/owner/name`. */
  sourceRepositoryUri: string | undefined;
  /** 1.3.6.1.4.1.57264.1.14 Source Repository Ref, e.g. `refs/heads/main`. */
  sourceRepositoryRef: string | undefined;
  /** 1.3.6.1.4.1.57264.1.13 Source Repository Digest (the commit). */
  sourceRepositoryDigest: string | undefined;
  /** 1.3.6.1.4.1.57264.1.9 Build Signer URI: the workflow file and ref that signed. */
  buildSignerUri: string | undefined;
  /** 1.3.6.1.4.1.57264.1.21 Run Invocation URI: `.../actions/runs/<id>/attempts/<n>`. */
  runInvocationUri: string | undefined;
  /** 1.3.6.1.4.1.57264.1.8 Issuer (v2). */
  issuer: string | undefined;
}

const OIDS = {
  sourceRepositoryUri: '1.3.6.1.4.1.57264.1.12',
  sourceRepositoryRef: '1.3.6.1.4.1.57264.1.14',
  sourceRepositoryDigest: '1.3.6.1.4.1.57264.1.13',
  buildSignerUri: '1.3.6.1.4.1.57264.1.9',
  runInvocationUri: '1.3.6.1.4.1.57264.1.21',
  issuer: '1.3.6.1.4.1.57264.1.8',
} as const;

const UTF8_STRING = 0x0c;

/** These extensions hold a DER UTF8String (the v1 ones held raw bytes); either is read as text. */
function text(value: Buffer): string {
  if (value.length > 1 && value[0] === UTF8_STRING) {
    try {
      return ASN1Obj.parseBuffer(Buffer.from(value)).value.toString('utf8');
    } catch {
      // Fall through to the raw bytes.
    }
  }
  return value.toString('utf8');
}

/** Reads the identity from the signer the sigstore verifier returned. */
export function certificateIdentity(signer: Signer): CertificateIdentity {
  const values = new Map<string, string>();
  for (const pair of signer.identity?.oids ?? []) {
    if (pair.oid) values.set(pair.oid.id.join('.'), text(Buffer.from(pair.value)));
  }
  const entries = Object.entries(OIDS).map(([name, oid]) => [name, values.get(oid)]);
  return Object.fromEntries(entries) as CertificateIdentity;
}
