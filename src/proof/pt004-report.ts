import type { ApiCall, AuditLine, RunView } from './pt004-api-client.js';
import type { RunEvidence } from './pt004-evidence.js';
import { directiveStatus, type Expectation } from './pt004-expectations.js';
import type { TestName, TestRun } from './pt004-scenario.js';

/** Everything the report states; gathered by the proof, rendered here without further I/O. */
export interface ProofFacts {
  generatedAt: string;
  gitSha: string;
  cli: { path: string; sha256: string };
  containerImage: string | null;
  toolVersion: string;
  nodeVersion: string;
  server: { url: string; started: boolean };
  actors: { observer: string; runner: string; reviewer: string };
  workflow: { path: string; sha256: string };
  tests: {
    name: TestName;
    run: TestRun;
    evidence: RunEvidence | null;
    /** The test's folder, relative to the proof folder (`receipts/test-A`). */
    receiptsDir: string;
    policyPath: string;
  }[];
  expectations: Expectation[];
  calls: ApiCall[];
}

/** PASS when every expectation held; else the first one that did not. */
export function verdictOf(list: Expectation[]): { pass: boolean; firstUnmet: Expectation | null } {
  const firstUnmet = list.find((e) => !e.met) ?? null;
  return { pass: firstUnmet === null && list.length > 0, firstUnmet };
}

/** A table cell: one line, pipes escaped. */
const cell = (text: string | number | null | undefined) =>
  String(text ?? '')
    .replace(/\r?\n/g, ' ')
    .replace(/\|/g, '\\|');
const code = (text: string | number | null | undefined) =>
  text === null || text === undefined || text === '' ? '-' : `\`${String(text).replace(/`/g, "'")}\``;
const table = (head: string[], rows: (string | number | null)[][]) =>
  [
    `| ${head.join(' | ')} |`,
    `| ${head.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.map((c) => cell(c)).join(' | ')} |`),
  ].join('\n');

const EXPECTED: Record<TestName, string> = {
  A: 'COMPLETED',
  B: 'PAUSED → COMPLETED',
  C: 'FAILED',
};

function observed(run: TestRun): string {
  const first = run.created?.status;
  const last = run.final?.status;
  if (!first) return run.aborted ? 'aborted' : '(none)';
  return first === last || !last
    ? directiveStatus(first)
    : `${directiveStatus(first)} → ${directiveStatus(last)}`;
}

/** Where an audit line's evidence sits inside the evidence pack: `<bundle>:<run id>/<path>`. */
export function evidencePackRef(line: AuditLine, bundle: string | null, runId: string): string {
  const target = line.evidence_ref ?? `audit/log.jsonl#seq=${line.seq}`;
  return `${bundle ?? '(no bundle)'}:${runId}/${target}`;
}

function stepTable(view: RunView | null): string {
  if (!view) return '_no run view_';
  return table(
    ['step', 'type', 'status', 'started', 'ended', 'input_hash', 'output_hash', 'step_hash'],
    view.steps.map((s) => [
      code(s.step_id),
      s.step_type ?? '-',
      directiveStatus(s.status),
      s.started_at ?? '-',
      s.ended_at ?? '-',
      code(s.input_hash),
      code(s.output_hash),
      code(s.receipt_hash),
    ]),
  );
}

function policyTable(view: RunView | null): string {
  const decided = (view?.steps ?? []).filter((s) => s.decision);
  if (decided.length === 0) return '_no policy decision recorded_';
  return table(
    ['step', 'decision', 'reason', 'policy id', 'tier', 'rules triggered'],
    decided.map((s) => [
      code(s.step_id),
      `**${s.decision?.decision ?? ''}**`,
      s.decision?.reason ?? '',
      code(s.decision?.policy_id),
      s.decision?.tier ?? '',
      s.decision?.rules_triggered.map((r) => code(r)).join(', ') || 'none',
    ]),
  );
}

