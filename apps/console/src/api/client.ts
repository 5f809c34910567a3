import { errorBodySchema } from '@scenaro/api-contract';
import { HttpError } from 'react-admin';
import { toFieldErrors } from './field-errors';

/**
 * An API error as the console shows it: the API's code and message, and for validation errors
 * the path of each problem (forms and the YAML view put them at their place).
 * `status` 0 means the API could not be reached.
 */
export class ApiError extends HttpError {
  readonly code: string;
  readonly details: { path: string; message: string }[];

  constructor(
    status: number,
    code: string,
    message: string,
    details: { path: string; message: string }[] = [],
  ) {
    // `body.errors` is where react-admin forms look for server-side validation errors.
    const errors = status === 400 || status === 422 ? toFieldErrors(message, details) : undefined;
    super(message, status, { code, details, ...(errors && { errors }) });
    // HttpError resets the prototype to its own, which would make `instanceof ApiError` false.
    Object.setPrototypeOf(this, new.target.prototype);
    this.name = 'ApiError';
    this.code = code;
    this.details = details;
  }
}

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Sent as JSON unless it is a string/Blob/FormData (then as is, with the given headers). */
  body?: unknown;
  query?: Record<string, string | number | boolean | undefined | null>;
  headers?: Record<string, string>;
  signal?: AbortSignal;
}

export interface ApiResponse<T> {
  status: number;
  headers: Headers;
  data: T;
}

export interface ApiClient {
  readonly baseUrl: string;
  request<T = unknown>(path: string, options?: RequestOptions): Promise<ApiResponse<T>>;
  /** The raw response (streams, downloads); non-2xx answers still throw ApiError. */
  fetch(path: string, options?: RequestOptions): Promise<Response>;
}

/** Turns any failed response into an ApiError with the API's own code and message. */
export async function toApiError(response: Response): Promise<ApiError> {
  const text = await response.text().catch(() => '');
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = undefined;
  }
  const body = errorBodySchema.safeParse(parsed);
  if (body.success) {
    const { code, message, details } = body.data.error;
    return new ApiError(response.status, code, message, details);
  }
  return new ApiError(
    response.status,
    response.status >= 500 ? 'internal' : 'http_error',
    `The API answered ${response.status} ${response.statusText}.`.trim(),
  );
}

/**
 * The one way the console talks to the API. `getToken` supplies the signed-in user's bearer
 * token; `onUnauthenticated` is told about a 401 so the auth provider can send the user to the
 * login page.
 */
export function createApiClient({
  baseUrl,
  getToken,
  fetchImpl = (input, init) => globalThis.fetch(input, init),
}: {
  baseUrl: string;
  getToken: () => string | null;
  fetchImpl?: typeof fetch;
}): ApiClient {
  async function send(path: string, options: RequestOptions = {}): Promise<Response> {
    const url = new URL(`${baseUrl}${path}`);
    for (const [key, value] of Object.entries(options.query ?? {})) {
      if (value !== undefined && value !== null && value !== '') {
        url.searchParams.set(key, String(value));
      }
    }
    const headers: Record<string, string> = { accept: 'application/json', ...options.headers };
    const token = getToken();
    if (token) headers.authorization = `Bearer ${token}`;
    let body: BodyInit | undefined;
    if (options.body !== undefined) {
      if (
        typeof options.body === 'string' ||
        options.body instanceof Blob ||
        options.body instanceof FormData
      ) {
        body = options.body;
      } else {
        body = JSON.stringify(options.body);
        headers['content-type'] ??= 'application/json';
      }
    }
    let response: Response;
    try {
      response = await fetchImpl(url, {
        method: options.method ?? 'GET',
        headers,
        body,
        signal: options.signal,
      });
    } catch (error) {
      if ((error as Error).name === 'AbortError') throw error;
      throw new ApiError(0, 'unreachable', 'The Scenaro API cannot be reached.');
    }
    if (!response.ok) throw await toApiError(response);
    return response;
  }

  return {
    baseUrl,
    fetch: send,
    async request<T>(path: string, options?: RequestOptions): Promise<ApiResponse<T>> {
      const response = await send(path, options);
      const text = response.status === 204 ? '' : await response.text();
      const type = response.headers.get('content-type') ?? '';
      const data = (text && type.includes('json') ? JSON.parse(text) : text) as T;
      return { status: response.status, headers: response.headers, data };
    },
  };
}
