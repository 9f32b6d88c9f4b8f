import * as core from '@actions/core';

/** The action's outputs (README.md#github-action), each set only when it exists in this outcome. */
export interface ActionOutputs {
  'run-id'?: string;
  status?: string;
  'run-dir'?: string;
  'bundle-path'?: string;
  'bundle-sha256'?: string;
  'artifact-name'?: string;
  'artifact-id'?: string;
  'artifact-url'?: string;
  'gate-id'?: string;
  'workflow-hash'?: string;
  /** `<size>:sha256:<hex>`: the RFC 9162 tree head over the audit trail at this stop (audit/checkpoint.json). */
  checkpoint?: string;
  'attestation-id'?: string;
  'attestation-url'?: string;
  /** The Sigstore bundle (`<bundle>.sigstore.json`) written beside the evidence bundle. */
  'attestation-path'?: string;

  /** Scale-out: `plan` mode's plan (JSON), its digest, the matrix and the plan file; `merge` mode's shards root. */
  plan?: string;
  'plan-digest'?: string;
  matrix?: string;
  'plan-path'?: string;
  'shards-root'?: string;
}

/** Writes the outputs that have a value; called as soon as they are known, so a later failure keeps them. */
export function setOutputs(outputs: ActionOutputs): void {
  for (const [name, value] of Object.entries(outputs)) {
    if (value !== undefined && value !== null) core.setOutput(name, value);
  }
}
