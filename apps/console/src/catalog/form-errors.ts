import { ApiError } from '../api/client';

/** Statuses whose answer is about what the user typed or chose. */
const INPUT_STATUSES = new Set([400, 413, 415, 422]);

export interface FieldErrorOptions {
  /** API path → form source, e.g. `priceCents` → `price`. */
  rename?: Record<string, string>;
  /** Whether the form has an input at this source (default: every non-empty path). */
  known?: (source: string) => boolean;
  /** Where the problems no input matches go, with the API's message (e.g. a refused file). */
  field?: string;
}

/**
 * Puts the API's validation details on the form fields they name: react-admin reads
 * `error.body.errors` after a failed create/update and shows each message under its input.
 * Details that match no input go to `field` when given, else to the top of the form
 * (`root.serverError`), so nothing the API said is lost.
 */
export function withFieldErrors(
  error: unknown,
  { rename = {}, known = () => true, field }: FieldErrorOptions = {},
): unknown {
  if (!(error instanceof ApiError) || !INPUT_STATUSES.has(error.status)) return error;
  if (error.details.length === 0 && !field) return error;
  const errors: Record<string, unknown> = {};
  const unplaced: string[] = [];
  for (const detail of error.details) {
    const source = rename[detail.path] ?? detail.path;
    if (source && source !== field && known(source) && errors[source] === undefined) {
      errors[source] = detail.message;
    } else {
      unplaced.push(detail.path ? `${detail.path}: ${detail.message}` : detail.message);
    }
  }
  if (field && (unplaced.length > 0 || error.details.length === 0)) {
    errors[field] = [error.message, ...unplaced].join(' · ');
  } else if (unplaced.length > 0) {
    errors.root = { serverError: unplaced.join(' · ') };
  }
  (error.body as Record<string, unknown>).errors = errors;
  return error;
}
