import {
  type AddToCartBody,
  type AddToSelectionBody,
  type AppendSessionEventBody,
  type CartChange,
  type CartResult,
  type CreatePlaygroundSessionBody,
  cartChangeSchema,
  cartResultSchema,
  type EndSessionBody,
  type EndSessionResponse,
  endSessionResponseSchema,
  errorBodySchema,
  playgroundPreviewSchema,
  playgroundSessionSchema,
  type RuntimeBootstrap,
  type RuntimeDataHandlerId,
  type RuntimeOrientationVersion,
  type RuntimeToolResult,
  runtimeBootstrapSchema,
  runtimeOrientationVersionSchema,
  runtimeToolResultSchemas,
  type SelectionChange,
  type SelectionResult,
  type SessionEventView,
  type SessionStateView,
  selectionChangeSchema,
  selectionResultSchema,
  sessionEventSchema,
  sessionSchema,
  sessionStateSchema,
} from '@scenaro/api-contract';
import { z } from 'zod';
import { ControlApiError } from './control-api-error.js';

export { ControlApiError } from './control-api-error.js';

/**
 * What the runtime asks of the control API. An interface so that tests of the agent can swap
 * the HTTP boundary; every call names the session, never a tenant (the API derives it).
 */
export interface ControlApi {
  bootstrap(sessionId: string): Promise<RuntimeBootstrap>;
  orientationVersion(versionId: string): Promise<RuntimeOrientationVersion>;
  runTool<H extends RuntimeDataHandlerId>(
    sessionId: string,
    handler: H,
    args: Record<string, unknown>,
  ): Promise<RuntimeToolResult<H>>;
  state(sessionId: string): Promise<SessionStateView>;
  showSelection(sessionId: string): Promise<SelectionResult>;
  addToSelection(sessionId: string, body: AddToSelectionBody): Promise<SelectionChange>;
  removeFromSelection(sessionId: string, productId: string): Promise<SelectionChange>;
  showCart(sessionId: string): Promise<CartResult>;
  addToCart(sessionId: string, body: AddToCartBody): Promise<CartChange>;
  updateCartQuantity(sessionId: string, productId: string, quantity: number): Promise<CartChange>;
  removeFromCart(sessionId: string, productId: string): Promise<CartChange>;
  appendEvent(sessionId: string, body: AppendSessionEventBody): Promise<SessionEventView>;
  endSession(sessionId: string, body?: EndSessionBody): Promise<EndSessionResponse>;
}

/** How to reach the control API. */
export interface HttpControlApiOptions {
  baseUrl: string;
  runtimeKey: string;
  /** Per-request timeout; a voice turn cannot wait longer than this anyway. */
  timeoutMs?: number;
  fetch?: typeof fetch;
}

const toolResponseSchemas = Object.fromEntries(
  Object.entries(runtimeToolResultSchemas).map(([handler, schema]) => [
    handler,
    z.object({ result: schema }),
  ]),
) as unknown as Record<RuntimeDataHandlerId, z.ZodType<{ result: unknown }>>;

/** The control API over HTTP, every answer parsed with the shared api-contract schemas. */
export class HttpControlApi implements ControlApi {
  readonly #baseUrl: string;
  readonly #runtimeKey: string;
  readonly #timeoutMs: number;
  readonly #fetch: typeof fetch;

  constructor(options: HttpControlApiOptions) {
    this.#baseUrl = options.baseUrl.replace(/\/+$/, '');
    this.#runtimeKey = options.runtimeKey;
    this.#timeoutMs = options.timeoutMs ?? 10_000;
    this.#fetch = options.fetch ?? fetch;
  }

  /**
   * Readies this process's way to the control API before any job needs it: Node loads its HTTP
   * client on the first `fetch`, and the first call opens the keep-alive connection the next
   * ones reuse. Never throws: a job's own calls report an API that is still down by then.
   */
  async warmUp(): Promise<void> {
    await this.#call('GET', '/healthz', z.unknown()).catch(() => undefined);
  }

  bootstrap(sessionId: string) {
    return this.#call('GET', `${session(sessionId)}/bootstrap`, runtimeBootstrapSchema);
  }

