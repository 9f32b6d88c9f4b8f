import { describe, expect, it } from '@jest/globals';
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as os from 'node:os';
import { evaluatePolicy } from '../../src/core/policy.js';
import { MAX_RENDERED_CHARS, RenderedTooLarge, renderTemplate } from '../../src/core/template.js';
import { loadPolicy } from '../../src/core/workflow-load.js';
import { InputError } from '../../src/core/errors.js';
import { firstInvalidUtf8 } from '../../src/core/utf8-text.js';
import { escapeForTerminal } from '../../src/core/actor-name.js';
import { loadTokens } from '../../src/server/auth.js';
import { parseReviews } from '../../src/action/approvals.js';
import { awo, tempDir, treeDigest, writeWorkflow } from '../helpers.js';

/** The prompt of the report: forty `a` and a `!`, which `^(a|a)+$` makes a backtracking engine try 2^40 ways. */
const EVIL_PROMPT = `${'a'.repeat(40)}!`;

const evilPolicy = (prompt_regex: string) => ({
  id: 'p',
  tier: 't',
  default: 'allow',
  rules: [{ id: 'no-as', match: { prompt_regex }, decision: 'deny', reason: 'only a' }],
});

const runsIn = (dir: string) => {
  const runs = path.join(dir, 'runs');
  return fs.existsSync(runs) ? fs.readdirSync(runs) : [];
};

/** `awo run` on one llm_map step whose prompt is 100,000 `a`, under a policy denying `pattern`. */
async function runLongPrompt(pattern: string) {
  const dir = tempDir();
  const file = writeWorkflow(dir, {
    policy: evilPolicy(pattern),
    steps: [{ id: 's1', op: 'llm_map', prompt: 'a'.repeat(100_000) }],
  });
  return { dir, result: await awo(['run', file, '--runs-dir', path.join(dir, 'runs')]) };
}

