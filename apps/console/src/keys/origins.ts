import { ApiError } from '../api/client';

/** The allowed-origins box (one origin per line, or separated by commas/spaces) as a list. */
export function parseOrigins(text: unknown): string[] {
  return String(text ?? '')
    .split(/[\s,]+/)
    .map((origin) => origin.trim().replace(/\/$/, ''))
    .filter(Boolean);
}

/**
 * The API reports a bad origin at `body.allowedOrigins.<n>`; the form has one box for all of
 * them, so the error goes there (saying which origin was wrong).
 */
export function originErrorsAtBox(error: unknown, origins: string[], box: string): unknown {
  if (!(error instanceof ApiError) || error.details.length === 0) return error;
  const details = error.details.map((detail) => {
    const match = /^(?:body\.)?allowedOrigins(?:\.(\d+))?$/.exec(detail.path);
    if (!match) return detail;
    const origin = match[1] === undefined ? undefined : origins[Number(match[1])];
    return { path: box, message: origin ? `${origin}: ${detail.message}` : detail.message };
  });
  return new ApiError(error.status, error.code, error.message, details);
}
