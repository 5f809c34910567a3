import { importAcceptedSchema, MAX_IMPORT_BYTES, tenantParamsSchema } from '@scenaro/api-contract';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../deps.js';
import { createCatalogImport } from '../domain/catalog-import/create-catalog-import.js';

/** Catalogue files imported in the background by the job worker. */
export function catalogImportRoutes({ db, jobs }: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    // In this plugin only: the body is the file itself, kept as bytes whatever its type, so that
    // the handler (after the tenant access checks) decides what it accepts and stores it as sent.
    app.removeAllContentTypeParsers();
    app.addContentTypeParser('*', { parseAs: 'buffer' }, (_request, body, done) => {
      done(null, body);
    });

    app.post(
      '/v1/tenants/:tenantId/catalog/imports',
      {
        bodyLimit: MAX_IMPORT_BYTES,
        schema: {
          tags: ['products'],
          summary: 'Import a catalogue file (CSV or JSON, up to 50 MiB) in the background',
          description: [
            'The body is the file. `text/csv`: a header row with sku, name, price (euros, dot',
            'or comma decimal) and optionally description, currency, stock, tags (`|`-separated),',
            "then one column per attribute of the tenant's catalogue (lists `|`-separated).",
            '`application/json`: an array of products (or `{ "products": [...] }`) with sku,',
            'name, priceCents or price, description?, currency?, stock?, tags?, attributes?.',
            'The file, its encoding and its header are checked first (400/415, nothing stored);',
            'rows are then checked and upserted by sku by the worker: follow the job at',
            '`GET /v1/tenants/{tenantId}/jobs/{jobId}`, where bad rows are listed with their',
            'row number (the CSV header is row 1). Importing the same file again changes nothing.',
          ].join(' '),
          consumes: ['text/csv', 'application/json'],
          params: tenantParamsSchema,
          response: { 202: importAcceptedSchema },
        },
      },
      async (request, reply) => {
        const accepted = await createCatalogImport({
          db,
          jobs,
          tenantId: request.params.tenantId,
          contentType: request.headers['content-type'],
          body: request.body as Buffer | undefined,
        });
        return reply.code(202).send(accepted);
      },
    );
  };
}
