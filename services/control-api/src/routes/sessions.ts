import {
  createSessionBodySchema,
  createSessionResponseSchema,
  pageSchema,
  sessionDetailSchema,
  sessionListItemSchema,
  sessionListQuerySchema,
  sessionParamsSchema,
  sessionStateSchema,
  tenantParamsSchema,
} from '@scenaro/api-contract';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../deps.js';
import { liveKitSettings } from '../domain/runtime/livekit-token.js';
import { createSession } from '../domain/sessions/create-session.js';
import { getSessionDetail } from '../domain/sessions/get-session-detail.js';
import { getSessionState } from '../domain/sessions/get-session-state.js';
import { listSessions } from '../domain/sessions/list-sessions.js';

/** A tenant's sessions: started here, then driven by the agent runtime (routes/runtime.ts). */
export function sessionRoutes({ db, config }: AppDeps): FastifyPluginAsyncZod {
  const livekit = liveKitSettings(config);
  return async (app) => {
    app.post(
      '/v1/tenants/:tenantId/sessions',
      {
        // The one route a publishable key may call (its tenant is checked like any other).
        config: { kinds: ['admin', 'partner', 'tenant', 'publishable'] },
        schema: {
          tags: ['sessions'],
          summary: 'Start a voice session pinned to the current published orientation version',
          description:
            "Answers the LiveKit room and a participant token that dispatches the agent. Tenant key, or the tenant's publishable key from one of its allowed origins. 503 when LiveKit is not configured.",
          params: tenantParamsSchema,
          body: createSessionBodySchema.nullish(),
          response: { 201: createSessionResponseSchema },
        },
      },
      async (request, reply) =>
        reply.code(201).send(
          await createSession({
            db,
            tenantId: request.params.tenantId,
            body: request.body ?? {},
            livekit,
          }),
        ),
    );

    app.get(
      '/v1/tenants/:tenantId/sessions',
      {
        schema: {
          tags: ['sessions'],
          summary: "List the tenant's sessions, newest first",
          description:
            '`mode=live` lists voice sessions only, `mode=playground` the text playground sessions (default: both).',
          params: tenantParamsSchema,
          querystring: sessionListQuerySchema,
          response: { 200: pageSchema(sessionListItemSchema) },
        },
      },
      async (request) =>
        listSessions({ db, tenantId: request.params.tenantId, query: request.query }),
    );

    app.get(
      '/v1/tenants/:tenantId/sessions/:sessionId',
      {
        schema: {
          tags: ['sessions'],
          summary: 'Get a session with its transcript, metrics, selection, cart and summary',
          description:
            'The transcript holds user turns, agent turns and tool calls in order; at most the first 2 000 conversation events are read (`eventsTruncated` says when more exist). `summary` is set once the session has ended and been finalised.',
          params: sessionParamsSchema,
          response: { 200: sessionDetailSchema },
        },
      },
      async (request) => getSessionDetail({ db, ...request.params }),
    );

    app.get(
      '/v1/tenants/:tenantId/sessions/:sessionId/state',
      {
        // The voice client resyncs from here after a reconnect. A session id is an unguessable
        // capability handed to that browser, so its publishable key may read this one route.
        config: { kinds: ['admin', 'partner', 'tenant', 'publishable'] },
        schema: {
          tags: ['sessions'],
          summary: "A session's selection and cart, with its revision",
          params: sessionParamsSchema,
          response: { 200: sessionStateSchema },
        },
      },
      async (request) => getSessionState({ db, ...request.params }),
    );
  };
}
