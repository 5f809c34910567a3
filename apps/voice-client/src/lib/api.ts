import {
  type Appearance,
  appearanceSchema,
  type CreateSessionResponse,
  createSessionResponseSchema,
  errorBodySchema,
} from '@scenaro/api-contract';
import { parseState, type ShownState } from '../conversation/session-state';
import type { ClientConfig } from './config';

/** Why a call to the control API failed, as the interface explains it. */
export type ApiFailure =
  | 'unreachable' // network error, CORS refusal, or 5xx other than 503
  | 'unavailable' // 503: voice sessions are not configured on this server
  | 'refused' // 401/403: the key is wrong, revoked, or not allowed from this site
  | 'not_found' // 404: no such shop for this key
  | 'invalid'; // anything else the client did not expect

export class ApiError extends Error {
  constructor(
    readonly failure: ApiFailure,
    readonly status: number | null,
    readonly code: string | null,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** What joining a voice session needs (the API's answer to `POST …/sessions`). */
export type SessionGrant = CreateSessionResponse;

function failureOf(status: number): ApiFailure {
  if (status === 503) return 'unavailable';
  if (status === 401 || status === 403) return 'refused';
  if (status === 404) return 'not_found';
  if (status >= 500) return 'unreachable';
  return 'invalid';
}

async function call(config: ClientConfig, path: string, init: RequestInit = {}): Promise<unknown> {
  if (!config.tenantId || !config.publishableKey) {
    throw new ApiError('invalid', null, null, 'The client is not configured for a shop.');
  }
  let response: Response;
  try {
    response = await fetch(
      `${config.apiUrl}/v1/tenants/${encodeURIComponent(config.tenantId)}${path}`,
      {
        ...init,
        headers: {
          authorization: `Bearer ${config.publishableKey}`,
          accept: 'application/json',
          ...(init.body ? { 'content-type': 'application/json' } : {}),
        },
      },
    );
  } catch (error) {
    throw new ApiError('unreachable', null, null, error instanceof Error ? error.message : 'fetch');
  }
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const parsed = errorBodySchema.safeParse(body);
    throw new ApiError(
      failureOf(response.status),
      response.status,
      parsed.success ? parsed.data.error.code : null,
      parsed.success ? parsed.data.error.message : `HTTP ${response.status}`,
    );
  }
  return body;
}

/** The shop's look: title, colours, labels (the orientation's `ui`). */
export async function fetchAppearance(config: ClientConfig): Promise<Appearance> {
  const parsed = appearanceSchema.safeParse(await call(config, '/appearance'));
  if (!parsed.success) throw new ApiError('invalid', 200, null, 'Unexpected appearance.');
  return parsed.data;
}

/** Starts a voice session with the publishable key: the room to join and the token. */
export async function createSession(config: ClientConfig): Promise<SessionGrant> {
  const parsed = createSessionResponseSchema.safeParse(
    await call(config, '/sessions', { method: 'POST', body: '{}' }),
  );
  if (!parsed.success) throw new ApiError('invalid', 201, null, 'Unexpected session.');
  return parsed.data;
}

/** The session's selection and cart from the API (to resync after a reconnection). */
export async function fetchSessionState(
  config: ClientConfig,
  sessionId: string,
): Promise<ShownState | null> {
  return parseState(await call(config, `/sessions/${encodeURIComponent(sessionId)}/state`));
}
