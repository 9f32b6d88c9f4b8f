import { AwoError } from '../core/errors.js';

/** The action refuses to record a decision (no approval, self-approval, ...): fail closed, nothing changed. */
export class Refusal extends AwoError {
  constructor(message: string) {
    super('REFUSED', message, 1);
  }
}

/** The sentence every "no review recorded" message ends with: how to get reviews at all. */
export function reviewSetup(environment: string): string {
  return (
    `Configure it: the job that resumes must declare \`environment: ${environment}\`, and that environment (Settings → Environments → ${environment}) must have required reviewers, ` +
    'so GitHub holds the job until someone approves it. Required reviewers on private or internal repositories need a GitHub plan that supports them ' +
    '(GitHub Enterprise; public repositories on any plan); without them the job runs unreviewed and no approval is ever recorded — use approval-channel comment or dispatch instead. The token needs permissions: actions: read.'
  );
}
