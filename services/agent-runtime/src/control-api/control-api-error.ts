/**
 * A failed call to the control API. `status` is the HTTP status (0 when the API could not be
 * reached, 502 when its answer did not match the shared contract); `code` and `message` are the
 * API's own error code and message when it sent one.
 */
export class ControlApiError extends Error {
  override readonly name = 'ControlApiError';
  readonly status: number;
  readonly code: string;
  /** The API's own details (which field was wrong), when it sent some. */
  readonly details: { path: string; message: string }[] | undefined;

  constructor(
    status: number,
    code: string,
    message: string,
    details?: { path: string; message: string }[],
  ) {
    super(message);
    this.status = status;
    this.code = code;
    this.details = details;
  }

  /** A refusal the caller can explain (4xx), as opposed to an outage or a bug. */
  get isRefusal(): boolean {
    return this.status >= 400 && this.status < 500;
  }
}
