import { type Orientation, validateOrientation } from '@scenaro/orientation';
import { AppError, type ErrorDetail } from '../../errors.js';

/**
 * Checks a tenant's variable values against every orientation it uses: each value must have
 * the type its orientation declares, each required variable must have a value (or a default),
 * and each name must be declared by at least one orientation. Throws 422 listing every problem.
 */
export function checkTenantVariables(
  orientations: Orientation[],
  values: Record<string, unknown>,
): void {
  const issues: ErrorDetail[] = [];
  for (const name of Object.keys(values)) {
    if (!orientations.some((orientation) => name in orientation.variables)) {
      issues.push({
        path: `variables.${name}`,
        message: 'no orientation of this tenant declares it',
      });
    }
  }
  for (const orientation of orientations) {
    const own = Object.fromEntries(
      Object.entries(values).filter(([name]) => name in orientation.variables),
    );
    const result = validateOrientation(orientation, { variables: own });
    if (!result.ok) issues.push(...result.issues);
  }
  if (issues.length > 0) {
    throw new AppError('invalid_variables', 'Some variable values are not valid.', {
      details: dedupe(issues),
    });
  }
}

function dedupe(issues: ErrorDetail[]): ErrorDetail[] {
  const seen = new Set<string>();
  return issues.filter((issue) => {
    const id = `${issue.path}\u0000${issue.message}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}
