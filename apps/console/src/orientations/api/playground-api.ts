import {
  type PlaygroundEvent,
  type StartPlaygroundResponse,
  startPlaygroundResponseSchema,
} from '@scenaro/api-contract';
import type { ApiClient } from '../../api/client';
import { readNdjson } from '../model/ndjson';

// The runtime's text playground (packages/api-contract/src/playground.ts). The client given
// here points at the playground URL and carries the signed-in user's token, which the
// playground forwards to the control API: the API decides who may use it.

/** Starts a conversation on the tenant's draft of `slug`; the answer carries the greeting. */
export async function startPlayground(
  playground: ApiClient,
  tenantId: string,
  slug: string,
): Promise<StartPlaygroundResponse> {
  const { data } = await playground.request<unknown>('/v1/playground/sessions', {
    method: 'POST',
    body: { tenantId, orientation: slug, source: 'draft' },
  });
  return startPlaygroundResponseSchema.parse(data);
}

/** Sends one user message; yields the turn's events as the playground streams them. */
export async function* sendTurn(
  playground: ApiClient,
  sessionId: string,
  text: string,
  signal?: AbortSignal,
): AsyncGenerator<PlaygroundEvent> {
  const response = await playground.fetch(
    `/v1/playground/sessions/${encodeURIComponent(sessionId)}/turns`,
    {
      method: 'POST',
      body: { text },
      headers: { accept: 'application/x-ndjson' },
      signal,
    },
  );
  if (!response.body) return;
  yield* readNdjson(response.body);
}

/** Ends a conversation (best effort: a session the playground forgot is gone anyway). */
export async function endPlayground(playground: ApiClient, sessionId: string): Promise<void> {
  await playground
    .request(`/v1/playground/sessions/${encodeURIComponent(sessionId)}`, { method: 'DELETE' })
    .catch(() => undefined);
}
