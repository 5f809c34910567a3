import type { PageQuery } from '@scenaro/api-contract';
import type { Db } from '@scenaro/db';
import { afterCursor, newestFirst, toPage } from '../../lib/pagination.js';
import { knowledgeDocumentSummaryView } from './knowledge-views.js';

/** The tenant's knowledge documents, newest first, with their ingestion status. */
export async function listKnowledgeDocuments({
  db,
  tenantId,
  page,
}: {
  db: Db;
  tenantId: string;
  page: PageQuery;
}) {
  const rows = await db.knowledgeDocument.findMany({
    where: { tenantId, ...afterCursor(page.cursor) },
    omit: { content: true },
    orderBy: newestFirst,
    take: page.limit + 1,
  });
  return toPage(rows, page.limit, knowledgeDocumentSummaryView);
}
