import { describe, it, expect } from '@jest/globals';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { awo, tempDir, writeWorkflow } from '../helpers.js';

const ok = (step: Record<string, unknown>) => ({ steps: [step] });
const llm = { id: 's1', op: 'llm_map', prompt: 'Hi' };

/** Each case: a workflow that must be refused with exit 2, and the words the message must contain. */
const cases: [string, unknown, string[]][] = [
  ['bad JSON', '{ "steps": [ ', ['not valid JSON']],
  ['a top-level array', '[]', ['(root)', 'expected object']],
  ['missing steps', { name: 'x' }, ['steps', 'is required']],
  ['empty steps', { steps: [] }, ['steps', 'at least 1']],
  ['steps not an array', { steps: {} }, ['steps', 'expected array']],
  [
    'unknown op',
    ok({ op: 'shell', prompt: 'x' }),
    ['steps[0].op', '"shell"', 'llm_map, write_text, audit_gate'],
  ],
  ['missing op', ok({ prompt: 'x' }), ['steps[0].op', 'is required', 'llm_map']],
  [
    'unknown top-level key',
    { steps: [llm], stepz: [] },
    ['(root)', 'unknown key "stepz"', 'accepted keys', 'steps'],
  ],
  [
    'unknown step key',
    ok({ ...llm, temprature: 1 }),
    ['steps[0]', 'unknown key "temprature"', 'prompt, params, inputs'],
  ],
  [
    'unknown args key',
    ok({ op: 'write_text', args: { path: 'a', text: 'b', mode: 'x' } }),
    ['steps[0].args', 'unknown key "mode"', 'path, text'],
  ],
  ['duplicate ids', { steps: [llm, llm] }, ['steps[1].id', 'duplicate id "s1"']],
  [
    'a number too large to be finite',
    '{"steps":[{"id":"s","op":"llm_map","prompt":"p","params":{"temperature":1e999}}]}',
    ['steps[0].params.temperature', 'is too large to be a finite number'],
  ],
  [
    'a key given twice (JSON.parse keeps the last, other readers the first)',
    '{"steps":[{"id":"s","op":"llm_map","prompt":"harmless","pr\\u006fmpt":"the one that runs"}]}',
    ['steps[0].prompt', 'the key appears twice in one object'],
  ],
  [
    'a key given twice in an inline policy',
    '{"policy":{"id":"p","tier":"t","default":"deny","rules":[],"default":"allow"},"steps":[{"op":"llm_map","prompt":"p"}]}',
    ['policy.default', 'the key appears twice in one object'],
  ],
  [
    'a step reference to a field other than text',
    { steps: [llm, { op: 'write_text', args: { path: 'a.txt', text: 'got {{steps.s1.output}}' } }] },
    ['steps[1].args.text', '{{steps.s1.output}} would be left in the text', '{{steps.<id>.text}}'],
  ],
  [
    'a blank prompt',
    ok({ op: 'llm_map', prompt: ' \n\t ' }),
    ['steps[0].prompt', 'must not be empty or blank'],
  ],
  [
    'an artifact path ending in "/"',
    ok({ op: 'write_text', args: { path: 'notes/', text: 'x' } }),
    ['steps[0].args.path', '"notes/" ends with "/"'],
  ],
  [
    'an artifact path that repeats artifacts/',
    ok({ op: 'write_text', args: { path: 'artifacts/notes/a.md', text: 'x' } }),
    ['steps[0].args.path', 'already relative to artifacts/', 'give "notes/a.md"'],
  ],
  [
    "an audit_gate id in the policy's flag-<step> gate names",
    {
      steps: [
        { id: 'note', op: 'write_text', args: { path: 'n.txt', text: 'x' } },
        { id: 'flag-note', op: 'audit_gate' },
      ],
    },
    ['steps[1].id', '"flag-note" starts with "flag-"', 'give it another'],
  ],
  [
    "an audit_gate id in the API's manual-NNN gate names",
    ok({ id: 'manual-001', op: 'audit_gate' }),
    ['steps[0].id', '"manual-001" starts with "manual-"'],
  ],
  [
    'two steps writing one artifact',
    {
      steps: [
        { id: 'w', op: 'write_text', args: { path: 'a.txt', text: 'x' } },
        { id: 'v', op: 'write_text', args: { path: './a.txt', text: 'y' } },
      ],
    },
    ['steps[1].args.path', '"a.txt" is also written by steps[0]'],
  ],
  [
    'an artifact where another needs a folder',
    {
      steps: [
        { id: 'w', op: 'write_text', args: { path: 'a.txt', text: 'x' } },
        { id: 'v', op: 'write_text', args: { path: 'a.txt/b.txt', text: 'y' } },
      ],
    },
    ['steps[1].args.path', 'needs "a.txt" as a folder, but steps[0] writes it as a file'],
  ],
  [
    'default id colliding with an explicit one',
    {
      steps: [
        { op: 'llm_map', prompt: 'a' },
        { id: 'step_001', op: 'llm_map', prompt: 'b' },
      ],
    },
    ['steps[1].id', 'duplicate id "step_001"'],
  ],
  [
    'ids that differ only in letter case (one file on macOS and Windows disks)',
    { steps: [llm, { ...llm, id: 'S1' }] },
    ['steps[1].id', '"S1" differs from steps[0]\'s id "s1" only in letter case'],
  ],
  [
    'an id that is a Windows device name',
    ok({ ...llm, id: 'con.x' }),
    ['steps[0].id', 'Windows device name CON'],
  ],
  [
    'artifact folders that differ only in letter case',
    {
      steps: [
        { id: 'w', op: 'write_text', args: { path: 'Notes/a.txt', text: 'x' } },
        { id: 'v', op: 'write_text', args: { path: 'notes/b.txt', text: 'y' } },
      ],
    },
    ['steps[1].args.path', '"notes" differs from "Notes" (steps[0]) only in letter case'],
  ],
  [
    "artifact names that differ only in their accents' encoding (NFC, NFD)",
    {
      steps: [
        { id: 'w', op: 'write_text', args: { path: 'caf\u00e9.txt', text: 'x' } },
        { id: 'v', op: 'write_text', args: { path: 'cafe\u0301.txt', text: 'y' } },
      ],
    },
    ['steps[1].args.path', 'differs from "caf\u00e9.txt" (steps[0])'],
  ],
  [
    'an artifact folder that is a Windows device name',
    ok({ id: 'w', op: 'write_text', args: { path: 'out/aux/x.txt', text: 'x' } }),
    ['steps[0].args.path', '"aux" is the Windows device name AUX'],
  ],
  [
    'an artifact name ending with a dot',
    ok({ id: 'w', op: 'write_text', args: { path: 'report.', text: 'x' } }),
    ['steps[0].args.path', '"report." ends with a dot, which Windows drops'],
  ],
  [
    'an artifact name longer than 255 bytes in UTF-8 (200 × é)',
    ok({ id: 'w', op: 'write_text', args: { path: '\u00e9'.repeat(200), text: 'x' } }),
    ['steps[0].args.path', 'longer than 255 bytes in UTF-8'],
  ],
  ['missing prompt', ok({ op: 'llm_map' }), ['steps[0].prompt', 'is required']],
  [
    'prompt of the wrong type',
    ok({ op: 'llm_map', prompt: 42 }),
    ['steps[0].prompt', 'expected string, got number'],
  ],
  ['empty prompt', ok({ op: 'llm_map', prompt: '' }), ['steps[0].prompt', 'must not be empty']],
  ['params not an object', ok({ ...llm, params: [1] }), ['steps[0].params', 'expected record']],
  ['inputs with a number', ok({ ...llm, inputs: ['a', 2] }), ['steps[0].inputs[1]', 'expected string']],
  ['empty inputs', ok({ ...llm, inputs: [] }), ['steps[0].inputs', 'at least 1']],
  ['write_text without args', ok({ op: 'write_text' }), ['steps[0].args', 'is required']],
  [
    'path traversal',
    ok({ op: 'write_text', args: { path: '../../etc/x', text: 'a' } }),
    ['steps[0].args.path', '".."'],
  ],
  [
    'hidden traversal',
    ok({ op: 'write_text', args: { path: 'a/./../../b', text: 'a' } }),
    ['steps[0].args.path', '".."'],
  ],
  [
    'absolute path',
    ok({ op: 'write_text', args: { path: '/etc/passwd', text: 'a' } }),
    ['steps[0].args.path', 'absolute'],
  ],
  [
    'Windows absolute path',
    ok({ op: 'write_text', args: { path: 'C:/x.txt', text: 'a' } }),
    ['steps[0].args.path', 'absolute'],
  ],
  [
    'NUL byte in a path',
    ok({ op: 'write_text', args: { path: 'a\u0000b', text: 'a' } }),
    ['steps[0].args.path', 'NUL'],
  ],
  [
    'backslash in a path',
    ok({ op: 'write_text', args: { path: 'a\\..\\b', text: 'a' } }),
    ['steps[0].args.path', 'backslash'],
  ],
  [
    'a path that names no file',
    ok({ op: 'write_text', args: { path: './', text: 'a' } }),
    ['steps[0].args.path', 'names no file'],
  ],
  [
    'forward reference',
    {
      steps: [
        { op: 'write_text', args: { path: 'a', text: '{{steps.later.text}}' } },
        { id: 'later', op: 'llm_map', prompt: 'x' },
      ],
    },
    ['steps[0].args.text', '"later"', 'does not run before'],
  ],
  [
    'unknown reference',
    { steps: [llm, { op: 'write_text', args: { path: 'a', text: '{{steps.nope.text}}' } }] },
    ['steps[1].args.text', 'unknown step "nope"'],
  ],
  [
    'self reference in a prompt',
    ok({ id: 'me', op: 'llm_map', prompt: 'again {{steps.me.text}}' }),
    ['steps[0].prompt', '"me"'],
  ],
  ['empty id', ok({ ...llm, id: '' }), ['steps[0].id', 'must be 1-64 characters']],
  ['huge id', ok({ ...llm, id: 'x'.repeat(300) }), ['steps[0].id', 'must be 1-64 characters']],
  ['id with a slash', ok({ ...llm, id: 'a/b' }), ['steps[0].id', 'must be 1-64 characters']],
  ['bad type label', ok({ ...llm, type: 'Decide Now' }), ['steps[0].type', 'lowercase label']],
  [
    'audit_gate with an unknown arg',
    ok({ op: 'audit_gate', args: { reviewers: ['a'] } }),
    ['steps[0].args', 'unknown key "reviewers"', 'checklist, environment'],
  ],
  [
    'inline policy with a bad default',
    { steps: [llm], policy: { id: 'p', tier: 't', default: 'maybe' } },
    ['policy.default', '"maybe"', '"allow", "flag", "deny"'],
  ],
  [
    'inline policy with an invalid regex',
    {
      steps: [llm],
      policy: {
        id: 'p',
        tier: 't',
        default: 'allow',
        rules: [{ id: 'r', match: { prompt_regex: '(' }, decision: 'deny', reason: 'x' }],
      },
    },
    ['policy.rules[0].match.prompt_regex', 'rule "r"', 'not a regular expression the policy engine accepts'],
  ],
  [
    'policy file that does not exist',
    { steps: [llm], policy: 'missing-policy.json' },
    ['cannot read policy', 'missing-policy.json', 'no such file'],
  ],
];

