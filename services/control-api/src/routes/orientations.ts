import {
  diffQuerySchema,
  diffResponseSchema,
  orientationDetailSchema,
  orientationParamsSchema,
  orientationSummarySchema,
  pageQuerySchema,
  pageSchema,
  publishBodySchema,
  rollbackBodySchema,
  tenantParamsSchema,
  validateResponseSchema,
  versionDetailSchema,
  versionParamsSchema,
  versionSummarySchema,
} from '@scenaro/api-contract';
import {
  handlerCatalogJson,
  type Orientation,
  orientationJsonSchema,
  stringifyOrientation,
  validateOrientation,
  validateOrientationSource,
} from '@scenaro/orientation';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../deps.js';
import { createOrientation } from '../domain/orientations/create-orientation.js';
import { deleteOrientation } from '../domain/orientations/delete-orientation.js';
import { diffVersions } from '../domain/orientations/diff-versions.js';
import { getOrientation } from '../domain/orientations/get-orientation.js';
import { getVersion } from '../domain/orientations/get-version.js';
import { listOrientations } from '../domain/orientations/list-orientations.js';
import { listVersions } from '../domain/orientations/list-versions.js';
import { draftEtag, orientationDetailView } from '../domain/orientations/orientation-views.js';
import { publishOrientation } from '../domain/orientations/publish-orientation.js';
import type { OrientationInput } from '../domain/orientations/read-orientation-input.js';
import { rollbackOrientation } from '../domain/orientations/rollback-orientation.js';
import { updateOrientationDraft } from '../domain/orientations/update-orientation-draft.js';
import { AppError } from '../errors.js';
import { principalOf } from '../plugins/auth.js';
import { isYamlRequest } from '../plugins/yaml-body.js';

const documentBody = {
  description:
    'An orientation document (see docs/orientation-format.md), as JSON or as YAML with Content-Type: application/yaml',
  content: {
    'application/json': { schema: { type: 'object' } },
    'application/yaml': { schema: { type: 'string' } },
  },
};

/** The orientation in the request, as JSON or YAML. */
function orientationInput(request: FastifyRequest): OrientationInput {
  if (isYamlRequest(request.headers['content-type'])) {
    return { format: 'yaml', text: String(request.body ?? '') };
  }
  if (request.body === undefined || request.body === null) {
    throw new AppError('invalid_request', 'Send the orientation as the request body.');
  }
  return { format: 'json', value: request.body };
}

/** Answers with YAML when the caller asked for it (`Accept: application/yaml`). */
function wantsYaml(request: FastifyRequest): boolean {
  return /\b(application|text)\/(x-)?yaml\b/.test(request.headers.accept ?? '');
}

function sendDocument(reply: FastifyReply, document: unknown) {
  // Stored drafts and versions passed validation when they were written.
  const text = stringifyOrientation(document as Orientation, 'yaml');
  return reply.type('application/yaml; charset=utf-8').send(text);
}

