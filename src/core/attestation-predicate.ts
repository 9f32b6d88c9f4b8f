import { z } from 'zod';
import { checkpointOf, formatCheckpoint } from './checkpoint.js';
import { isDigest } from './hash.js';

/**
 * The in-toto Statement v1 the action signs for each evidence bundle, and its predicate: the run's own
 * evidence (status, gates and who approved them, checkpoint, policy, models) plus where it ran. Versioned
 * by its `predicateType`; a change to the meaning of a field makes a new version. The predicate borrows
 * the in-toto Test Result predicate's `result` / `passedTests` / `warnedTests` / `failedTests`, so tools
 * that read test results read the outcome. The JSON Schema is `docs/attestation-run-v1.schema.json`.
 */
export const PREDICATE_TYPE = 'https://github.com/waveframe/awo-action/attestation/run/v1';
export const STATEMENT_TYPE = 'https://in-toto.io/Statement/v1';
/** The DSSE payload type of an in-toto statement. */
export const INTOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json';

const digest = z.string().regex(/^sha256:[0-9a-f]{64}$/);

const Gate = z.strictObject({
  gate_id: z.string().describe('The gate step id.'),
  decision: z
    .string()
    .describe('pending, approved, rejected, timed_out, ... as audit/gates/<gate id>.json records it.'),
  approvers: z.array(z.string()).describe('Who resolved the gate (the reviewer, never the run trigger).'),
  source: z.string().nullable().describe('Where the decision came from: github-environment, cli, api, ...'),
  requested_at: z.string().nullable(),
  resolved_at: z.string().nullable(),
  environment: z.string().nullable(),
});

/** The part of the predicate that the bundle's own files determine: `awo verify --attestation` recomputes it. */
export const EvidenceFacts = z.strictObject({
  run_id: z.string(),
  status: z.string().describe('The run status: completed, paused, failed or rejected.'),
  result: z
    .enum(['PASSED', 'WARNED', 'FAILED'])
    .describe('Test Result vocabulary: completed → PASSED, paused → WARNED, failed/rejected → FAILED.'),
  passedTests: z
    .array(z.string())
    .describe('Completed steps and approved gates, as `step:<id>` / `gate:<id>`.'),
  warnedTests: z.array(z.string()).describe('Pending gates.'),
  failedTests: z.array(z.string()).describe('Failed or denied steps, rejected or timed-out gates.'),
  commit: z.strictObject({ sha: z.string().nullable(), ref: z.string().nullable() }),
  workflow_hash: digest.nullable().describe('receipts/workflow.json `workflow_hash` (the workflow receipt).'),
  checkpoint: z
    .strictObject({ size: z.number().int().nonnegative(), root: digest, text: z.string() })
    .describe('RFC 9162 tree head over audit/log.jsonl; `text` is `<size>:sha256:<hex>`.'),
  previous_bundle_sha256: digest
    .nullable()
    .describe(
      "The bundle this stage continued from (the latest audit line's details.previous.bundle_sha256); null for a first stage.",
    ),
  gates: z.array(Gate),
  policy: z.strictObject({ id: z.string().nullable(), tier: z.string().nullable(), hash: digest.nullable() }),
  models: z.array(z.string()),
});
export type EvidenceFacts = z.infer<typeof EvidenceFacts>;

/** Where the bundle was made and stored: known to the signer, not to the bundle. */
export const SigningContext = z.strictObject({
  repository: z.string().describe('owner/name'),
  workflow_run: z.strictObject({ id: z.string(), attempt: z.string(), url: z.string() }),
  artifact: z.strictObject({ id: z.number().int().nullable(), name: z.string() }),
});
export type SigningContext = z.infer<typeof SigningContext>;

export const RunPredicate = z.strictObject({ ...EvidenceFacts.shape, ...SigningContext.shape });
export type RunPredicate = z.infer<typeof RunPredicate>;

export interface Subject {
  name: string;
  digest: { sha256: string };
}

export interface Statement {
  _type: typeof STATEMENT_TYPE;
  subject: Subject[];
  predicateType: typeof PREDICATE_TYPE;
  predicate: RunPredicate;
}

/** A run folder's files the predicate is read from, already parsed (the store reads them). */
export interface RunEvidence {
  metadata: Record<string, unknown>;
  /** audit/gates/*.json, any order. */
  gates: Record<string, unknown>[];
  workflowReceipt: Record<string, unknown> | undefined;
  /** input.json `policy.document`, if any. */
  policy: Record<string, unknown> | undefined;
  /** audit/log.jsonl split into lines exactly as written (no trailing empty line). */
  auditLines: string[];
}

const str = (value: unknown): string | null => (typeof value === 'string' ? value : null);
const obj = (value: unknown): Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};

function resultOf(status: string): EvidenceFacts['result'] {
  if (status === 'completed') return 'PASSED';
  if (status === 'paused') return 'WARNED';
  return 'FAILED';
}

function gateOf(record: Record<string, unknown>): z.infer<typeof Gate> {
  const resolution = obj(record.resolution);
  const request = obj(record.request);
  // A channel that counted several people lists them in `details.approvers` (its actor joins their names).
  const named = obj(resolution.details).approvers;
  const listed = Array.isArray(named) ? named.filter((a): a is string => typeof a === 'string') : [];
  const actor = str(resolution.actor);
  return {
    gate_id: str(record.gate_id) ?? '',
    decision: str(resolution.decision) ?? str(record.status) ?? 'pending',
    approvers: listed.length > 0 ? listed : actor ? [actor] : [],
    source: str(resolution.source),
    requested_at: str(request.at),
    resolved_at: str(resolution.at),
    environment: str(request.environment),
  };
}

