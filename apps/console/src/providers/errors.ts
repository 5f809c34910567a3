import { ApiError } from '../api/client';

/** i18n keys of the console's generic error messages (French and English in core messages). */
export const ERROR_MESSAGES = {
  unreachable: 'scenaro.errors.unreachable',
  unauthenticated: 'scenaro.auth.expired',
  forbidden: 'scenaro.errors.forbidden',
  server: 'scenaro.errors.server',
  unknown: 'scenaro.errors.unknown',
  notSupported: 'scenaro.errors.not_supported',
  noTenant: 'scenaro.errors.no_tenant',
} as const;

/**
 * What the user reads for a failed call: the API's own message where it says something about
 * the request (400, 404, 409, 422…); a translated generic one where it cannot help (API down,
 * 401, 403, 5xx — a 5xx body never says anything useful on purpose).
 */
export function toDisplayError(error: unknown): ApiError {
  if (!(error instanceof ApiError)) {
    if (error instanceof Error && error.name === 'AbortError') throw error;
    return new ApiError(500, 'internal', ERROR_MESSAGES.unknown);
  }
  const generic =
    error.status === 0
      ? ERROR_MESSAGES.unreachable
      : error.status === 401
        ? ERROR_MESSAGES.unauthenticated
        : error.status === 403
          ? ERROR_MESSAGES.forbidden
          : error.status >= 500
            ? ERROR_MESSAGES.server
            : null;
  if (!generic) return error;
  return new ApiError(error.status, error.code, generic, error.details);
}

/** The error a tenant-scoped adapter throws while no tenant is chosen. */
export function noTenantChosen(): ApiError {
  return new ApiError(400, 'no_tenant', ERROR_MESSAGES.noTenant);
}
