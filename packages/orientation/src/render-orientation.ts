import { OrientationError } from './errors.js';
import { formatPath, type Issue } from './issues.js';
import type { Orientation } from './schema.js';
import { renderTemplate } from './template.js';
import { mapTemplatedStrings } from './templated-fields.js';
import type { VariableValues } from './variable-types.js';

/**
 * The orientation with every templated string rendered (prompt, greeting, style, tool and
 * parameter descriptions, ui title, subtitle and labels). Throws an {@link OrientationError}
 * `UNRESOLVED_VARIABLE` listing every reference without a value.
 */
export function renderOrientation(orientation: Orientation, values: VariableValues): Orientation {
  const issues: Issue[] = [];
  const rendered = mapTemplatedStrings(orientation, (text, path) => {
    try {
      return renderTemplate(text, values);
    } catch (error) {
      if (!(error instanceof OrientationError)) throw error;
      for (const issue of error.issues)
        issues.push({ path: formatPath(path), message: issue.message });
      return text;
    }
  });
  if (issues.length > 0) throw new OrientationError('UNRESOLVED_VARIABLE', issues);
  return rendered;
}
