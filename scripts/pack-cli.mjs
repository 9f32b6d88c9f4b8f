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
// Every chunk of the CLI (`dist/<id>.cli.js`): commands load on demand, and a chunk may load another.
const chunks = readdirSync('dist').filter((name) => /^\d+\.cli\.js$/.test(name));
const files = ['cli.js', ...chunks];
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
