import * as fs from 'node:fs';
import { InputError } from '../../core/errors.js';
import type { VerifyReport } from '../../core/run-verify.js';
import { verifyBundle } from '../../bundle/verify-bundle.js';
import { verifyFolder } from '../../store/run-service.js';
import type { Command } from '../command.js';
import { onePositional, parse } from '../options.js';

const usage = `usage: awo verify <run folder | bundle.tar.gz> [--sha256 sha256:<hex>]

Recomputes the lock, the audit hash chain, every receipt, the workflow receipt and SHA256SUMS.txt.
Exit 0 when everything matches; 1 naming the first file or line that does not.`;

export const command: Command = {
  name: 'verify',
  summary: 'verify a run folder or an evidence bundle',
  usage,
  async run(args, io) {
    const { values, positionals } = parse(args, { sha256: { type: 'string' } }, usage);
    if (values.help) return (io.out(usage), 0);
    const target = onePositional(positionals, 'run folder or bundle', usage);
    let report: {
      ok: boolean;
      message?: string;
      notes?: string[];
      status?: string | null;
      workflowHash?: string | null;
      runId?: string | null;
    };
    if (fs.existsSync(target) && fs.statSync(target).isFile()) {
      if (!/\.(tar\.gz|tgz)$/.test(target))
        throw new InputError(
          `${target} is a file but not a bundle (.tar.gz): give a run folder or an evidence bundle\n${usage}`,
        );
      report = await verifyBundle(target, {
        expectedSha256: values.sha256,
        verifyFolder: (dir, known) => verifyFolder(dir, known),
      });
    } else {
      if (values.sha256) throw new InputError('--sha256 applies to a bundle file, not a run folder');
      report = verifyFolder(target) satisfies VerifyReport;
    }
    for (const note of report.notes ?? []) io.err(`note: ${note}`);
    if (!report.ok) {
      io.err(`verification FAILED: ${report.message ?? 'unknown mismatch'}`);
      return 1;
    }
    io.out(
      `verified: ${target}${report.status ? ` (${report.status})` : ''}${report.workflowHash ? ` workflow_hash ${report.workflowHash}` : ''}`,
    );
    return 0;
  },
};
