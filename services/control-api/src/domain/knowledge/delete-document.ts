import type { Db } from '@scenaro/db';
import { documentNotFound } from './get-document.js';

/**
 * Deletes a knowledge document and its passages. An ingestion still queued for it finds no
 * document and records that on its job.
 */
export async function deleteKnowledgeDocument({
  db,
  tenantId,
  documentId,
}: {
  db: Db;
  tenantId: string;
  documentId: string;
}): Promise<void> {
  const [, deleted] = await db.$transaction([
    db.knowledgePassage.deleteMany({ where: { documentId, tenantId } }),
    db.knowledgeDocument.deleteMany({ where: { id: documentId, tenantId } }),
  ]);
  if (deleted.count === 0) throw documentNotFound(documentId);
}
