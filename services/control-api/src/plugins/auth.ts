import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { Authenticator } from '../auth/authenticate.js';
import type { Principal } from '../auth/principal.js';
import { AppError } from '../errors.js';

declare module 'fastify' {
  interface FastifyRequest {
    principal: Principal | null;
    bearerToken: string | null;
  }
  interface FastifyContextConfig {
    /** Reachable without a key (health, OpenAPI, docs). */
    public?: boolean;
  }
}

/** The authenticated caller of a protected route. */
export function principalOf(request: FastifyRequest): Principal {
  if (!request.principal)
    throw new AppError('unauthenticated', 'An API key or a console sign-in is required.');
  return request.principal;
}

/**
 * Every route needs `Authorization: Bearer <key>` (an API key or a console sign-in token)
 * unless it is marked public.
 */
export const authPlugin = fp(
  async (app: FastifyInstance, { authenticator }: { authenticator: Authenticator }) => {
    app.decorateRequest('principal', null);
    app.decorateRequest('bearerToken', null);
    app.addHook('onRequest', async (request) => {
      // Unknown routes fall through to the 404/405 handler, which needs no key.
      if (request.routeOptions.config.public || request.routeOptions.url === undefined) return;
      const header = request.headers.authorization;
      const match = header ? /^Bearer\s+(\S+)\s*$/i.exec(header) : null;
      if (!match?.[1]) {
        throw new AppError(
          'unauthenticated',
          'Send your API key as "Authorization: Bearer <key>".',
          {
            headers: { 'WWW-Authenticate': 'Bearer' },
          },
        );
      }
      const principal = await authenticator.authenticate(match[1]);
      if (!principal) {
        throw new AppError(
          'unauthenticated',
          'This API key or sign-in token is not valid or has been revoked.',
          {
            headers: { 'WWW-Authenticate': 'Bearer error="invalid_token"' },
          },
        );
      }
      request.principal = principal;
      request.bearerToken = match[1];
    });
  },
);