describe('policy regexes run in linear time', () => {
  it('runs a workflow whose policy holds ^(a|a)+$ against forty a and a !, and denies the all-a prompt', async () => {
    const dir = tempDir();
    const file = writeWorkflow(dir, {
      policy: evilPolicy('^(a|a)+$'),
      steps: [{ id: 's1', op: 'llm_map', prompt: EVIL_PROMPT }],
    });
    const passed = await awo(['run', file, '--runs-dir', path.join(dir, 'runs')]);
    expect(passed.code).toBe(0);
    expect(passed.err).toMatch(/^completed: /);

    const denied = writeWorkflow(
      dir,
      { policy: evilPolicy('^(a|a)+$'), steps: [{ id: 's1', op: 'llm_map', prompt: 'a'.repeat(5000) }] },
      'denied.json',
    );
    const result = await awo(['run', denied, '--runs-dir', path.join(dir, 'runs')]);
    expect(result.code).toBe(1);
    expect(result.err).toContain('no-as');
  });

  it('matches a million-character prompt and a glob of many stars without backtracking', () => {
    const policy = loadPolicy(
      {
        ...evilPolicy('(x+x+)+y'),
        rules: [
          { id: 'nested', match: { prompt_regex: '(x+x+)+y' }, decision: 'deny', reason: 'r' },
          { id: 'stars', match: { step_id: `${'*a'.repeat(30)}*b` }, decision: 'flag', reason: 'r' },
        ],
      },
      'policy.json',
    );
    const decision = evaluatePolicy(policy, {
      step: { id: 'a'.repeat(200), op: 'llm_map', prompt: '' },
      prompts: ['x'.repeat(1_000_000)],
      params: {},
    });
    expect(decision).toMatchObject({ decision: 'allow', rules_triggered: [] });
  });

  it.each([
    ['a backreference', '(a)\\1'],
    ['a lookahead', 'a(?=b)'],
    ['a lookbehind', '(?<=a)b'],
    ['an unclosed group', '('],
  ])('refuses %s at load time, naming the rule, and writes nothing', async (_name, pattern) => {
    const dir = tempDir();
    const file = writeWorkflow(dir, {
      policy: evilPolicy(pattern),
      steps: [{ id: 's1', op: 'llm_map', prompt: 'x' }],
    });
    const result = await awo(['run', file, '--runs-dir', path.join(dir, 'runs')]);
    expect(result.code).toBe(2);
    expect(result.err).toContain('policy.rules[0].match.prompt_regex: rule "no-as"');
    expect(result.err).toContain('RE2 syntax');
    expect(runsIn(dir)).toEqual([]);
  });

  it.each([
    ['.{1000} twenty times and [bc]', `${'.{1000}'.repeat(20)}[bc]`, '20003'],
    ['(?i) and \\pL{1000} a hundred times and b', `(?i)${'\\pL{1000}'.repeat(100)}b`, '100003'],
  ])(
    'refuses %s at load time: a short pattern that compiles to a huge program',
    async (_name, pattern, size) => {
      expect(pattern.length).toBeLessThanOrEqual(4096);
      const { dir, result } = await runLongPrompt(pattern);
      expect(result.code).toBe(2);
      const first = result.err.split('\n')[0];
      expect(first).toContain('policy.rules[0].match.prompt_regex: rule "no-as"');
      expect(first).toContain(`compiles to ${size}`);
      expect(first).toContain('at most 2000 are accepted');
      expect(runsIn(dir)).toEqual([]);
    },
  );

  it('accepts a pattern of 2000 instructions and refuses one of 2001', () => {
    // `.{n}` compiles to n instructions plus fixed ones; find the edge through the loader, not by formula.
    const sized = (n: number) => evilPolicy(`${'.'.repeat(n)}`);
    const refused = (n: number) => {
      try {
        loadPolicy(sized(n), 'policy.json');
        return false;
      } catch (err) {
        expect(err).toBeInstanceOf(InputError);
        return true;
      }
    };
    const edge = Array.from({ length: 12 }, (_, i) => 1990 + i).find(refused);
    expect(edge).toBeDefined();
    expect(refused((edge as number) - 1)).toBe(false);
    expect(() => loadPolicy(sized(edge as number), 'policy.json')).toThrow(
      /compiles to 2001 RE2 instructions/,
    );
  });

  it('denies, naming the rule and the limit, a prompt too long for the regex budget, and checks a shorter one in full', async () => {
    const pattern = `${'.{100}'.repeat(15)}[bc]`; // about 1500 instructions: accepted at load time
    const policy = loadPolicy(evilPolicy(pattern), 'policy.json');
    const decide = (prompts: string[]) =>
      evaluatePolicy(policy, { step: { id: 's', op: 'llm_map', prompt: '' }, prompts, params: {} });
    const long = decide(['a'.repeat(100_000)]);
    expect(long).toMatchObject({ decision: 'deny', rules_triggered: ['no-as'] });
    expect(long.reason).toMatch(
      /^prompt_regex budget exceeded: rule "no-as" would cost \d+ .*at most 16000000/,
    );
    // The budget counts every prompt of the step: many short prompts cannot add up past it either.
    expect(decide(Array.from({ length: 100 }, () => 'a'.repeat(1000))).decision).toBe('deny');
    // Within the budget the whole prompt is checked: a `b` near its end still matches.
    expect(decide([`${'a'.repeat(10_000)}b`])).toMatchObject({ decision: 'deny', reason: 'no-as: only a' });
    expect(decide(['a'.repeat(10_000)])).toMatchObject({ decision: 'allow', rules_triggered: [] });

    const { result } = await runLongPrompt(pattern);
    expect(result.code).toBe(1);
    expect(result.err).toContain('prompt_regex budget exceeded: rule "no-as"');
  });

  it('keeps the JavaScript escapes a policy may already use (\\u, \\d, \\p{L}, \\/)', () => {
    const policy = loadPolicy(evilPolicy('^\\u00e9t\\p{L}\\/\\d+$'), 'policy.json');
    const decide = (prompt: string) =>
      evaluatePolicy(policy, { step: { id: 's', op: 'llm_map', prompt }, prompts: [prompt], params: {} })
        .decision;
    expect([decide('été/42'), decide('ete/42')]).toEqual(['deny', 'allow']);
  });
});

