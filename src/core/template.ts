/** `{{steps.<id>.text}}`: the text output of an earlier step. */
const STEP_REF = /\{\{\s*steps\.([A-Za-z0-9][A-Za-z0-9_.-]*?)\.text\s*\}\}/g;
/** `{{item}}`: the current input of an `llm_map` mapped over `inputs`. */
const ITEM_REF = /\{\{\s*item\s*\}\}/g;

/** Step ids referenced by a template, in order of appearance. */
export function stepReferences(template: string): string[] {
  return [...template.matchAll(STEP_REF)].map((match) => match[1]);
}

/** `{{steps.<id>.<field>}}` not preceded by `$` (`${{ steps.build.outputs.version }}` is GitHub's, not ours). */
const FIELD_REF = /(?<!\$)\{\{\s*steps\.([A-Za-z0-9][A-Za-z0-9_.-]*?)\.([A-Za-z0-9_]+)\s*\}\}/g;

/**
 * References to a step of this workflow that ask for a field the engine does not fill (only `.text` is):
 * `{{steps.ask.output}}` would be left in the text as it is. Any other `{{...}}` is the user's own text
 * (a prompt about Jinja, Handlebars or a GitHub Actions expression) and is left alone.
 */
export function unfilledPlaceholders(template: string, stepIds: ReadonlySet<string>): string[] {
  return [...template.matchAll(FIELD_REF)]
    .filter((match) => match[2] !== 'text' && stepIds.has(match[1]))
    .map((match) => match[0]);
}

/** Replaces `{{steps.<id>.text}}` (and `{{item}}` when given). Unknown references are the loader's job to refuse. */
export function renderTemplate(template: string, texts: ReadonlyMap<string, string>, item?: string): string {
  let out = template.replace(STEP_REF, (whole, id: string) => texts.get(id) ?? whole);
  if (item !== undefined) out = out.replace(ITEM_REF, () => item);
  return out;
}
