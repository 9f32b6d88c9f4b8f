/**
 * `npm run bench`: every benchmark prints the project's figure next to a reference measured in the
 * same run, and the ratio. Pass names to run a subset: `npm run bench -- engine bundle`.
 */
const suites: Record<string, () => Promise<unknown>> = {
  'action-start': async () => (await import('./action-start.bench.js')).default(),
  engine: async () => (await import('./engine.bench.js')).default(),
  server: async () => (await import('./server.bench.js')).default(),
  bundle: async () => (await import('./bundle.bench.js')).default(),
  targets: async () => (await import('./targets.bench.js')).default(),
  backends: async () => (await import('./backends.bench.js')).default(),
  shard: async () => (await import('./shard.bench.js')).default(),
};

const wanted = process.argv.slice(2);
for (const [name, load] of Object.entries(suites)) {
  if (wanted.length > 0 && !wanted.includes(name)) continue;
  console.log(`\n== ${name}`);
  await load();
}
