import { AwoError } from '../core/errors.js';

/** Signing or storing the attestation failed; the message names the permission or service at fault. */
export class AttestationError extends AwoError {
  constructor(message: string) {
    super('ATTESTATION', message, 1);
  }
}
