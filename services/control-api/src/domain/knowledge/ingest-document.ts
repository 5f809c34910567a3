import type { KnowledgeContentType } from '@scenaro/api-contract';
import type { Db } from '@scenaro/db';
import { newId } from '../../lib/ids.js';
import { foldText } from '../catalog/search-text.js';
import { splitDocument } from './split-document.js';

/** A failure that another attempt cannot fix: recorded at once, not retried. */
class PermanentIngestError extends Error {}

/** What a document failed with when the cause is not ours to explain (a database error…). */
const GENERIC_REASON = 'Ingestion failed after several attempts; upload the document again.';

/**
 * Processes a `knowledge.ingest` job: splits the document into passages and replaces its
 * passages with them in one transaction, so a retried or repeated run leaves the same passages.
 * A transient error is rethrown for the queue to retry, and recorded as the document's failure
 * on the last attempt only; a document that cannot give passages fails at once.
 */
export async function ingestKnowledgeDocument({
  db,
  tenantId,
  documentId,
  jobId,
  isLastAttempt,
}: {
  db: Db;
  tenantId: string;
  documentId: string;
  jobId: string;
  isLastAttempt: boolean;
}): Promise<void> {
  try {
    const document = await db.knowledgeDocument.findFirst({
      where: { id: documentId, tenantId },
      select: { title: true, content: true, contentType: true },
    });
    if (!document) throw new PermanentIngestError('The document was deleted before ingestion.');
    await db.$transaction([
      db.knowledgeDocument.updateMany({
        where: { id: documentId, tenantId },
        data: { status: 'ingesting', error: null },
      }),
      db.job.updateMany({
        where: { id: jobId, tenantId },
        data: { status: 'running', error: null, attempts: { increment: 1 } },
      }),
    ]);

    const passages = splitDocument(document.content, document.contentType as KnowledgeContentType);
    if (passages.length === 0) {
      throw new PermanentIngestError(
        'The document has no text to index (only headings, or nothing but blank lines).',
      );
    }
    const rows = passages.map((passage, position) => {
      // Text before any heading (and plain text) is filed under the document's title.
      const heading = passage.heading || document.title;
      return {
        id: newId('psg'),
        tenantId,
        documentId,
        position,
        heading,
        text: passage.text,
        searchText: foldText(`${heading}\n${passage.text}`),
      };
    });

    await db.$transaction(async (tx) => {
      await tx.knowledgePassage.deleteMany({ where: { documentId, tenantId } });
      await tx.knowledgePassage.createMany({ data: rows });
      const updated = await tx.knowledgeDocument.updateMany({
        where: { id: documentId, tenantId },
        data: { status: 'ready', error: null, passageCount: rows.length },
      });
      // Deleted meanwhile: the passages cascade away with it, nothing to finish.
      if (updated.count === 0) {
        throw new PermanentIngestError('The document was deleted during ingestion.');
      }
      await tx.job.updateMany({
        where: { id: jobId, tenantId },
        data: {
          status: 'completed',
          total: rows.length,
          processed: rows.length,
          succeeded: rows.length,
          failed: 0,
          error: null,
          finishedAt: new Date(),
        },
      });
    });
  } catch (error) {
    if (error instanceof PermanentIngestError) {
      await recordFailure({ db, tenantId, documentId, jobId, reason: error.message });
      return;
    }
    if (isLastAttempt) {
      await recordFailure({ db, tenantId, documentId, jobId, reason: GENERIC_REASON });
    }
    throw error;
  }
}

async function recordFailure({
  db,
  tenantId,
  documentId,
  jobId,
  reason,
}: {
  db: Db;
  tenantId: string;
  documentId: string;
  jobId: string;
  reason: string;
}): Promise<void> {
  await db.$transaction([
    db.knowledgeDocument.updateMany({
      where: { id: documentId, tenantId },
      data: { status: 'failed', error: reason, passageCount: 0 },
    }),
    db.knowledgePassage.deleteMany({ where: { documentId, tenantId } }),
    db.job.updateMany({
      where: { id: jobId, tenantId },
      data: { status: 'failed', error: reason, finishedAt: new Date() },
    }),
  ]);
}
