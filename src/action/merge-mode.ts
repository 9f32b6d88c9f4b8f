import * as path from 'node:path';
import * as core from '@actions/core';
import { isShardArtifact } from '../core/shard-record.js';
import { mergeShards } from '../store/shard-merge.js';
import { annotate } from './annotations.js';
import { downloadBundle, listArtifacts } from './artifacts.js';
import type { GitHubContext } from './github-context.js';
import type { ActionInputs } from './inputs.js';
import { gateContext } from './gate-context.js';
import { finish } from './gate-outcome.js';
import { outcomeOutputs, type StepResult } from './outcome.js';
import { setOutputs } from './outputs.js';
import { commentThread } from './run-mode.js';
import { scaleOutSession } from './scale-out-session.js';
import * as state from './state.js';

/**
 * `mode: merge`: downloads every shard bundle of this workflow run, verifies each against the plan (the
 * merge fails closed, naming the shard), writes the parent run with the shards bound into its audit
 * trail, runs the workflow's later steps, and uploads the one final bundle that holds every shard.
 */
export async function mergeMode(inputs: ActionInputs, ctx: GitHubContext): Promise<StepResult> {
  const thread = commentThread(inputs);
  const context = await gateContext(inputs, ctx);
  const session = { ...scaleOutSession(inputs, ctx), gateContext: context };
  const found = (await listArtifacts()).filter((artifact) => isShardArtifact(artifact.name));
  const tempRoot = path.join(ctx.runnerTemp, 'awo-shards');
  const bundles = [];
  for (const artifact of found.sort((a, b) => (a.name < b.name ? -1 : 1)))
    bundles.push({
      artifact: artifact.name,
      file: await downloadBundle(artifact, tempRoot),
      sha256: artifact.digest,
    });
  const { outcome, record } = await mergeShards({ ...session, bundles });
  state.save(state.keys.runDir, outcome.runDir);
  outcomeOutputs(outcome);
  setOutputs({ 'shards-root': record.shards_root });
  annotate(outcome);
  const replaced = record.replaced.map(
    (r) =>
      `Shard ${r.shard}: attempt ${r.attempt} (${r.stage}, ${r.artifact}) replaced by attempt ${r.replaced_by_attempt}.`,
  );
  const note = `Merged ${record.shards.length} verified shard bundles of plan \`${record.plan_digest}\` (Merkle root \`${record.shards_root}\`).`;
  core.info(`AWO merge ${outcome.runId}: ${outcome.status}; ${note}`);
  return finish(inputs, ctx, outcome, [note, ...replaced], context, thread);
}
