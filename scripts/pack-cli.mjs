// `npm run pack:cli`: packs the bundled CLI alone (dist/cli.js and the chunks it loads) as an npm package
// with no dependencies, so an auditor can install `awo` from one .tgz into an empty folder, offline.
// Writes build/cli-package/ and the .tgz into the folder given as argument (default: the current one).
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const out = resolve(process.argv[2] ?? '.');
const root = JSON.parse(readFileSync('package.json', 'utf8'));
const dir = join('build', 'cli-package');
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });
const cli = readFileSync('dist/cli.js', 'utf8');
// The chunks dist/cli.js loads by dynamic import (`__nccwpck_require__.e(<id>)` → `<id>.index.js`).
const chunks = [
  ...new Set([...cli.matchAll(/__nccwpck_require__\.e\((\d+)\)/g)].map((m) => `${m[1]}.cli.js`)),
];
const files = [
  'cli.js',
  ...chunks,
  ...readdirSync('dist').filter((f) => /^worker\d*\.js$|^file\.js$/.test(f)),
];
for (const file of files) copyFileSync(join('dist', file), join(dir, file));
writeFileSync(
  join(dir, 'package.json'),
  JSON.stringify(
    {
      name: 'awo-cli',
      version: root.version,
      description:
        'awo: verify AWO evidence bundles, their checkpoints and Sigstore attestations (bundled, no dependencies).',
      license: root.license,
      type: 'module',
      bin: { awo: 'cli.js' },
      engines: root.engines,
      files,
    },
    null,
    2,
  ) + '\n',
);
copyFileSync('README.md', join(dir, 'README.md'));
mkdirSync(out, { recursive: true });
const name = execFileSync('npm', ['pack', '--silent', '--pack-destination', out], {
  cwd: dir,
  encoding: 'utf8',
}).trim();
console.log(join(out, name.split('\n').pop()));
