/** A react-admin form's server errors: nested by field path, plus `root.serverError`. */
export interface FieldErrors {
  [field: string]: string | FieldErrors;
}

// The API reports where a request was wrong as `body.variables.shop_name` (schema validation) or
// `variables.shop_name` (domain checks); the form knows the field as `variables.shop_name`.
const LOCATION_PREFIX = /^(body|request)(\.|$)/;
const NOT_A_FIELD = /^(querystring|params|headers)(\.|$)/;

/** The form field a detail's path points at, or null when it is not one (query, headers…). */
export function fieldPath(path: string): string | null {
  if (NOT_A_FIELD.test(path)) return null;
  const field = path.replace(LOCATION_PREFIX, '').replace(/^\$\.?/, '');
  return field === '' ? null : field;
}

/**
 * Turns a validation error into what react-admin forms show: each detail at its field (first
 * message wins), and the whole list in `root.serverError` so that a problem at a path the form
 * has no input for is still read.
 */
export function toFieldErrors(
  message: string,
  details: { path: string; message: string }[],
): FieldErrors | undefined {
  if (details.length === 0) return undefined;
  const errors: FieldErrors = {};
  for (const detail of details) {
    const field = fieldPath(detail.path);
    if (!field) continue;
    const parts = field.split('.');
    let node: FieldErrors = errors;
    for (const [index, part] of parts.entries()) {
      const existing = node[part];
      if (index === parts.length - 1) {
        if (existing === undefined) node[part] = detail.message;
        break;
      }
      if (typeof existing === 'string') break;
      const child: FieldErrors = existing ?? {};
      node[part] = child;
      node = child;
    }
  }
  const summary = details.map((detail) => `${detail.path}: ${detail.message}`).join(' · ');
  errors.root = { serverError: `${message} ${summary}` };
  return errors;
}
