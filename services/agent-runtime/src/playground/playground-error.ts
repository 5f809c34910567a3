import { ControlApiError } from '../control-api/client.js';

/** An error detail, as the control API gives them. */
export interface ErrorDetail {
  path: string;
  message: string;
}

/**
 * A refusal of the playground server, answered in the API's error body shape
 * (`{ "error": { "code", "message", "details"? } }`) with its HTTP status.
 */
export class PlaygroundError extends Error {
  override readonly name = 'PlaygroundError';
  readonly status: number;
  readonly code: string;
  readonly details: ErrorDetail[] | undefined;

  constructor(status: number, code: string, message: string, details?: ErrorDetail[]) {
    super(message);
    this.status = status;
    this.code = code;
    this.details = details;
  }
}

/**
 * What the caller is told about a failed control API call: its refusals (401, 403, 404, 409,
 * 422…) as they are, since they are about the caller's own request; anything else as an
 * outage that names nothing internal.
 */
export function fromControlApi(error: unknown): unknown {
  if (!(error instanceof ControlApiError)) return error;
  if (error.isRefusal) {
    return new PlaygroundError(error.status, error.code, error.message, error.details);
  }
  return new PlaygroundError(503, 'unavailable', 'The control API is not available right now.');
}

/** The 404 of a session this server is not running. */
export function sessionNotRunning(sessionId: string): PlaygroundError {
  return new PlaygroundError(
    404,
    'not_found',
    `No playground session ${sessionId} is running here (it ended, or was closed after 10 minutes idle): start a new one.`,
  );
}
