import * as fs from 'node:fs';
import { InputError } from '../core/errors.js';

/** Largest workflow, policy or tokens file read, in bytes: the same bound as a request body of `awo serve`. */
export const MAX_INPUT_FILE_BYTES = 16 * 1024 * 1024;

/** Largest evidence bundle read, in bytes (4 GiB): far above any real run, far below a disk-filling stream. */
export const MAX_BUNDLE_BYTES = 4 * 1024 * 1024 * 1024;

/**
 * Largest file of a run folder read whole (just under 512 MiB): a run's own files are read with the same
 * care, and one is decoded as one string, which V8 caps at 0x1fffffe8 UTF-16 units (UTF-8 never decodes
 * to more units than it has bytes).
 */
export const MAX_RUN_FILE_BYTES = 0x1fffffe8;

const NONBLOCK = fs.constants.O_NONBLOCK ?? 0;

function kindOf(stat: fs.Stats): string {
  if (stat.isDirectory()) return 'a folder';
  if (stat.isFIFO()) return 'a named pipe (FIFO)';
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'a device';
  if (stat.isSocket()) return 'a socket';
  return 'not a regular file';
}

/** How a file is read: its size bound, and how the user named it (` (--policy)`), for messages. */
export interface InputFileOptions {
  maxBytes?: number;
  via?: string;
  /** The file's name in messages, when its path is not for the reader (the server's own folders). */
  shownAs?: string;
}

/** How a read of `file` is refused: the message names what it is, as the user named it, and why. */
function refusal(file: string, what: string, { via = '', shownAs = file }: InputFileOptions) {
  return (why: string) => new InputError(`cannot read ${what} ${shownAs}${via}: ${why}`);
}

/** Whether an open failed because nothing is at the path (no such file, or a file where a folder was). */
const isAbsent = (err: unknown) => ['ENOENT', 'ENOTDIR'].includes((err as NodeJS.ErrnoException).code ?? '');

/**
 * Opens a file the user named (workflow, policy, tokens file, bundle) and checks it is a regular file of at
 * most `maxBytes`, before reading a byte. The open itself never blocks: `O_NONBLOCK` makes a FIFO open return
 * at once (then refused as a FIFO), and a device such as /dev/zero is refused by its type, not read for ever.
 * Returns the open descriptor and its size; the caller closes it.
 */
export function openInputFile(
  file: string,
  what: string,
  options: InputFileOptions = {},
): { fd: number; size: number } {
  const opened = openIfPresent(file, what, options);
  if (!opened) throw refusal(file, what, options)('no such file');
  return opened;
}

/** {@link openInputFile}, or undefined when nothing is at `file` (one open, no look before it). */
function openIfPresent(
  file: string,
  what: string,
  options: InputFileOptions,
): { fd: number; size: number } | undefined {
  const { maxBytes = MAX_INPUT_FILE_BYTES } = options;
  const refuse = refusal(file, what, options);
  let fd: number;
  try {
    fd = fs.openSync(file, fs.constants.O_RDONLY | NONBLOCK);
  } catch (err) {
    if (isAbsent(err)) return undefined;
    throw refuse(
      (err as NodeJS.ErrnoException).code === 'EISDIR' ? 'it is a folder' : (err as Error).message,
    );
  }
  try {
    const stat = fs.fstatSync(fd);
    if (!stat.isFile()) throw refuse(`it is ${kindOf(stat)}; give a regular file`);
    if (stat.size > maxBytes) throw refuse(`it is ${stat.size} bytes; at most ${maxBytes} are accepted`);
    return { fd, size: stat.size };
  } catch (err) {
    fs.closeSync(fd);
    throw err;
  }
}

/**
 * Reads a file the user named, whole, after `openInputFile`'s checks. Reads at most one byte more than the
 * size it had when opened, so a file that grows while it is read is refused rather than followed.
 */
export function readInputFile(file: string, what: string, options: InputFileOptions = {}): Uint8Array {
  return readOpened(file, what, options, openInputFile(file, what, options));
}

/**
 * {@link readInputFile}, or undefined when nothing is at `file`: a run's file that may be absent, read
 * without a look before the open.
 */
export function readInputFileIfPresent(
  file: string,
  what: string,
  options: InputFileOptions = {},
): Uint8Array | undefined {
  const opened = openIfPresent(file, what, options);
  return opened && readOpened(file, what, options, opened);
}

function readOpened(
  file: string,
  what: string,
  options: InputFileOptions,
  { fd, size }: { fd: number; size: number },
): Uint8Array {
  const refuse = refusal(file, what, options);
  try {
    const buffer = Buffer.allocUnsafeSlow(size + 1);
    let got = 0;
    for (let n = -1; n !== 0 && got < buffer.length; got += n)
      n = fs.readSync(fd, buffer, got, buffer.length - got, null);
    if (got > size) throw refuse('it grew while it was read; give a file that is not being written');
    return new Uint8Array(buffer.buffer, buffer.byteOffset, got);
  } catch (err) {
    if (err instanceof InputError) throw err;
    throw refuse((err as Error).message);
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * The first or last `bytes` bytes of a file (all of it when shorter), after `openInputFile`'s checks: the
 * head of a record, the end of a log.
 */
export function readFilePart(
  file: string,
  what: string,
  bytes: number,
  part: 'head' | 'tail',
  options: InputFileOptions,
): Uint8Array {
  const { fd, size } = openInputFile(file, what, options);
  try {
    const length = Math.min(size, bytes);
    const start = part === 'head' ? 0 : size - length;
    const buffer = Buffer.allocUnsafeSlow(length);
    let got = 0;
    for (let n = -1; n !== 0 && got < length; got += n)
      n = fs.readSync(fd, buffer, got, length - got, start + got);
    return new Uint8Array(buffer.buffer, buffer.byteOffset, got);
  } catch (err) {
    throw refusal(file, what, options)((err as Error).message);
  } finally {
    fs.closeSync(fd);
  }
}
