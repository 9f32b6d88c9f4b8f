import { InputError } from './errors.js';
import { normaliseArtifactPath } from './artifact-path.js';
import { MAX_JSON_DEPTH, tooDeep } from './json-depth.js';
import { ambiguousJson } from './json-strings.js';
import { DEFAULT_POLICY, Policy } from './policy-schema.js';
import { foldedClashes, foldedName, windowsNameProblem } from './portable-names.js';
import { placed, placeIssues, type PlacedProblem } from './schema-issues.js';
import { decodeUtf8 } from './utf8-text.js';
import { stepReferences, unfilledPlaceholders } from './template.js';
import { WorkflowFile, type NormalisedStep } from './workflow-schema.js';

/** A workflow that passed validation: its verbatim bytes and its normalised steps. */
export interface LoadedWorkflow {
  /** Where it came from, for messages (a path, or `inline`). */
  source: string;
  /** The file's bytes, verbatim: they become `workflow.snapshot.json`. */
  bytes: Uint8Array;
  file: WorkflowFile;
  /** Steps with ids defaulted and write_text paths normalised. */
  steps: NormalisedStep[];
}

/** The policy in force for a run, and where it came from. */
export interface ResolvedPolicy {
  policy: Policy;
  /** `inline`, `default`, or the path it was read from. */
  source: string;
}

/** Gate ids the engine makes itself: `flag-<step id>` for a policy flag, `manual-NNN` for a pause over the API. */
const GATE_ID_PREFIXES = ['flag-', 'manual-'];

/**
 * What JSON.parse found wrong, without the file's text: V8 quotes the text it could not read ("Unexpected
 * token 's', "sk-proj-…" is not valid JSON"), and the server reads files a client names (helper-50: a
 * secret beside the workflows was echoed back). The messages that give a position keep it.
 */
function parseProblem(err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  return /^Unexpected token\b/.test(message) ? 'unexpected text where JSON was expected' : message;
}

/** Zero-padded step index (1-based) used in default ids and `steps/NNN_<id>.jsonl` names. */
export function stepIndexLabel(index: number, count: number): string {
  return String(index + 1).padStart(Math.max(3, String(count).length), '0');
}

function parseJson(bytes: Uint8Array, source: string): unknown {
  const text = decodeUtf8(bytes, source);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw new InputError(`${source}: not valid JSON (${parseProblem(err)})`);
  }
  const deep = tooDeep(json);
  if (deep !== undefined)
    throw invalid(source, [placed(deep, `is nested more than ${MAX_JSON_DEPTH} levels deep`)]);
  const problems = ambiguousJson(text, json);
  if (problems.length > 0) throw invalid(source, problems);
  return json;
}

/**
 * Whom a workflow is loaded for: a run about to be created (`new`), or a run that already recorded it
 * (`recorded`: a session or `awo verify` reading `workflow.snapshot.json`), which is not refused for the
 * names only new runs are held to ({@link unportableNames}): runs sealed before that rule keep verifying.
 */
export type WorkflowAdmission = 'new' | 'recorded';

/**
 * Validates a workflow file's bytes (docs/format.md#workflow-file). Every problem is reported, each with its JSON path;
 * throws `InputError` (exit 2) before anything is written.
 */
export function loadWorkflow(
  bytes: Uint8Array,
  source: string,
  admission: WorkflowAdmission = 'new',
): LoadedWorkflow {
  const json = parseJson(bytes, source);
  const parsed = WorkflowFile.safeParse(json);
  if (!parsed.success) {
    throw invalid(source, placeIssues(parsed.error, WorkflowFile, json));
  }
  const file = parsed.data;
  const problems: PlacedProblem[] = [];
  const count = file.steps.length;
  const steps = file.steps.map((step, index) => ({
    ...step,
    id: step.id ?? `step_${stepIndexLabel(index, count)}`,
  }));

  steps.forEach((step, index) => {
    const reserved = GATE_ID_PREFIXES.find((prefix) => step.id.startsWith(prefix));
    if (step.op === 'audit_gate' && reserved)
      problems.push(
        placed(
          ['steps', index, 'id'],
          `"${step.id}" starts with "${reserved}", which names gates the ${reserved === 'flag-' ? 'policy' : 'API'} opens; an audit_gate's id is its gate id, so give it another`,
        ),
      );
  });

  const firstIndex = new Map<string, number>();
  steps.forEach((step, index) => {
    const earlier = firstIndex.get(step.id);
    if (earlier !== undefined) {
      problems.push(
        placed(
          ['steps', index, 'id'],
          `duplicate id "${step.id}" (also steps[${earlier}]); step ids must be unique`,
        ),
      );
    } else {
      firstIndex.set(step.id, index);
    }
  });

  const ids = new Set(firstIndex.keys());
  steps.forEach((step, index) => {
    const templates: [PropertyKey[], string][] =
      step.op === 'llm_map'
        ? [[['steps', index, 'prompt'], step.prompt]]
        : step.op === 'write_text'
          ? [[['steps', index, 'args', 'text'], step.args.text]]
          : [];
    for (const [where, template] of templates) {
      for (const placeholder of unfilledPlaceholders(template, ids)) {
        problems.push(
          placed(
            where,
            `${placeholder} would be left in the text as it is; an earlier output is referenced as {{steps.<id>.text}}`,
          ),
        );
      }
      for (const ref of stepReferences(template)) {
        const target = firstIndex.get(ref);
        if (target === undefined) {
          problems.push(
            placed(
              where,
              `references unknown step "${ref}"; known steps: ${[...firstIndex.keys()].join(', ')}`,
            ),
          );
        } else if (target >= index) {
          problems.push(
            placed(
              where,
              `references step "${ref}" (steps[${target}]), which does not run before this step; only earlier steps can be referenced`,
            ),
          );
        } else if (steps[target]?.op === 'audit_gate') {
          problems.push(
            placed(
              where,
              `references step "${ref}", an audit_gate, which has no text; reference an llm_map or write_text step`,
            ),
          );
        }
      }
    }
    if (step.op === 'write_text') {
      // The schema already refused unsafe paths; this stores the normalised form.
      const normalised = normaliseArtifactPath(step.args.path);
      if ('path' in normalised) step.args = { ...step.args, path: normalised.path };
    }
  });
  problems.push(...artifactClashes(steps));
  if (admission === 'new') problems.push(...unportableNames(steps));

  if (problems.length > 0) throw invalid(source, problems);
  return { source, bytes, file, steps };
}