describe('templates that grow exponentially', () => {
  it('are refused before the text is built, past the limit new work is held to', () => {
    const texts = new Map([['a', 'x'.repeat(1000)]]);
    const template = '{{steps.a.text}}'.repeat(4);
    expect(renderTemplate(template, texts, undefined, 4000)).toHaveLength(4000);
    expect(() => renderTemplate(template, texts, undefined, 3999)).toThrow(RenderedTooLarge);
    expect(() => renderTemplate('{{item}}{{item}}', texts, 'y'.repeat(10), 19)).toThrow(
      'a template renders to more than 19 characters',
    );
  });

  it('fail the run at the step that would exceed it, sealed, verifying, and again on retry (helper-50)', async () => {
    // Each step repeats the one before four times: 1 KB, 4 KB, ... step w8 would be 64 MiB, w29 2^60 bytes.
    const steps = [{ id: 'w0', op: 'write_text', args: { path: 'w0.txt', text: 'x'.repeat(1024) } }];
    for (let i = 1; i < 30; i++)
      steps.push({
        id: `w${i}`,
        op: 'write_text',
        args: { path: `w${i}.txt`, text: `{{steps.w${i - 1}.text}}`.repeat(4) },
      });
    const dir = tempDir();
    const run = await awo(['run', writeWorkflow(dir, { steps }), '--runs-dir', path.join(dir, 'runs')]);
    expect(run.code).toBe(1);
    expect(run.err).toContain(
      `step "w8" failed: a template renders to more than ${MAX_RENDERED_CHARS} characters`,
    );
    const folder = run.out.split('\n')[0];
    expect((await awo(['verify', folder])).code).toBe(0);
    expect(fs.existsSync(path.join(folder, 'artifacts/w7.txt'))).toBe(true);
    expect(fs.existsSync(path.join(folder, 'artifacts/w8.txt'))).toBe(false);
    expect((await awo(['retry', folder])).err).toContain('step "w8" failed');
    expect((await awo(['verify', folder])).code).toBe(0);
  });
});