describe('invalid workflows', () => {
  it('has at least 20 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(20);
  });

  it.each(cases)(
    'refuses %s with exit 2, a message naming the field, and no run folder',
    async (_name, workflow, words) => {
      const dir = tempDir();
      const file = writeWorkflow(dir, workflow);
      const runs = path.join(dir, 'runs');
      const result = await awo(['run', file, '--runs-dir', runs]);
      expect(result.code).toBe(2);
      for (const word of words) expect(result.err).toContain(word);
      expect(result.err).toContain(file);
      expect(result.err).not.toMatch(/\n\s+at /);
      expect(result.out).toBe('');
      expect(fs.existsSync(runs) ? fs.readdirSync(runs) : []).toEqual([]);
    },
  );

  it("leaves a prompt's own {{...}} text alone (Jinja, Ansible, GitHub expressions) and fills only this workflow's placeholders", async () => {
    const dir = tempDir();
    const file = writeWorkflow(dir, {
      steps: [
        {
          id: 'ask',
          op: 'llm_map',
          prompt: 'Write a Jinja line greeting {{ name }} for {{item}}',
          inputs: ['Ann'],
        },
        { id: 'loop', op: 'llm_map', prompt: 'Explain the Ansible loop variable {{ item }}' },
        {
          op: 'write_text',
          args: {
            path: 'ci.yml',
            text: 'run: echo ${{ steps.ask.outputs.version }} {{ steps.other.outputs.tags }}',
          },
        },
        { op: 'write_text', args: { path: 'out.txt', text: '{{ name }}: {{steps.ask.text}}' } },
      ],
    });
    const result = await awo(['run', file, '--runs-dir', path.join(dir, 'runs')]);
    expect(result.code).toBe(0);
    const runDir = result.out.trim().split('\n')[0];
    const written = fs.readFileSync(path.join(runDir, 'artifacts', 'out.txt'), 'utf8');
    expect(written.startsWith('{{ name }}: ')).toBe(true);
    expect(written).toContain('greeting {{ name }} for Ann');
  });

  it('reports every problem of a file at once', async () => {
    const dir = tempDir();
    const file = writeWorkflow(dir, {
      steps: [{ op: 'llm_map' }, { op: 'write_text', args: { path: '/x', text: 'y' } }, { op: 'nope' }],
    });
    const result = await awo(['run', file, '--runs-dir', path.join(dir, 'runs')]);
    expect(result.code).toBe(2);
    expect(result.err).toContain('3 problems');
    expect(result.err).toContain('steps[0].prompt');
    expect(result.err).toContain('steps[2].op');
  });

  it('refuses a workflow file that does not exist', async () => {
    const result = await awo(['run', '/nonexistent/wf.json', '--runs-dir', tempDir()]);
    expect(result.code).toBe(2);
    expect(result.err).toContain('cannot read workflow /nonexistent/wf.json: no such file');
  });
});
