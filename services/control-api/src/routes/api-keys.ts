import {
  apiKeySchema,
  createdApiKeySchema,
  createPlatformKeyBodySchema,
  createTenantKeyBodySchema,
  pageQuerySchema,
  pageSchema,
  tenantParamsSchema,
} from '@scenaro/api-contract';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../deps.js';
import { createPlatformKey } from '../domain/api-keys/create-platform-key.js';
import { createTenantKey } from '../domain/api-keys/create-tenant-key.js';
import { listPlatformKeys } from '../domain/api-keys/list-platform-keys.js';
import { listTenantKeys } from '../domain/api-keys/list-tenant-keys.js';
import { revokePlatformKey } from '../domain/api-keys/revoke-platform-key.js';
import { revokeTenantKey } from '../domain/api-keys/revoke-tenant-key.js';
import { principalOf } from '../plugins/auth.js';

/** API keys: platform keys (admin, runtime) and each tenant's own keys. */
export function apiKeyRoutes({ db }: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/v1/keys',
      {
        config: { kinds: ['admin'], consoleRole: 'admin' },
        schema: {
          tags: ['keys'],
          summary: 'Create a platform key: admin or runtime (admin)',
          body: createPlatformKeyBodySchema,
          response: { 201: createdApiKeySchema },
        },
      },
      async (request, reply) =>
        reply
          .code(201)
          .send(
            await createPlatformKey({ db, principal: principalOf(request), body: request.body }),
          ),
    );

    app.get(
      '/v1/keys',
      {
        config: { kinds: ['admin'], consoleRole: 'admin' },
        schema: {
          tags: ['keys'],
          summary: 'List platform keys: admin and runtime (admin; never their secrets)',
          querystring: pageQuerySchema,
          response: { 200: pageSchema(apiKeySchema) },
        },
      },
      async (request) => listPlatformKeys({ db, page: request.query }),
    );

    app.delete(
      '/v1/keys/:keyId',
      {
        config: { kinds: ['admin'], consoleRole: 'admin' },
        schema: {
          tags: ['keys'],
          summary: 'Revoke a platform key (admin): it fails from the next request on',
          params: z.object({ keyId: z.string().min(1).max(64) }).strict(),
          response: { 200: apiKeySchema },
        },
      },
      async (request) =>
        revokePlatformKey({ db, keyId: request.params.keyId, principal: principalOf(request) }),
    );

    app.get(
      '/v1/tenants/:tenantId/keys',
      {
        config: { consoleRole: 'admin' },
        schema: {
          tags: ['keys'],
          summary: "List a tenant's keys (never their secrets)",
          params: tenantParamsSchema,
          querystring: pageQuerySchema,
          response: { 200: pageSchema(apiKeySchema) },
        },
      },
      async (request) =>
        listTenantKeys({ db, tenantId: request.params.tenantId, page: request.query }),
    );

    app.post(
      '/v1/tenants/:tenantId/keys',
      {
        config: { consoleRole: 'admin' },
        schema: {
          tags: ['keys'],
          summary: 'Create a tenant or publishable key; the secret is shown once',
          params: tenantParamsSchema,
          body: createTenantKeyBodySchema,
          response: { 201: createdApiKeySchema },
        },
      },
      async (request, reply) =>
        reply.code(201).send(
          await createTenantKey({
            db,
            tenantId: request.params.tenantId,
            principal: principalOf(request),
            body: request.body,
          }),
        ),
    );

    app.delete(
      '/v1/tenants/:tenantId/keys/:keyId',
      {
        config: { consoleRole: 'admin' },
        schema: {
          tags: ['keys'],
          summary: 'Revoke a key: it fails from the next request on',
          params: tenantParamsSchema.extend({ keyId: z.string().min(1).max(64) }),
          response: { 200: apiKeySchema },
        },
      },
      async (request) =>
        revokeTenantKey({
          db,
          tenantId: request.params.tenantId,
          keyId: request.params.keyId,
          principal: principalOf(request),
        }),
    );
  };
}
