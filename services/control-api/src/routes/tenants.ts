import {
  createTenantBodySchema,
  createTenantResponseSchema,
  pageQuerySchema,
  pageSchema,
  tenantParamsSchema,
  tenantSchema,
  updateTenantBodySchema,
} from '@scenaro/api-contract';
import type { DbTx } from '@scenaro/db';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../deps.js';
import { withIdempotency } from '../domain/idempotency/with-idempotency.js';
import { createTenant } from '../domain/tenants/create-tenant.js';
import { deleteTenant } from '../domain/tenants/delete-tenant.js';
import { getTenant } from '../domain/tenants/get-tenant.js';
import { listTenants } from '../domain/tenants/list-tenants.js';
import { updateTenant } from '../domain/tenants/update-tenant.js';
import { principalOf } from '../plugins/auth.js';

const idempotencyHeaders = z.object({
  'idempotency-key': z
    .string()
    .min(8)
    .max(200)
    .optional()
    .describe('Retry-safe creation: the same key and body give the same response'),
});

/** Tenants (shops): created from a template by an admin or a partner. */
export function tenantRoutes({ db, templates }: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/v1/tenants',
      {
        config: { kinds: ['admin', 'partner'], consoleRole: 'admin' },
        schema: {
          tags: ['tenants'],
          summary: 'Create a tenant from a template, with its published orientation and first keys',
          headers: idempotencyHeaders,
          body: createTenantBodySchema,
          response: { 201: createTenantResponseSchema },
        },
      },
      async (request, reply) => {
        const principal = principalOf(request);
        const run = (tx: DbTx) => createTenant({ tx, principal, templates, body: request.body });
        const key = request.headers['idempotency-key'];
        if (!key) {
          return reply
            .code(201)
            .send(await db.$transaction(run, { maxWait: 10_000, timeout: 20_000 }));
        }
        const result = await withIdempotency(
          db,
          {
            key,
            scope: principal.keyId,
            callerSecret: request.bearerToken ?? '',
            fingerprint: { route: 'POST /v1/tenants', body: request.body },
          },
          async (tx) => ({ statusCode: 201, body: await run(tx) }),
        );
        if (result.replayed) reply.header('Idempotent-Replayed', 'true');
        // Only a 201 is ever stored for this route.
        return reply.code(result.statusCode as 201).send(result.body);
      },
    );

    app.get(
      '/v1/tenants',
      {
        schema: {
          tags: ['tenants'],
          summary: 'List the tenants this key may see',
          querystring: pageQuerySchema,
          response: { 200: pageSchema(tenantSchema) },
        },
      },
      async (request) => listTenants({ db, principal: principalOf(request), page: request.query }),
    );

    app.get(
      '/v1/tenants/:tenantId',
      {
        schema: {
          tags: ['tenants'],
          summary: 'Get a tenant',
          params: tenantParamsSchema,
          response: { 200: tenantSchema },
        },
      },
      async (request) => getTenant({ db, tenantId: request.params.tenantId }),
    );

    app.patch(
      '/v1/tenants/:tenantId',
      {
        config: { consoleRole: 'admin' },
        schema: {
          tags: ['tenants'],
          summary: "Rename a tenant or replace its variables' values",
          params: tenantParamsSchema,
          body: updateTenantBodySchema,
          response: { 200: tenantSchema },
        },
      },
      async (request) =>
        updateTenant({
          db,
          tenantId: request.params.tenantId,
          principal: principalOf(request),
          body: request.body,
        }),
    );

    app.delete(
      '/v1/tenants/:tenantId',
      {
        config: { kinds: ['admin', 'partner'], consoleRole: 'admin' },
        schema: {
          tags: ['tenants'],
          summary: 'Delete a tenant and everything it owns',
          params: tenantParamsSchema,
          response: { 204: z.null().describe('Deleted') },
        },
      },
      async (request, reply) => {
        await deleteTenant({
          db,
          tenantId: request.params.tenantId,
          principal: principalOf(request),
        });
        return reply.code(204).send(null);
      },
    );
  };
}
