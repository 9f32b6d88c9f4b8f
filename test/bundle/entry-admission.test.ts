import { describe, expect, it } from '@jest/globals';
import { IntegrityError } from '../../src/core/errors.js';
import { EntryAdmission } from '../../src/bundle/entry-admission.js';

const LIMITS = { maxBytes: 100, maxEntries: 5 };

/** The refusal `admit` throws for the last of `entries` (each `[name, type, size]`), all earlier admitted. */
function refusalOf(entries: [string, string, number][], limits = LIMITS): string {
  const admission = new EntryAdmission(limits);
  const last = entries.pop() as [string, string, number];
  for (const entry of entries) admission.admit(...entry);
  try {
    admission.admit(...last);
  } catch (err) {
    expect(err).toBeInstanceOf(IntegrityError);
    return (err as Error).message;
  }
  throw new Error(`admitted ${last[0]}`);
}

describe('EntryAdmission', () => {
  it('admits a run folder and returns each entry path split into its components', () => {
    const admission = new EntryAdmission(LIMITS);
    expect(admission.admit('run_x/', 'Directory', 0)).toEqual(['run_x']);
    expect(admission.admit('run_x/steps/a.jsonl', 'File', 10)).toEqual(['run_x', 'steps', 'a.jsonl']);
    expect(admission.admit('run_x/b.txt', 'OldFile', 90)).toEqual(['run_x', 'b.txt']);
    expect(admission.top).toBe('run_x');
    expect(admission.current).toBe('run_x/b.txt');
  });

  it.each([
    ['../x', 'File', "path escapes the bundle's top folder"],
    ['/etc/passwd', 'File', 'absolute paths are not allowed'],
    ['C:x', 'File', 'absolute paths are not allowed'],
    ['run_x\\a', 'File', 'backslash'],
    ['run_x/./a', 'File', 'an empty or "." component'],
    ['run_x//a', 'File', 'an empty or "." component'],
    ['run_x/a\nb', 'File', 'control character'],
    ['run_x/l', 'SymbolicLink', 'symbolic link'],
    ['run_x/l', 'Link', 'hard link'],
    ['run_x/p', 'FIFO', 'FIFO'],
    ['run_x/d', 'CharacterDevice', 'character device'],
    ['run_x/g', 'GNUDumpDir', 'unsupported entry type "GNUDumpDir"'],
    ['top.txt', 'File', 'a file at the top level'],
  ])('refuses %j of type %s: %s', (name, type, why) => {
    expect(refusalOf([[name, type, 1]])).toContain(why);
    expect(refusalOf([[name, type, 1]])).toContain(`refused entry ${JSON.stringify(name)}`);
  });

  it('refuses a second top folder, a duplicate, and a path under a file', () => {
    expect(
      refusalOf([
        ['run_x/a', 'File', 1],
        ['run_y/a', 'File', 1],
      ]),
    ).toContain('outside the single top folder "run_x"');
    expect(
      refusalOf([
        ['run_x/a', 'File', 1],
        ['run_x/a', 'File', 1],
      ]),
    ).toContain('duplicate entry');
    expect(
      refusalOf([
        ['run_x/d/', 'Directory', 0],
        ['run_x/d', 'Directory', 0],
      ]),
    ).toContain('duplicate entry');
    // A folder made implicitly by a file under it is that folder too: no file of its name after.
    expect(
      refusalOf([
        ['run_x/d/a', 'File', 1],
        ['run_x/d', 'File', 1],
      ]),
    ).toContain('duplicate entry');
    expect(
      refusalOf([
        ['run_x/a', 'File', 1],
        ['run_x/a/b', 'File', 1],
      ]),
    ).toContain('its parent "run_x/a" is a file');
  });

  it('refuses past the entry count and the declared bytes, counting every entry admitted before', () => {
    const five: [string, string, number][] = [1, 2, 3, 4, 5].map((i) => [`run_x/${i}`, 'File', 1]);
    expect(refusalOf([...five, ['run_x/6', 'File', 1]])).toContain('more than 5 entries');
    expect(
      refusalOf([
        ['run_x/a', 'File', 60],
        ['run_x/b', 'File', 41],
      ]),
    ).toContain('beyond the limit of 100 bytes');
    const admission = new EntryAdmission(LIMITS);
    admission.admit('run_x/a', 'File', 60);
    expect(admission.admit('run_x/b', 'File', 40)).toEqual(['run_x', 'b']);
  });

  it('refuses any entry once the end-of-archive marker was read', () => {
    const admission = new EntryAdmission(LIMITS);
    admission.admit('run_x/a', 'File', 1);
    admission.ended = true;
    expect(() => admission.admit('run_x/b', 'File', 1)).toThrow('after the end-of-archive marker');
  });
});
