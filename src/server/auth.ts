import { createHash, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import { InputError } from '../core/errors.js';
import { describeIssues } from '../core/schema-issues.js';
import { HttpProblem } from './problem.js';
import { isEngineActor, sameActor } from '../core/self-approval.js';
import { actorNameProblem } from '../core/actor-name.js';
import { ambiguousJson } from '../core/json-strings.js';
import { decodeUtf8 } from '../core/utf8-text.js';
import { readInputFile } from '../store/read-input-file.js';

/** What a token may do: `read` runs and logs; `run` create and drive runs; `review` decide gates. */
export const Scope = z.enum(['read', 'run', 'review']);
export type Scope = z.infer<typeof Scope>;

/** RFC 6750's b64token: what `Authorization: Bearer <token>` can carry. */
const BEARER_TOKEN = /^[A-Za-z0-9\-._~+/]+=*$/;

/** The tokens file given to `awo serve --tokens`. */
export const TokensFile = z.strictObject({
  tokens: z
    .array(
      z.strictObject({
        token: z
          .string()
          .min(16)
          .regex(BEARER_TOKEN, {
            message:
              'may hold only letters, digits and - . _ ~ + / (then = padding), the characters a bearer token can carry (RFC 6750)',
          })
          .describe('bearer token; at least 16 characters'),
        actor: z
          .string()
          .min(1)
          // At most MAX_ACTOR_LENGTH, as the CLI's --actor (actorNameProblem).
          .superRefine((actor, ctx) => {
            const problem = actorNameProblem(actor);
            if (problem !== undefined) ctx.addIssue({ code: 'custom', message: problem });
          })
          .refine((actor) => sameActor(actor) !== '', {
            message: "has no visible letters once normalised; give a person's or a bot's name",
          })
          .refine((actor) => !isEngineActor(actor), {
            message: 'is a name the engine records its own actions under (system, policy)',
          })
          .describe('actor id recorded in the audit trail for every request with this token'),
        scopes: z.array(Scope).min(1),
      }),
    )
    .min(1)
    // The last of two entries for one token would win, silently giving its holder another actor or scopes.
    .superRefine((entries, ctx) => {
      const first = new Map<string, number>();
      entries.forEach((entry, index) => {
        const earlier = first.get(entry.token);
        if (earlier !== undefined)
          ctx.addIssue({
            code: 'custom',
            path: [index, 'token'],
            message: `is the token of tokens[${earlier}] too; each token must be listed once`,
          });
        else first.set(entry.token, index);
        const scopes = new Set<string>();
        entry.scopes.forEach((scope, at) => {
          if (scopes.has(scope))
            ctx.addIssue({ code: 'custom', path: [index, 'scopes', at], message: `lists "${scope}" twice` });
          scopes.add(scope);
        });
      });
    }),
});
export type TokensFile = z.infer<typeof TokensFile>;

/** The caller of a request, as its token says. */
export interface Principal {
  actor: string;
  scopes: ReadonlySet<Scope>;
}

const digest = (text: string) => createHash('sha256').update(text).digest();

/**
 * Bearer tokens mapped to actors. Tokens are compared as SHA-256 digests with `timingSafeEqual`, against
 * every entry without stopping early, so response time says nothing about how much of a token matched.
 */
export class TokenTable {
  private readonly entries: { digest: Buffer; principal: Principal }[];

  constructor(file: TokensFile) {
    this.entries = file.tokens.map((entry) => ({
      digest: digest(entry.token),
      principal: { actor: entry.actor, scopes: new Set(entry.scopes) },
    }));
  }

  /** The principal of an `Authorization` header value, or a 401 problem. */
  authenticate(header: string | undefined): Principal {
    const match = /^Bearer +(\S+) *$/i.exec(header ?? '');
    if (!match)
      throw unauthorized(
        header === undefined
          ? 'missing Authorization header; send "Authorization: Bearer <token>"'
          : 'the Authorization header is not "Bearer <token>"',
      );
    const given = digest(match[1]);
    let found: Principal | undefined;
    for (const entry of this.entries) if (timingSafeEqual(entry.digest, given)) found = entry.principal;
    if (!found) throw unauthorized('the bearer token is not valid');
    return found;
  }
}

function unauthorized(detail: string): HttpProblem {
  return new HttpProblem(401, 'UNAUTHENTICATED', detail, [], { 'www-authenticate': 'Bearer realm="awo"' });
}

/** Refuses a request whose token lacks the scope the route needs. */
export function requireScope(principal: Principal, scope: Scope): void {
  if (!principal.scopes.has(scope)) {
    throw new HttpProblem(
      403,
      'FORBIDDEN',
      `${principal.actor}'s token does not have the "${scope}" scope this request needs (it has: ${[...principal.scopes].join(', ')})`,
    );
  }
}

/** Reads and validates a tokens file; any problem is an `InputError` naming the file and JSON path. */
export function loadTokens(file: string): TokenTable {
  const text = decodeUtf8(readInputFile(file, 'tokens file'), file);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw new InputError(`${file}: the tokens file is not valid JSON (${(err as Error).message})`);
  }
  // JSON.parse keeps the last of two keys: a second "actor" in an entry must not quietly rename it.
  const ambiguous = ambiguousJson(text, json)[0];
  if (ambiguous !== undefined) throw new InputError(`invalid tokens file ${file}: ${ambiguous.text}`);
  const parsed = TokensFile.safeParse(json);
  if (!parsed.success) {
    const problems = describeIssues(parsed.error, TokensFile, json).map((problem) => `${file}: ${problem}`);
    throw new InputError(
      [`invalid tokens file ${file}:`, ...problems.map((p) => `  - ${p}`)].join('\n'),
      problems,
    );
  }
  return new TokenTable(parsed.data);
}
