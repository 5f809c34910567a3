import type { PathSegment } from './issues.js';

// Every string of the document that may contain `{{variables}}`, as path patterns
// (`*` = any array item or record key). Validation and rendering both read this list, so
// a field cannot be checked without being rendered, or the reverse.
const TEMPLATED_FIELDS: readonly (readonly string[])[] = [
  ['prompt', 'sections', '*', 'title'],
  ['prompt', 'sections', '*', 'body'],
  ['prompt', 'greeting'],
  ['prompt', 'style', '*'],
  ['tools', '*', 'description'],
  ['tools', '*', 'parameters', '*', 'description'],
  ['ui', 'title'],
  ['ui', 'subtitle'],
  ['ui', 'labels', '*'],
];

type Visit = (text: string, path: readonly PathSegment[]) => string;

function children(value: unknown, segment: string): [PathSegment, unknown][] {
  if (Array.isArray(value)) return segment === '*' ? value.map((item, index) => [index, item]) : [];
  if (typeof value !== 'object' || value === null) return [];
  const record = value as Record<string, unknown>;
  if (segment === '*') return Object.entries(record);
  return Object.hasOwn(record, segment) ? [[segment, record[segment]]] : [];
}

// Returns the value with visited strings replaced, copying only the containers on the way.
function walk(
  value: unknown,
  pattern: readonly string[],
  path: PathSegment[],
  visit: Visit,
): unknown {
  const [segment, ...rest] = pattern;
  if (segment === undefined) return typeof value === 'string' ? visit(value, path) : value;
  const entries = children(value, segment);
  if (entries.length === 0) return value;
  const copy = (Array.isArray(value) ? [...value] : { ...(value as object) }) as Record<
    PathSegment,
    unknown
  >;
  for (const [key, child] of entries) copy[key] = walk(child, rest, [...path, key], visit);
  return copy;
}

/** Calls `visit` on every templated string of a (possibly malformed) document, with its path. */
export function forEachTemplatedString(
  document: unknown,
  visit: (text: string, path: readonly PathSegment[]) => void,
): void {
  mapTemplatedStrings(document, (text, path) => {
    visit(text, path);
    return text;
  });
}

/** A copy of the document with every templated string replaced by `visit(text, path)`. */
export function mapTemplatedStrings<T>(document: T, visit: Visit): T {
  let out: unknown = document;
  for (const pattern of TEMPLATED_FIELDS) out = walk(out, pattern, [], visit);
  return out as T;
}
