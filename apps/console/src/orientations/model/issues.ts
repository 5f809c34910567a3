import { locatePath, type PathSegment } from '@scenaro/orientation';
import { LineCounter, parseDocument } from 'yaml';
import { parsePath } from './paths';

// Problems reported by the API (`POST /v1/orientations/validate`, or a save's 422 details),
// put where the user looks: lint diagnostics at their line in the YAML view, helper texts next
// to the form field whose path they name.

/** One problem, as the API reports it (line/column when it was located in the YAML text). */
export interface EditorIssue {
  path: string;
  message: string;
  line?: number;
  column?: number;
}

/** A CodeMirror diagnostic, without depending on CodeMirror here (tested in node). */
export interface Diagnostic {
  from: number;
  to: number;
  severity: 'error';
  message: string;
}

/**
 * The 1-based line and column of `path` in a YAML text (the orientation package's own
 * locator: the key of a field, the item of a list, or the nearest existing ancestor).
 * Undefined when the text does not parse into a document.
 */
export function locateInYaml(
  text: string,
  path: readonly PathSegment[],
): { line: number; column: number } | undefined {
  const lineCounter = new LineCounter();
  return locatePath(parseDocument(text, { lineCounter }), lineCounter, path);
}

/** Gives every issue a line and column in `text` (issues that already have one keep it). */
export function locateIssues(text: string, issues: readonly EditorIssue[]): EditorIssue[] {
  return issues.map((issue) => {
    if (issue.line !== undefined) return issue;
    const at = locateInYaml(text, parsePath(issue.path));
    return at ? { ...issue, ...at } : issue;
  });
}

/** Offsets of the start of each line of `text` (index 0 = line 1). */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  return starts;
}

/**
 * Lint diagnostics for the YAML view: from the reported column to the end of its line (so the
 * whole offending entry is underlined), clamped to the text as it is now.
 */
export function toDiagnostics(text: string, issues: readonly EditorIssue[]): Diagnostic[] {
  const starts = lineStarts(text);
  return issues.map((issue) => {
    const lineIndex = Math.min(Math.max((issue.line ?? 1) - 1, 0), starts.length - 1);
    const lineStart = starts[lineIndex] ?? 0;
    const lineEnd = lineIndex + 1 < starts.length ? (starts[lineIndex + 1] ?? 1) - 1 : text.length;
    const from = Math.min(lineStart + Math.max((issue.column ?? 1) - 1, 0), lineEnd);
    const to = Math.max(lineEnd, from);
    const message = issue.path ? `${issue.path}: ${issue.message}` : issue.message;
    return { from, to, severity: 'error' as const, message };
  });
}

/** The messages of the issues at exactly this path (a form field's helper text). */
export function messagesAt(issues: readonly EditorIssue[], path: string): string[] {
  return issues.filter((issue) => issue.path === path).map((issue) => issue.message);
}

/** Whether any issue concerns this path or something inside it (to flag a section or tab). */
export function hasIssuesUnder(issues: readonly EditorIssue[], path: string): boolean {
  return issues.some(
    (issue) =>
      issue.path === path || issue.path.startsWith(`${path}.`) || issue.path.startsWith(`${path}[`),
  );
}

/**
 * The problems of a failed save: the API's 422 details carry only paths, so each one is put at
 * its line in the text that was saved.
 */
export function issuesFromDetails(
  text: string,
  details: readonly { path: string; message: string }[],
): EditorIssue[] {
  return locateIssues(text, details);
}
