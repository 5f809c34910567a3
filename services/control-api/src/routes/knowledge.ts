import {
  knowledgeAskQuerySchema,
  knowledgeAskResponseSchema,
  knowledgeDocumentDetailSchema,
  knowledgeDocumentParamsSchema,
  knowledgeDocumentSummarySchema,
  knowledgeUploadQuerySchema,
  knowledgeUploadResponseSchema,
  MAX_KNOWLEDGE_DOCUMENT_BYTES,
  pageQuerySchema,
  pageSchema,
  tenantParamsSchema,
} from '@scenaro/api-contract';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../deps.js';
import { askKnowledge } from '../domain/knowledge/ask-knowledge.js';
import { deleteKnowledgeDocument } from '../domain/knowledge/delete-document.js';
import { getKnowledgeDocument } from '../domain/knowledge/get-document.js';
import { listKnowledgeDocuments } from '../domain/knowledge/list-documents.js';
import { readUpload } from '../domain/knowledge/read-upload.js';
import { uploadKnowledgeDocument } from '../domain/knowledge/upload-document.js';

const BASE = '/v1/tenants/:tenantId/knowledge';

const uploadBody = {
  description:
    'JSON `{ title, content, contentType? }`, or the document itself as `text/markdown` or `text/plain` with `?title=`',
  content: {
    'application/json': {
      schema: {
        type: 'object',
        required: ['title', 'content'],
        properties: {
          title: { type: 'string' },
          content: { type: 'string' },
          contentType: { type: 'string', enum: ['text/markdown', 'text/plain'] },
        },
      },
    },
    'text/markdown': { schema: { type: 'string' } },
    'text/plain': { schema: { type: 'string' } },
  },
};

/** The tenant's knowledge base: documents ingested in the background, and retrieval. */
export function knowledgeRoutes({ db, jobs }: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    // In this plugin only: raw Markdown and plain text arrive as strings (the app refuses
    // text/plain elsewhere).
    app.addContentTypeParser(
      ['text/markdown', 'text/x-markdown', 'text/plain'],
      { parseAs: 'string' },
      (_request, body, done) => {
        done(null, body);
      },
    );

    app.post(
      `${BASE}/documents`,
      {
        // JSON escapes can double the size of the text; readUpload checks the text itself.
        bodyLimit: 2 * MAX_KNOWLEDGE_DOCUMENT_BYTES + 64 * 1024,
        schema: {
          tags: ['knowledge'],
          summary:
            'Upload a document (Markdown or plain text, up to 1 MiB); ingested in the background',
          params: tenantParamsSchema,
          querystring: knowledgeUploadQuerySchema,
          response: { 202: knowledgeUploadResponseSchema },
          ...({ requestBody: uploadBody } as object),
        },
      },
      async (request, reply) => {
        const upload = readUpload({
          contentTypeHeader: request.headers['content-type'],
          body: request.body,
          queryTitle: request.query.title,
        });
        const accepted = await uploadKnowledgeDocument({
          db,
          jobs,
          tenantId: request.params.tenantId,
          upload,
        });
        return reply.code(202).send(accepted);
      },
    );

    app.get(
      `${BASE}/documents`,
      {
        schema: {
          tags: ['knowledge'],
          summary: 'List documents, newest first, with their ingestion status',
          params: tenantParamsSchema,
          querystring: pageQuerySchema,
          response: { 200: pageSchema(knowledgeDocumentSummarySchema) },
        },
      },
      async (request) =>
        listKnowledgeDocuments({ db, tenantId: request.params.tenantId, page: request.query }),
    );

    app.get(
      `${BASE}/documents/:documentId`,
      {
        schema: {
          tags: ['knowledge'],
          summary: 'Get a document with its content and passage count',
          params: knowledgeDocumentParamsSchema,
          response: { 200: knowledgeDocumentDetailSchema },
        },
      },
      async (request) => getKnowledgeDocument({ db, ...request.params }),
    );

    app.delete(
      `${BASE}/documents/:documentId`,
      {
        schema: {
          tags: ['knowledge'],
          summary: 'Delete a document and its passages',
          params: knowledgeDocumentParamsSchema,
          response: { 204: z.null().describe('Deleted') },
        },
      },
      async (request, reply) => {
        await deleteKnowledgeDocument({ db, ...request.params });
        return reply.code(204).send(null);
      },
    );

    app.get(
      `${BASE}/ask`,
      {
        schema: {
          tags: ['knowledge'],
          summary: 'The passages that best answer a question (noGoodAnswer when none is relevant)',
          params: tenantParamsSchema,
          querystring: knowledgeAskQuerySchema,
          response: { 200: knowledgeAskResponseSchema },
        },
      },
      async (request) =>
        askKnowledge({
          db,
          tenantId: request.params.tenantId,
          question: request.query.q,
          limit: request.query.limit,
        }),
    );
  };
}
