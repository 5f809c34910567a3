import {
  auditEventSchema,
  pageQuerySchema,
  pageSchema,
  tenantParamsSchema,
} from '@scenaro/api-contract';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../deps.js';
import { listAuditEvents } from '../domain/audit/list-audit-events.js';

/** Who changed what in a tenant, and when. */
export function auditRoutes({ db }: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/v1/tenants/:tenantId/audit',
      {
        schema: {
          tags: ['audit'],
          summary: "The tenant's audit trail, newest first",
          params: tenantParamsSchema,
          querystring: pageQuerySchema,
          response: { 200: pageSchema(auditEventSchema) },
        },
      },
      async (request) =>
        listAuditEvents({ db, tenantId: request.params.tenantId, page: request.query }),
    );
  };
}
