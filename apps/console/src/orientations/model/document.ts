import {
  type Orientation,
  parseOrientationSource,
  stringifyOrientation,
} from '@scenaro/orientation';
import type { EditorIssue } from './issues';

// The two texts of one document: the editor holds the document (what the form edits and what
// is saved) and the YAML text (what the YAML view edits). A form edit rewrites the text; a YAML
// edit that parses replaces the document; one that does not parse keeps the last good document
// and reports where the text is broken.

export type Doc = Record<string, unknown>;

/** The YAML text of a document, keys in schema order (as the API exports it). */
export function toYaml(doc: Doc): string {
  // stringifyOrientation only orders keys and prints: it does not require a valid document.
  return stringifyOrientation(doc as Orientation, 'yaml');
}

/** The document a YAML text describes, or the syntax problems at their line and column. */
export function fromYaml(
  text: string,
): { ok: true; doc: Doc } | { ok: false; issues: EditorIssue[] } {
  const parsed = parseOrientationSource(text, 'yaml');
  if (!parsed.ok) return { ok: false, issues: parsed.issues };
  const value = parsed.value;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return {
      ok: false,
      issues: [
        {
          path: '',
          message: 'An orientation is a YAML mapping (key: value lines).',
          line: 1,
          column: 1,
        },
      ],
    };
  }
  return { ok: true, doc: value as Doc };
}

/** Deep equality of two JSON values, whatever the order of object keys. */
export function sameDocument(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item, index) => sameDocument(item, b[index]));
  }
  const left = Object.entries(a as Record<string, unknown>).filter(([, v]) => v !== undefined);
  const right = b as Record<string, unknown>;
  const rightCount = Object.values(right).filter((v) => v !== undefined).length;
  return (
    left.length === rightCount && left.every(([key, value]) => sameDocument(value, right[key]))
  );
}
