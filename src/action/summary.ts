import * as fs from 'node:fs';
import * as path from 'node:path';
import * as runner from './runner.js';

/** What the job summary says about the bundle and where it went. */
export interface SummaryFacts {
  runDir: string | undefined;
  /** Lines shown above the report (what happened in this step, what to do next). */
  notes: string[];
  bundle?: { name: string; sha256: string; bytes: number };
  artifact?: { id: number; url: string };
  /** Replaces report.md's CLI "To continue" line with this action's own channel. */
  continueText?: string;
}

/** Markdown for the job summary: the notes, the run's report.md, then the bundle and how to verify it. */
export function renderSummary(facts: SummaryFacts): string {
  const out: string[] = [];
  if (facts.notes.length > 0) out.push(...facts.notes.map((note) => `> ${note}`), '');
  const report = facts.runDir ? path.join(facts.runDir, 'report.md') : undefined;
  if (report && fs.existsSync(report)) {
    let text = fs.readFileSync(report, 'utf8').trimEnd();
    if (facts.continueText)
      text = text.replace(/^To continue: `awo approve .*$/m, () => facts.continueText as string);
    out.push(text, '');
  }
  if (facts.bundle) {
    const { name, sha256, bytes } = facts.bundle;
    out.push('## Evidence bundle', '', '| | |', '| --- | --- |');
    out.push(`| Bundle | \`${name}\` (${bytes} bytes) |`, `| SHA-256 | \`${sha256}\` |`);
    if (facts.artifact) out.push(`| Artifact | [${name}](${facts.artifact.url}) (id ${facts.artifact.id}) |`);
    else out.push('| Artifact | not uploaded (see the error above) |');
    out.push(
      '',
      '### How to verify',
      '',
      'Download the artifact (it is the `.tar.gz` itself, not a zip), then:',
      '',
      '```sh',
    );
    out.push(
      `echo "${sha256.replace(/^sha256:/, '')}  ${name}" | sha256sum -c -`,
      `awo verify ${name} --sha256 ${sha256}`,
      '```',
      '',
    );
    out.push(
      '`awo verify` recomputes the audit hash chain, every receipt and `SHA256SUMS.txt` and names the first file or line that does not match.',
      '',
    );
  }
  return out.join('\n');
}

/** Appends the summary to `GITHUB_STEP_SUMMARY`; a summary that cannot be written is a warning, not a failure. */
export async function writeSummary(facts: SummaryFacts): Promise<void> {
  try {
    await runner.appendSummary(renderSummary(facts));
  } catch (err) {
    runner.warning(`could not write the job summary: ${err instanceof Error ? err.message : String(err)}`);
  }
}
