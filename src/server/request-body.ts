import type { z } from 'zod';
import { placeIssues } from '../core/schema-issues.js';
import { toPointer } from './json-pointer.js';
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
  const problems = placeIssues(parsed.error, schema, value);
  const messages = problems.map((problem) => problem.text);
  const errors = problems.map((problem) => ({ detail: problem.text, pointer: toPointer(problem.path) }));
  throw new HttpProblem(
    400,
    'INPUT_INVALID',
    `invalid ${what}: ${messages.length} problem${messages.length === 1 ? '' : 's'}: ${messages.join('; ')}`,
    errors,
  );
}
