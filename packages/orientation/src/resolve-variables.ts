import { OrientationError } from './errors.js';
import type { PathIssue } from './issues.js';
import { toIssue } from './issues.js';
import { englishIssueMessage, quotedList } from './messages.js';
import type { Orientation, VariableDeclaration } from './schema.js';
import { type VariableValue, type VariableValues, variableValueSchema } from './variable-types.js';

/** Checks tenant values against declarations; returns the resolved values and every problem. */
export function checkVariableValues(
  declarations: Readonly<Record<string, VariableDeclaration>>,
  tenantValues: Readonly<Record<string, unknown>>,
): { values: Record<string, VariableValue>; issues: PathIssue[] } {
  const values: Record<string, VariableValue> = {};
  const issues: PathIssue[] = [];
  for (const name of Object.keys(tenantValues)) {
    if (!Object.hasOwn(declarations, name)) {
      issues.push({
        path: ['variables', name],
        message: `The tenant sets ${JSON.stringify(name)}, which this orientation does not declare (declared: ${quotedList(Object.keys(declarations))}).`,
      });
    }
  }
  for (const [name, declaration] of Object.entries(declarations)) {
    const given = tenantValues[name];
    // null means "no value": the default applies, as when the key is absent.
    if (given === undefined || given === null) {
      if (declaration.default === null && declaration.required) {
        issues.push({
          path: ['variables', name],
          message: `The variable ${JSON.stringify(name)} is required and has no default: the tenant must give it a value (${declaration.type}).`,
        });
      }
      values[name] = declaration.default;
      continue;
    }
    const result = variableValueSchema(declaration.type).safeParse(given, {
      error: englishIssueMessage,
    });
    if (result.success) values[name] = result.data as VariableValue;
    else {
      issues.push({
        path: ['variables', name],
        message:
          `The tenant value of ${JSON.stringify(name)} does not match its type ${JSON.stringify(declaration.type)}. ${result.error.issues[0]?.message ?? ''}`.trim(),
      });
    }
  }
  return { values, issues };
}

/**
 * The variable values for one tenant: its values type-checked against the declarations,
 * defaults applied. Throws an {@link OrientationError} `INVALID_VARIABLES` listing every
 * problem (unknown variable, wrong type, required variable without a value).
 */
export function resolveVariables(
  orientation: Pick<Orientation, 'variables'>,
  tenantValues: Readonly<Record<string, unknown>>,
): VariableValues {
  const { values, issues } = checkVariableValues(orientation.variables, tenantValues);
  if (issues.length > 0) throw new OrientationError('INVALID_VARIABLES', issues.map(toIssue));
  return values;
}
