import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { InputError } from '../../src/core/errors.js';
import { evaluatePolicy } from '../../src/core/policy.js';
import { loadWorkflow, resolvePolicy } from '../../src/core/workflow-load.js';
import { awo, tempDir } from '../helpers.js';

/** Pieces of regex syntax, hostile ones included: nested quantifiers, backreferences, lookaround, classes. */
const regexPiece = fc.constantFrom(
  'a',
  '(a|a)+',
  '(a+)+',
  '\\1',
  '(?=a)',
  '(?<=a)',
  '(?<n>a)',
  '[',
  ']',
  '[^/]*',
  '.*',
  '\\d',
  '\\p{L}',
  '\\u00e9',
  '{2,}',
  '{1001}',
  '^',
  '$',
  '|',
  '(',
  ')',
  '*',
  '?',
);
const regex = fc.array(regexPiece, { maxLength: 12 }).map((pieces) => pieces.join(''));
const text = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.constantFrom('', 'a'.repeat(60) + '!', '{{item}}', '{{steps.a.text}}'),
);
const oneOrMany = <T>(item: fc.Arbitrary<T>) => fc.oneof(item, fc.array(item, { maxLength: 3 }));

const rule = fc.record(
  {
    id: fc.oneof(fc.constantFrom('r1', 'r2', ''), fc.string({ maxLength: 8 })),
    match: fc.record(
      {
        op: oneOrMany(fc.constantFrom('llm_map', 'write_text', 'audit_gate', 'external', 'nope')),
        step_id: oneOrMany(
          fc.oneof(fc.constantFrom('*', '**', 's?', `${'*a'.repeat(20)}*b`), fc.string({ maxLength: 10 })),
        ),
        prompt_contains: oneOrMany(text),
        prompt_regex: fc.oneof(regex, fc.anything()),
        path: oneOrMany(fc.constantFrom('**/*.txt', 'notes/*', '[', '')),
        params: fc.dictionary(
          fc.string({ maxLength: 6 }),
          fc.record({ gt: fc.oneof(fc.double(), fc.string()) }, { requiredKeys: [] }),
          { maxKeys: 2 },
        ),
      },
      { requiredKeys: [] },
    ),
    decision: fc.constantFrom('allow', 'flag', 'deny', 'maybe'),
    reason: text,
  },
  { requiredKeys: [] },
);

const policy = fc.record(
  {
    id: fc.constantFrom('p', ''),
    tier: fc.constantFrom('low', ''),
    default: fc.constantFrom('allow', 'flag', 'deny', 'nope'),
    rules: fc.array(rule, { maxLength: 3 }),
    allow_self_approval: fc.oneof(fc.boolean(), fc.string({ maxLength: 3 })),
  },
  { requiredKeys: [] },
);

const step = fc.oneof(
  fc.record(
    {
      id: fc.oneof(fc.constantFrom('a', 'b', 'flag-x', 'a/b', ''), fc.string({ maxLength: 70 })),
      op: fc.constant('llm_map'),
      prompt: text,
      inputs: fc.array(text, { maxLength: 3 }),
      params: fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 3 }),
    },
    { requiredKeys: ['op'] },
  ),
  fc.record(
    {
      id: fc.constantFrom('w', 'w2'),
      op: fc.constant('write_text'),
      args: fc.record(
        {
          path: fc.oneof(
            fc.constantFrom('a.txt', 'x/y.txt', '../up', '/abs', 'a\\b', './'),
            fc.string({ maxLength: 12 }),
          ),
          text,
        },
        { requiredKeys: [] },
      ),
    },
    { requiredKeys: ['op'] },
  ),
  fc.record(
    {
      id: fc.constantFrom('g', 'manual-1'),
      op: fc.constant('audit_gate'),
      args: fc.record({ checklist: text }, { requiredKeys: [] }),
    },
    { requiredKeys: ['op'] },
  ),
  fc.jsonValue({ maxDepth: 3 }),
);

const workflow = fc.record(
  {
    name: text,
    steps: fc.array(step, { maxLength: 4 }),
    policy: fc.oneof(policy, fc.constantFrom('missing.json', 42)),
  },
  { requiredKeys: [] },
);

/** Text a prompt or a note may hold as it is (no placeholder, not blank). */
const plain = fc
  .string({ minLength: 1, maxLength: 30, unit: 'binary' })
  .filter((value) => /\S/.test(value) && !value.includes('{{'));

/** A step of each op that the schema accepts, numbered so ids and artifact paths stay unique. */
const validStep = (i: number) =>
  fc.oneof(
    fc.record({ id: fc.constant(`s${i}`), op: fc.constant('llm_map'), prompt: plain }),
    fc.record({
      id: fc.constant(`w${i}`),
      op: fc.constant('write_text'),
      args: fc.record({ path: fc.constant(`out/${i}.txt`), text: plain }),
    }),
    fc.record({ id: fc.constant(`g${i}`), op: fc.constant('audit_gate') }),
  );

