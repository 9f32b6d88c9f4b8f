/**
 * Names a run folder holds as file names (step ids in `outputs/<id>.json` and the receipts, artifact paths
 * under `artifacts/`) must name one file on every disk the run or its bundle meets. A Linux runner tells
 * `s1` from `S1`; a macOS or Windows runner, or an auditor unpacking the bundle there, does not, so one
 * step's output would overwrite the other's. Windows also opens a device for `CON` or `nul.txt`, and drops
 * a trailing dot or space from a name. New runs refuse such names; runs that already hold them keep
 * verifying where their disk tells them apart (docs/format.md#workflow-file).
 */

/** Windows device names: a file named so, with any extension, is the device (`NUL.tar.gz` is `NUL`). */
const WINDOWS_DEVICE = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i;

/** The name a case-insensitive disk files `name` under: letter case and Unicode normalisation set aside. */
export function foldedName(name: string): string {
  return name.normalize('NFD').toLowerCase();
}

/** Why a Windows disk cannot hold a file or folder named `segment` as named, if it cannot. */
export function windowsNameProblem(segment: string): string | undefined {
  const base = segment.split('.')[0].trimEnd();
  if (WINDOWS_DEVICE.test(base))
    return `"${segment}" is the Windows device name ${base.toUpperCase()}; Windows runners cannot write a file so named`;
  if (segment.endsWith('.') || segment.endsWith(' '))
    return `"${segment}" ends with ${segment.endsWith('.') ? 'a dot' : 'a space'}, which Windows drops from file names`;
  return undefined;
}

/**
 * Names that differ from an earlier one only where a case-insensitive disk does not look: each name's
 * index with the earlier one it meets. Exact repeats are not clashes (they are another rule's).
 */
export function foldedClashes(names: readonly string[]): { index: number; earlier: number }[] {
  const first = new Map<string, number>();
  const clashes: { index: number; earlier: number }[] = [];
  names.forEach((name, index) => {
    const key = foldedName(name);
    const earlier = first.get(key);
    if (earlier === undefined) first.set(key, index);
    else if (names[earlier] !== name) clashes.push({ index, earlier });
  });
  return clashes;
}
