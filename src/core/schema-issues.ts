import type { z } from 'zod';

/** A key shown bare in a JSON path; any other is shown quoted, `params["a.b"]`, so the path reads one way only. */
const PLAIN_KEY = /^[A-Za-z_$][A-Za-z0-9_$-]*$/;

/** `steps[2].args.path` from `['steps', 2, 'args', 'path']`; `params["a.b"]` for a key holding `.` or `[`. */
export function jsonPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (!PLAIN_KEY.test(String(key))) out += `[${JSON.stringify(String(key))}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out === '' ? '(root)' : out;
}

/** One problem of a document: where it is (the validator's own path) and what is wrong there. */
export interface PlacedProblem {
  path: readonly PropertyKey[];
  /** `steps[2].args.path: is required (expected string)`: the path shown, then the problem. */
  text: string;
}

/** A problem at `path`, its text starting with the path as `jsonPath` shows it. */
export function placed(path: readonly PropertyKey[], what: string): PlacedProblem {
  return { path, text: `${jsonPath(path)}: ${what}` };
}

type Issue = z.core.$ZodIssue;

/** A union's failing branches: drop those that failed only because the value had another type. */
function flattenUnion(issue: Issue & { code: 'invalid_union' }): Issue[] {
  const branches = issue.errors.filter(
    (branch) => !branch.every((inner) => inner.code === 'invalid_type' && inner.path.length === 0),
  );
  const chosen = branches.length > 0 ? branches : issue.errors;
  return chosen.flat().flatMap((inner) => flatten({ ...inner, path: [...issue.path, ...inner.path] }));
}

function flatten(issue: Issue): Issue[] {
  if (issue.code === 'invalid_union' && issue.errors.length > 0) return flattenUnion(issue);
  return [issue];
}

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : typeof value;
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let current = input;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

/** Walks a zod schema along a path, following the data through unions, to list an object's accepted keys. */
function schemaAt(
  schema: z.core.$ZodType,
  path: readonly PropertyKey[],
  data: unknown,
): z.core.$ZodType | undefined {
  let current: z.core.$ZodType | undefined = schema;
  let value = data;
  for (let i = 0; i <= path.length && current; i++) {
    current = unwrap(current, value);
    if (i === path.length || !current) break;
    const key = path[i];
    const def = current._zod.def as unknown as Record<string, unknown>;
    if (def.type === 'object') current = (def.shape as Record<string, z.core.$ZodType>)[String(key)];
    else if (def.type === 'array') current = def.element as z.core.$ZodType;
    else if (def.type === 'record') current = def.valueType as z.core.$ZodType;
    else return undefined;
    value =
      value !== null && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined;
  }
  return current;
}

function unwrap(schema: z.core.$ZodType, value: unknown): z.core.$ZodType | undefined {
  let current = schema;
  for (;;) {
    const def = current._zod.def as unknown as Record<string, unknown>;
    if (def.type === 'optional' || def.type === 'default' || def.type === 'nullable') {
      current = def.innerType as z.core.$ZodType;
    } else if (def.type === 'pipe') {
      current = def.in as z.core.$ZodType;
    } else if (def.type === 'union') {
      const options = def.options as z.core.$ZodType[];
      const discriminator = def.discriminator as string | undefined;
      const wanted =
        discriminator && value && typeof value === 'object'
          ? (value as Record<string, unknown>)[discriminator]
          : undefined;
      const match = options.find((option) => {
        const optionDef = unwrap(option, value)?._zod.def as unknown as Record<string, unknown> | undefined;
        if (!optionDef || optionDef.type !== 'object') return false;
        if (discriminator === undefined) return true;
        const literal = (optionDef.shape as Record<string, z.core.$ZodType>)[discriminator]?._zod
          .def as unknown as { values?: unknown[] } | undefined;
        return literal?.values?.includes(wanted) ?? false;
      });
      if (!match) return undefined;
      current = match;
    } else {
      return current;
    }
  }
}

function acceptedKeys(
  schema: z.core.$ZodType,
  path: readonly PropertyKey[],
  input: unknown,
): string[] | undefined {
  const found = schemaAt(schema, path, input);
  const def = found?._zod.def as unknown as Record<string, unknown> | undefined;
  if (def?.type !== 'object') return undefined;
  return Object.keys(def.shape as object);
}

function phrase(issue: Issue, schema: z.core.$ZodType, input: unknown): string {
  switch (issue.code) {
    case 'invalid_type': {
      const got = valueAt(input, issue.path);
      return got === undefined
        ? `is required (expected ${issue.expected})`
        : `expected ${issue.expected}, got ${describeValue(got)}`;
    }
    case 'unrecognized_keys': {
      const accepted = acceptedKeys(schema, issue.path, input);
      const keys = issue.keys.map((key) => `"${key}"`).join(', ');
      return `unknown key ${keys}${accepted ? `; accepted keys: ${accepted.join(', ')}` : ''}`;
    }
    case 'invalid_value':
      return `is ${JSON.stringify(valueAt(input, issue.path))}; accepted values: ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'invalid_union':
      if ('discriminator' in issue && issue.discriminator) {
        const options = (issue as { options?: unknown[] }).options ?? [];
        const got = valueAt(input, issue.path);
        return `${got === undefined ? 'is required' : `is ${JSON.stringify(got)}`}; accepted values: ${options.join(', ')}`;
      }
      return 'does not match any accepted form';
    case 'too_small':
      return issue.origin === 'array'
        ? `must have at least ${String(issue.minimum)} item(s)`
        : issue.origin === 'string'
          ? `must not be empty`
          : `must be at least ${String(issue.minimum)}`;
    case 'too_big':
      return issue.origin === 'array'
        ? `must have at most ${String(issue.maximum)} items`
        : issue.origin === 'string'
          ? `must be at most ${String(issue.maximum)} characters`
          : `must be at most ${String(issue.maximum)}`;
    default:
      return issue.message;
  }
}

/** One problem per issue, each with its path as the validator gave it; the same problem twice is kept once. */
export function placeIssues(error: z.ZodError, schema: z.core.$ZodType, input: unknown): PlacedProblem[] {
  const seen = new Set<string>();
  return error.issues
    .flatMap(flatten)
    .map((issue) => placed(issue.path, phrase(issue, schema, input)))
    .filter((problem) => !seen.has(problem.text) && seen.add(problem.text));
}

/** One message per problem, each naming its JSON path, e.g. `steps[2].args.path: is required (expected string)`. */
export function describeIssues(error: z.ZodError, schema: z.core.$ZodType, input: unknown): string[] {
  return placeIssues(error, schema, input).map((problem) => problem.text);
}
