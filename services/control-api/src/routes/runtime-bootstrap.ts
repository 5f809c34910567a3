import {
  IMMUTABLE_CACHE_CONTROL,
  runtimeBootstrapSchema,
  runtimeOrientationVersionSchema,
  runtimeSessionParamsSchema,
  runtimeVersionParamsSchema,
} from '@scenaro/api-contract';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../deps.js';
import { getBootstrap } from '../domain/runtime/get-bootstrap.js';
import { getOrientationVersion } from '../domain/runtime/get-orientation-version.js';

const runtimeOnly = { kinds: ['runtime'] as const };
const tags = ['runtime'];

/** What a runtime job reads to start: the session's bootstrap and its pinned version. */
export function runtimeBootstrapRoutes({ db }: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/v1/runtime/sessions/:sessionId/bootstrap',
      {
        config: runtimeOnly,
        schema: {
          tags,
          summary: "A session, its tenant's variables and the version it is pinned to",
          params: runtimeSessionParamsSchema,
          response: { 200: runtimeBootstrapSchema },
        },
      },
      async (request, reply) => {
        reply.header('Cache-Control', 'no-store');
        return getBootstrap({ db, sessionId: request.params.sessionId });
      },
    );

    app.get(
      '/v1/runtime/orientation-versions/:versionId',
      {
        config: runtimeOnly,
        schema: {
          tags,
          summary: 'A published orientation version (immutable: cache it by id)',
          params: runtimeVersionParamsSchema,
          response: { 200: runtimeOrientationVersionSchema },
        },
      },
      async (request, reply) => {
        const version = await getOrientationVersion({ db, versionId: request.params.versionId });
        reply.header('Cache-Control', IMMUTABLE_CACHE_CONTROL);
        return version;
      },
    );
  };
}
