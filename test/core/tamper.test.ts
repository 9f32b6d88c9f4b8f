import { beforeAll, describe, it, expect } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as zlib from 'node:zlib';
import { awo, tempDir, treeDigest } from '../helpers.js';
import { writeManifest } from '../../src/bundle/manifest.js';
import { digestObject } from '../../src/core/hash.js';
import type { Backend } from '../../src/core/ports.js';
import { SEAL } from '../../src/core/run-files.js';
import { startRun, verifyFolder } from '../../src/store/run-service.js';

const SPINE = path.join(process.cwd(), 'workflows/pt004_execution_spine.json');
const FLAG = path.join(process.cwd(), 'workflows/policies/pt004-flag-at-decide.json');

let original = '';

/** A completed run with a gate: flagged, approved, resumed. */
beforeAll(async () => {
  const runs = tempDir();
  const first = await awo(['run', SPINE, '--runs-dir', runs, '--policy', FLAG]);
  original = first.out.split('\n')[0];
  await awo(['approve', original, '--actor', 'alice', '--comment', 'ok']);
  expect((await awo(['resume', original])).code).toBe(0);
  expect(verifyFolder(original).ok).toBe(true);
});

function copyRun(): string {
  const dir = path.join(tempDir(), path.basename(original));
  fs.cpSync(original, dir, { recursive: true });
  return dir;
}

const files = (dir: string) =>
  fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
    .sort();
const lines = (file: string) =>
  fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l !== '');
const writeLines = (file: string, rows: string[]) =>
  fs.writeFileSync(file, rows.map((r) => r + '\n').join(''));
const json = (file: string) => JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;
const writeJson = (file: string, value: unknown) =>
  fs.writeFileSync(file, JSON.stringify(value, null, 2) + '\n');
/** Recomputes a receipt's own hash, as a forger who knows the format would. */
const reseal = (receipt: Record<string, unknown>, key = 'receipt_hash') => {
  const { [key]: _old, ...body } = receipt;
  return { ...body, [key]: digestObject(body) };
};

describe('one changed byte in any file', () => {
  it('is caught for every file of the run, naming that file', () => {
    const all = files(original);
    expect(all.length).toBeGreaterThanOrEqual(25);
    for (const file of all) {
      const dir = copyRun();
      const target = path.join(dir, file);
      const bytes = fs.readFileSync(target);
      const at = Math.floor(bytes.length / 2);
      bytes[at] = bytes[at] ^ 0x01;
      fs.writeFileSync(target, bytes);
      const report = verifyFolder(dir);
      expect({ file, ok: report.ok }).toEqual({ file, ok: false });
      if (file !== 'SHA256SUMS.txt') expect(report.message).toContain(file);
      // coreutils agrees: the manifest alone catches it.
      expect(() =>
        execFileSync('sha256sum', ['--quiet', '--strict', '-c', 'SHA256SUMS.txt'], {
          cwd: dir,
          stdio: 'pipe',
        }),
      ).toThrow();
    }
  });
});