function auditTable(log: AuditLine[], bundle: string | null, runId: string): string {
  if (log.length === 0) return '_no audit lines were read_';
  return table(
    ['seq', 'timestamp', 'actor', 'event', 'step / gate', 'decision', 'evidence_pack_ref'],
    log.map((line) => {
      const status = (line.details as { status?: unknown } | undefined)?.status;
      return [
        line.seq,
        line.ts,
        code(line.actor),
        `${line.event}${typeof status === 'string' ? ` ${directiveStatus(status)}` : ''}`,
        code(line.step_id ?? line.gate_id),
        line.decision ?? '-',
        code(evidencePackRef(line, bundle, runId)),
      ];
    }),
  );
}

function chainSection(evidence: RunEvidence | null): string {
  if (!evidence) return '_no run folder: nothing to validate_';
  const out: string[] = [];
  if (evidence.chain.length > 0)
    out.push(
      table(
        ['#', 'kind', 'id', 'prev_receipt_hash', 'step_hash (receipt_hash)'],
        evidence.chain.map((r, i) => [
          i + 1,
          r.kind,
          code(r.kind === 'step' ? r.step_id : r.gate_id),
          code(r.prev_receipt_hash),
          code(r.receipt_hash),
        ]),
      ),
    );
  const receipt = evidence.workflowReceipt;
  out.push(
    '',
    receipt
      ? `step_hash → workflow_hash: ${evidence.chain.length} receipt(s) → ${code(receipt.workflow_hash)} (\`receipts/workflow.json\`, status ${directiveStatus(receipt.status)}, audit head ${code(receipt.audit_head)} over ${receipt.audit_lines} lines)`
      : 'step_hash → workflow_hash: **no workflow receipt**',
    `- \`awo verify\` on the run folder: ${evidence.folder.ok ? '**verified**' : `**FAILED**: ${evidence.folder.message ?? ''}`}`,
    evidence.bundle
      ? `- \`awo verify\` on the bundle \`${evidence.bundle.name}\` (${code(evidence.bundle.sha256)}, ${evidence.bundle.bytes} bytes): ${evidence.bundleVerdict?.ok ? '**verified**' : `**FAILED**: ${evidence.bundleVerdict?.message ?? ''}`}`
      : `- bundle: **not packed**: ${evidence.packProblem ?? ''}`,
    evidence.checkpoint
      ? `- Merkle checkpoint (\`audit/checkpoint.json\`): size ${evidence.checkpoint.size}, root ${code(evidence.checkpoint.root)}`
      : '- Merkle checkpoint: not recorded by this run (no `audit/checkpoint.json`)',
  );
  return out.join('\n');
}

function expectationTable(list: Expectation[]): string {
  return table(
    ['', 'id', 'expectation', 'evidence'],
    list.map((e) => [e.met ? 'met' : '**UNMET**', code(e.id), e.text, e.evidence]),
  );
}

function testSection(facts: ProofFacts, test: ProofFacts['tests'][number], title: string): string {
  const { run, evidence } = test;
  const runId = run.runId ?? '(none)';
  const bundle = evidence?.bundle?.name ?? null;
  const own = facts.expectations.filter((e) => e.test === test.name);
  const parts = [
    `## Test ${test.name}: ${title}`,
    '',
    `Run ${code(runId)} created by ${code(run.creator)} under policy ${code(run.policyId)} (${code(test.policyPath)}). ` +
      `Expected ${EXPECTED[test.name]}, observed **${observed(run)}**. Receipts: \`${test.receiptsDir}/\`.`,
  ];
  if (run.aborted) parts.push('', `**The test stopped:** ${run.aborted}`);
  if (run.created && run.created.status !== run.final?.status) {
    parts.push(
      '',
      `### Step visibility while ${directiveStatus(run.created.status)}`,
      '',
      stepTable(run.created),
    );
    const gate = run.created.gate;
    if (gate)
      parts.push(
        '',
        `Gate ${code(gate.gate_id)} (${gate.kind}, ${gate.status}) on step ${code(gate.step_id)}: ${gate.reason}`,
      );
  }
  parts.push(
    '',
    `### Step visibility (${run.created && run.created.status !== run.final?.status ? 'final, ' : ''}as \`GET /workflows/runs/{run_id}\` shows it)`,
    '',
    stepTable(run.final),
    '',
    '### Policy interaction',
    '',
    policyTable(run.created?.status === 'paused' ? mergeDecisions(run) : run.final),
  );
  const resolved = (run.final?.gates ?? []).filter((g) => g.resolution);
  if (resolved.length > 0)
    parts.push(
      '',
      '### Gate decisions',
      '',
      table(
        ['gate', 'step', 'kind', 'decision', 'actor', 'at', 'source', 'comment'],
        resolved.map((g) => [
          code(g.gate_id),
          code(g.step_id),
          g.kind,
          g.resolution?.decision ?? '',
          code(g.resolution?.actor),
          g.resolution?.at ?? '',
          g.resolution?.source ?? '',
          g.resolution?.comment ?? '',
        ]),
      ),
    );
  parts.push(
    '',
    '### Audit trail (as `GET /workflows/runs/{run_id}/logs` gives it)',
    '',
    auditTable(run.log, bundle, runId),
    '',
    '### Receipt chain',
    '',
    chainSection(evidence),
    '',
    `### Expectations of test ${test.name}`,
    '',
    expectationTable(own),
  );
  return parts.join('\n');
}

