import { z } from 'zod';
import { isoDate } from './common.js';

/** Largest knowledge document accepted, in bytes of UTF-8 text. */
export const MAX_KNOWLEDGE_DOCUMENT_BYTES = 1_048_576;

export const knowledgeContentTypeSchema = z.enum(['text/markdown', 'text/plain']);
export type KnowledgeContentType = z.infer<typeof knowledgeContentTypeSchema>;

export const knowledgeStatusSchema = z
  .enum(['pending', 'ingesting', 'ready', 'failed'])
  .describe('pending → ingesting → ready, or failed (see `error`)');
export type KnowledgeStatus = z.infer<typeof knowledgeStatusSchema>;

const titleSchema = z.string().trim().min(1).max(300);

/** The JSON form of `POST …/knowledge/documents`. */
export const knowledgeUploadJsonSchema = z
  .object({
    title: titleSchema,
    content: z.string().describe('The document text (Markdown or plain text), at most 1 MiB'),
    contentType: knowledgeContentTypeSchema.default('text/markdown'),
  })
  .strict();
export type KnowledgeUploadJson = z.input<typeof knowledgeUploadJsonSchema>;

/** `?title=` of a raw (text/markdown or text/plain) upload. */
export const knowledgeUploadQuerySchema = z
  .object({ title: titleSchema.optional().describe('Required when the body is raw text') })
  .strict();

export const knowledgeUploadResponseSchema = z.object({
  documentId: z.string(),
  jobId: z.string().describe('The ingestion job'),
  status: knowledgeStatusSchema,
});
export type KnowledgeUploadResponse = z.infer<typeof knowledgeUploadResponseSchema>;

export const knowledgeDocumentParamsSchema = z
  .object({ tenantId: z.string().min(1).max(64), documentId: z.string().min(1).max(64) })
  .strict();

export const knowledgeDocumentSummarySchema = z.object({
  id: z.string(),
  title: z.string(),
  contentType: knowledgeContentTypeSchema,
  status: knowledgeStatusSchema,
  error: z.string().nullable().describe('Why ingestion failed (status failed)'),
  passageCount: z.number().int(),
  createdAt: isoDate,
  updatedAt: isoDate,
});
export type KnowledgeDocumentSummary = z.infer<typeof knowledgeDocumentSummarySchema>;

export const knowledgeDocumentDetailSchema = knowledgeDocumentSummarySchema.extend({
  content: z.string(),
});
export type KnowledgeDocumentDetail = z.infer<typeof knowledgeDocumentDetailSchema>;

/** Most passages one question returns. */
export const MAX_KNOWLEDGE_ANSWERS = 20;

export const knowledgeAskQuerySchema = z
  .object({
    q: z.string().trim().min(1).max(500).describe('The question, in the shop’s language'),
    limit: z.coerce.number().int().min(1).max(MAX_KNOWLEDGE_ANSWERS).default(3),
  })
  .strict();
export type KnowledgeAskQuery = z.infer<typeof knowledgeAskQuerySchema>;

export const knowledgeAnswerSchema = z.object({
  documentId: z.string(),
  documentTitle: z.string(),
  heading: z.string().describe('Heading path of the passage, e.g. "Livraison › Click and collect"'),
  text: z.string().describe('The passage as written in the document (plain text, never executed)'),
  score: z.number().describe('Relevance; higher is better'),
});
export type KnowledgeAnswer = z.infer<typeof knowledgeAnswerSchema>;

export const knowledgeAskResponseSchema = z.object({
  answers: z.array(knowledgeAnswerSchema),
  noGoodAnswer: z
    .boolean()
    .describe('True when no passage is relevant enough: say so rather than guess'),
});
export type KnowledgeAskResponse = z.infer<typeof knowledgeAskResponseSchema>;
