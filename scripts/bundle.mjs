// Bundles each entry point with ncc into one file under dist/, so the runner needs no node_modules.
import ncc from '@vercel/ncc';
import { mkdirSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';

const entries = [
  { source: 'src/cli/index.ts', out: 'cli.js', banner: '#!/usr/bin/env node\n' },
  { source: 'src/action/index.ts', out: 'index.js' },
  { source: 'src/action/post.ts', out: 'post.js' },
];

// `node scripts/bundle.mjs cli` bundles only the named outputs (cli, index, post); no argument bundles all.
const wanted = process.argv.slice(2);
mkdirSync('dist', { recursive: true });
for (const entry of entries) {
  if (wanted.length > 0 && !wanted.includes(entry.out.replace(/\.js$/, ''))) continue;
  if (!existsSync(entry.source)) continue;
  const { code, assets } = await ncc(join(process.cwd(), entry.source), {
    minify: false,
    sourceMap: false,
    quiet: true,
    target: 'es2022',
  });
  writeFileSync(join('dist', entry.out), (entry.banner ?? '') + code.replace(/^#!.*\n/, ''), { mode: 0o755 });
  for (const [name, asset] of Object.entries(assets ?? {})) {
    if (name === 'package.json') continue;
    writeFileSync(join('dist', name), asset.source);
  }
}
writeFileSync('dist/package.json', JSON.stringify({ type: 'module' }, null, 2) + '\n');
