import { afterAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { commitSha } from '../../src/store/git-commit.js';
import { removeTempDirs, tempDir } from './fixtures.js';

function repoWithCommit(): { dir: string; head: string } {
  const dir = tempDir('git');
  const git = (...args: string[]): string =>
    execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], {
      cwd: dir,
      encoding: 'utf8',
    });
  git('init', '-q');
  fs.writeFileSync(path.join(dir, 'f.txt'), 'x');
  git('add', 'f.txt');
  git('commit', '-q', '-m', 'c');
  return { dir, head: git('rev-parse', 'HEAD').trim() };
}

afterAll(removeTempDirs);

describe('commitSha', () => {
  it('takes GITHUB_SHA when it is a full SHA', () => {
    const sha = 'ABCDEF0123456789abcdef0123456789abcdef01';
    expect(commitSha({ GITHUB_SHA: sha }, tempDir('nogit'))).toEqual({
      sha: sha.toLowerCase(),
      source: 'GITHUB_SHA',
    });
  });

  it('falls back to git rev-parse HEAD when GITHUB_SHA is missing or not a SHA', () => {
    const { dir, head } = repoWithCommit();
    expect(commitSha({}, dir)).toEqual({ sha: head, source: 'git' });
    expect(commitSha({ GITHUB_SHA: 'main' }, dir)).toEqual({ sha: head, source: 'git' });
  });

  it('marks the SHA absent outside a repository, without throwing', () => {
    const dir = tempDir('nogit');
    expect(commitSha({}, dir)).toEqual({ sha: null, source: 'absent' });
    expect(commitSha({}, path.join(dir, 'missing-folder'))).toEqual({ sha: null, source: 'absent' });
  });
});