/** Orientations: drafts, immutable published versions, diffs, rollback, validation. */
export function orientationRoutes({ db }: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    const base = '/v1/tenants/:tenantId/orientations';

    app.get(
      base,
      {
        schema: {
          tags: ['orientations'],
          summary: "List the tenant's orientations with their draft/published state",
          params: tenantParamsSchema,
          response: { 200: z.object({ items: z.array(orientationSummarySchema) }) },
        },
      },
      async (request) => ({
        items: await listOrientations({ db, tenantId: request.params.tenantId }),
      }),
    );

    app.post(
      base,
      {
        config: { acceptsYaml: true },
        schema: {
          tags: ['orientations'],
          summary: 'Create an orientation (as an unpublished draft)',
          params: tenantParamsSchema,
          response: { 201: orientationDetailSchema },
          ...({ requestBody: documentBody } as object),
        },
      },
      async (request, reply) =>
        reply.code(201).send(
          await createOrientation({
            db,
            tenantId: request.params.tenantId,
            principal: principalOf(request),
            input: orientationInput(request),
          }),
        ),
    );

    app.get(
      `${base}/:slug`,
      {
        schema: {
          tags: ['orientations'],
          summary: 'Get an orientation and its draft (YAML with Accept: application/yaml)',
          params: orientationParamsSchema,
          response: { 200: orientationDetailSchema },
        },
      },
      async (request, reply) => {
        const { tenantId, slug } = request.params;
        const { orientation, published } = await getOrientation({ db, tenantId, slug });
        reply.header('ETag', draftEtag(orientation));
        if (wantsYaml(request)) return sendDocument(reply, orientation.draft);
        return orientationDetailView(orientation, published);
      },
    );

    app.put(
      `${base}/:slug`,
      {
        config: { acceptsYaml: true },
        schema: {
          tags: ['orientations'],
          summary:
            'Replace the draft (If-Match with the ETag you loaded protects concurrent edits)',
          params: orientationParamsSchema,
          headers: z.object({ 'if-match': z.string().max(200).optional() }),
          response: { 200: orientationDetailSchema },
          ...({ requestBody: documentBody } as object),
        },
      },
      async (request, reply) => {
        const { detail, etag } = await updateOrientationDraft({
          db,
          ...request.params,
          principal: principalOf(request),
          input: orientationInput(request),
          ifMatch: request.headers['if-match'],
        });
        reply.header('ETag', etag);
        return detail;
      },
    );

    app.delete(
      `${base}/:slug`,
      {
        schema: {
          tags: ['orientations'],
          summary: 'Delete an orientation with its versions',
          params: orientationParamsSchema,
          response: { 204: z.null().describe('Deleted') },
        },
      },
      async (request, reply) => {
        await deleteOrientation({ db, ...request.params, principal: principalOf(request) });
        return reply.code(204).send(null);
      },
    );

    app.post(
      `${base}/:slug/publish`,
      {
        schema: {
          tags: ['orientations'],
          summary: 'Publish the draft as the next immutable version',
          params: orientationParamsSchema,
          body: publishBodySchema.optional(),
          response: { 201: versionSummarySchema },
        },
      },
      async (request, reply) =>
        reply.code(201).send(
          await publishOrientation({
            db,
            ...request.params,
            principal: principalOf(request),
            note: request.body?.note,
          }),
        ),
    );

    app.get(
      `${base}/:slug/versions`,
      {
        schema: {
          tags: ['orientations'],
          summary: 'List published versions, newest first',
          params: orientationParamsSchema,
          querystring: pageQuerySchema,
          response: { 200: pageSchema(versionSummarySchema) },
        },
      },
      async (request) => listVersions({ db, ...request.params, page: request.query }),
    );

    app.get(
      `${base}/:slug/versions/:version`,
      {
        schema: {
          tags: ['orientations'],
          summary: 'Get a published version (YAML with Accept: application/yaml)',
          params: versionParamsSchema,
          response: { 200: versionDetailSchema },
        },
      },
      async (request, reply) => {
        const version = await getVersion({ db, ...request.params });
        if (wantsYaml(request)) return sendDocument(reply, version.document);
        return version;
      },
    );

    app.get(
      `${base}/:slug/diff`,
      {
        schema: {
          tags: ['orientations'],
          summary: 'Per-field changes between two versions, or a version and the draft',
          params: orientationParamsSchema,
          querystring: diffQuerySchema,
          response: { 200: diffResponseSchema },
        },
      },
      async (request) => diffVersions({ db, ...request.params, ...request.query }),
    );

    app.post(
      `${base}/:slug/rollback`,
      {
        schema: {
          tags: ['orientations'],
          summary: 'Make an earlier version current again (as a new version; history is kept)',
          params: orientationParamsSchema,
          body: rollbackBodySchema,
          response: { 201: versionSummarySchema },
        },
      },
      async (request, reply) =>
        reply.code(201).send(
          await rollbackOrientation({
            db,
            ...request.params,
            principal: principalOf(request),
            version: request.body.version,
            note: request.body.note,
          }),
        ),
    );

    app.post(
      '/v1/orientations/validate',
      {
        config: { acceptsYaml: true, kinds: ['admin', 'partner', 'tenant', 'runtime'] },
        schema: {
          tags: ['orientations'],
          summary: 'Validate any orientation document; every problem is reported with its path',
          response: { 200: validateResponseSchema },
          ...({ requestBody: documentBody } as object),
        },
      },
      async (request) => {
        const input = orientationInput(request);
        const result =
          input.format === 'yaml'
            ? validateOrientationSource(input.text, 'yaml')
            : validateOrientation(input.value);
        return result.ok ? { valid: true, issues: [] } : { valid: false, issues: result.issues };
      },
    );

    app.get(
      '/v1/orientations/schema',
      {
        config: { public: true },
        schema: { tags: ['orientations'], summary: 'JSON Schema of the orientation document' },
      },
      async () => orientationJsonSchema(),
    );

    app.get(
      '/v1/tools',
      {
        config: { kinds: ['admin', 'partner', 'tenant', 'runtime'] },
        schema: {
          tags: ['orientations'],
          summary: 'The built-in tool handlers, with their categories and parameter schemas',
          response: {
            200: z.object({
              items: z.array(
                z.object({
                  id: z.string(),
                  category: z.string(),
                  description: z.string(),
                  parameters: z.record(z.string(), z.unknown()),
                }),
              ),
            }),
          },
        },
      },
      async () => ({ items: handlerCatalogJson() }),
    );
  };
}
