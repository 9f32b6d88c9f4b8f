import * as core from '@actions/core';
import { shardArtifactName } from '../core/shard-record.js';
import { runShard } from '../store/shard-run.js';
import { annotate } from './annotations.js';
import type { GitHubContext } from './github-context.js';
import type { ActionInputs } from './inputs.js';
import { outcomeOutputs, resultOf, type StepResult } from './outcome.js';
import { publish } from './publish.js';
import { attestAfterUpload } from './attest-step.js';
import { scaleOutSession } from './scale-out-session.js';
import * as state from './state.js';

/**
 * `mode: shard`: runs this matrix job's share of the plan as a run of its own and uploads its bundle
 * under its shard name (unique per shard and attempt), whatever the outcome: the merge refuses a shard
 * that did not complete, and a re-run of the job uploads a newer attempt that replaces it.
 */
export async function shardMode(inputs: ActionInputs, ctx: GitHubContext): Promise<StepResult> {
  const shard = inputs.scaleOut.shardIndex ?? 0;
  const { outcome, plan } = await runShard({ ...scaleOutSession(inputs, ctx), shard });
  state.save(state.keys.runDir, outcome.runDir);
  outcomeOutputs(outcome);
  annotate(outcome);
  core.info(
    `AWO shard ${shard} of ${plan.shards} (plan ${plan.plan_digest}): run ${outcome.runId} ${outcome.status}`,
  );
  const published = await publish(outcome.runDir, outcome.status, ctx, inputs.retentionDays, [], {
    afterUpload: attestAfterUpload(inputs, ctx),
    nameOf: (packed, stage, sha256) =>
      shardArtifactName(packed, {
        shard,
        planDigest: plan.plan_digest,
        stage,
        attempt: Number(ctx.runAttempt),
        sha256,
      }),
  });
  return resultOf(outcome, published.name);
}
