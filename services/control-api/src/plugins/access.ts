import type { ApiKeyKindName } from '@scenaro/api-contract';
import type { Db } from '@scenaro/db';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { requireKind } from '../auth/principal.js';
import { assertTenantVisible } from '../auth/tenant-access.js';
import { AppError } from '../errors.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Kinds of key that may call the route (default: admin, partner, tenant). */
    kinds?: readonly ApiKeyKindName[];
  }
}

const DEFAULT_KINDS: readonly ApiKeyKindName[] = ['admin', 'partner', 'tenant'];

/**
 * Access rules applied to every route before its input is validated, so a route cannot forget
 * them: the tenant in the path must be visible to the caller (404 otherwise), and the caller's
 * kind of key must be allowed (403). Queries still scope by tenant on their own.
 */
export const accessPlugin = fp(async (app: FastifyInstance, { db }: { db: Db }) => {
  app.addHook('preValidation', async (request) => {
    const principal = request.principal;
    if (!principal) return;
    const tenantId = (request.params as Record<string, unknown> | undefined)?.tenantId;
    if (typeof tenantId === 'string') await assertTenantVisible({ db, principal, tenantId });
    requireKind(principal, request.routeOptions.config.kinds ?? DEFAULT_KINDS);
    // A publishable key lives in a browser page: it counts only from one of its allowed
    // origins. Browsers set `Origin` themselves, so another site cannot use the key; a
    // non-browser client can forge it, which is why such keys may do almost nothing.
    if (principal.kind === 'publishable') {
      const origin = request.headers.origin;
      if (!origin || !principal.allowedOrigins.includes(origin)) {
        throw new AppError('forbidden', 'This key may not be used from this origin.');
      }
    }
  });
});
