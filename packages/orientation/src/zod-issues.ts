import type { z } from 'zod';
import type { PathIssue, PathSegment } from './issues.js';
import { objectKeys, schemaAt } from './schema-walk.js';

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0] as number;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j] as number;
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row[j] = Math.min(above + 1, (row[j - 1] as number) + 1, diagonal + cost);
      diagonal = above;
    }
  }
  return row[b.length] as number;
}

function unknownFieldMessage(key: string, allowed: readonly string[] | undefined): string {
  if (!allowed) return `Unknown field ${JSON.stringify(key)}.`;
  const close = allowed.find(
    (candidate) => distance(candidate.toLowerCase(), key.toLowerCase()) <= 2,
  );
  const hint = close ? ` Did you mean ${JSON.stringify(close)}?` : '';
  return `Unknown field ${JSON.stringify(key)}.${hint} Expected only: ${allowed.join(', ')}.`;
}

/** Converts zod issues into path issues, one per unknown field (zod groups them per object). */
export function fromZodIssues(
  issues: readonly z.core.$ZodIssue[],
  root: z.core.$ZodType,
): PathIssue[] {
  const out: PathIssue[] = [];
  for (const issue of issues) {
    const path = issue.path.map((segment) =>
      typeof segment === 'number' ? segment : String(segment),
    ) as PathSegment[];
    if (issue.code === 'unrecognized_keys') {
      const owner = schemaAt(root, path);
      const allowed = owner ? objectKeys(owner) : undefined;
      for (const key of issue.keys)
        out.push({ path: [...path, key], message: unknownFieldMessage(key, allowed) });
    } else {
      out.push({ path, message: issue.message });
    }
  }
  return out;
}