/** Forgeries that also regenerate SHA256SUMS.txt, so the chain, receipts and workflow receipt must catch them. */
const forgeries: [string, (dir: string) => void, string][] = [
  [
    'an output text changed',
    (d) => {
      const f = path.join(d, 'outputs/act_execute.json');
      const o = json(f);
      (o.output as Record<string, unknown>).text = 'forged';
      writeJson(f, o);
    },
    'outputs/act_execute.json',
  ],
  [
    'an output text changed and its receipt resealed',
    (d) => {
      const f = path.join(d, 'outputs/act_execute.json');
      const o = json(f);
      (o.output as Record<string, unknown>).text = 'forged';
      writeJson(f, o);
      const r = path.join(d, 'receipts/steps/act_execute.json');
      const receipt = json(r);
      receipt.output_hash = digestObject(o.output);
      writeJson(r, reseal(receipt));
    },
    'receipts/steps/act_execute.json',
  ],
  [
    'an artifact changed',
    (d) => fs.writeFileSync(path.join(d, 'artifacts/spine/results.md'), 'forged'),
    'artifacts/spine/results.md',
  ],
  [
    'an artifact removed',
    (d) => fs.rmSync(path.join(d, 'artifacts/spine/results.md')),
    'artifacts/spine/results.md',
  ],
  [
    'an audit line removed from the middle',
    (d) => {
      const f = path.join(d, 'audit/log.jsonl');
      const l = lines(f);
      l.splice(5, 1);
      writeLines(f, l);
    },
    'audit/log.jsonl:6',
  ],
  [
    'the last two audit lines removed',
    (d) => {
      const f = path.join(d, 'audit/log.jsonl');
      writeLines(f, lines(f).slice(0, -2));
    },
    'receipts/workflow.json',
  ],
  [
    'the final status line removed and a metadata field edited',
    (d) => {
      const f = path.join(d, 'audit/log.jsonl');
      writeLines(f, lines(f).slice(0, -1));
      const m = path.join(d, 'metadata.json');
      const meta = json(m);
      meta.models = ['gpt-forged'];
      writeJson(m, meta);
    },
    'metadata.json',
  ],
  [
    'two audit lines swapped',
    (d) => {
      const f = path.join(d, 'audit/log.jsonl');
      const l = lines(f);
      [l[3], l[4]] = [l[4], l[3]];
      writeLines(f, l);
    },
    'audit/log.jsonl:4',
  ],
  [
    'an audit line duplicated',
    (d) => {
      const f = path.join(d, 'audit/log.jsonl');
      const l = lines(f);
      l.splice(3, 0, l[2]);
      writeLines(f, l);
    },
    'audit/log.jsonl:4',
  ],
  [
    'an audit actor edited',
    (d) => {
      const f = path.join(d, 'audit/log.jsonl');
      const l = lines(f);
      l[2] = l[2].replace('"actor":"tester"', '"actor":"mallory"');
      writeLines(f, l);
    },
    'audit/log.jsonl:3',
  ],
  [
    'an audit line edited and its hash recomputed',
    (d) => {
      const f = path.join(d, 'audit/log.jsonl');
      const l = lines(f);
      const line = JSON.parse(l[2]) as Record<string, unknown>;
      line.actor = 'mallory';
      l[2] = JSON.stringify(reseal(line, 'hash'));
      writeLines(f, l);
    },
    'audit/log.jsonl:4',
  ],
  [
    'the gate approver rewritten in the receipt',
    (d) => {
      const f = path.join(d, 'receipts/gates/flag-decide_action.json');
      const r = json(f);
      r.actor = 'mallory';
      writeJson(f, r);
    },
    'receipts/gates/flag-decide_action.json',
  ],
  [
    'the gate approver rewritten and the receipt resealed',
    (d) => {
      const f = path.join(d, 'receipts/gates/flag-decide_action.json');
      const r = json(f);
      r.actor = 'mallory';
      writeJson(f, reseal(r));
    },
    'receipts/gates/flag-decide_action.json',
  ],
  [
    'a step receipt deleted',
    (d) => fs.rmSync(path.join(d, 'receipts/steps/decide_action.json')),
    'receipts/steps/decide_action.json',
  ],
  [
    'a receipt link broken',
    (d) => {
      const f = path.join(d, 'receipts/steps/act_execute.json');
      const r = json(f);
      r.prev_receipt_hash = `sha256:${'0'.repeat(64)}`;
      writeJson(f, reseal(r));
    },
    'receipts/steps/act_execute.json',
  ],
  [
    'two receipts swapped',
    (d) => {
      const a = path.join(d, 'receipts/steps/act_execute.json');
      const b = path.join(d, 'receipts/steps/transform_aggregate.json');
      const ta = fs.readFileSync(a);
      fs.writeFileSync(a, fs.readFileSync(b));
      fs.writeFileSync(b, ta);
    },
    'receipts/steps/act_execute.json',
  ],
  [
    'an extra receipt added',
    (d) =>
      fs.copyFileSync(
        path.join(d, 'receipts/steps/act_execute.json'),
        path.join(d, 'receipts/steps/extra.json'),
      ),
    'receipts/steps/extra.json',
  ],
  [
    'a decision hash edited',
    (d) => {
      const f = path.join(d, 'receipts/steps/observe_registry.json');
      const r = json(f);
      r.decision_hash = digestObject({ decision: 'allow' });
      writeJson(f, reseal(r));
    },
    'receipts/steps/observe_registry.json',
  ],
  [
    'the workflow snapshot edited',
    (d) =>
      fs.writeFileSync(
        path.join(d, 'workflow.snapshot.json'),
        fs
          .readFileSync(path.join(d, 'workflow.snapshot.json'), 'utf8')
          .replace('Query the agent registry', 'Query the agent REGISTRY'),
      ),
    'workflow.snapshot.json',
  ],
  [
    'a prompt hash in the lock edited',
    (d) => {
      const f = path.join(d, 'lock.snapshot.json');
      const l = json(f);
      (l.prompts as Record<string, string>).act_execute = `sha256:${'1'.repeat(64)}`;
      writeJson(f, l);
    },
    'lock.snapshot.json',
  ],
  [
    'the lock time edited',
    (d) => {
      const f = path.join(d, 'lock.snapshot.json');
      const l = json(f);
      l.frozen_at = '2000-01-01T00:00:00.000Z';
      writeJson(f, l);
    },
    'audit/log.jsonl:1',
  ],
  [
    'a step in input.json edited',
    (d) => {
      const f = path.join(d, 'input.json');
      const i = json(f);
      (i.steps as Record<string, unknown>[])[0].prompt = 'forged';
      writeJson(f, i);
    },
    'input.json',
  ],
  [
    'the policy in input.json relaxed',
    (d) => {
      const f = path.join(d, 'input.json');
      const i = json(f);
      ((i.policy as Record<string, unknown>).document as Record<string, unknown>).rules = [];
      writeJson(f, i);
    },
    'lock.snapshot.json',
  ],
  [
    'the metadata status edited',
    (d) => {
      const f = path.join(d, 'metadata.json');
      const m = json(f);
      m.status = 'failed';
      writeJson(f, m);
    },
    'metadata.json',
  ],
  [
    'a step log edited',
    (d) => fs.appendFileSync(path.join(d, 'steps/001_observe_registry.jsonl'), '{"event":"forged"}\n'),
    'steps/001_observe_registry.jsonl',
  ],
  [
    'a step log deleted',
    (d) => fs.rmSync(path.join(d, 'steps/004_act_execute.jsonl')),
    'steps/004_act_execute.jsonl',
  ],
  [
    'a gate file edited',
    (d) => {
      const f = path.join(d, 'audit/gates/flag-decide_action.json');
      const g = json(f);
      g.status = 'rejected';
      writeJson(f, g);
    },
    'audit/gates/flag-decide_action.json',
  ],
  [
    'an extra file added',
    (d) => fs.writeFileSync(path.join(d, 'artifacts/planted.txt'), 'x'),
    'artifacts/planted.txt',
  ],
  [
    'the workflow receipt evidence edited',
    (d) => {
      const f = path.join(d, 'receipts/workflow.json');
      const r = json(f);
      (r.evidence as Record<string, string>)['metadata.json'] = `sha256:${'2'.repeat(64)}`;
      writeJson(f, r);
    },
    'receipts/workflow.json',
  ],
  [
    'the workflow receipt resealed over a forged metadata',
    (d) => {
      const m = path.join(d, 'metadata.json');
      const meta = json(m);
      meta.status = 'completed';
      meta.models = ['gpt-forged'];
      writeJson(m, meta);
      const f = path.join(d, 'receipts/workflow.json');
      const r = json(f);
      r.receipts = (r.receipts as unknown[]).slice(1);
      writeJson(f, reseal(r, 'workflow_hash'));
    },
    // metadata.json is rendered from the chain at every stop, so it is compared (and caught) first.
    'metadata.json',
  ],
  [
    'the workflow receipt deleted',
    (d) => fs.rmSync(path.join(d, 'receipts/workflow.json')),
    // A report (and a manifest) without the workflow receipt it belongs to is no seal.
    'report.md',
  ],
  ['the audit log deleted', (d) => fs.rmSync(path.join(d, 'audit/log.jsonl')), 'audit/log.jsonl'],
  [
    'an output file deleted',
    (d) => fs.rmSync(path.join(d, 'outputs/observe_registry.json')),
    'outputs/observe_registry.json',
  ],
];

