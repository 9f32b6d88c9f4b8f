import { escapeForTerminal } from './actor-name.js';
import type { AuditLine } from './audit-chain.js';
import { findAutolinks } from './autolink.js';
import { formatCheckpoint, type Checkpoint } from './checkpoint.js';
import type { Digest } from './hash.js';
import type { RunInput } from './run-plan.js';
import { reportedSteps, type GateResolution, type RunState } from './run-state.js';
import { approversOf, distinctActors, selfApprovalGrant } from './self-approval.js';

/**
 * The form of report.md a stop writes, recorded on its stop line (`details.report_format`; none: 1), so
 * `awo verify` renders a run's report as the session that sealed it did. 2 names each approver of a gate
 * decided by several, and an accepted self-approval and what allowed it.
 */
export const REPORT_FORMAT = 2;

/** What `report.md` is rendered from. */
export interface ReportData {
  state: RunState;
  input: RunInput;
  /** Text outputs of completed steps, for samples. */
  texts: ReadonlyMap<string, string>;
  /** How many audit lines there are, and the first and last ones (up to 12 each), for the excerpt. */
  auditLines: { count: number; first: readonly AuditLine[]; last: readonly AuditLine[] };
  models: readonly string[];
  /** What this stop seals (the report is itself one of the sealed files, so the workflow hash is not here). */
  sealed: { checkpoint: Checkpoint; auditHead: Digest; auditLines: number; receipts: number };
  /** The form to render (`REPORT_FORMAT` for a new stop; the stop line's for a seal written again). */
  format: number;
}

/** Rows of the step table before it refers to metadata.json; keeps the GitHub job summary under its size limit. */
const MAX_STEP_ROWS = 500;

