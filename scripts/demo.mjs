// `npm run demo`: runs workflows/minimal.json end to end on the echo backend with the built CLI:
// run (pauses at its audit gate, exit 78) -> approve -> resume (completes) -> verify. Prints the run folder.
import { spawnSync } from 'node:child_process';

function awo(args, expected) {
  console.log(`$ awo ${args.join(' ')}`);
  const result = spawnSync(process.execPath, ['dist/cli.js', ...args], { encoding: 'utf8' });
  process.stdout.write(result.stdout);
  process.stderr.write(result.stderr);
  if (result.status !== expected) {
    console.error(`demo: expected exit ${expected}, got ${result.status}`);
    process.exit(1);
  }
  return result.stdout.trim().split('\n')[0];
}

const runDir = awo(['run', 'workflows/minimal.json', '--backend', 'echo'], 78);
awo(['approve', runDir, '--actor', 'demo-reviewer', '--comment', 'checked the draft note'], 0);
awo(['resume', runDir], 0);
awo(['verify', runDir], 0);
console.log(`\nThe run folder is ${runDir} (open ${runDir}/report.md).`);
