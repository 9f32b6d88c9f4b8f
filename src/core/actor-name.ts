import { InputError } from './errors.js';

/**
 * Characters that can rewrite what a terminal, a log or a report shows rather than being shown: C0 and C1
 * controls (ESC starts every terminal escape sequence, CR returns to the start of the line), DEL, the
 * Unicode bidirectional controls (which reorder the text around them), the line and paragraph separators,
 * and lone surrogates (no character at all).
 */
/* eslint-disable no-control-regex -- finding control characters is what these two regexes are for */
const HIDDEN =
  /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]|[\ud800-\udfff]/u;

/** The same, but keeping the tab and the line feed, which terminal output uses as themselves. */
const HIDDEN_IN_OUTPUT =
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]|[\ud800-\udfff]/gu;
/* eslint-enable no-control-regex */

/** Longest actor name, in characters: a login (GitHub's have at most 39) or an e-mail address (at most 254). */
export const MAX_ACTOR_LENGTH = 256;

/** Longest gate comment, in characters, from the CLI and the API alike. */
export const MAX_COMMENT_LENGTH = 4000;

/** `\u001B`: the JSON escape, so escaped JSON output stays valid JSON with the same value. */
const visible = (char: string) => `\\u${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;

/**
 * Why `name` cannot be an actor name (it holds a control character, an escape sequence or a bidirectional
 * control), or undefined when it can. An actor name is recorded in the evidence and printed to terminals and
 * reports, where such characters would show a reviewer something other than what was recorded.
 */
export function actorNameProblem(name: string): string | undefined {
  if (name.length > MAX_ACTOR_LENGTH)
    return `is ${name.length} characters long; an actor name may have at most ${MAX_ACTOR_LENGTH}`;
  const found = HIDDEN.exec(name);
  if (!found) return undefined;
  return `holds ${visible(found[0])} at character ${found.index}; an actor name may not hold control characters, escape sequences or bidirectional controls`;
}

/** Refuses (InputError, exit 2) an actor name `actorNameProblem` refuses; `where` names the option or field. */
export function checkActorText(name: string, where: string): void {
  const problem = actorNameProblem(name);
  if (problem !== undefined)
    throw new InputError(`${where} ${escapeForTerminal(JSON.stringify(name))}: ${problem}`);
}

/**
 * Text made safe to write to a terminal: every character that could move the cursor, erase, recolour or
 * reorder what is shown becomes a visible `\u001B`. Tabs and line feeds stay.
 */
export function escapeForTerminal(text: string): string {
  return text.replace(HIDDEN_IN_OUTPUT, visible);
}

/** The same for a value shown inside one line (a reason, a comment): a line feed cannot start a forged line. */
export function escapeForLine(text: string): string {
  return escapeForTerminal(text).replace(/\n/g, '\\n').replace(/\t/g, '\\t');
}