describe('input files are regular, bounded and UTF-8', () => {
  it('refuses a FIFO as the workflow or the policy without waiting for a writer', async () => {
    const dir = tempDir();
    const fifo = path.join(dir, 'pipe.json');
    execFileSync('mkfifo', [fifo]);
    const asWorkflow = await awo(['run', fifo, '--runs-dir', path.join(dir, 'runs')]);
    expect(asWorkflow.code).toBe(2);
    expect(asWorkflow.err).toContain(`cannot read workflow ${fifo}: it is a named pipe (FIFO)`);
    const file = writeWorkflow(dir, { steps: [{ op: 'llm_map', prompt: 'x' }] });
    const asPolicy = await awo(['run', file, '--policy', fifo, '--runs-dir', path.join(dir, 'runs')]);
    expect(asPolicy.code).toBe(2);
    expect(asPolicy.err).toContain(`cannot read policy ${fifo} (--policy): it is a named pipe (FIFO)`);
    expect(runsIn(dir)).toEqual([]);
  });

  it('refuses /dev/zero and a folder by their type, and a file over 16 MiB by its size', async () => {
    const dir = tempDir();
    const zero = await awo(['run', '/dev/zero', '--runs-dir', path.join(dir, 'runs')]);
    expect(zero.code).toBe(2);
    expect(zero.err).toContain('cannot read workflow /dev/zero: it is a device');
    const folder = await awo(['run', dir, '--runs-dir', path.join(dir, 'runs')]);
    expect(folder.code).toBe(2);
    expect(folder.err).toContain('it is a folder');
    const big = path.join(dir, 'big.json');
    fs.closeSync(fs.openSync(big, 'w'));
    fs.truncateSync(big, 16 * 1024 * 1024 + 1);
    const large = await awo(['run', big, '--runs-dir', path.join(dir, 'runs')]);
    expect(large.code).toBe(2);
    expect(large.err).toContain(
      `it is ${16 * 1024 * 1024 + 1} bytes; at most ${16 * 1024 * 1024} are accepted`,
    );
    expect(runsIn(dir)).toEqual([]);
  });

  it('refuses a FIFO and a device as a bundle to unpack', async () => {
    const dir = tempDir();
    const fifo = path.join(dir, 'run.tar.gz');
    execFileSync('mkfifo', [fifo]);
    const piped = await awo(['unpack', fifo, path.join(dir, 'out')]);
    expect(piped.code).toBe(2);
    expect(piped.err).toContain('cannot read bundle');
    expect(piped.err).toContain('named pipe (FIFO)');
    const zero = await awo(['unpack', '/dev/zero', path.join(dir, 'out')]);
    expect(zero.code).toBe(2);
    expect(zero.err).toContain('it is a device');
  });

  it('replays a run folder holding a FIFO by refusing it, not by waiting on it', async () => {
    const dir = tempDir();
    const file = writeWorkflow(dir, { steps: [{ id: 's1', op: 'llm_map', prompt: 'x' }] });
    const ran = await awo(['run', file, '--runs-dir', path.join(dir, 'runs')]);
    expect(ran.code).toBe(0);
    const runDir = ran.out.trim().split('\n')[0];
    fs.rmSync(path.join(runDir, 'outputs', 's1.json'));
    execFileSync('mkfifo', [path.join(runDir, 'outputs', 's1.json')]);
    const replayed = await awo(['replay', runDir, '--runs-dir', path.join(dir, 'again')]);
    expect(replayed.code).toBe(2);
    expect(replayed.err).toContain('s1.json: it is a named pipe (FIFO)');
  });

  it('answers every command on a run folder where input.json or the audit trail is a FIFO, without waiting', async () => {
    const dir = tempDir();
    const file = writeWorkflow(dir, { steps: [{ id: 'g', op: 'audit_gate' }] });
    const ran = await awo(['run', file, '--runs-dir', path.join(dir, 'runs')]);
    expect(ran.code).toBe(78);
    const runDir = ran.out.trim().split('\n')[0];
    for (const rel of ['input.json', 'audit/log.jsonl']) {
      const copy = path.join(dir, `copy-${rel.replace('/', '-')}`);
      fs.cpSync(runDir, copy, { recursive: true });
      fs.rmSync(path.join(copy, rel));
      execFileSync('mkfifo', [path.join(copy, rel)]);
      for (const args of [
        ['verify'],
        ['status'],
        ['pack', '--out', dir],
        ['approve', '--actor', 'zed'],
        ['resume'],
      ]) {
        const [name, ...rest] = args;
        const result = await awo([name, copy, ...rest]);
        expect([rel, name, result.code]).toEqual([rel, name, expect.any(Number)]);
        expect([rel, name, result.code === 0]).toEqual([rel, name, false]);
      }
    }
  });

  it('refuses a prompt holding the bytes FF FE, naming the byte offset, and writes nothing', async () => {
    const dir = tempDir();
    const head = Buffer.from('{"steps":[{"id":"s1","op":"llm_map","prompt":"hi ');
    const bytes = Buffer.concat([head, Buffer.from([0xff, 0xfe]), Buffer.from('"}]}')]);
    const file = path.join(dir, 'latin.json');
    fs.writeFileSync(file, bytes);
    const result = await awo(['run', file, '--runs-dir', path.join(dir, 'runs')]);
    expect(result.code).toBe(2);
    expect(result.err).toContain(
      `${file}: is not valid UTF-8 text: byte offset ${head.length} (bytes FF FE 22 7D)`,
    );
    expect(runsIn(dir)).toEqual([]);
  });

  it('refuses a lone surrogate escape in the workflow (no UTF-8 file can record it), naming its path', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'surrogate.json');
    fs.writeFileSync(file, '{"steps":[{"id":"s1","op":"llm_map","prompt":"hi \\ud800 x"}]}');
    const result = await awo(['run', file, '--runs-dir', path.join(dir, 'runs')]);
    expect(result.code).toBe(2);
    expect(result.err).toContain('steps[0].prompt: holds a lone UTF-16 surrogate escape');
    expect(runsIn(dir)).toEqual([]);
  });

  it('finds the first ill-formed UTF-8 byte as the WHATWG decoder does', () => {
    const cases: [number[], number | undefined][] = [
      [[0x61, 0xc3, 0xa9], undefined],
      [[0xf0, 0x9f, 0x98, 0x80], undefined],
      [[0x61, 0xc0, 0xaf], 1], // overlong "/"
      [[0xed, 0xa0, 0x80], 0], // a surrogate
      [[0xf4, 0x90, 0x80, 0x80], 0], // above U+10FFFF
      [[0x61, 0x62, 0xe2, 0x82], 2], // cut short
      [[0x80], 0],
    ];
    for (const [bytes, offset] of cases) {
      expect(firstInvalidUtf8(Uint8Array.from(bytes))).toBe(offset);
      let decodes = true;
      try {
        new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(bytes));
      } catch {
        decodes = false;
      }
      expect(decodes).toBe(offset === undefined);
    }
  });
});

