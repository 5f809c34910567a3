import type { z } from 'zod';
import type { PathSegment } from './issues.js';

// Reads zod's own schema definitions, so that key order and the list of allowed fields
// come from the schema itself rather than from a copy that could drift from it.
interface Def {
  type: string;
  innerType?: z.core.$ZodType;
  in?: z.core.$ZodType;
  shape?: Record<string, z.core.$ZodType>;
  element?: z.core.$ZodType;
  valueType?: z.core.$ZodType;
}

const WRAPPERS = new Set([
  'optional',
  'nullable',
  'default',
  'prefault',
  'readonly',
  'nonoptional',
  'catch',
]);

function def(schema: z.core.$ZodType): Def {
  return schema._zod.def as unknown as Def;
}

/** The schema under optional/nullable/default wrappers. */
export function unwrapSchema(schema: z.core.$ZodType): z.core.$ZodType {
  let current = schema;
  for (;;) {
    const d = def(current);
    if (WRAPPERS.has(d.type) && d.innerType) current = d.innerType;
    else if (d.type === 'pipe' && d.in) current = d.in;
    else return current;
  }
}

/** The schema of the value at `segment` under `schema` (object field, array item, record value). */
export function childSchema(
  schema: z.core.$ZodType,
  segment: PathSegment,
): z.core.$ZodType | undefined {
  const d = def(unwrapSchema(schema));
  if (d.type === 'object') return d.shape?.[String(segment)];
  if (d.type === 'array') return d.element;
  if (d.type === 'record') return d.valueType;
  return undefined;
}

/** The schema at a path from `root`, if the path follows the schema. */
export function schemaAt(
  root: z.core.$ZodType,
  path: readonly PathSegment[],
): z.core.$ZodType | undefined {
  let current: z.core.$ZodType | undefined = root;
  for (const segment of path) {
    if (!current) return undefined;
    current = childSchema(current, segment);
  }
  return current;
}

/** The declared field names of an object schema, in schema order. */
export function objectKeys(schema: z.core.$ZodType): string[] | undefined {
  const d = def(unwrapSchema(schema));
  return d.type === 'object' && d.shape ? Object.keys(d.shape) : undefined;
}

/** A copy of `value` whose object keys follow the schema's field order (extra keys last). */
export function orderLike(schema: z.core.$ZodType | undefined, value: unknown): unknown {
  if (Array.isArray(value)) {
    return value.map((item, index) => orderLike(schema && childSchema(schema, index), item));
  }
  if (typeof value !== 'object' || value === null) return value;
  const record = value as Record<string, unknown>;
  const declared = (schema && objectKeys(schema)) ?? [];
  const keys = [
    ...declared.filter((key) => Object.hasOwn(record, key)),
    ...Object.keys(record).filter((key) => !declared.includes(key)),
  ];
  const out: Record<string, unknown> = {};
  for (const key of keys) {
    if (record[key] !== undefined)
      out[key] = orderLike(schema && childSchema(schema, key), record[key]);
  }
  return out;
}
