import type { Issue } from './issues.js';

/**
 * Codes of {@link OrientationError}:
 * - `UNRESOLVED_VARIABLE`: a `{{name}}` has no value to render.
 * - `INVALID_VARIABLES`: tenant variable values do not match the orientation's declarations.
 */
export type OrientationErrorCode = 'UNRESOLVED_VARIABLE' | 'INVALID_VARIABLES';

/** The one error type this package throws; `issues` say what was wrong and where. */
export class OrientationError extends Error {
  override readonly name = 'OrientationError';

  constructor(
    readonly code: OrientationErrorCode,
    readonly issues: readonly Issue[],
  ) {
    super(
      issues
        .map((issue) => (issue.path ? `${issue.path}: ${issue.message}` : issue.message))
        .join('\n'),
    );
  }
}