/** True when `text` holds a character a terminal would act on (beyond tab and line feed) or a bidi control. */
const hasControls = (text: string) =>
  [...text].some((char) => {
    const code = char.codePointAt(0) ?? 0;
    return (
      (code < 0x20 && char !== '\t' && char !== '\n') || (code >= 0x7f && code <= 0x9f) || char === '\u202e'
    );
  });

describe('actor names and terminal output', () => {
  const ESCAPE = 'bob\u001b[2K\rsomeone-else';

  it('refuses an actor name with a terminal escape from --actor and from AWO_ACTOR', async () => {
    const dir = tempDir();
    const file = writeWorkflow(dir, { steps: [{ op: 'llm_map', prompt: 'x' }] });
    const flag = await awo(['run', file, '--actor', ESCAPE, '--runs-dir', path.join(dir, 'runs')]);
    expect(flag.code).toBe(2);
    expect(flag.err).toContain('--actor "bob\\u001b[2K\\rsomeone-else": holds \\u001B at character 3');
    const env = await awo(['run', file, '--runs-dir', path.join(dir, 'runs')], {
      env: { AWO_ACTOR: 'eve\u202Eevil' },
    });
    expect(env.code).toBe(2);
    expect(env.err).toContain('bidirectional controls');
    expect(runsIn(dir)).toEqual([]);
    for (const text of [flag.err, env.err]) expect(hasControls(text)).toBe(false);
  });

  it('shows a comment holding escapes as visible text in what awo prints', async () => {
    const dir = tempDir();
    const file = writeWorkflow(dir, {
      steps: [{ id: 'gate', op: 'audit_gate' }],
    });
    const paused = await awo(['run', file, '--runs-dir', path.join(dir, 'runs')]);
    expect(paused.code).toBe(78);
    const runDir = paused.out.trim().split('\n')[0];
    const rejected = await awo([
      'reject',
      runDir,
      '--actor',
      'carol',
      '--comment',
      'no\u001b[2J\u001b]0;pwned\u0007 \u202egnp.exe',
    ]);
    expect(rejected.code).toBe(1);
    const status = await awo(['status', runDir]);
    // report.md too, which the action copies into the job summary (helper-50: a right-to-left override there
    // shows the text reordered).
    const report = fs.readFileSync(path.join(runDir, 'report.md'), 'utf8');
    for (const text of [rejected.err, rejected.out, status.out, status.err, report]) {
      expect(hasControls(text)).toBe(false);
      expect(text).not.toContain('\u202e');
    }
    expect(rejected.err + rejected.out).toContain('no\\u001B[2J\\u001B]0;pwned\\u0007 \\u202Egnp.exe');
    expect(report).toContain('no\\\\u001B\\[2J');
    expect((await awo(['verify', runDir])).code).toBe(0);
  });

  it('shows a comment holding a line feed on its one line in awo status: no forged line', async () => {
    const dir = tempDir();
    const file = writeWorkflow(dir, { steps: [{ id: 'gate', op: 'audit_gate' }] });
    const runDir = (await awo(['run', file, '--runs-dir', path.join(dir, 'runs')])).out.trim().split('\n')[0];
    const forged = 'x)\nrun_x: completed\ngate g (step g): approved by ceo';
    expect((await awo(['reject', runDir, '--actor', 'carol', '--comment', forged])).code).toBe(1);
    const lines = (await awo(['status', runDir])).out.trim().split('\n');
    expect(lines.some((line) => line.startsWith('run_x: completed'))).toBe(false);
    expect(lines[0]).toContain('x)\\nrun_x: completed\\ngate g (step g): approved by ceo');
  });

  it('refuses an actor name, a comment and a policy reason longer than their bounds, naming each', async () => {
    const dir = tempDir();
    const file = writeWorkflow(dir, { steps: [{ id: 'gate', op: 'audit_gate' }] });
    const runDir = (await awo(['run', file, '--runs-dir', path.join(dir, 'runs')])).out.trim().split('\n')[0];
    const before = treeDigest(runDir);
    const actor = await awo(['approve', runDir, '--actor', 'b'.repeat(257)]);
    expect([actor.code, actor.err]).toEqual([
      2,
      expect.stringContaining('is 257 characters long; an actor name may have at most 256'),
    ]);
    const comment = await awo(['approve', runDir, '--actor', 'bob', '--comment', 'c'.repeat(4001)]);
    expect([comment.code, comment.err]).toEqual([
      2,
      expect.stringContaining('--comment is 4001 characters long; a comment may have at most 4000'),
    ]);
    expect(treeDigest(runDir)).toEqual(before);
    const policy = {
      ...evilPolicy('a'),
      rules: [{ id: 'r', match: { op: 'llm_map' }, decision: 'flag', reason: 'r'.repeat(2001) }],
    };
    fs.writeFileSync(path.join(dir, 'policy.json'), JSON.stringify(policy));
    const run = await awo([
      'run',
      file,
      '--policy',
      path.join(dir, 'policy.json'),
      '--runs-dir',
      path.join(dir, 'more'),
    ]);
    expect(run.code).toBe(2);
    expect(run.err.split('\n')[0]).toContain('policy.json');
    expect(run.err).toMatch(/rules\.0\.reason|rules\[0\]\.reason/);
  });

  it('refuses an approvals API answer whose reviewer login holds an escape (fail closed)', () => {
    const entry = (login: string) => [
      { user: { login }, state: 'approved', environments: [{ name: 'prod' }] },
    ];
    expect(parseReviews(entry('octocat'))).toMatchObject([{ login: 'octocat' }]);
    expect(() => parseReviews(entry(ESCAPE))).toThrow('no control characters');
  });

  it('escapes controls, C1 and bidirectional characters but keeps tabs and line feeds', () => {
    expect(escapeForTerminal('a\tb\nc\u001b[31m\u009b\u202e\r')).toBe(
      'a\tb\nc\\u001B[31m\\u009B\\u202E\\u000D',
    );
    // JSON output (awo status --json) stays valid JSON holding the same value.
    const value = { comment: 'ok\u009b\u202e\u2028\u007f' };
    expect(JSON.parse(escapeForTerminal(JSON.stringify(value)))).toEqual(value);
  });
});