describe('forgeries that also regenerate SHA256SUMS.txt', () => {
  it('has at least 30 distinct cases', () => {
    expect(forgeries.length).toBeGreaterThanOrEqual(30);
  });

  it.each(forgeries)('catches %s and names the place', (_name, forge, where) => {
    const dir = copyRun();
    forge(dir);
    writeManifest(dir);
    const report = verifyFolder(dir);
    expect(report.ok).toBe(false);
    expect(report.where).toBe(where);
  });

  it('reads a trail cut just before its final status line as a stop interrupted while sealing, hiding nothing', () => {
    // The workflow receipt is written over the status line before that line is appended, so this is exactly
    // what a crash between the two writes leaves; the receipt still vouches for every evidence file.
    const dir = copyRun();
    const f = path.join(dir, 'audit/log.jsonl');
    writeLines(f, lines(f).slice(0, -1));
    writeManifest(dir);
    const report = verifyFolder(dir);
    expect(report).toMatchObject({ ok: true, sealed: false });
    expect(report.notes.join(' ')).toContain(
      'the stop (status completed) was interrupted after its workflow receipt was written',
    );
  });

  it('passes an untouched copy whose manifest was regenerated', () => {
    const dir = copyRun();
    writeManifest(dir);
    expect(verifyFolder(dir).ok).toBe(true);
  });
});

