import { errorBodySchema } from '@scenaro/api-contract';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../deps.js';

const check = z.object({ status: z.enum(['ok', 'down']) });

/** Liveness (the process answers) and readiness (Postgres and Redis answer). */
export function healthRoutes({ db, redis }: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    const publicRoute = { public: true, rateLimit: false } as const;
    app.get(
      '/healthz',
      {
        config: publicRoute,
        schema: { hide: true, response: { 200: z.object({ status: z.literal('ok') }) } },
      },
      async () => ({ status: 'ok' as const }),
    );
    app.get(
      '/readyz',
      {
        config: publicRoute,
        schema: {
          hide: true,
          response: {
            200: z.object({ status: z.literal('ok'), postgres: check, redis: check }),
            503: errorBodySchema,
          },
        },
      },
      async (_request, reply) => {
        const probe = async (fn: () => Promise<unknown>) => {
          try {
            await Promise.race([
              fn(),
              new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), 2000)),
            ]);
            return { status: 'ok' as const };
          } catch {
            return { status: 'down' as const };
          }
        };
        const [postgres, redisState] = await Promise.all([
          probe(() => db.$queryRaw`SELECT 1`),
          probe(() => redis.ping()),
        ]);
        if (postgres.status === 'ok' && redisState.status === 'ok') {
          return { status: 'ok' as const, postgres, redis: redisState };
        }
        return reply
          .code(503)
          .type('application/json')
          .send({
            error: {
              code: 'unavailable',
              message: 'Not ready.',
              details: [
                { path: 'postgres', message: postgres.status },
                { path: 'redis', message: redisState.status },
              ],
            },
          });
      },
    );
  };
}
