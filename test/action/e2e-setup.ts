import { describe } from '@jest/globals';
import { findNode24 } from './node24.js';

/** Node 24 for the built action; the e2e suites skip loudly only when it truly cannot be obtained. */
export const node24 = findNode24();

if (!node24.path) {
  console.warn(
    `\n!!! SKIPPING the action's end-to-end tests: no Node 24 binary could be obtained (${node24.problem}).\n` +
      '!!! They run dist/index.js (main and post) as the runner does (runs.using: node24). Set AWO_NODE24=/path/to/node24 to run them.\n',
  );
}

/** `describe` when Node 24 is available, else `describe.skip` (after the warning above). */
export const describeE2E = node24.path ? describe : describe.skip;

/** The Node 24 binary (only call inside a {@link describeE2E} block). */
export function nodeBinary(): string {
  if (!node24.path) throw new Error(`no Node 24: ${node24.problem}`);
  return node24.path;
}
