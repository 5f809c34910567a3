import {
  createPlaygroundSessionBodySchema,
  playgroundPreviewSchema,
  playgroundSessionSchema,
  tenantParamsSchema,
} from '@scenaro/api-contract';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../deps.js';
import {
  createPlaygroundSession,
  previewPlaygroundSession,
} from '../domain/playground/create-playground-session.js';
import { principalOf } from '../plugins/auth.js';

/** Test sessions of the text playground (run by the agent runtime's playground server). */
export function playgroundSessionRoutes({ db }: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/v1/tenants/:tenantId/playground-sessions',
      {
        schema: {
          tags: ['sessions'],
          summary: 'Start a text playground session on the draft or a published version',
          description:
            '`source: "draft"` (default) runs a snapshot of the orientation\'s draft as it is now; `{ "version": n }` pins that published version (404 if it does not exist). The session is a real one in `playground` mode: its tools read and write real data. The agent runtime\'s playground server calls this with the user\'s own key, then runs the conversation. `dryRun: true` answers 200 with the document the session would run and writes nothing.',
          params: tenantParamsSchema,
          body: createPlaygroundSessionBodySchema.nullish(),
          response: { 200: playgroundPreviewSchema, 201: playgroundSessionSchema },
        },
      },
      async (request, reply) => {
        const { dryRun, ...body } = request.body ?? createPlaygroundSessionBodySchema.parse({});
        const tenantId = request.params.tenantId;
        if (dryRun) return reply.send(await previewPlaygroundSession({ db, tenantId, body }));
        return reply
          .code(201)
          .send(
            await createPlaygroundSession({ db, tenantId, principal: principalOf(request), body }),
          );
      },
    );
  };
}
