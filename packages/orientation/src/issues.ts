/** One problem found in an orientation, at a path such as `tools[3].category`. */
export interface Issue {
  path: string;
  message: string;
  /** 1-based, when the problem was located in a source text. */
  line?: number;
  /** 1-based, when the problem was located in a source text. */
  column?: number;
}

/** One step of a path: an object key or an array index. */
export type PathSegment = string | number;

/** A problem whose path is still a list of segments (so it can be located in a source). */
export interface PathIssue {
  path: readonly PathSegment[];
  message: string;
}

/** Reports a problem at a path; the document rules call it once per problem. */
export type Report = (path: readonly PathSegment[], message: string) => void;

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** Formats path segments as `tools[3].parameters.query` (odd keys as `["a key"]`). */
export function formatPath(path: readonly PathSegment[]): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (IDENTIFIER.test(segment)) out += out === '' ? segment : `.${segment}`;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out;
}

/** The public form of a path issue. */
export function toIssue(issue: PathIssue): Issue {
  return { path: formatPath(issue.path), message: issue.message };
}
