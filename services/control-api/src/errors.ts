/**
 * Every error the API answers with on purpose. The code is part of the contract;
 * the HTTP status is derived from it in one place.
 */
export const errorStatus = {
  invalid_request: 400,
  invalid_json: 400,
  unauthenticated: 401,
  invalid_credentials: 401,
  forbidden: 403,
  not_found: 404,
  tenant_not_found: 404,
  method_not_allowed: 405,
  conflict: 409,
  precondition_failed: 409,
  own_account_protected: 409,
  session_ended: 409,
  orientation_not_published: 409,
  state_disabled: 409,
  selection_full: 409,
  not_in_selection: 409,
  cart_full: 409,
  not_in_cart: 409,
  out_of_stock: 409,
  insufficient_stock: 409,
  currency_mismatch: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  invalid_orientation: 422,
  invalid_variables: 422,
  invalid_products: 422,
  idempotency_key_reused: 422,
  unknown_product: 422,
  quantity_out_of_range: 422,
  rate_limited: 429,
  internal_error: 500,
  unavailable: 503,
} as const;

export type ErrorCode = keyof typeof errorStatus;

export interface ErrorDetail {
  path: string;
  message: string;
  line?: number;
  column?: number;
}

/** A failure with a documented code, safe to show to the caller. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details: ErrorDetail[] | undefined;
  readonly headers: Record<string, string> | undefined;

  constructor(
    code: ErrorCode,
    message: string,
    options: { details?: ErrorDetail[]; headers?: Record<string, string> } = {},
  ) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.details = options.details;
    this.headers = options.headers;
  }

  get status(): number {
    return errorStatus[this.code];
  }
}

/** Shorthand for the 404 a caller gets for a tenant it may not see, or that does not exist. */
export function tenantNotFound(tenantId: string): AppError {
  return new AppError('tenant_not_found', `No tenant ${tenantId} is visible to this key.`);
}