describe('awo verify', () => {
  it('exits 0 on an intact run and 1 naming the first mismatch', async () => {
    expect((await awo(['verify', original])).code).toBe(0);
    const dir = copyRun();
    fs.appendFileSync(path.join(dir, 'report.md'), 'x');
    const result = await awo(['verify', dir]);
    expect(result.code).toBe(1);
    expect(result.err).toContain(
      'verification FAILED: report.md: does not match what audit/log.jsonl gives for it (it is rendered from the chain at every stop)',
    );
  });
});

describe("the report's verdict", () => {
  /**
   * A run of an artifact and a model call, during which another process on the runner does `meddle` to the
   * run folder behind the engine's back (from inside the model call).
   */
  async function runMeddledWith(meddle: (runDir: string) => void) {
    const dir = tempDir();
    const runs = path.join(dir, 'runs');
    const workflow = path.join(dir, 'workflow.json');
    fs.writeFileSync(
      workflow,
      JSON.stringify({
        steps: [
          { id: 'first', op: 'write_text', args: { path: 'first.txt', text: 'as written' } },
          { id: 'later', op: 'llm_map', prompt: 'go on' },
        ],
      }),
    );
    const meddler: Backend = {
      name: 'meddler',
      generate(prompt) {
        for (const entry of fs.readdirSync(runs).filter((name) => name.startsWith('run_')))
          meddle(path.join(runs, entry));
        return Promise.resolve({ text: prompt });
      },
    };
    const outcome = await startRun({
      workflowPath: workflow,
      runsDir: runs,
      backend: meddler,
      actor: 't',
      env: {},
      cwd: dir,
    });
    expect(outcome.status).toBe('completed');
    return outcome.runDir;
  }

  it('checks the bytes on disk: an artifact changed while the run goes on is named in report.md', async () => {
    const runDir = await runMeddledWith((run) =>
      fs.writeFileSync(path.join(run, 'artifacts/first.txt'), 'changed'),
    );
    // The writer does not judge its own folder (report.md says what was sealed); the seal holds the
    // digest the artifact was written with, so `awo verify` names the change.
    const report = fs.readFileSync(path.join(runDir, 'report.md'), 'utf8');
    expect(report).toContain('## What was sealed');
    expect(verifyFolder(runDir)).toMatchObject({ ok: false, where: 'artifacts/first.txt' });
  });

  it('does not seal a file another process added mid-run: the manifest leaves it out and verify names it', async () => {
    const runDir = await runMeddledWith((run) =>
      fs.writeFileSync(path.join(run, 'artifacts/dropped.txt'), 'not from the run'),
    );
    expect(fs.existsSync(path.join(runDir, 'artifacts/dropped.txt'))).toBe(true);
    const manifest = fs.readFileSync(path.join(runDir, 'SHA256SUMS.txt'), 'utf8');
    const receipt = fs.readFileSync(path.join(runDir, 'receipts/workflow.json'), 'utf8');
    expect(manifest).toContain('./artifacts/first.txt');
    expect(manifest).not.toContain('dropped.txt');
    expect(receipt).not.toContain('dropped.txt');
    expect(verifyFolder(runDir)).toMatchObject({ ok: false, where: 'artifacts/dropped.txt' });
  });
});

