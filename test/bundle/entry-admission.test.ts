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
    const five: [string, string, number][] = [
      ['run_x', 'Directory', 0],
      ...[1, 2, 3, 4].map((i): [string, string, number] => [`run_x/${i}`, 'File', 1]),
    ];
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

  it('counts the folders an entry implies as entries: a small bundle cannot make a deep tree of folders', () => {
    expect(refusalOf([['run_x/a/b/c/d/e', 'File', 1]])).toContain(
      'more than 5 entries, counting the folders its paths imply',
    );
    const admission = new EntryAdmission(LIMITS);
    expect(admission.admit('run_x/a/b/c/d', 'File', 1)).toEqual(['run_x', 'a', 'b', 'c', 'd']);
    // Folders already made cost nothing again.
    expect(
      refusalOf([
        ['run_x/a/b/c/d', 'File', 1],
        ['run_x/a/b/c/e', 'File', 1],
      ]),
    ).toContain('more than 5 entries (the set limit)');
  });

  it('refuses a path longer than PATH_MAX, deeper than 1024 components, or with a name over 255 characters', () => {
    const wide = { maxBytes: 1e9, maxEntries: 1e6 };
    const component = 'a'.repeat(255);
    const deep = `run_x/${Array(15).fill(component).join('/')}/${'b'.repeat(250)}`;
    expect(deep.length).toBe(4096);
    expect(new EntryAdmission(wide).admit(deep, 'File', 1)).toHaveLength(17);
    expect(refusalOf([[`${deep}b`, 'File', 1]], wide)).toContain('the path is longer than 4096 bytes');
    // Names as a run's artifact paths allow them: 255 characters, whatever their bytes (macOS, Windows).
    expect(new EntryAdmission(wide).admit(`run_x/${'中'.repeat(255)}`, 'File', 1)).toHaveLength(2);
    expect(refusalOf([[`run_x/${'中'.repeat(256)}`, 'File', 1]], wide)).toContain(
      'a component of the path is longer than 255 characters',
    );
    // A run writes at most 514 components; 1024 are admitted, in time and memory that follow the path's
    // length, not its depth squared.
    const slashes = (n: number) =>
      `run_x/${Array(n - 1)
        .fill('a')
        .join('/')}`;
    expect(new EntryAdmission(wide).admit(slashes(1024), 'File', 1)).toHaveLength(1024);
    expect(refusalOf([[slashes(1025), 'File', 1]], wide)).toContain('the path has more than 1024 components');
  });

  it('refuses any entry once the end-of-archive marker was read', () => {
    const admission = new EntryAdmission(LIMITS);
    admission.admit('run_x/a', 'File', 1);
    admission.ended = true;
    expect(() => admission.admit('run_x/b', 'File', 1)).toThrow('after the end-of-archive marker');
  });
});
