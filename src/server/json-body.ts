import type { FastifyInstance } from 'fastify';
import { MAX_JSON_DEPTH, tooDeep } from '../core/json-depth.js';
import { placed } from '../core/schema-issues.js';
import { ambiguousJson } from '../core/json-strings.js';
import { decodeUtf8 } from '../core/utf8-text.js';
import { toPointer } from './json-pointer.js';
import { HttpProblem } from './problem.js';

/** The path of the first `__proto__` key, or `constructor.prototype`, that merging code could turn into a prototype change. */
function prototypeKey(value: unknown, at: readonly PropertyKey[] = []): PropertyKey[] | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  for (const [key, item] of Object.entries(value)) {
    const here = [...at, Array.isArray(value) ? Number(key) : key];
    if (key === '__proto__') return here;
    if (key === 'constructor' && item !== null && typeof item === 'object' && 'prototype' in item)
      return [...here, 'prototype'];
    const found = prototypeKey(item, here);
    if (found) return found;
  }
  return undefined;
}

/**
 * The JSON body parser: says why a body cannot be read (the parser's own message, not just "invalid"),
 * and refuses what would reach the core as a hazard (a prototype key, nesting too deep to hash) with a
 * 400 that points at the place.
 */
export function registerJsonBody(app: FastifyInstance): void {
  // Only JSON is read: Fastify's text/plain parser would hand a string to routes that answer 400 instead of 415.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('application/json', { parseAs: 'buffer' }, (_request, body, done) => {
    let text: string;
    try {
      text = decodeUtf8(body as Buffer, 'the request body');
    } catch (err) {
      return done(new HttpProblem(400, 'MALFORMED_JSON', (err as Error).message));
    }
    if (text.trim() === '') return done(new HttpProblem(400, 'MALFORMED_JSON', 'the request body is empty'));
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (err) {
      return done(
        new HttpProblem(
          400,
          'MALFORMED_JSON',
          `the request body is not valid JSON: ${(err as Error).message}`,
        ),
      );
    }
    const refuse = (where: PropertyKey[], what: string) => {
      const { text, path } = placed(where, what);
      return done(
        new HttpProblem(400, 'INPUT_INVALID', `invalid request body: ${text}`, [
          { detail: text, pointer: toPointer(path) },
        ]),
      );
    };
    const deep = tooDeep(value);
    if (deep !== undefined) return refuse(deep, `is nested more than ${MAX_JSON_DEPTH} levels deep`);
    const proto = prototypeKey(value);
    if (proto !== undefined) return refuse(proto, 'is a key the server refuses (it could change prototypes)');
    const ambiguous = ambiguousJson(text, value)[0];
    if (ambiguous !== undefined)
      return done(
        new HttpProblem(400, 'INPUT_INVALID', `invalid request body: ${ambiguous.text}`, [
          { detail: ambiguous.text, pointer: toPointer(ambiguous.path) },
        ]),
      );
    done(null, value);
  });
}
