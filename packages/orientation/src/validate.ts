import { formatPath, type Issue, type PathIssue, toIssue } from './issues.js';
import { englishIssueMessage } from './messages.js';
import { checkVariableValues } from './resolve-variables.js';
import { variablesSchema } from './schema/variables.js';
import { type Orientation, orientationSchema } from './schema.js';
import { fromZodIssues } from './zod-issues.js';

/** Options of {@link validateOrientation}. */
export interface ValidateOptions {
  /** A tenant's variable values, checked against the document's declarations too. */
  variables?: Readonly<Record<string, unknown>>;
}

/** The outcome of a validation: the orientation, or every problem found. */
export type ValidationResult =
  | { ok: true; orientation: Orientation }
  | { ok: false; issues: Issue[] };

/** Validates and returns problems with their path segments (so a source can locate them). */
export function collectIssues(
  input: unknown,
  options: ValidateOptions = {},
): { orientation: Orientation | undefined; issues: PathIssue[] } {
  const parsed = orientationSchema.safeParse(input, { error: englishIssueMessage });
  const issues = parsed.success ? [] : fromZodIssues(parsed.error.issues, orientationSchema);
  if (options.variables) {
    const raw =
      typeof input === 'object' && input !== null
        ? (input as { variables?: unknown }).variables
        : undefined;
    const declarations = variablesSchema.safeParse(raw);
    // Invalid declarations are already reported; tenant values cannot be judged against them.
    if (declarations.success)
      issues.push(...checkVariableValues(declarations.data, options.variables).issues);
  }
  // One problem found twice (say, by a section and by a rule) is reported once.
  const seen = new Set<string>();
  const unique = issues.filter((issue) => {
    const key = `${formatPath(issue.path)}\n${issue.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return { orientation: parsed.success ? parsed.data : undefined, issues: unique };
}

/**
 * Validates an orientation document: schema, cross-field rules, `{{variables}}` and, when
 * given, a tenant's variable values. Reports every problem at once, each with its path.
 */
export function validateOrientation(input: unknown, options?: ValidateOptions): ValidationResult {
  const { orientation, issues } = collectIssues(input, options);
  if (issues.length > 0 || !orientation) return { ok: false, issues: issues.map(toIssue) };
  return { ok: true, orientation };
}
