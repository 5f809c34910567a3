import {
  runtimeDataHandlerIds,
  runtimeSessionParamsSchema,
  runtimeToolBodySchema,
  runtimeToolResponseSchemas,
} from '@scenaro/api-contract';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../deps.js';
import { runDataHandler } from '../domain/runtime/run-data-handler.js';

const runtimeOnly = { kinds: ['runtime'] as const };

/** Tool arguments are a few short fields; anything larger is refused unread (413). */
const BODY_LIMIT_BYTES = 16 * 1024;

/**
 * The data handlers behind the LLM's catalogue and knowledge tools, one route per handler so
 * each documents its result. The session names the tenant; the arguments never do.
 */
export function runtimeToolRoutes({ db }: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    for (const handler of runtimeDataHandlerIds) {
      app.post(
        `/v1/runtime/sessions/:sessionId/tools/${handler}`,
        {
          config: runtimeOnly,
          bodyLimit: BODY_LIMIT_BYTES,
          schema: {
            tags: ['runtime'],
            summary: `Run the ${handler} handler for this session`,
            description:
              "`arguments` are checked against the handler's parameters as the session's pinned orientation derives them; unknown fields are refused.",
            params: runtimeSessionParamsSchema,
            body: runtimeToolBodySchema,
            response: { 200: runtimeToolResponseSchemas[handler] },
          },
        },
        async (request) =>
          runDataHandler({
            db,
            sessionId: request.params.sessionId,
            handler,
            args: request.body.arguments,
          }),
      );
    }
  };
}
