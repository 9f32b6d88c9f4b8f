/** `{{steps.<id>.text}}`: the text output of an earlier step. */
const STEP_REF = /\{\{\s*steps\.([A-Za-z0-9][A-Za-z0-9_.-]*?)\.text\s*\}\}/g;
/** `{{item}}`: the current input of an `llm_map` mapped over `inputs`. */
const ITEM_REF = /\{\{\s*item\s*\}\}/g;

/** Step ids referenced by a template, in order of appearance. */
export function stepReferences(template: string): string[] {
  return [...template.matchAll(STEP_REF)].map((match) => match[1]);
}

/** Replaces `{{steps.<id>.text}}` (and `{{item}}` when given). Unknown references are the loader's job to refuse. */
export function renderTemplate(template: string, texts: ReadonlyMap<string, string>, item?: string): string {
  let out = template.replace(STEP_REF, (whole, id: string) => texts.get(id) ?? whole);
  if (item !== undefined) out = out.replace(ITEM_REF, () => item);
  return out;
}
