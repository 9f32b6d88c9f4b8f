import * as fs from 'node:fs';
import * as path from 'node:path';
import { evidenceFacts, type EvidenceFacts, type RunEvidence } from '../core/attestation-predicate.js';
import { CHECKPOINT_FILE, checkpointOf } from '../core/checkpoint.js';
import { IntegrityError, NotFoundError } from '../core/errors.js';

function readJson(runDir: string, rel: string): Record<string, unknown> | undefined {
  const file = path.join(runDir, rel);
  if (!fs.existsSync(file)) return undefined;
  try {
    const value: unknown = JSON.parse(fs.readFileSync(file, 'utf8'));
    if (value && typeof value === 'object' && !Array.isArray(value)) return value as Record<string, unknown>;
  } catch {
    // Reported below as not a JSON object.
  }
  throw new IntegrityError(`${rel}: not a JSON object`, rel);
}

/** Reads the files the attestation predicate is made of from a run folder (or an extracted bundle). */
export function readRunEvidence(runDir: string): RunEvidence {
  const metadata = readJson(runDir, 'metadata.json');
  if (!metadata) throw new NotFoundError(`${runDir}: no metadata.json, so not a run folder`);
  const gatesDir = path.join(runDir, 'audit', 'gates');
  const gates = fs.existsSync(gatesDir)
    ? fs
        .readdirSync(gatesDir)
        .filter((name) => name.endsWith('.json'))
        .sort()
        .map((name) => readJson(runDir, `audit/gates/${name}`) ?? {})
    : [];
  const input = readJson(runDir, 'input.json');
  const policy = (input?.policy as { document?: Record<string, unknown> } | undefined)?.document;
  const log = path.join(runDir, 'audit', 'log.jsonl');
  const text = fs.existsSync(log) ? fs.readFileSync(log, 'utf8') : '';
  const auditLines = text === '' ? [] : text.replace(/\n$/, '').split('\n');
  return {
    metadata,
    gates,
    workflowReceipt: readJson(runDir, 'receipts/workflow.json'),
    policy: policy && typeof policy === 'object' ? policy : undefined,
    auditLines,
  };
}

/**
 * The evidence facts of a run folder. When the run records its checkpoint (`audit/checkpoint.json`), it
 * must be the tree head over audit/log.jsonl as the folder holds it; a disagreement is refused.
 */
export function runEvidenceFacts(runDir: string): EvidenceFacts {
  const evidence = readRunEvidence(runDir);
  const facts = evidenceFacts(evidence);
  const recorded = readJson(runDir, CHECKPOINT_FILE);
  if (recorded) {
    const computed = checkpointOf(facts.run_id, evidence.auditLines);
    if (
      recorded.size !== computed.size ||
      recorded.root !== computed.root ||
      recorded.run_id !== computed.run_id
    ) {
      throw new IntegrityError(
        `${CHECKPOINT_FILE}: records ${String(recorded.size)}:${String(recorded.root)} for ${String(recorded.run_id)}, but audit/log.jsonl gives ${computed.size}:${computed.root} for ${computed.run_id}`,
        CHECKPOINT_FILE,
      );
    }
  }
  return facts;
}
