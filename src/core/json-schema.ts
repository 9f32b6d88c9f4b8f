import { z } from 'zod';
import { PREDICATE_TYPE, RunPredicate } from './attestation-predicate.js';
import { Policy } from './policy-schema.js';
import { WorkflowFile } from './workflow-schema.js';

/** JSON Schema of the workflow file, generated from the one zod schema (shipped as workflows/schema.json). */
export function workflowJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(WorkflowFile, { io: 'input', unrepresentable: 'any' }),
    $id: 'https://github.com/waveframe/awo-action/workflows/schema.json',
    title: 'AWO workflow',
  };
}

/** JSON Schema of a policy file (shipped as workflows/policy.schema.json). */
export function policyJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(Policy, { io: 'input', unrepresentable: 'any' }),
    $id: 'https://github.com/waveframe/awo-action/workflows/policy.schema.json',
    title: 'AWO policy',
  };
}

/** JSON Schema of the attestation predicate `run/v1` (shipped as docs/attestation-run-v1.schema.json). */
export function attestationPredicateJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(RunPredicate, { io: 'output', unrepresentable: 'any' }),
    $id: 'https://github.com/waveframe/awo-action/docs/attestation-run-v1.schema.json',
    title: `AWO run attestation predicate (predicateType ${PREDICATE_TYPE})`,
  };
}

/** The files `npm run schema` writes, and a test checks are current. */
export function schemaFiles(): Record<string, string> {
  return {
    'workflows/schema.json': JSON.stringify(workflowJsonSchema(), null, 2) + '\n',
    'workflows/policy.schema.json': JSON.stringify(policyJsonSchema(), null, 2) + '\n',
    'docs/attestation-run-v1.schema.json': JSON.stringify(attestationPredicateJsonSchema(), null, 2) + '\n',
  };
}