/** Validates a policy document (a file's bytes, or an inline object). Invalid fails closed: `InputError`. */
export function loadPolicy(input: unknown, source: string): Policy {
  const json = input instanceof Uint8Array ? parseJson(input, source) : input;
  const parsed = Policy.safeParse(json);
  if (!parsed.success) throw invalid(source, placeIssues(parsed.error, Policy, json), 'policy');
  return parsed.data;
}

/**
 * The policy in force: `--policy` wins over the workflow's `policy` field; no policy means allow-all,
 * recorded as `default-allow`. `readFile` resolves a path relative to the workflow (injected: the core reads nothing).
 */
export function resolvePolicy(
  workflow: LoadedWorkflow,
  override: string | undefined,
  readFile: (path: string) => { bytes: Uint8Array; source: string },
): ResolvedPolicy {
  const ref = override ?? workflow.file.policy;
  if (ref === undefined) return { policy: DEFAULT_POLICY, source: 'default' };
  if (typeof ref === 'string') {
    const { bytes, source } = readFile(ref);
    return { policy: loadPolicy(bytes, source), source };
  }
  return { policy: loadPolicy(ref, `${workflow.source} (policy)`), source: 'inline' };
}

function invalid(source: string, problems: PlacedProblem[], what = 'workflow'): InputError {
  const lines = problems.map((problem) => `${source}: ${problem.text}`);
  // The first line names the file, the field and what is accepted: it is what an annotation shows.
  const head =
    problems.length === 1
      ? `invalid ${what} ${lines[0]}`
      : `invalid ${what} ${lines[0]} (and ${problems.length - 1} more: ${problems.length} problems)`;
  return new InputError(
    [head, ...lines.map((line) => `  - ${line}`)].join('\n'),
    lines,
    problems.map((problem) => ({ source, path: problem.path })),
  );
}

/**
 * Two steps writing one artifact, or one writing a file where another needs a folder: each step's receipt
 * vouches for the bytes it wrote, so the later write would leave the earlier receipt false. Paths are
 * normalised already.
 */
function artifactClashes(steps: readonly NormalisedStep[]): PlacedProblem[] {
  const problems: PlacedProblem[] = [];
  const files = new Map<string, number>();
  const folders = new Map<string, number>();
  steps.forEach((step, index) => {
    if (step.op !== 'write_text') return;
    const target = step.args.path;
    const where = ['steps', index, 'args', 'path'];
    const same = files.get(target);
    if (same !== undefined) {
      problems.push(
        placed(where, `"${target}" is also written by steps[${same}]; each step writes its own artifact`),
      );
      return;
    }
    const asFolder = folders.get(target);
    if (asFolder !== undefined)
      problems.push(placed(where, `"${target}" is a folder of the artifact written by steps[${asFolder}]`));
    const parts = target.split('/');
    for (let i = 1; i < parts.length; i++) {
      const folder = parts.slice(0, i).join('/');
      const asFile = files.get(folder);
      if (asFile !== undefined)
        problems.push(
          placed(
            where,
            `"${target}" needs "${folder}" as a folder, but steps[${asFile}] writes it as a file`,
          ),
        );
      if (!folders.has(folder)) folders.set(folder, index);
    }
    files.set(target, index);
  });
  return problems;
}

/**
 * Step ids and artifact paths that would not name one file each on a macOS or Windows disk
 * (portable-names.ts): ids or paths (or their folders) that differ only in letter case or Unicode
 * normalisation, Windows device names, and names ending with a dot or a space.
 */
function unportableNames(steps: readonly NormalisedStep[]): PlacedProblem[] {
  const problems: PlacedProblem[] = [];
  for (const { index, earlier } of foldedClashes(steps.map((step) => step.id)))
    problems.push(
      placed(
        ['steps', index, 'id'],
        `"${steps[index].id}" differs from steps[${earlier}]'s id "${steps[earlier].id}" only in letter case; macOS and Windows disks file them as one, so give it another`,
      ),
    );
  steps.forEach((step, index) => {
    const device = windowsNameProblem(step.id);
    if (device) problems.push(placed(['steps', index, 'id'], device));
  });

  // Each artifact path and each of its folders, as first spelled, under its folded name.
  const spelled = new Map<string, { name: string; index: number }>();
  steps.forEach((step, index) => {
    if (step.op !== 'write_text') return;
    const where = ['steps', index, 'args', 'path'];
    const parts = step.args.path.split('/');
    for (let i = 1; i <= parts.length; i++) {
      const name = parts.slice(0, i).join('/');
      const odd = windowsNameProblem(parts[i - 1]);
      if (odd) {
        problems.push(placed(where, odd));
        return;
      }
      const key = foldedName(name);
      const first = spelled.get(key);
      if (first === undefined) spelled.set(key, { name, index });
      else if (first.name !== name) {
        problems.push(
          placed(
            where,
            `"${name}" differs from "${first.name}" (steps[${first.index}]) only in letter case or accents' encoding; macOS and Windows disks file them as one`,
          ),
        );
        return;
      }
    }
  });
  return problems;
}
