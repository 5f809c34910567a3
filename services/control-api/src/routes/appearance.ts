import { appearanceQuerySchema, appearanceSchema, tenantParamsSchema } from '@scenaro/api-contract';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../deps.js';
import { getAppearance } from '../domain/appearance/get-appearance.js';

// The publishable key may read it (from its allowed origins): the voice client shows the
// shop's look before a session starts.
const kinds = ['publishable', 'tenant', 'admin', 'partner'] as const;

/** How the voice client looks for a tenant (its orientation's `ui` block). */
export function appearanceRoutes({ db }: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/v1/tenants/:tenantId/appearance',
      {
        config: { kinds },
        schema: {
          tags: ['sessions'],
          summary: "The voice client's look: the current orientation's ui, rendered for the tenant",
          description:
            "Tenant, partner or admin key, or the tenant's publishable key from one of its allowed origins.",
          params: tenantParamsSchema,
          querystring: appearanceQuerySchema,
          response: { 200: appearanceSchema },
        },
      },
      async (request) =>
        getAppearance({
          db,
          tenantId: request.params.tenantId,
          slug: request.query.orientation,
        }),
    );
  };
}
