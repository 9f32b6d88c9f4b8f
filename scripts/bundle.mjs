// Bundles each entry point with ncc under dist/, so the runner needs no node_modules.
//
// - The action has one entry, dist/index.js, for both its main and its post step (action.yml names it
//   twice; the post step knows itself by the state flag the main step saved, as actions/checkout does).
// - A dynamic `import()` in the sources becomes a chunk loaded on demand, `dist/<id>.<entry>.js`: the
//   entry stays small and fast to start, and code needed only on request (a mode, a command, signing)
//   is read only when asked for. Chunk ids are webpack's deterministic module ids, so a rebuild of the
//   same sources gives the same files.
// - Output is re-printed by terser without comments or indentation, in lines of at most 120 characters,
//   every name kept (no compression, no mangling): a stack trace still names the function, and its
//   line:column points into a line short enough to read. The action's dist (entry and chunks) measured,
//   same sources: one statement per line with one-space indents 5.49 MB; the same
//   without indents 4.91 MB; packed lines of <= 120 chars 4.49 MB (<= 200: 4.48 MB). Full minification
//   would save about a third more but leave one-letter names in every trace, and measured no faster to
//   start (what costs is evaluating modules, not parsing them).
// - `dist/licenses.txt` lists the licences of every bundled third-party package (ncc --license).
// - Files ncc would copy beside the bundle because a module *could* start a worker thread from them
//   (pino's transports, via thread-stream) are not emitted: see `unusedAssets` below.
//
// `node scripts/bundle.mjs cli` bundles only the named entries (index, cli); no argument bundles all
// and also removes files of earlier builds that no entry emits any more.
import ncc from '@vercel/ncc';
import { minify } from 'terser';
import { mkdirSync, writeFileSync, readFileSync, readdirSync, rmSync, existsSync } from 'node:fs';
import { join } from 'node:path';

const entries = [
  { name: 'index', source: 'src/action/index.ts' },
  { name: 'cli', source: 'src/cli/index.ts', banner: '#!/usr/bin/env node\n' },
];

// fastify always loads pino, and pino's transport module names `worker.js` and `file.js` beside itself
// for `new Worker(...)` (thread-stream too). ncc's asset relocator sees those paths and copies the files
// into dist/ even though they can only run as pino transports, which awo never configures (the server's
// logger writes to a stream in the main thread), and they `require('../pino.js')`, which the bundle
// does not have. Emitting nothing for them keeps dist/ to files that can run; the bundled code refers
// to them only on the transport path.
const unusedAssets = new Set(['file.js', 'worker.js', 'worker1.js']);

/** Comments and ncc's layout out, names kept, lines bounded (see the note at the top). */
async function reprint(code) {
  const out = await minify(code, {
    module: true,
    compress: false,
    mangle: false,
    format: { comments: false, beautify: false, max_line_len: 120 },
  });
  return out.code + '\n';
}

const wanted = process.argv.slice(2);
for (const name of wanted) {
  if (!entries.some((entry) => entry.name === name)) {
    console.error(
      `bundle: unknown entry ${name}; accepted: ${entries.map((entry) => entry.name).join(', ')}`,
    );
    process.exit(2);
  }
}
mkdirSync('dist', { recursive: true });
const emitted = new Set(['package.json', 'licenses.txt']);
// dist/licenses.txt has one section per entry (ncc's file for it, verbatim); a build of some entries
// keeps the sections of the others.
const SECTION = /^=== dist\/([a-z]+)\.js and its chunks: third-party licences ===\n/m;
const heading = (name) => `=== dist/${name}.js and its chunks: third-party licences ===\n`;
const licenses = new Map();
if (wanted.length > 0 && existsSync('dist/licenses.txt')) {
  const parts = readFileSync('dist/licenses.txt', 'utf8').split(SECTION).slice(1);
  for (let i = 0; i + 1 < parts.length; i += 2) licenses.set(parts[i], parts[i + 1].trimEnd());
}
for (const entry of entries) {
  if (wanted.length > 0 && !wanted.includes(entry.name)) continue;
  const { code, assets } = await ncc(join(process.cwd(), entry.source), {
    filename: `${entry.name}.js`,
    minify: false,
    sourceMap: false,
    quiet: true,
    target: 'es2022',
    license: 'licenses.txt',
    cache: false,
  });
  for (const old of readdirSync('dist')) {
    if (old.endsWith(`.${entry.name}.js`)) rmSync(join('dist', old));
  }
  const main = await reprint(code.replace(/^#!.*\n/, ''));
  writeFileSync(join('dist', `${entry.name}.js`), (entry.banner ?? '') + main, { mode: 0o755 });
  emitted.add(`${entry.name}.js`);
  for (const [name, asset] of Object.entries(assets ?? {})) {
    if (name === 'package.json' || unusedAssets.has(name)) continue;
    if (name === 'licenses.txt') {
      licenses.set(entry.name, asset.source.toString('utf8').trimEnd());
      continue;
    }
    const chunk = name.endsWith('.js') ? await reprint(asset.source.toString('utf8')) : asset.source;
    writeFileSync(join('dist', name), chunk);
    emitted.add(name);
  }
}
if (licenses.size > 0) {
  const sections = entries.filter((entry) => licenses.has(entry.name));
  writeFileSync(
    'dist/licenses.txt',
    sections.map((entry) => heading(entry.name) + licenses.get(entry.name) + '\n').join('\n'),
  );
}
writeFileSync('dist/package.json', JSON.stringify({ type: 'module' }, null, 2) + '\n');
if (wanted.length === 0) {
  for (const name of readdirSync('dist')) {
    if (!emitted.has(name)) rmSync(join('dist', name));
  }
}
if (!existsSync('dist/licenses.txt')) console.error('bundle: ncc wrote no licenses.txt');
