import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { Redis } from 'ioredis';

/**
 * A request budget per API key (per address for anonymous calls), counted in Redis so that
 * every replica of the API shares it. Runs after authentication: a forged key cannot spend
 * somebody else's budget.
 */
export const rateLimitPlugin = fp(
  async (app: FastifyInstance, { redis, perMinute }: { redis: Redis; perMinute: number }) => {
    await app.register(rateLimit, {
      global: true,
      hook: 'preHandler',
      max: perMinute,
      timeWindow: 60_000,
      redis,
      nameSpace: 'scenaro:rate:',
      keyGenerator: (request) => request.principal?.keyId ?? `ip:${request.ip}`,
      errorResponseBuilder: (_request, context) => ({
        statusCode: 429,
        message: `Rate limit of ${context.max} requests per minute reached.`,
      }),
    });
  },
);
