import type { KnowledgeDocumentDetail } from '@scenaro/api-contract';
import type { Db } from '@scenaro/db';
import { AppError } from '../../errors.js';
import { knowledgeDocumentDetailView } from './knowledge-views.js';

/** A knowledge document with its content and passage count (404 if not the tenant's). */
export async function getKnowledgeDocument({
  db,
  tenantId,
  documentId,
}: {
  db: Db;
  tenantId: string;
  documentId: string;
}): Promise<KnowledgeDocumentDetail> {
  const document = await db.knowledgeDocument.findFirst({ where: { id: documentId, tenantId } });
  if (!document) throw documentNotFound(documentId);
  return knowledgeDocumentDetailView(document);
}

/** The 404 for a document that is not the tenant's (or does not exist). */
export function documentNotFound(documentId: string): AppError {
  return new AppError('not_found', `No knowledge document ${documentId}.`);
}
