import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyRequest } from 'fastify';
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
      keyGenerator: budgetOf,
      errorResponseBuilder: (_request, context) => ({
        statusCode: 429,
        message: `Rate limit of ${context.max} requests per minute reached.`,
      }),
    });
  },
);

/**
 * Whose budget a request spends: its key's, or its address's when anonymous. Every agent job
 * calls with the same runtime key, so a runtime call about a session spends that session's
 * budget: a runaway conversation is stopped without starving the deployment's other ones.
 */
function budgetOf(request: FastifyRequest): string {
  const { principal } = request;
  if (!principal) return `ip:${request.ip}`;
  const { sessionId } = (request.params ?? {}) as { sessionId?: unknown };
  return principal.kind === 'runtime' && typeof sessionId === 'string'
    ? `${principal.keyId}:${sessionId}`
    : principal.keyId;
}