/** The final view's steps, with the decision of a flagged step as the paused run showed it first. */
function mergeDecisions(run: TestRun): RunView | null {
  if (!run.final) return run.created;
  const first = new Map((run.created?.steps ?? []).map((s) => [s.step_id, s.decision]));
  return {
    ...run.final,
    steps: run.final.steps.map((s) => ({ ...s, decision: s.decision ?? first.get(s.step_id) ?? null })),
  };
}

const GLOSSARY = [
  "- **COMPLETED / PAUSED / FAILED / REJECTED / RUNNING**: the directive's words for the run states the API reports in lower case (`completed`, `paused`, `failed`, `rejected`, `running`; docs/server.md). Step states are shown the same way (`completed` → COMPLETED, `denied` → DENIED, `skipped` → SKIPPED, `pending` → PENDING).",
  '- **allow / flag / deny**: the policy decision for a step. `flag` opens a gate before the step runs (the run is PAUSED); `deny` fails the run closed: no later step runs.',
  "- **step_hash**: a step or gate receipt's `receipt_hash` (`receipts/steps/<id>.json`, `receipts/gates/<id>.json`), a hash over its input, output and decision hashes and the previous receipt's hash (`prev_receipt_hash`).",
  "- **workflow_hash**: the hash of `receipts/workflow.json`, which lists every receipt hash in order, the audit trail's head and the digests of the other evidence files. `step_hash → workflow_hash` is that chain.",
  "- **evidence_pack_ref**: where an audit entry's evidence sits in the evidence pack: `<bundle file>:<run id>/<path in the run folder>` (the audit line's `evidence_ref`, or its own line in `audit/log.jsonl` when it names none).",
  '- **evidence pack / bundle**: the run folder packed by `awo pack` into a deterministic `.tar.gz`; its SHA-256 is in `<bundle>.sha256`.',
  '- **Image digest**: the SHA-256 of the `dist/cli.js` that ran this proof (and the container image digest when one was given).',
  "- **Git SHA**: the repository's HEAD where the proof ran, with `-dirty` when tracked files had uncommitted changes.",
].join('\n');