const short = (hash: string | null | undefined) => (hash ? `\`${hash.slice(7, 19)}\`` : '—');
const oneLine = (text: string) => text.replace(/\r\n|\r|\n/g, ' ');
/** Text from outside as a code span: a fence longer than any run of backticks inside it. */
const code = (text: string) => {
  const line = oneLine(text);
  const fence = '`'.repeat(Math.max(0, ...(line.match(/`+/g) ?? []).map((run) => run.length)) + 1);
  const pad = line.startsWith('`') || line.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${line}${pad}${fence}`;
};
/**
 * Backslash before what Markdown or GitHub would act on: `\ ` * [ ] < > | # ~ $`, `_` unless inside a word
 * (`snake_case` stays), `&` only where it starts an entity (`R&D` stays). `!` needs none: `[` is escaped.
 */
const escape = (text: string) =>
  text.replace(/[\\`*_[\]<>|&#~$]/g, (char: string, at: number) => {
    if (char === '_' && /\w/.test(text[at - 1] ?? '') && /\w/.test(text[at + 1] ?? '')) return char;
    if (char === '&' && !/^&(#\d+|#x[0-9a-f]+|[a-z][a-z0-9]*);/i.test(text.slice(at))) return char;
    return `\\${char}`;
  });
/** Ends a sentence rather than a link; trimmed from a link's end (a loop: `/[.,…]+$/` is quadratic). */
const TRAILING_PUNCTUATION = new Set([...'.,;:!?)]\'"']);
/**
 * Text from outside (gate reasons, comments, actors, model output) as plain inline text: one line, every
 * character Markdown or HTML would act on escaped and anything GitHub would link by itself in a code span,
 * so it can add no heading, table cell, link or tag.
 */
const cell = (text: string | null | undefined) => {
  if (text === null || text === undefined) return '—';
  const line = oneLine(text);
  let out = '';
  let last = 0;
  for (const span of findAutolinks(line)) {
    // Trailing punctuation ends the sentence, not the link (as GitHub reads it too).
    let end = span.end;
    while (end > span.start && TRAILING_PUNCTUATION.has(line[end - 1])) end--;
    const link = line.slice(span.start, end);
    out += escape(line.slice(last, span.start)) + code(link);
    last = span.start + link.length;
  }
  return out + escape(line.slice(last));
};
/**
 * Who decided a gate. From format 2: each approver as a code span (their names as typed, whatever they
 * hold), several followed by how many distinct people they are, so one name that holds a comma, a count or
 * backticks still reads as one; and a self-approval the policy or the action's input allowed says so. In a
 * table, a `|` inside a span is escaped (GFM).
 */
function decidedBy(resolution: GateResolution | null, format: number, inTable: boolean): string {
  if (!resolution) return '—';
  if (format < 2) return cell(resolution.actor);
  const approvers = approversOf(resolution);
  const span = (name: string) => (inTable ? code(name).replace(/\|/g, '\\|') : code(name));
  let out = approvers.map(span).join(', ');
  if (approvers.length > 1) {
    const people = distinctActors(approvers);
    out += ` (${people} approver${people === 1 ? '' : 's'})`;
  }
  const grant = selfApprovalGrant(resolution);
  if (grant !== undefined) out += ` (self-approval, allowed by ${cell(grant)})`;
  return out;
}

const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max)}…` : text);

/** Renders the human summary of a run (docs/format.md#run-folder `report.md`). Pure. */
export function renderReport(data: ReportData): string {
  const { state, input, sealed } = data;
  // From form 2, a control character or bidirectional control in text from outside (a comment, a reason,
  // a model's output) shows as `\u202E`: in a job summary it could reorder or hide what a reviewer reads.
  const say = (text: string | null | undefined) =>
    cell(
      data.format >= 2 && typeof text === 'string' ? escapeForTerminal(text.replace(/\r\n?/g, '\n')) : text,
    );
  const steps = reportedSteps(state);
  const done = steps.filter((step) => step.status === 'completed').length;
  const out: string[] = [];
  out.push(`# AWO run report: ${state.run_id}`, '');
  out.push('| | |', '| --- | --- |');
  out.push(`| Status | **${state.status}** |`);
  if (input.name) out.push(`| Workflow | ${say(input.name)} |`);
  out.push(
    `| Backend | ${say(input.backend.name)}${input.backend.model ? ` (${say(input.backend.model)})` : ''} |`,
  );
  if (data.models.length > 0) out.push(`| Models used | ${data.models.map(say).join(', ')} |`);
  out.push(`| Steps | ${done} of ${steps.length} completed |`);
  out.push(
    `| Policy | ${say(input.policy.document.id)} (tier ${say(input.policy.document.tier)}, default ${input.policy.document.default}; ${say(input.policy.source)}) |`,
  );
  out.push(`| Created | ${state.created_at ?? '—'} |`, `| Updated | ${state.updated_at ?? '—'} |`);
  out.push(`| Checkpoint | \`${formatCheckpoint(sealed.checkpoint)}\` |`, '');

  const pending = state.gates.find((gate) => gate.status === 'pending');
  if (state.status === 'paused') {
    const gate = pending ?? state.gates.at(-1);
    out.push('## Waiting for human review', '');
    if (gate) {
      out.push(
        `The run is **paused** at gate \`${gate.gate_id}\` (step \`${gate.step_id}\`, ${gate.kind === 'flag' ? 'flagged by policy' : 'audit gate'}): ${say(gate.reason)}.`,
      );
      if (gate.checklist) out.push(`Checklist: ${code(gate.checklist)}.`);
      if (gate.environment) out.push(`GitHub environment: ${code(gate.environment)}.`);
      out.push('');
      if (gate.status === 'pending') {
        out.push(
          'To continue: `awo approve <run> --actor NAME [--comment TEXT]` then `awo resume <run>`; to stop: `awo reject <run> --actor NAME`.',
          '',
        );
      } else {
        out.push(
          `Approved by **${decidedBy(gate.resolution, data.format, false)}**; \`awo resume <run>\` continues the run.`,
          '',
        );
      }
    }
  }
  if (state.failure)
    out.push(
      `## Why the run ${state.status === 'rejected' ? 'was rejected' : 'failed'}`,
      '',
      `Reason: ${say(state.failure.reason)}`,
      '',
    );

  out.push('## Steps', '');
  out.push('| # | Step | Type | Op | Status | Policy | Started | Ended | Input | Output | Receipt |');
  out.push('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
  steps.slice(0, MAX_STEP_ROWS).forEach((step, i) => {
    out.push(
      `| ${i + 1} | \`${step.step_id}\` | ${say(step.step_type)} | ${step.op} | ${step.status} | ${step.decision?.decision ?? '—'} | ${step.started_at ?? '—'} | ${step.ended_at ?? '—'} | ${short(step.input_hash)} | ${short(step.output_hash)} | ${short(step.receipt_hash)} |`,
    );
  });
  if (steps.length > MAX_STEP_ROWS)
    out.push(
      '',
      `…and ${steps.length - MAX_STEP_ROWS} more steps: every step's record is in \`metadata.json\`.`,
    );
  out.push('');

  const decided = steps.filter((step) => step.decision);
  out.push('## Policy decisions', '');
  if (decided.length === 0) out.push('No step was evaluated yet.');
  const notable = decided.filter((step) => step.decision?.decision !== 'allow');
  const allowed = decided.length - notable.length;
  for (const step of notable) {
    const decision = step.decision!;
    out.push(
      `- \`${step.step_id}\`: **${decision.decision}**: ${say(decision.reason)} (policy ${code(decision.policy_id)}, tier ${say(decision.tier)}, rules: ${decision.rules_triggered.map(say).join(', ') || 'none'})`,
    );
  }
  if (allowed > 0)
    out.push(
      `- ${allowed} step(s) **allow**ed by policy ${code(input.policy.document.id)}${
        allowed <= 20
          ? `: ${decided
              .filter((step) => step.decision?.decision === 'allow')
              .map((step) => `\`${step.step_id}\``)
              .join(', ')}`
          : ''
      }`,
    );
  out.push('');

  out.push('## Gates', '');
  if (state.gates.length === 0) out.push('No gate was opened.');
  else {
    out.push(
      '| Gate | Step | Kind | Requested | Status | Decided by | Comment | At | Source |',
      '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    );
    for (const gate of state.gates) {
      const r = gate.resolution;
      out.push(
        `| \`${gate.gate_id}\` | \`${gate.step_id}\` | ${gate.kind} | ${gate.requested_at} | ${gate.status} | ${decidedBy(r, data.format, true)} | ${say(r?.comment || null)} | ${r?.at ?? '—'} | ${say(r?.source)} |`,
      );
    }
  }
  out.push('');

  const samples = sampleOutputs(state, data.texts).map(
    ([id, text]) => `- \`${id}\`: ${say(clip(text, 300))}`,
  );
  if (samples.length > 0) out.push('## Sample outputs', '', ...samples, '');

  out.push('## Audit trail (excerpt)', '');
  const { count, first, last } = data.auditLines;
  const excerpt = count <= 12 ? first : [...first.slice(0, 4), null, ...last.slice(-8)];
  out.push(
    '| Seq | Time | Actor | Event | Step / gate | Decision | Hash |',
    '| --- | --- | --- | --- | --- | --- | --- |',
  );
  for (const line of excerpt) {
    if (line === null) out.push(`| … | ${count - 12} more lines in \`audit/log.jsonl\` | | | | | |`);
    else
      out.push(
        `| ${line.seq} | ${line.ts} | ${say(line.actor)} | ${line.event} | ${line.gate_id || line.step_id ? code(line.gate_id ?? line.step_id ?? '') : '—'} | ${say(line.decision ?? (line.event === 'run.status' ? (line.details?.status as string) : null))} | ${short(line.hash)} |`,
      );
  }
  out.push('');

  out.push('## What was sealed', '');
  out.push(
    `This stop sealed ${sealed.auditLines} audit lines (head \`${sealed.auditHead}\`) and ${sealed.receipts} receipts in \`receipts/workflow.json\`, which lists the digest of every other file, this report included; \`SHA256SUMS.txt\` lists them all.`,
    '',
    `Checkpoint (RFC 9162 Merkle tree head over the audit lines): \`${formatCheckpoint(sealed.checkpoint)}\`, also in \`audit/checkpoint.json\`. Keep it outside the folder: a folder that no longer extends it was rewritten.`,
    '',
    'The writer does not certify its own work. Check it: `awo verify <run folder or bundle> [--checkpoint <size>:<root>]`, or `sha256sum -c SHA256SUMS.txt` inside the run folder.',
    '',
  );
  return out.join('\n');
}

/**
 * The report's sample outputs: the texts of the first three `llm_map` steps that have one. A text is looked
 * up only until three are found (a run opened from its seal reads each from its output).
 */
export function sampleOutputs(state: RunState, texts: ReadonlyMap<string, string>): [string, string][] {
  const samples: [string, string][] = [];
  for (const step of reportedSteps(state)) {
    if (samples.length === 3) break;
    const text = step.op === 'llm_map' ? texts.get(step.step_id) : undefined;
    if (text !== undefined) samples.push([step.step_id, text]);
  }
  return samples;
}