describe('a seal on disk', () => {
  it('means nothing was written after the stop: text added after its last line is caught', () => {
    const dir = copyRun();
    const f = path.join(dir, 'audit/log.jsonl');
    const count = lines(f).length;
    fs.appendFileSync(f, 'x');
    writeManifest(dir);
    expect(verifyFolder(dir)).toMatchObject({ ok: false, where: `audit/log.jsonl:${count + 1}` });
  });

  it('is removed by a session before it writes: a session interrupted right after verifies and goes on', async () => {
    const runs = tempDir();
    const paused = (await awo(['run', SPINE, '--runs-dir', runs, '--policy', FLAG])).out.split('\n')[0];
    for (const file of SEAL) fs.rmSync(path.join(paused, file));
    const report = verifyFolder(paused);
    expect(report).toMatchObject({ ok: true, sealed: false, workflowHash: null });
    expect(report.verdict).toBe('incomplete');
    expect(report.notes.join(' ')).toContain(
      'its seal (receipts/workflow.json, report.md, SHA256SUMS.txt) is missing',
    );
    expect((await awo(['approve', paused, '--actor', 'alice'])).code).toBe(0);
    expect((await awo(['resume', paused])).code).toBe(0);
    expect(verifyFolder(paused)).toMatchObject({ ok: true, sealed: true, status: 'completed' });
  });

  it('makes a bundle whose trail stops short of its sealed stop fail, though the folder verifies as interrupted', async () => {
    const dir = copyRun();
    const f = path.join(dir, 'audit/log.jsonl');
    writeLines(f, lines(f).slice(0, -1));
    writeManifest(dir);
    expect(verifyFolder(dir)).toMatchObject({ ok: true, sealed: false });
    const out = tempDir();
    const bundle = path.join(out, 'cut.tar.gz');
    execFileSync('tar', ['-czf', bundle, '-C', path.dirname(dir), path.basename(dir)]);
    const result = await awo(['verify', bundle]);
    expect(result.code).toBe(1);
    expect(result.err).toContain('audit/log.jsonl: the run does not end at a sealed stop');
  });

  it('packs a folder that does not verify (it may be all the evidence there is) but warns that verify will reject it', async () => {
    const dir = copyRun();
    const sound = await awo(['pack', dir, '--out', tempDir()]);
    expect(sound.code).toBe(0);
    expect(sound.err).toBe('');
    fs.appendFileSync(path.join(dir, 'metadata.json'), ' ');
    const out = tempDir();
    const packed = await awo(['pack', dir, '--out', out]);
    expect(packed.code).toBe(0);
    expect(packed.err).toMatch(
      /^warning: the run folder does not verify \(metadata\.json: .*`awo verify` will reject this bundle$/,
    );
    expect((await awo(['verify', packed.out.split('\n')[0]])).code).toBe(1);
  });

  it("prints a bundle's status and workflow hash as for its folder, and refuses a top folder renamed to another run", async () => {
    const dir = copyRun();
    const folder = await awo(['verify', dir]);
    const hash = /workflow_hash (sha256:[0-9a-f]{64})/.exec(folder.out)?.[1];
    expect(hash).toBeDefined();
    const packed = (await awo(['pack', dir, '--out', tempDir()])).out.split('\n')[0];
    const bundle = await awo(['verify', packed]);
    expect(bundle.code).toBe(0);
    expect(bundle.out).toContain(`(completed) workflow_hash ${hash}`);

    const out = tempDir();
    const renamed = path.join(out, 'run_2099-01-01T00-00-00Z');
    fs.cpSync(dir, renamed, { recursive: true });
    const forged = path.join(out, 'renamed.tar.gz');
    execFileSync('tar', ['-czf', forged, '-C', out, path.basename(renamed)]);
    const result = await awo(['verify', forged]);
    expect(result.code).toBe(1);
    expect(result.err).toContain("run_2099-01-01T00-00-00Z: the bundle's top folder is not the run it holds");
  });

  it('refuses a bundle that is not what awo pack makes of its run: a mode changed in the tar, a comment in the gzip header, an empty folder', async () => {
    const dir = copyRun();
    const packed = (await awo(['pack', dir, '--out', tempDir()])).out.split('\n')[0];
    const tar = zlib.gunzipSync(fs.readFileSync(packed));
    const out = tempDir();

    // The first file entry's mode set to 04777, its header checksum recomputed: every file still matches.
    const modes = Buffer.from(tar);
    let at = 0;
    while (modes[at + 156] !== '0'.charCodeAt(0))
      at += 512 * (1 + Math.ceil(parseInt(modes.toString('latin1', at + 124, at + 135), 8) / 512));
    modes.write('0004777\0', at + 100, 'latin1');
    modes.fill(' ', at + 148, at + 156);
    let sum = 0;
    for (let i = at; i < at + 512; i++) sum += modes[i];
    modes.write(`${sum.toString(8).padStart(6, '0')}\0 `, at + 148, 'latin1');
    const moded = path.join(out, 'mode.tar.gz');
    fs.writeFileSync(moded, zlib.gzipSync(modes));
    const modeResult = await awo(['verify', moded]);
    expect(modeResult.code).toBe(1);
    expect(modeResult.err).toContain(
      'mode.tar.gz: its tar is not the deterministic packing of the run it holds',
    );

    // The same tar, with FCOMMENT set and a hidden text in the gzip header.
    const body = zlib.deflateRawSync(tar);
    const trailer = Buffer.alloc(8);
    trailer.writeUInt32LE(zlib.crc32(tar) >>> 0, 0);
    trailer.writeUInt32LE(tar.length, 4);
    const header = Buffer.from([0x1f, 0x8b, 8, 0x10, 0, 0, 0, 0, 0, 3]);
    const commented = path.join(out, 'comment.tar.gz');
    fs.writeFileSync(
      commented,
      Buffer.concat([header, Buffer.from('approved by the CISO\0'), body, trailer]),
    );
    const commentResult = await awo(['verify', commented]);
    expect(commentResult.code).toBe(1);
    expect(commentResult.err).toContain('comment.tar.gz: its gzip header carries a name, comment');

    // An empty folder added under the run: packed as awo pack would, yet no run writes one.
    const extracted = path.join(tempDir(), path.basename(dir));
    fs.cpSync(dir, extracted, { recursive: true });
    fs.mkdirSync(path.join(extracted, 'artifacts', 'APPROVED_BY_CISO'));
    const emptied = (await awo(['pack', extracted, '--out', out])).out.split('\n')[0];
    const emptyResult = await awo(['verify', emptied]);
    expect(emptyResult.code).toBe(1);
    expect(emptyResult.err).toContain('artifacts/APPROVED_BY_CISO/: an empty folder that no run writes');

    // And the same tar gzipped plainly is accepted: what counts is the tar, not this zlib's compression.
    const plain = path.join(out, 'plain.tar.gz');
    fs.writeFileSync(plain, zlib.gzipSync(tar, { level: 9 }));
    expect((await awo(['verify', plain])).code).toBe(0);
  });

  it('refuses a bundle whose tar differs from awo pack only outside the files: padding, or blocks after the end', async () => {
    // What the plain reader hashes instead of the whole tar (every byte but the files' contents) must
    // still cover every byte that is not a file's content.
    const dir = copyRun();
    const packed = (await awo(['pack', dir, '--out', tempDir()])).out.split('\n')[0];
    const tar = zlib.gunzipSync(fs.readFileSync(packed));
    const out = tempDir();
    // The first file whose size is not a multiple of 512: a byte of its zero padding set.
    const padded = Buffer.from(tar);
    let at = 0;
    for (;;) {
      const size = parseInt(padded.toString('latin1', at + 124, at + 135), 8);
      if (padded[at + 156] === '0'.charCodeAt(0) && size % 512 !== 0) {
        padded[at + 512 + size] = 0x78;
        break;
      }
      at += 512 * (1 + Math.ceil(size / 512));
    }
    const trailing = Buffer.concat([tar, Buffer.alloc(512 * 18)]);
    for (const [name, bytes] of [
      ['padding.tar.gz', padded],
      ['trailing.tar.gz', trailing],
    ] as const) {
      const bundle = path.join(out, name);
      fs.writeFileSync(bundle, zlib.gzipSync(bytes));
      const result = await awo(['verify', bundle]);
      expect([name, result.code]).toEqual([name, 1]);
      expect(result.err).toContain(`${name}: its tar is not the deterministic packing of the run it holds`);
    }
  });

  it('packs a copied or renamed run folder, or one reached through a symbolic link, as the run it holds', async () => {
    const dir = copyRun();
    const runId = path.basename(dir);
    const renamed = path.join(tempDir(), 'evidence copy');
    fs.cpSync(dir, renamed, { recursive: true });
    const link = path.join(tempDir(), 'latest');
    fs.symlinkSync(dir, link);
    for (const folder of [renamed, link]) {
      const packed = await awo(['pack', folder, '--out', tempDir()]);
      expect(packed.code).toBe(0);
      expect(packed.err).toBe('');
      const bundle = packed.out.split('\n')[0];
      expect(path.basename(bundle)).toMatch(new RegExp(`^awo-${runId}-`));
      expect((await awo(['verify', bundle])).code).toBe(0);
    }
  });

  it('tolerates the temporary file of a write interrupted after the seal was removed, and names it', () => {
    // What a session that removed the manifest and the report, then died writing, leaves: no seal, so
    // incomplete (not verified); the temporary file is no evidence and recovery removes it.
    const dir = copyRun();
    fs.rmSync(path.join(dir, 'SHA256SUMS.txt'));
    fs.rmSync(path.join(dir, 'report.md'));
    fs.writeFileSync(path.join(dir, 'report.md.tmp-4242'), '# half a rep');
    const report = verifyFolder(dir);
    expect(report).toMatchObject({ ok: true, sealed: false, verdict: 'incomplete' });
    expect(report.notes.join(' ')).toContain('report.md.tmp-4242: left by an interrupted write');
  });
});

describe('a receipt put in an unsealed folder', () => {
  it('never records a denied step as completed from a receipt it finds', async () => {
    const runs = tempDir();
    const policy = path.join(process.cwd(), 'workflows/policies/pt004-deny-at-decide.json');
    const denied = (await awo(['run', SPINE, '--runs-dir', runs, '--policy', policy])).out.split('\n')[0];
    for (const file of SEAL) fs.rmSync(path.join(denied, file));
    const trail = lines(path.join(denied, 'audit/log.jsonl'));
    const prev = json(path.join(denied, 'receipts/steps/observe_registry.json')).receipt_hash as string;
    const forged = reseal({
      kind: 'step',
      run_id: path.basename(denied),
      step_id: 'decide_action',
      step_type: 'decide',
      op: 'llm_map',
      input_hash: digestObject({}),
      output_hash: digestObject({}),
      decision_hash: digestObject({}),
      prev_receipt_hash: prev,
    });
    writeJson(path.join(denied, 'receipts/steps/decide_action.json'), forged);
    // No step that was denied can have written a receipt: the planted one is a mismatch, and nothing goes on.
    const retried = await awo(['retry', denied]);
    expect(retried.code).toBe(1);
    expect(retried.err).toContain('receipts/steps/decide_action.json');
    expect(
      lines(path.join(denied, 'audit/log.jsonl')).filter((line) => line.includes('step.completed')),
    ).toEqual(trail.filter((line) => line.includes('step.completed')));
    expect((await awo(['status', denied])).out).not.toMatch(/decide_action\s+\S+\s+completed/);
  });
});

describe('going on from evidence that does not verify', () => {
  it('is refused for approve, reject and resume, and changes nothing', async () => {
    const runs = tempDir();
    const paused = (await awo(['run', SPINE, '--runs-dir', runs, '--policy', FLAG])).out.split('\n')[0];
    const stepLog = fs.readdirSync(path.join(paused, 'steps')).find((name) => name.includes('decide'));
    const log = path.join(paused, 'steps', String(stepLog));
    fs.writeFileSync(log, fs.readFileSync(log, 'utf8').replace('"flag"', '"allow"'));
    const before = treeDigest(paused);
    for (const args of [
      ['approve', paused, '--actor', 'alice'],
      ['reject', paused, '--actor', 'alice'],
      ['resume', paused],
      ['retry', paused],
    ]) {
      const result = await awo(args);
      expect(result.code).toBe(1);
      expect(result.err).toContain(
        `refusing to continue run folder ${path.resolve(paused)}: steps/${String(stepLog)}: does not match`,
      );
    }
    expect(treeDigest(paused)).toEqual(before);
  });
});

describe('an edited SHA256SUMS.txt', () => {
  it.each([
    ['a digest changed', (text: string) => text.replace(/^[0-9a-f]/, (c) => (c === '0' ? '1' : '0'))],
    ['a line added', (text: string) => `${text}${'0'.repeat(64)}  ./extra.txt\n`],
    // Longer than any listing of the folder's files: refused by its size, before it is parsed.
    ['lines added by the thousand', (text: string) => `${text}${`${'0'.repeat(64)}  ./x\n`.repeat(5000)}`],
    ['a line that is not one', (text: string) => `${text}junk\n`],
    ['a line removed', (text: string) => text.split('\n').slice(1).join('\n')],
    // A line for the manifest itself: `sha256sum -c` fails it, whatever digest it gives.
    ['a line for SHA256SUMS.txt itself', (text: string) => `${'0'.repeat(64)}  ./SHA256SUMS.txt\n${text}`],
    // Every line still true, but not as `sha256sum` and a stop list them (bytewise order).
    [
      'two lines swapped',
      (text: string) => {
        const lines = text.split('\n');
        [lines[0], lines[1]] = [lines[1], lines[0]];
        return lines.join('\n');
      },
    ],
  ])('with %s: verify names it, and approve and resume refuse it and change nothing', async (_, edit) => {
    const runs = tempDir();
    const paused = (await awo(['run', SPINE, '--runs-dir', runs, '--policy', FLAG])).out.split('\n')[0];
    const manifest = path.join(paused, 'SHA256SUMS.txt');
    fs.writeFileSync(manifest, edit(fs.readFileSync(manifest, 'utf8')));
    const verify = await awo(['verify', paused]);
    expect(verify.code).toBe(1);
    if (_ === 'lines added by the thousand')
      expect(verify.out + verify.err).toMatch(
        /SHA256SUMS\.txt: is \d+ bytes, longer than a listing of the \d+ files beside it can be/,
      );
    const before = treeDigest(paused);
    for (const args of [
      ['approve', paused, '--actor', 'alice'],
      ['resume', paused],
    ]) {
      const result = await awo(args);
      expect([args[0], result.code]).toEqual([args[0], 1]);
    }
    expect(treeDigest(paused)).toEqual(before);
  });
});