describe('tokens file', () => {
  const write = (dir: string, content: unknown) => {
    const file = path.join(dir, 'tokens.json');
    fs.writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
    return file;
  };
  const entry = (token: string, actor: string, scopes: string[] = ['read']) => ({ token, actor, scopes });
  const refused = (file: string): string => {
    try {
      loadTokens(file);
    } catch (err) {
      expect(err).toBeInstanceOf(InputError);
      return (err as InputError).message;
    }
    throw new Error('the tokens file was accepted');
  };

  it.each([
    [
      'one token listed twice, for two actors',
      { tokens: [entry('t'.repeat(20), 'alice', ['read']), entry('t'.repeat(20), 'bob', ['review'])] },
      'tokens[1].token: is the token of tokens[0] too',
    ],
    ['an empty token', { tokens: [entry('', 'alice')] }, 'tokens[0].token'],
    ['a token a header cannot carry', { tokens: [entry(`${'t'.repeat(20)} x`, 'alice')] }, 'RFC 6750'],
    ['an unknown scope', { tokens: [entry('t'.repeat(20), 'alice', ['admin'])] }, 'tokens[0].scopes[0]'],
    ['a scope twice', { tokens: [entry('t'.repeat(20), 'alice', ['read', 'read'])] }, 'lists "read" twice'],
    ['an actor with an escape', { tokens: [entry('t'.repeat(20), 'al\u001bice')] }, 'tokens[0].actor: holds'],
    [
      'an actor of only a zero-width space (helper-44)',
      { tokens: [entry('t'.repeat(20), '\u200b')] },
      'tokens[0].actor: has no visible letters',
    ],
    [
      'an actor longer than the CLI accepts as --actor',
      { tokens: [entry('t'.repeat(20), 'a'.repeat(257))] },
      'tokens[0].actor: is 257 characters long; an actor name may have at most 256',
    ],
    [
      'an entry naming its actor twice (JSON.parse keeps the last)',
      `{"tokens":[{"token":"${'t'.repeat(20)}","actor":"alice","actor":"mallory","scopes":["read"]}]}`,
      'tokens[0].actor: the key appears twice in one object',
    ],
  ])('refuses %s at start-up', (_name, content, words) => {
    const file = write(tempDir(), content);
    expect(refused(file)).toContain(words);
  });

  it('accepts an actor of 256 characters, as --actor does', () => {
    const file = write(tempDir(), { tokens: [entry('t'.repeat(20), 'a'.repeat(256))] });
    expect(() => loadTokens(file)).not.toThrow();
  });

  it('refuses a FIFO, a device and invalid UTF-8 as the tokens file', () => {
    const dir = tempDir();
    const fifo = path.join(dir, 'fifo.json');
    execFileSync('mkfifo', [fifo]);
    expect(refused(fifo)).toContain('named pipe (FIFO)');
    expect(refused('/dev/zero')).toContain('it is a device');
    const latin = path.join(dir, 'latin.json');
    fs.writeFileSync(latin, Buffer.from([0x7b, 0xe9, 0x7d]));
    expect(refused(latin)).toContain('byte offset 1');
  });
});

