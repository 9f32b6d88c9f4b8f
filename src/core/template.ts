/** `{{steps.<id>.text}}`: the text output of an earlier step. */
const STEP_REF = /\{\{\s*steps\.([A-Za-z0-9][A-Za-z0-9_.-]*?)\.text\s*\}\}/g;
/** `{{item}}`: the current input of an `llm_map` mapped over `inputs`. */
const ITEM_REF = /\{\{\s*item\s*\}\}/g;

/** Step ids referenced by a template, in order of appearance. */
export function stepReferences(template: string): string[] {
  return [...template.matchAll(STEP_REF)].map((match) => match[1]);
}

/** Anything written like a step reference, filled or not. */
const ANY_STEP_REF = /\{\{\s*steps\.[^{}]*\}\}/g;
const WHOLE_STEP_REF = new RegExp(`^${STEP_REF.source}$`);

/**
 * Placeholders written like this workflow's own but that it would leave in the text as they are:
 * `{{steps.a.output}}` (only `.text` is filled) and `{{item}}` where there are no inputs. Other `{{...}}`
 * text is the user's own (a prompt may ask for a template) and is left alone.
 */
export function unfilledPlaceholders(template: string, itemFilled: boolean): string[] {
  const found = [...template.matchAll(ANY_STEP_REF)]
    .map((match) => match[0])
    .filter((ref) => !WHOLE_STEP_REF.test(ref));
  if (!itemFilled) found.push(...[...template.matchAll(ITEM_REF)].map((match) => match[0]));
  return found;
}

/** Replaces `{{steps.<id>.text}}` (and `{{item}}` when given). Unknown references are the loader's job to refuse. */
export function renderTemplate(template: string, texts: ReadonlyMap<string, string>, item?: string): string {
  let out = template.replace(STEP_REF, (whole, id: string) => texts.get(id) ?? whole);
  if (item !== undefined) out = out.replace(ITEM_REF, () => item);
  return out;
}
