import { type ApiKeyKindName, CONSOLE_ROLE_RANK, type ConsoleRole } from '@scenaro/api-contract';
import type { Db } from '@scenaro/db';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { type Principal, requireKind } from '../auth/principal.js';
import { assertTenantVisible } from '../auth/tenant-access.js';
import { AppError } from '../errors.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Kinds of key that may call the route (default: admin, partner, tenant). */
    kinds?: readonly ApiKeyKindName[];
    /**
     * Lowest console role that may call the route (console sign-ins only; API keys are not
     * affected). Default: viewer for GET and HEAD, editor for anything else.
     */
    consoleRole?: ConsoleRole;
  }
}

const DEFAULT_KINDS: readonly ApiKeyKindName[] = ['admin', 'partner', 'tenant'];

/** Refuses (403) a console user whose role is below what the route needs. */
function requireConsoleRole(principal: Principal, request: FastifyRequest): void {
  if (!principal.user) return;
  const needed =
    request.routeOptions.config.consoleRole ??
    (request.method === 'GET' || request.method === 'HEAD' ? 'viewer' : 'editor');
  const role = principal.user.role;
  if (CONSOLE_ROLE_RANK[role] >= CONSOLE_ROLE_RANK[needed]) return;
  throw new AppError(
    'forbidden',
    needed === 'editor'
      ? `Your role (${role}) may not change anything.`
      : `Your role (${role}) may not do this: it needs the ${needed} role.`,
  );
}

/**
 * Access rules applied to every route before its input is validated, so a route cannot forget
 * them: the tenant in the path must be visible to the caller (404 otherwise), the caller's kind
 * of key must be allowed (403), and so must a console user's role (403). Queries still scope by
 * tenant on their own.
 */
export const accessPlugin = fp(async (app: FastifyInstance, { db }: { db: Db }) => {
  app.addHook('preValidation', async (request) => {
    const principal = request.principal;
    if (!principal) return;
    const tenantId = (request.params as Record<string, unknown> | undefined)?.tenantId;
    if (typeof tenantId === 'string') await assertTenantVisible({ db, principal, tenantId });
    requireKind(principal, request.routeOptions.config.kinds ?? DEFAULT_KINDS);
    requireConsoleRole(principal, request);
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