  orientationVersion(versionId: string) {
    return this.#call(
      'GET',
      `/v1/runtime/orientation-versions/${encodeURIComponent(versionId)}`,
      runtimeOrientationVersionSchema,
    );
  }

  async runTool<H extends RuntimeDataHandlerId>(
    sessionId: string,
    handler: H,
    args: Record<string, unknown>,
  ): Promise<RuntimeToolResult<H>> {
    const { result } = await this.#call(
      'POST',
      `${session(sessionId)}/tools/${encodeURIComponent(handler)}`,
      toolResponseSchemas[handler],
      { arguments: args },
    );
    return result as RuntimeToolResult<H>;
  }

  state(sessionId: string) {
    return this.#call('GET', `${session(sessionId)}/state`, sessionStateSchema);
  }

  showSelection(sessionId: string) {
    return this.#call('GET', `${session(sessionId)}/selection`, selectionResultSchema);
  }

  addToSelection(sessionId: string, body: AddToSelectionBody) {
    return this.#call('POST', `${session(sessionId)}/selection`, selectionChangeSchema, body);
  }

  removeFromSelection(sessionId: string, productId: string) {
    return this.#call(
      'DELETE',
      `${session(sessionId)}/selection/${encodeURIComponent(productId)}`,
      selectionChangeSchema,
    );
  }

  showCart(sessionId: string) {
    return this.#call('GET', `${session(sessionId)}/cart`, cartResultSchema);
  }

  addToCart(sessionId: string, body: AddToCartBody) {
    return this.#call('POST', `${session(sessionId)}/cart`, cartChangeSchema, body);
  }

  updateCartQuantity(sessionId: string, productId: string, quantity: number) {
    return this.#call(
      'PATCH',
      `${session(sessionId)}/cart/${encodeURIComponent(productId)}`,
      cartChangeSchema,
      { quantity },
    );
  }

  removeFromCart(sessionId: string, productId: string) {
    return this.#call(
      'DELETE',
      `${session(sessionId)}/cart/${encodeURIComponent(productId)}`,
      cartChangeSchema,
    );
  }

  appendEvent(sessionId: string, body: AppendSessionEventBody) {
    return this.#call('POST', `${session(sessionId)}/events`, sessionEventSchema, body);
  }

  endSession(sessionId: string, body: EndSessionBody = {}) {
    return this.#call('POST', `${session(sessionId)}/end`, endSessionResponseSchema, body);
  }

  #call<T>(method: Method, path: string, schema: z.ZodType<T>, body?: unknown): Promise<T> {
    return request(
      {
        baseUrl: this.#baseUrl,
        authorization: `Bearer ${this.#runtimeKey}`,
        timeoutMs: this.#timeoutMs,
        fetch: this.#fetch,
      },
      method,
      path,
      schema,
      body,
    );
  }
}

/**
 * The control API on behalf of a user of the text playground: every call carries that user's
 * own `Authorization` header, so the API decides what they may do (and its 401, 403 and 404
 * reach them as they are). The playground server keeps no credentials of its own for this.
 */
export class CallerControlApi {
  readonly #connection: Connection;

  constructor(options: {
    baseUrl: string;
    /** The caller's header as received (`Bearer …`); absent, the API answers 401. */
    authorization: string | undefined;
    timeoutMs?: number;
    fetch?: typeof fetch;
  }) {
    this.#connection = {
      baseUrl: options.baseUrl.replace(/\/+$/, ''),
      authorization: options.authorization,
      timeoutMs: options.timeoutMs ?? 10_000,
      fetch: options.fetch ?? fetch,
    };
  }

  /** What a playground session would run (`dryRun`): nothing is written. */
  previewPlaygroundSession(tenantId: string, body: CreatePlaygroundSessionBody) {
    return request(
      this.#connection,
      'POST',
      `${tenant(tenantId)}/playground-sessions`,
      playgroundPreviewSchema,
      { ...body, dryRun: true },
    );
  }

  /** Creates the playground's test session (a real session, `playground` mode). */
  createPlaygroundSession(tenantId: string, body: CreatePlaygroundSessionBody) {
    return request(
      this.#connection,
      'POST',
      `${tenant(tenantId)}/playground-sessions`,
      playgroundSessionSchema,
      { ...body, dryRun: false },
    );
  }

  /** The session as the caller may see it: a 404 when they may not. */
  session(tenantId: string, sessionId: string) {
    return request(
      this.#connection,
      'GET',
      `${tenant(tenantId)}/sessions/${encodeURIComponent(sessionId)}`,
      sessionSchema,
    );
  }
}

type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE';

interface Connection {
  baseUrl: string;
  authorization: string | undefined;
  timeoutMs: number;
  fetch: typeof fetch;
}

/** One call, its answer parsed with the shared contract; failures as {@link ControlApiError}. */
async function request<T>(
  connection: Connection,
  method: Method,
  path: string,
  schema: z.ZodType<T>,
  body?: unknown,
): Promise<T> {
  const headers: Record<string, string> = {};
  if (connection.authorization !== undefined) headers.authorization = connection.authorization;
  if (body !== undefined) headers['content-type'] = 'application/json';
  let response: Response;
  try {
    response = await connection.fetch(`${connection.baseUrl}${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(connection.timeoutMs),
    });
  } catch (error) {
    const timedOut = error instanceof Error && error.name === 'TimeoutError';
    throw new ControlApiError(
      0,
      timedOut ? 'TIMEOUT' : 'UNREACHABLE',
      timedOut ? 'The control API did not answer in time.' : 'The control API is unreachable.',
    );
  }
  const text = await response.text();
  const json = parseJson(text);
  if (!response.ok) {
    const error = errorBodySchema.safeParse(json);
    if (error.success) {
      const { code, message, details } = error.data.error;
      throw new ControlApiError(response.status, code, message, details);
    }
    throw new ControlApiError(response.status, 'HTTP_ERROR', `HTTP ${response.status}`);
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    // The two sides disagree on the contract: a bug, not something to explain to the user.
    throw new ControlApiError(
      502,
      'BAD_RESPONSE',
      `Unexpected answer from ${method} ${path}: ${parsed.error.issues[0]?.message ?? ''}`,
    );
  }
  return parsed.data;
}

function tenant(tenantId: string): string {
  return `/v1/tenants/${encodeURIComponent(tenantId)}`;
}

function session(sessionId: string): string {
  return `/v1/runtime/sessions/${encodeURIComponent(sessionId)}`;
}

function parseJson(text: string): unknown {
  if (text === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
