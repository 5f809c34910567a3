import type { PathSegment } from '@scenaro/orientation';

// Paths as the API reports them (`tools[3].parameters.query`, `variables["Shop Name"]`) and as
// segments, so that a problem can be matched to a form field and located in the YAML text.

const SEGMENT = /\.?([A-Za-z_$][A-Za-z0-9_$]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]/y;

/** Splits `tools[3].parameters["a key"]` into `['tools', 3, 'parameters', 'a key']`. */
export function parsePath(path: string): PathSegment[] {
  const segments: PathSegment[] = [];
  SEGMENT.lastIndex = 0;
  while (SEGMENT.lastIndex < path.length) {
    const match = SEGMENT.exec(path);
    // Not a path we know how to read (e.g. `If-Match`): one key, so it matches no field.
    if (!match) return [path];
    if (match[1] !== undefined) segments.push(match[1]);
    else if (match[2] !== undefined) segments.push(Number(match[2]));
    else if (match[3] !== undefined) segments.push(JSON.parse(match[3]) as string);
  }
  return segments;
}

type Container = Record<string, unknown> | unknown[];

function isContainer(value: unknown): value is Container {
  return typeof value === 'object' && value !== null;
}

/** The value at `path`, or undefined when the path leaves the document. */
export function getIn(value: unknown, path: readonly PathSegment[]): unknown {
  let current = value;
  for (const segment of path) {
    if (!isContainer(current)) return undefined;
    current = (current as Record<string | number, unknown>)[segment];
  }
  return current;
}

/**
 * A copy of `root` with `value` at `path` (objects created on the way); `undefined` removes
 * the key, so that the schema's default applies. Untouched branches are shared, not copied.
 */
export function setIn<T>(root: T, path: readonly PathSegment[], value: unknown): T {
  const [head, ...rest] = path;
  if (head === undefined) return value as T;
  const container: Container = isContainer(root)
    ? Array.isArray(root)
      ? [...root]
      : { ...(root as Record<string, unknown>) }
    : typeof head === 'number'
      ? []
      : {};
  const current = (container as Record<string | number, unknown>)[head];
  const next = rest.length === 0 ? value : setIn(current, rest, value);
  if (next === undefined && !Array.isArray(container)) {
    delete (container as Record<string, unknown>)[head as string];
  } else {
    (container as Record<string | number, unknown>)[head] = next;
  }
  return container as T;
}
