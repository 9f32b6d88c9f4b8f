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

/**
 * The most characters a step may render one prompt or text to (16 Mi, far past any model's context). Each
 * reference copies a whole earlier text, so steps that each name the one before several times grow
 * exponentially: a 2 KB workflow rendered half a gigabyte, or more than a JavaScript string can hold.
 */
export const MAX_RENDERED_CHARS = 16 * 1024 * 1024;

/** A template that renders to more than the limit it was given: the step fails, the run is sealed. */
export class RenderedTooLarge extends Error {}

/**
 * Replaces `{{steps.<id>.text}}` (and `{{item}}` when given). Unknown references are the loader's job to
 * refuse. Throws `RenderedTooLarge`, before the text is built, when it would hold more than `max` characters
 * (new work passes `MAX_RENDERED_CHARS`; recorded work is rendered as it was).
 */
export function renderTemplate(
  template: string,
  texts: ReadonlyMap<string, string>,
  item?: string,
  max = Infinity,
): string {
  let size = template.length;
  const put = (part: string, whole: string) => {
    size += part.length - whole.length;
    if (size > max)
      throw new RenderedTooLarge(
        `a template renders to more than ${max} characters (each reference copies an earlier text whole)`,
      );
    return part;
  };
  let out = template.replace(STEP_REF, (whole, id: string) => {
    const text = texts.get(id);
    return text === undefined ? whole : put(text, whole);
  });
  if (item !== undefined) out = out.replace(ITEM_REF, (whole) => put(item, whole));
  return out;
}
