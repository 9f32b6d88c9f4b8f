import type { z } from 'zod';
import { describeIssues } from '../core/schema-issues.js';
import { HttpProblem } from './problem.js';

/** `/steps/2/args/path` from the `steps[2].args.path` a problem message starts with. */
function pointerOf(message: string): string | undefined {
  const path = /^([^:]+): /.exec(message)?.[1];
  if (path === undefined) return undefined;
  if (path === '(root)') return '';
  return path
    .split(/\.|(?=\[)/)
    .map((part) =>
      part
        .replace(/^\[(\d+)\]$/, '$1')
        .replace(/~/g, '~0')
        .replace(/\//g, '~1'),
    )
    .map((part) => `/${part}`)
    .join('');
}

/**
 * Validates a request body (or query) against its schema. Every problem is reported at once, each with its
 * JSON path in `detail` and a JSON Pointer, as a 400 problem with code INPUT_INVALID.
 */
export function parseRequest<T extends z.ZodType>(
  schema: T,
  value: unknown,
  what = 'request body',
): z.infer<T> {
  const parsed = schema.safeParse(value ?? undefined);
  if (parsed.success) return parsed.data;
  const messages = describeIssues(parsed.error, schema, value);
  const errors = messages.map((detail) => {
    const pointer = pointerOf(detail);
    return pointer === undefined ? { detail } : { detail, pointer };
  });
  throw new HttpProblem(
    400,
    'INPUT_INVALID',
    `invalid ${what}: ${messages.length} problem${messages.length === 1 ? '' : 's'}: ${messages.join('; ')}`,
    errors,
  );
}