const validRule = (k: number) =>
  fc.record({
    id: fc.constant(`r${k}`),
    match: fc.oneof(
      fc.record({ prompt_regex: regex }),
      fc.record({ op: fc.constantFrom('llm_map', 'write_text', 'audit_gate') }),
      fc.record({ step_id: fc.constantFrom('s*', '*', `${'*s'.repeat(20)}*x`, 'w?') }),
      fc.record({ prompt_contains: plain }),
    ),
    decision: fc.constantFrom('allow', 'flag', 'deny'),
    reason: plain,
  });

/** Workflows the loader should mostly accept: the policy's regexes are the random part. */
const validWorkflow = fc
  .tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 0, max: 3 }))
  .chain(([steps, rules]) =>
    fc.record(
      {
        steps: fc.tuple(...Array.from({ length: steps }, (_, i) => validStep(i))),
        policy: fc.record({
          id: fc.constant('p'),
          tier: fc.constant('low'),
          default: fc.constantFrom('allow', 'flag', 'deny'),
          rules:
            rules === 0
              ? fc.constant([])
              : fc.tuple(...Array.from({ length: rules }, (_, k) => validRule(k))),
        }),
      },
      { requiredKeys: ['steps'] },
    ),
  );

/** A workflow file's bytes: a valid-looking workflow, a loosely generated one, any JSON, any bytes, or a valid one with bytes slipped in. */
const fileBytes = fc.oneof(
  { weight: 5, arbitrary: validWorkflow.map((value) => Buffer.from(JSON.stringify(value))) },
  { weight: 3, arbitrary: workflow.map((value) => Buffer.from(JSON.stringify(value))) },
  {
    weight: 1,
    arbitrary: fc.jsonValue({ maxDepth: 4 }).map((value) => Buffer.from(JSON.stringify(value) ?? '')),
  },
  { weight: 1, arbitrary: fc.uint8Array({ maxLength: 64 }).map((bytes) => Buffer.from(bytes)) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(validWorkflow, fc.uint8Array({ minLength: 1, maxLength: 4 }), fc.nat())
      .map(([value, noise, at]) => {
        const json = Buffer.from(JSON.stringify(value));
        const cut = json.length === 0 ? 0 : at % json.length;
        return Buffer.concat([json.subarray(0, cut), Buffer.from(noise), json.subarray(cut)]);
      }),
  },
);

/** Loads as every face does: the workflow, then its policy; only `InputError` may come out. */
function loadAll(bytes: Uint8Array): 'loaded' | 'refused' {
  try {
    const loaded = loadWorkflow(bytes, 'wf.json');
    const { policy: resolved } = resolvePolicy(loaded, undefined, () => {
      throw new InputError('cannot read policy missing.json: no such file');
    });
    // Evaluating the policy on a hostile prompt must end (linear-time regexes and globs).
    for (const current of loaded.steps)
      evaluatePolicy(resolved, {
        step: current,
        prompts: ['a'.repeat(2000) + '!', current.op === 'llm_map' ? current.prompt : ''],
        params: {},
      });
    return 'loaded';
  } catch (err) {
    if (err instanceof InputError) return 'refused';
    throw err;
  }
}

describe('the loader on random workflows and policies', () => {
  it('only ever loads or throws the typed input error', () => {
    const seen = { loaded: 0, refused: 0 };
    fc.assert(
      fc.property(fileBytes, (bytes) => {
        seen[loadAll(bytes)]++;
      }),
      { numRuns: 400 },
    );
    // The generator reaches both sides; a loader that refused (or accepted) everything would not pass unnoticed.
    expect(seen.loaded).toBeGreaterThan(40);
    expect(seen.refused).toBeGreaterThan(40);
  });

  it('through awo run: exit 2 writes no run folder and prints no stack; nothing ends in an internal error', async () => {
    const dir = tempDir();
    const outcomes = new Set<number>();
    await fc.assert(
      fc.asyncProperty(fileBytes, async (bytes) => {
        const runs = path.join(dir, 'runs');
        fs.rmSync(runs, { recursive: true, force: true });
        const file = path.join(dir, 'wf.json');
        fs.writeFileSync(file, bytes);
        const result = await awo(['run', file, '--runs-dir', runs]);
        outcomes.add(result.code);
        expect(result.err).not.toContain('internal error');
        expect(result.err).not.toMatch(/\n\s+at /);
        expect([0, 1, 2, 78]).toContain(result.code);
        const folders = fs.existsSync(runs) ? fs.readdirSync(runs) : [];
        if (result.code === 2) expect(folders).toEqual([]);
        expect(result.code === 2).toBe(loadAll(bytes) === 'refused');
      }),
      { numRuns: 40 },
    );
    expect(outcomes.has(2)).toBe(true);
    expect([0, 1, 78].some((code) => outcomes.has(code))).toBe(true);
  });
});