/** The proof report, `PT-004_workflow_orchestration_PROOF_REPORT.md`. */
export function renderReport(facts: ProofFacts, titles: Record<TestName, string>): string {
  const { pass, firstUnmet } = verdictOf(facts.expectations);
  const met = facts.expectations.filter((e) => e.met).length;
  const verdict = pass
    ? `**Verdict: PASS**: all ${facts.expectations.length} expectations of tests A, B and C hold.`
    : `**Verdict: FAIL**: ${met} of ${facts.expectations.length} expectations hold. First unmet: test ${firstUnmet?.test ?? '?'}, ${code(firstUnmet?.id)}: ${firstUnmet?.text ?? ''} (${firstUnmet?.evidence ?? ''}).`;
  const sections = [
    '# PT-004 workflow orchestration: proof report',
    '',
    verdict,
    '',
    'Produced by `awo proof pt004`: tests A, B and C driven through the governance HTTP API (docs/server.md), every run verified with the code of `awo verify` and packed with the code of `awo pack`.',
    '',
    '## Provenance',
    '',
    table(
      ['field', 'value'],
      [
        ['timestamp', facts.generatedAt],
        ['git SHA', code(facts.gitSha)],
        ['image digest', `${code(facts.cli.sha256)} (SHA-256 of ${code(facts.cli.path)})`],
        [
          'container image digest',
          facts.containerImage ? code(facts.containerImage) : 'none given (`--image-digest`)',
        ],
        ['awo version', facts.toolVersion],
        ['Node.js', facts.nodeVersion],
        [
          'governance API',
          `${facts.server.started ? '`awo serve` started by the proof at' : 'given server'} ${code(facts.server.url)}`,
        ],
        ['workflow', `${code(facts.workflow.path)} ${code(facts.workflow.sha256)}`],
        [
          'actors',
          `observer ${code(facts.actors.observer)} (read), runner ${code(facts.actors.runner)} (creates and resumes runs), reviewer ${code(facts.actors.reviewer)} (decides gates)`,
        ],
      ],
    ),
    '',
    '## Results',
    '',
    table(
      ['test', 'what', 'policy', 'run id', 'expected', 'observed', 'evidence pack', 'result'],
      facts.tests.map((t) => {
        const own = facts.expectations.filter((e) => e.test === t.name);
        return [
          t.name,
          titles[t.name],
          code(t.run.policyId),
          code(t.run.runId),
          EXPECTED[t.name],
          observed(t.run),
          t.evidence?.bundle
            ? `${code(`${t.receiptsDir}/${t.evidence.bundle.name}`)} ${code(t.evidence.bundle.sha256)}`
            : 'none',
          own.every((e) => e.met) ? 'PASS' : `FAIL (${own.filter((e) => !e.met).length} unmet)`,
        ];
      }),
    ),
    '',
    ...facts.tests.flatMap((t) => [testSection(facts, t, titles[t.name]), '']),
    '## Receipt-chain validation',
    '',
    table(
      [
        'test',
        'run id',
        'receipts',
        'workflow_hash',
        'awo verify (folder)',
        'bundle SHA-256',
        'awo verify (bundle)',
        'checkpoint',
      ],
      facts.tests.map((t) => [
        t.name,
        code(t.run.runId),
        t.evidence?.chain.length ?? 0,
        code(t.evidence?.workflowReceipt?.workflow_hash),
        t.evidence?.folder.ok ? 'verified' : `FAILED: ${t.evidence?.folder.message ?? 'no run folder'}`,
        code(t.evidence?.bundle?.sha256),
        t.evidence?.bundleVerdict?.ok
          ? 'verified'
          : `FAILED: ${t.evidence?.bundleVerdict?.message ?? t.evidence?.packProblem ?? 'not packed'}`,
        t.evidence?.checkpoint
          ? `${t.evidence.checkpoint.size} ${code(t.evidence.checkpoint.root)}`
          : 'not recorded',
      ]),
    ),
    '',
    'Check any of them again: `awo verify <bundle> --sha256 "sha256:$(cut -d" " -f1 <bundle>.sha256)"`.',
    '',
    '## Expectations',
    '',
    expectationTable(facts.expectations),
    '',
    '## API requests',
    '',
    table(
      ['#', 'actor', 'request', 'answer'],
      facts.calls.map((c, i) => [
        i + 1,
        code(c.actor),
        code(`${c.method} ${c.path}`),
        `${c.status || 'no answer'}${c.runStatus ? ` (${directiveStatus(c.runStatus)})` : ''}`,
      ]),
    ),
    '',
    '## Receipts folder',
    '',
    ...facts.tests.flatMap((t) => [
      `- \`${t.receiptsDir}/\`: ${(t.evidence?.files ?? []).map((f) => code(f)).join(', ') || 'nothing'}`,
    ]),
    '',
    '## Glossary',
    '',
    GLOSSARY,
    '',
  ];
  return sections.join('\n');
}
