import { AwoError } from '../core/errors.js';

/** Uploading or downloading a workflow-run artifact failed; the message says what to check. */
export class ArtifactError extends AwoError {
  constructor(message: string) {
    super('ARTIFACT', message, 1);
  }
}
