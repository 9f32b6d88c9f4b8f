// Writes the usage block of a README from action.yml: the inputs as a commented `with:` block between
// <!-- usage:start --> and <!-- usage:end -->. `--check` fails (exit 1) when the block is stale.
// usage: node scripts/readme-usage.mjs [--check] [file (default README.md)]
import { readFileSync, writeFileSync } from 'node:fs';
import { parse } from 'yaml';

const START = '<!-- usage:start -->';
const END = '<!-- usage:end -->';
const args = process.argv.slice(2);
const check = args.includes('--check');
const target = args.find((arg) => !arg.startsWith('--')) ?? 'README.md';

/** Wraps text into comment lines of at most `width` characters. */
function comment(text, indent, width = 100) {
  const lines = [];
  let line = '';
  for (const word of text.replace(/\s+/g, ' ').trim().split(' ')) {
    if (line !== '' && indent.length + 2 + line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line === '' ? word : `${line} ${word}`;
    }
  }
  if (line !== '') lines.push(line);
  return lines.map((l) => `${indent}# ${l}`);
}

export function usageBlock(action) {
  const out = ['```yaml', '- uses: waveframe/awo-action@v1', '  with:'];
  const names = Object.keys(action.inputs ?? {});
  names.forEach((name, index) => {
    const spec = action.inputs[name];
    out.push(...comment(spec.description ?? '', '    '));
    const fallback = spec.default === undefined || spec.default === '' ? "''" : String(spec.default);
    out.push(`    # Default: ${fallback}`, `    ${name}: ''`);
    if (index < names.length - 1) out.push('');
  });
  out.push('```');
  return out.join('\n');
}

const action = parse(readFileSync('action.yml', 'utf8'));
const text = readFileSync(target, 'utf8');
const start = text.indexOf(START);
const end = text.indexOf(END);
if (start < 0 || end < start) {
  console.error(`${target}: markers ${START} and ${END} not found (in that order)`);
  process.exit(1);
}
// Blank lines around the block keep it stable under Prettier.
const next = `${text.slice(0, start + START.length)}\n\n${usageBlock(action)}\n\n${text.slice(end)}`;
if (check) {
  if (next !== text) {
    console.error(`${target}: the usage block is stale; run: node scripts/readme-usage.mjs ${target}`);
    process.exit(1);
  }
  console.log(`${target}: usage block matches action.yml`);
} else if (next !== text) {
  writeFileSync(target, next);
  console.log(`${target}: usage block updated from action.yml`);
} else {
  console.log(`${target}: usage block already up to date`);
}
