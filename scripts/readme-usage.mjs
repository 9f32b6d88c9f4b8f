// Writes the blocks of a README generated from action.yml: the inputs as a commented `with:` block between
// <!-- usage:start --> and <!-- usage:end -->, and the outputs table between <!-- outputs:start --> and
// <!-- outputs:end -->. `--check` fails (exit 1) when a block is stale.
// usage: node scripts/readme-usage.mjs [--check] [file (default README.md)]
import { readFileSync, writeFileSync } from 'node:fs';
import { parse } from 'yaml';

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

/** The outputs as a Markdown table, padded as Prettier pads it (so the check and Prettier agree). */
export function outputsTable(action) {
  const rows = Object.entries(action.outputs ?? {}).map(([name, spec]) => [
    `\`${name}\``,
    (spec.description ?? '').replace(/\s+/g, ' ').trim().replace(/\|/g, '\\|'),
  ]);
  const header = ['Output', 'Description'];
  const widths = header.map((title, i) => Math.max(title.length, ...rows.map((row) => row[i].length)));
  const line = (cells) => `| ${cells.map((cell, i) => cell.padEnd(widths[i])).join(' | ')} |`;
  return [line(header), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)].join('\n');
}

const blocks = [
  { name: 'usage', render: usageBlock },
  { name: 'outputs', render: outputsTable },
];

const action = parse(readFileSync('action.yml', 'utf8'));
const text = readFileSync(target, 'utf8');
let next = text;
for (const block of blocks) {
  const START = `<!-- ${block.name}:start -->`;
  const END = `<!-- ${block.name}:end -->`;
  const start = next.indexOf(START);
  const end = next.indexOf(END);
  if (start < 0 || end < start) {
    console.error(`${target}: markers ${START} and ${END} not found (in that order)`);
    process.exit(1);
  }
  // Blank lines around the block keep it stable under Prettier.
  next = `${next.slice(0, start + START.length)}\n\n${block.render(action)}\n\n${next.slice(end)}`;
}
const what = blocks.map((block) => block.name).join(' and ');
if (check) {
  if (next !== text) {
    console.error(`${target}: the ${what} blocks are stale; run: node scripts/readme-usage.mjs ${target}`);
    process.exit(1);
  }
  console.log(`${target}: ${what} blocks match action.yml`);
} else if (next !== text) {
  writeFileSync(target, next);
  console.log(`${target}: ${what} blocks updated from action.yml`);
} else {
  console.log(`${target}: ${what} blocks already up to date`);
}