/**
 * Attestations signed by awo 1.0 listed the approvers of a gate decided by several people as one name, their
 * names joined by ", " (the predicate read them from the wrong field). Such a gate is taken as listing those
 * approvers, with a note; any other difference still fails.
 */
export function legacyJoinedApprovers(
  claimed: EvidenceFacts['gates'],
  actual: EvidenceFacts['gates'],
  notes: string[],
): EvidenceFacts['gates'] {
  if (!Array.isArray(claimed)) return claimed;
  return claimed.map((gate, i) => {
    const listed = actual[i]?.approvers ?? [];
    const joined = gate?.approvers;
    if (
      listed.length < 2 ||
      gate?.gate_id !== actual[i].gate_id ||
      !Array.isArray(joined) ||
      joined.length !== 1 ||
      joined[0] !== listed.join(', ')
    )
      return gate;
    notes.push(
      `the attestation lists the ${listed.length} approvers of gate ${gate.gate_id} as one name, as attestations signed by awo 1.0 did`,
    );
    return { ...gate, approvers: listed };
  });
}

/** The latest `details.previous.bundle_sha256` (a session that continued a bundle records it on its first line), or null. */
function previousBundle(lines: readonly string[]): string | null {
  for (let i = lines.length - 1; i >= 0; i -= 1) {
    let line: unknown;
    try {
      line = JSON.parse(lines[i]);
    } catch {
      continue;
    }
    const value = obj(obj(obj(line).details).previous).bundle_sha256;
    if (isDigest(value)) return value;
  }
  return null;
}

/** Reads the evidence facts from a run's files; the same function serves the signer and the verifier. */
export function evidenceFacts(evidence: RunEvidence): EvidenceFacts {
  const { metadata } = evidence;
  const runId = str(metadata.run_id) ?? '';
  const status = str(metadata.status) ?? 'unknown';
  const gates = evidence.gates.map(gateOf).sort((a, b) => (a.gate_id < b.gate_id ? -1 : 1));
  const steps = Array.isArray(metadata.steps) ? metadata.steps.map(obj) : [];
  const passed = [
    ...steps.filter((s) => s.status === 'completed').map((s) => `step:${str(s.step_id)}`),
    ...gates.filter((g) => g.decision === 'approved').map((g) => `gate:${g.gate_id}`),
  ];
  const warned = gates.filter((g) => g.decision === 'pending').map((g) => `gate:${g.gate_id}`);
  const failed = [
    ...steps
      .filter((s) => s.status === 'failed' || s.status === 'denied')
      .map((s) => `step:${str(s.step_id)}`),
    ...gates
      .filter((g) => g.decision !== 'approved' && g.decision !== 'pending')
      .map((g) => `gate:${g.gate_id}`),
  ];
  const checkpoint = checkpointOf(runId, evidence.auditLines);
  const git = obj(metadata.git);
  const hashes = obj(metadata.hashes);
  const workflowHash = str(evidence.workflowReceipt?.workflow_hash);
  const policyHash = str(hashes.policy);
  return {
    run_id: runId,
    status,
    result: resultOf(status),
    passedTests: passed,
    warnedTests: warned,
    failedTests: failed,
    commit: { sha: str(git.sha), ref: str(git.ref) },
    workflow_hash: isDigest(workflowHash) ? workflowHash : null,
    checkpoint: { size: checkpoint.size, root: checkpoint.root, text: formatCheckpoint(checkpoint) },
    previous_bundle_sha256: previousBundle(evidence.auditLines),
    gates,
    policy: {
      id: str(evidence.policy?.id),
      tier: str(evidence.policy?.tier),
      hash: isDigest(policyHash) ? policyHash : null,
    },
    models: Array.isArray(metadata.models)
      ? metadata.models.filter((m): m is string => typeof m === 'string')
      : [],
  };
}

/** The statement for one bundle: subject = the bundle file's name and SHA-256. */
export function buildStatement(
  bundle: { name: string; sha256: string },
  facts: EvidenceFacts,
  context: SigningContext,
): Statement {
  return {
    _type: STATEMENT_TYPE,
    subject: [{ name: bundle.name, digest: { sha256: bundle.sha256.replace(/^sha256:/, '') } }],
    predicateType: PREDICATE_TYPE,
    predicate: { ...facts, ...context },
  };
}

/** JSON paths where `claimed` differs from `actual`, depth first, e.g. `gates[0].approvers`. */
export function differences(claimed: unknown, actual: unknown, at = ''): string[] {
  if (Array.isArray(claimed) && Array.isArray(actual)) {
    if (claimed.length !== actual.length) return [at || '.'];
    return claimed.flatMap((item, i) => differences(item, actual[i], `${at}[${i}]`));
  }
  if (claimed && actual && typeof claimed === 'object' && typeof actual === 'object') {
    const keys = [...new Set([...Object.keys(claimed), ...Object.keys(actual)])];
    return keys.flatMap((key) =>
      differences(
        (claimed as Record<string, unknown>)[key],
        (actual as Record<string, unknown>)[key],
        at ? `${at}.${key}` : key,
      ),
    );
  }
  return Object.is(claimed, actual) ? [] : [at || '.'];
}
