import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';

/**
 * The few runner calls the action makes before it knows its mode: inputs, state, masks, the failure and
 * the job summary, written as `@actions/core` 3 writes them (lib/core.js, command.js, file-command.js,
 * summary.js), byte for byte. `@actions/core` always loads `@actions/http-client` and undici (for OIDC
 * tokens), which alone costs the start of a step several times `node -e 0`; a step that fails on its
 * inputs needs none of it. The modes, loaded once the inputs are checked, use `@actions/core` itself.
 */

/** `INPUT_<NAME>` (upper-cased, spaces to underscores), trimmed; '' when unset. */
export function getInput(name: string): string {
  return (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '').trim();
}

/** `STATE_<name>`, saved by the main step for the post step; '' when unset. */
export function getState(name: string): string {
  return process.env[`STATE_${name}`] || '';
}

const escapeData = (s: string): string => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');

const escapeProperty = (s: string): string => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** `::command name=value::message` on standard output (a workflow command). */
function issueCommand(command: string, message: string, properties: Record<string, string> = {}): void {
  const props = Object.entries(properties)
    .filter(([, value]) => value)
    .map(([key, value]) => `${key}=${escapeProperty(value)}`)
    .join(',');
  process.stdout.write(`::${command}${props ? ` ${props}` : ''}::${escapeData(message)}${os.EOL}`);
}

/** Saves one value for the post step: a heredoc entry in `GITHUB_STATE`, or `::save-state` without it. */
export function saveState(name: string, value: string): void {
  const filePath = process.env.GITHUB_STATE || '';
  if (!filePath) {
    issueCommand('save-state', value, { name });
    return;
  }
  const delimiter = `ghadelimiter_${crypto.randomUUID()}`;
  if (name.includes(delimiter))
    throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
  if (value.includes(delimiter))
    throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
  if (!fs.existsSync(filePath)) throw new Error(`Missing file at path: ${filePath}`);
  fs.appendFileSync(filePath, `${name}<<${delimiter}${os.EOL}${value}${os.EOL}${delimiter}${os.EOL}`, {
    encoding: 'utf8',
  });
}

/** Tells the runner to mask a value in every log line after this one. */
export function setSecret(secret: string): void {
  issueCommand('add-mask', secret);
}

/** Fails the step: an `::error::` annotation and exit code 1 (does not throw). */
export function setFailed(message: string): void {
  process.exitCode = 1;
  issueCommand('error', message);
}

/** A line shown only when step debug logging is on. */
export function debug(message: string): void {
  issueCommand('debug', message);
}

/** A warning annotation. */
export function warning(message: string): void {
  issueCommand('warning', message);
}

/**
 * Appends `text` and a line end to the job summary (`GITHUB_STEP_SUMMARY`), as
 * `core.summary.addRaw(text, true).write()` does; rejects with its messages when the file is not there.
 */
export async function appendSummary(text: string): Promise<void> {
  const filePath = process.env.GITHUB_STEP_SUMMARY;
  if (!filePath) {
    throw new Error(
      'Unable to find environment variable for $GITHUB_STEP_SUMMARY. Check if your runtime environment supports job summaries.',
    );
  }
  try {
    await fs.promises.access(filePath, fs.constants.R_OK | fs.constants.W_OK);
  } catch {
    throw new Error(
      `Unable to access summary file: '${filePath}'. Check if the file has correct read/write permissions.`,
    );
  }
  await fs.promises.appendFile(filePath, text + os.EOL, { encoding: 'utf8' });
}
