import type { z } from 'zod';
import { describeIssues } from '../core/schema-issues.js';
import { pointerOf } from './json-pointer.js';
import { HttpProblem } from './problem.js';

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
