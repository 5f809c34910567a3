import type { Db } from '@scenaro/db';
import { processCatalogImport } from '../domain/catalog-import/process-catalog-import.js';
import { ingestKnowledgeDocument } from '../domain/knowledge/ingest-document.js';
import { finalizeSession } from '../domain/sessions/finalize-session.js';
import type { Processors } from './worker.js';

/** What every job kind runs: thin adapters from a queue message to one domain function. */
export function createProcessors({
  db,
  importBatchSize,
}: {
  db: Db;
  /** Rows per write of a catalogue import (tests and benchmarks vary it). */
  importBatchSize?: number;
}): Processors {
  return {
    'catalog.import': ({ jobId, tenantId }, { isLastAttempt }) =>
      processCatalogImport({
        db,
        tenantId,
        jobId,
        isLastAttempt,
        ...(importBatchSize ? { batchSize: importBatchSize } : {}),
      }),
    'knowledge.ingest': ({ jobId, tenantId, documentId }, { isLastAttempt }) =>
      ingestKnowledgeDocument({ db, tenantId, documentId, jobId, isLastAttempt }),
    'session.finalize': async ({ sessionId, tenantId }) => {
      await finalizeSession({ db, tenantId, sessionId });
    },
  };
}
