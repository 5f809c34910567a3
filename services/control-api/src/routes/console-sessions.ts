import { consoleMeSchema, consoleSessionSchema, loginBodySchema } from '@scenaro/api-contract';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../deps.js';
import { getMe } from '../domain/console-users/get-me.js';
import { signIn } from '../domain/console-users/sign-in.js';
import { createSignInThrottle } from '../domain/console-users/sign-in-throttle.js';
import { signOut } from '../domain/console-users/sign-out.js';
import { principalOf } from '../plugins/auth.js';

/** Console sign-in and sign-out: a person's email and password become a bearer token. */
export function consoleSessionRoutes({ db, redis, config }: AppDeps): FastifyPluginAsyncZod {
  const throttle = createSignInThrottle(redis, config.QUEUE_PREFIX);
  return async (app) => {
    app.post(
      '/v1/console/sessions',
      {
        config: { public: true },
        schema: {
          tags: ['console'],
          summary: 'Sign in to the console with an email and a password (no key needed)',
          security: [],
          body: loginBodySchema,
          response: { 201: consoleSessionSchema },
        },
      },
      async (request, reply) =>
        reply.code(201).send(
          await signIn({
            db,
            throttle,
            ttlHours: config.CONSOLE_SESSION_TTL_HOURS,
            body: request.body,
          }),
        ),
    );

    app.delete(
      '/v1/console/sessions/current',
      {
        // Every role may sign out.
        config: { consoleRole: 'viewer' },
        schema: {
          tags: ['console'],
          summary: 'Sign out: the token of this request stops working at once',
          response: { 204: z.null().describe('Signed out') },
        },
      },
      async (request, reply) => {
        await signOut({ db, principal: principalOf(request) });
        return reply.code(204).send(null);
      },
    );

    app.get(
      '/v1/console/me',
      {
        schema: {
          tags: ['console'],
          summary: 'The signed-in console user and when the sign-in expires',
          response: { 200: consoleMeSchema },
        },
      },
      async (request) => getMe({ db, principal: principalOf(request) }),
    );
  };
}
