/** `/steps/2/args/path` from the `steps[2].args.path` a problem message starts with. */
export function pointerOf(message: string): string | undefined {
  const path = /^([^:]+): /.exec(message)?.[1];
  if (path === undefined) return undefined;
  if (path === '(root)') return '';
  return path
    .split(/\.|(?=\[)/)
    .map((part) =>
      part
        .replace(/^\[(\d+)\]$/, '$1')
        .replace(/~/g, '~0')
        .replace(/\//g, '~1'),
    )
    .map((part) => `/${part}`)
    .join('');
}
