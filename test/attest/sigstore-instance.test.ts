import { describe, expect, it } from '@jest/globals';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { sigstoreEndpoints } from '../../src/action/sigstore-instance.js';
import { tempDir } from '../helpers.js';

function eventWith(repository: unknown): string {
  const file = path.join(tempDir('awo-event-'), 'event.json');
  fs.writeFileSync(file, JSON.stringify({ repository }));
  return file;
}

describe('which Sigstore instance signs', () => {
  it('a public repository: public-good Fulcio and Rekor, no TSA', () => {
    expect(sigstoreEndpoints({ GITHUB_EVENT_PATH: eventWith({ visibility: 'public' }) })).toEqual({
      instance: 'public-good',
      fulcioUrl: 'https://fulcio.sigstore.dev',
      rekorUrl: 'https://rekor.sigstore.dev',
    });
  });

  it('private, internal or unknown visibility: GitHub instance, never Rekor, even when a Rekor URL is configured', () => {
    for (const repository of [{ visibility: 'private' }, { visibility: 'internal' }, {}, null]) {
      const env = { GITHUB_EVENT_PATH: eventWith(repository), AWO_SIGSTORE_REKOR_URL: 'http://127.0.0.1:1' };
      expect(sigstoreEndpoints(env)).toEqual({
        instance: 'github',
        fulcioUrl: 'https://fulcio.githubapp.com',
        tsaUrl: 'https://timestamp.githubapp.com',
      });
    }
    expect(sigstoreEndpoints({}).instance).toBe('github');
  });

  it('GHE.com hosts get their own instance', () => {
    expect(sigstoreEndpoints({ GITHUB_SERVER_URL: 'https://acme.ghe.com' })).toMatchObject({
      fulcioUrl: 'https://fulcio.acme.ghe.com',
      tsaUrl: 'https://timestamp.acme.ghe.com',
    });
  });
});
