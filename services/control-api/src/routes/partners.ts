import {
  createPartnerBodySchema,
  createPartnerResponseSchema,
  pageQuerySchema,
  pageSchema,
  partnerSchema,
} from '@scenaro/api-contract';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireKind } from '../auth/principal.js';
import type { AppDeps } from '../deps.js';
import { createPartner } from '../domain/partners/create-partner.js';
import { listPartners } from '../domain/partners/list-partners.js';
import { principalOf } from '../plugins/auth.js';

/** Partners: resellers and integrators that provision tenants (platform admins manage them). */
export function partnerRoutes({ db }: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/v1/partners',
      {
        config: { consoleRole: 'admin' },
        schema: {
          tags: ['partners'],
          summary: 'Create a partner and its first key (admin)',
          body: createPartnerBodySchema,
          response: { 201: createPartnerResponseSchema },
        },
      },
      async (request, reply) => {
        const principal = principalOf(request);
        requireKind(principal, ['admin']);
        return reply
          .code(201)
          .send(await createPartner({ db, principal, name: request.body.name }));
      },
    );
    app.get(
      '/v1/partners',
      {
        config: { consoleRole: 'admin' },
        schema: {
          tags: ['partners'],
          summary: 'List partners (admin)',
          querystring: pageQuerySchema,
          response: { 200: pageSchema(partnerSchema) },
        },
      },
      async (request) => {
        requireKind(principalOf(request), ['admin']);
        return listPartners({ db, page: request.query });
      },
    );
  };
}
