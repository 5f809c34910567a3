import { type Document, LineCounter, parseDocument } from 'yaml';
import type { Issue } from './issues.js';
import { formatPath } from './issues.js';
import { findJsonSyntaxError, linePosition } from './json-syntax.js';
import { locatePath } from './source-positions.js';
import { collectIssues, type ValidateOptions, type ValidationResult } from './validate.js';

/** The text formats an orientation is written in. */
export type SourceFormat = 'yaml' | 'json';

/** The outcome of parsing a source text. */
export type ParseResult = { ok: true; value: unknown } | { ok: false; issues: Issue[] };

interface Parsed {
  result: ParseResult;
  /** The YAML view of the text (JSON is YAML too), to locate validation issues in it. */
  document: Document;
  lineCounter: LineCounter;
}

// prettyErrors appends " at line L, column C:" and a code frame; line and column are
// returned as fields instead.
function firstLine(message: string): string {
  return (message.split('\n')[0] as string).replace(/ at line \d+, column \d+:?$/, '');
}

function parse(text: string, format: SourceFormat): Parsed {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: true });
  if (format === 'json') {
    try {
      return { result: { ok: true, value: JSON.parse(text) }, document, lineCounter };
    } catch {
      const error = findJsonSyntaxError(text) ?? { offset: 0, message: 'Invalid JSON.' };
      const issue: Issue = {
        path: '',
        message: error.message,
        ...linePosition(text, error.offset),
      };
      return { result: { ok: false, issues: [issue] }, document, lineCounter };
    }
  }
  if (document.errors.length > 0) {
    const issues = document.errors.map((error): Issue => {
      const position = error.linePos?.[0];
      return {
        path: '',
        message: firstLine(error.message),
        ...(position ? { line: position.line, column: position.col } : {}),
      };
    });
    return { result: { ok: false, issues }, document, lineCounter };
  }
  try {
    return {
      result: { ok: true, value: document.toJS({ maxAliasCount: 100 }) },
      document,
      lineCounter,
    };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { result: { ok: false, issues: [{ path: '', message }] }, document, lineCounter };
  }
}

/** Parses an orientation's YAML or JSON text; syntax errors carry their line and column. */
export function parseOrientationSource(text: string, format: SourceFormat): ParseResult {
  return parse(text, format).result;
}

/**
 * Parses then validates an orientation's source text. Every issue carries the line and
 * column of the place it concerns, so an editor can show it there.
 */
export function validateOrientationSource(
  text: string,
  format: SourceFormat,
  options?: ValidateOptions,
): ValidationResult {
  const { result, document, lineCounter } = parse(text, format);
  if (!result.ok) return result;
  const { orientation, issues } = collectIssues(result.value, options);
  if (issues.length > 0 || !orientation) {
    const located = issues.map(
      (issue): Issue => ({
        path: formatPath(issue.path),
        message: issue.message,
        ...locatePath(document, lineCounter, issue.path),
      }),
    );
    // In reading order, as an editor lists them (sort is stable for issues on one spot).
    located.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
    return { ok: false, issues: located };
  }
  return { ok: true, orientation };
}
