import { OrientationError } from './errors.js';
import type { VariableValue } from './variable-types.js';

// `{{ name }}`: whitespace inside the braces is allowed. Anything between the braces counts
// as a name, so that a typo such as `{{shop name}}` is reported instead of spoken aloud.
const REFERENCE = /\{\{\s*([^{}]*?)\s*\}\}/g;

/** The distinct variable names referenced by `{{ name }}` in `text`, in order of appearance. */
export function findTemplateVariables(text: string): string[] {
  const names = new Set<string>();
  for (const match of text.matchAll(REFERENCE)) names.add(match[1] as string);
  return [...names];
}

/**
 * Replaces each `{{ name }}` with its value (null renders as nothing). Values are inserted
 * once and not re-scanned. Throws an {@link OrientationError} `UNRESOLVED_VARIABLE` naming
 * every reference that has no entry in `values`.
 */
export function renderTemplate(
  text: string,
  values: Readonly<Record<string, VariableValue | undefined>>,
): string {
  const missing = findTemplateVariables(text).filter(
    (name) => !Object.hasOwn(values, name) || values[name] === undefined,
  );
  if (missing.length > 0) {
    throw new OrientationError(
      'UNRESOLVED_VARIABLE',
      missing.map((name) => ({
        path: '',
        message: `The template refers to ${JSON.stringify(name)}, which has no value.`,
      })),
    );
  }
  return text.replace(REFERENCE, (_, name: string) => {
    const value = values[name];
    return value === null || value === undefined ? '' : String(value);
  });
}
