import * as fs from 'node:fs';
import { formatCheckpoint, parseCheckpoint } from '../../core/checkpoint.js';
import { InputError } from '../../core/errors.js';
import type { VerifyReport } from '../../core/verify-report.js';
import { verifyBundle } from '../../bundle/verify-bundle.js';
import { verifyWithShards } from '../../store/shard-verify.js';
import type { Command } from '../command.js';
import { onePositional, parse } from '../arguments.js';
import {
  attestationOptions,
  attestationUsage,
  verifyAttestationCli,
  wantsAttestation,
} from './verify-attestation-cli.js';

const usage = `usage: awo verify <run folder | bundle.tar.gz> [--sha256 sha256:<hex>] [--checkpoint <size>:sha256:<hex>]

Recomputes the lock, the audit hash chain, every receipt, output, artifact, step log and gate file against
it, the files a stop renders from it, the checkpoint, the workflow receipt and SHA256SUMS.txt.
  verified     exit 0: the run is sealed at a stop and every file matches
  incomplete   exit 1: nothing contradicts the chain, but the run is not sealed (interrupted, or its seal
               removed): says what could and could not be established and the last durable point
  FAILED       exit 1: names the first file or line that does not match
--sha256      the bundle's digest as recorded elsewhere (the action's bundle-sha256 output)
--checkpoint  a checkpoint recorded elsewhere (the action's checkpoint output, an attestation): the audit
              trail must extend it, so a truncated or recomputed trail fails
${attestationUsage}`;

export const command: Command = {
  name: 'verify',
  summary: 'verify a run folder or an evidence bundle',
  usage,
  async run(args, io) {
    const { values, positionals } = parse(
      args,
      { sha256: { type: 'string' }, checkpoint: { type: 'string' }, ...attestationOptions },
      usage,
    );
    if (values.help) return (io.out(usage), 0);
    const target = onePositional(positionals, 'run folder or bundle', usage);
    const checkpoint =
      values.checkpoint === undefined ? undefined : parseCheckpoint(values.checkpoint, '--checkpoint');
    let report: {
      ok: boolean;
      verdict?: VerifyReport['verdict'];
      sealed?: boolean;
      message?: string;
      notes?: string[];
      status?: string | null;
      runId?: string | null;
      workflowHash?: string | null;
      checkpoint?: VerifyReport['checkpoint'];
      lastDurable?: string | null;
      unestablished?: string[];
    };
    const isBundle = fs.existsSync(target) && fs.statSync(target).isFile();
    if (isBundle) {
      if (!/\.(tar\.gz|tgz)$/.test(target))
        throw new InputError(
          `${target} is a file but not a bundle (.tar.gz): give a run folder or an evidence bundle\n${usage}`,
        );
      report = await verifyBundle(target, {
        expectedSha256: values.sha256,
        verifyFolder: (run) => verifyWithShards(run, { checkpoint }),
      });
    } else {
      if (values.sha256) throw new InputError('--sha256 applies to a bundle file, not a run folder');
      report = (await verifyWithShards(target, { checkpoint })) satisfies VerifyReport;
    }
    for (const note of report.notes ?? []) io.err(`note: ${note}`);
    if (!report.ok) {
      io.err(`verification FAILED: ${report.message ?? 'unknown mismatch'}`);
      return 1;
    }
    const status = report.status ? ` (${report.status})` : '';
    if (report.verdict === 'incomplete' || report.sealed === false) {
      io.out(
        `incomplete: ${target}${status} is not sealed; last durable point: ${report.lastDurable ?? 'none'}`,
      );
      for (const open of report.unestablished ?? []) io.out(`  cannot be established: ${open}`);
      return 1;
    }
    const head = report.checkpoint ? ` checkpoint ${formatCheckpoint(report.checkpoint)}` : '';
    // A bundle's file name need not be its run's: the line names the run inside too.
    const run = isBundle && report.runId ? ` run ${report.runId}` : '';
    io.out(
      `verified: ${target}${status}${report.workflowHash ? ` workflow_hash ${report.workflowHash}` : ''}${head}${run}`,
    );
    if (wantsAttestation(values))
      return verifyAttestationCli(target, values, io, /\.(tar\.gz|tgz)$/.test(target));
    return 0;
  },
};
