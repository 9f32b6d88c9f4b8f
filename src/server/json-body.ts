import type { FastifyInstance } from 'fastify';
import { MAX_JSON_DEPTH, tooDeep } from '../core/json-depth.js';
import { pointerOf } from './json-pointer.js';
import { HttpProblem } from './problem.js';

/** The first `__proto__` key, or `constructor.prototype`, that merging code could turn into a prototype change. */
function prototypeKey(value: unknown, at = ''): string | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  for (const [key, item] of Object.entries(value)) {
    const here = Array.isArray(value) ? `${at}[${key}]` : at === '' ? key : `${at}.${key}`;
    if (key === '__proto__') return here;
    if (key === 'constructor' && item !== null && typeof item === 'object' && 'prototype' in item)
      return `${here}.prototype`;
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
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (_request, body, done) => {
    const text = String(body);
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
    const refuse = (where: string, what: string) => {
      const detail = `${where}: ${what}`;
      const pointer = pointerOf(detail);
      return done(
        new HttpProblem(400, 'INPUT_INVALID', `invalid request body: ${detail}`, [
          pointer === undefined ? { detail } : { detail, pointer },
        ]),
      );
    };
    const deep = tooDeep(value);
    if (deep !== undefined) return refuse(deep, `is nested more than ${MAX_JSON_DEPTH} levels deep`);
    const proto = prototypeKey(value);
    if (proto !== undefined) return refuse(proto, 'is a key the server refuses (it could change prototypes)');
    done(null, value);
  });
}