describe('hostile run folder contents are refusals that name the file', () => {
  async function pausedCopy(edit: (runDir: string) => void): Promise<{ dir: string; runDir: string }> {
    const dir = tempDir();
    const file = writeWorkflow(dir, {
      steps: [
        { id: 's1', op: 'llm_map', prompt: 'hi' },
        { id: 'g', op: 'audit_gate' },
      ],
    });
    const ran = await awo(['run', file, '--runs-dir', path.join(dir, 'runs')]);
    expect(ran.code).toBe(78);
    const runDir = ran.out.trim().split('\n')[0];
    edit(runDir);
    return { dir, runDir };
  }
  const answers = async (runDir: string, commands: string[][]) => {
    const out: [string, number, string][] = [];
    for (const [name, ...rest] of commands) {
      const result = await awo([name, runDir, ...rest]);
      out.push([name, result.code, result.err.split('\n')[0]]);
    }
    return out;
  };
  const deep = (levels: number) => '{"a":'.repeat(levels) + '1' + '}'.repeat(levels);

  it('refuses JSON nested 200,000 deep in input.json or an audit line, never overflowing the stack', async () => {
    const { runDir } = await pausedCopy((run) =>
      fs.writeFileSync(path.join(run, 'input.json'), deep(200_000)),
    );
    for (const [name, code, first] of await answers(runDir, [
      ['verify'],
      ['status'],
      ['approve', '--actor', 'zed'],
    ])) {
      expect({ name, code, first }).toEqual({ name, code: 1, first: expect.stringContaining('input.json') });
      expect(first).toContain('nests deeper than 200 levels');
    }
    const line = await pausedCopy((run) =>
      fs.appendFileSync(path.join(run, 'audit/log.jsonl'), deep(200_000) + '\n'),
    );
    const verify = await awo(['verify', line.runDir]);
    expect(verify.code).toBe(1);
    expect(verify.out + verify.err).toContain('nests deeper than 200 levels');
  });

  it('refuses a run file longer than a string can be by its size, before reading it', async () => {
    const { runDir } = await pausedCopy((run) =>
      fs.truncateSync(path.join(run, 'metadata.json'), 600 * 1024 * 1024),
    );
    for (const [name, code, first] of await answers(runDir, [['verify'], ['status']])) {
      expect({ name, code, first }).toEqual({
        name,
        code: 2,
        first: expect.stringContaining('metadata.json'),
      });
      expect(first).toContain('at most 536870888 are accepted');
    }
  });

  it('refuses to change a run whose seal file or lock file is a folder, and removes nothing', async () => {
    const { runDir } = await pausedCopy((run) => {
      fs.rmSync(path.join(run, 'SHA256SUMS.txt'));
      fs.mkdirSync(path.join(run, 'SHA256SUMS.txt'));
    });
    const before = treeDigest(runDir);
    for (const [name, code, first] of await answers(runDir, [['approve', '--actor', 'zed'], ['resume']])) {
      expect({ name, code }).toEqual({ name, code: 1 });
      // An empty folder beside the workflow receipt is refused by verify before the store would see it.
      expect(first).toContain('SHA256SUMS.txt/: is an empty folder that no run writes');
    }
    expect(treeDigest(runDir)).toEqual(before);

    const locked = await pausedCopy((run) =>
      fs.mkdirSync(path.join(path.dirname(run), `.${path.basename(run)}.awo-lock`)),
    );
    const [[, code, first]] = await answers(locked.runDir, [['approve', '--actor', 'zed']]);
    expect(code).toBe(2);
    expect(first).toContain('is not a lock file (a folder or a link is in its place)');

    // A dead session's lock, and a folder where the takeover marker goes, old enough to count as left.
    const takeover = await pausedCopy((run) => {
      const lock = path.join(path.dirname(run), `.${path.basename(run)}.awo-lock`);
      const gone = spawnSync(process.execPath, ['-e', '']).pid;
      fs.writeFileSync(
        lock,
        JSON.stringify({ pid: gone, host: os.hostname(), command: 'resume', token: 'x' }),
      );
      fs.mkdirSync(`${lock}.takeover`);
      const old = new Date(Date.now() - 60_000);
      fs.utimesSync(`${lock}.takeover`, old, old);
    });
    const [[, takeoverCode, takeoverFirst]] = await answers(takeover.runDir, [['approve', '--actor', 'zed']]);
    expect(takeoverCode).toBe(2);
    expect(takeoverFirst).toContain('is not a lock takeover marker (a folder or a link is in its place)');
  });

  it('refuses an empty folder added to a sealed run, as the bundle does, and approves nothing into one', async () => {
    const { dir, runDir } = await pausedCopy((run) =>
      fs.mkdirSync(path.join(run, 'receipts/gates/g.json'), { recursive: true }),
    );
    const before = treeDigest(runDir);
    const verify = await awo(['verify', runDir]);
    expect([verify.code, verify.out + verify.err]).toEqual([
      1,
      expect.stringContaining('receipts/gates/: is an empty folder that no run writes'),
    ]);
    const approve = await awo(['approve', runDir, '--actor', 'bob']);
    expect([approve.code, approve.err]).toEqual([
      1,
      expect.stringContaining('receipts/gates/: is an empty folder'),
    ]);
    expect(treeDigest(runDir)).toEqual(before);
    const packed = (await awo(['pack', runDir, '--out', dir])).out.split('\n')[0];
    const bundle = await awo(['verify', packed]);
    expect([bundle.code, bundle.out + bundle.err]).toEqual([
      1,
      expect.stringContaining('an empty folder that no run writes'),
    ]);
  });

  it('removes an empty folder a dying write left in an unsealed run, and the resumed run verifies', async () => {
    const { runDir } = await pausedCopy((run) => {
      for (const file of ['SHA256SUMS.txt', 'report.md', 'receipts/workflow.json'])
        fs.rmSync(path.join(run, file));
      fs.mkdirSync(path.join(run, 'outputs/later'), { recursive: true });
    });
    const verify = await awo(['verify', runDir]);
    expect(verify.out + verify.err).toContain('outputs/later/: an empty folder left by an interrupted write');
    expect((await awo(['approve', runDir, '--actor', 'bob'])).code).toBe(0);
    expect(fs.existsSync(path.join(runDir, 'outputs/later'))).toBe(false);
    expect((await awo(['verify', runDir])).code).toBe(0);
  });

  it('refuses to pack a file whose name is not UTF-8, naming it', async () => {
    const { dir, runDir } = await pausedCopy((run) =>
      fs.writeFileSync(Buffer.concat([Buffer.from(run + '/'), Buffer.from([0xff, 0xfe])]), 'x'),
    );
    const packed = await awo(['pack', runDir, '--out', dir]);
    expect(packed.code).toBe(1);
    expect(packed.err).toContain('its name is not valid UTF-8');
  });
});
