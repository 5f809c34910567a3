import type { KnowledgeUploadResponse } from '@scenaro/api-contract';
import type { Db } from '@scenaro/db';
import { AppError } from '../../errors.js';
import type { JobQueue } from '../../jobs/queue.js';
import { newId } from '../../lib/ids.js';
import type { KnowledgeUpload } from './read-upload.js';

export const INGEST_JOB_KIND = 'knowledge.ingest';

/**
 * Stores a document (pending) with its ingestion Job row (queued), then enqueues the job. The
 * rows come first so the worker always finds them; if Redis refuses the job, both are marked
 * failed and the caller gets a 503 (uploading again is safe).
 */
export async function uploadKnowledgeDocument({
  db,
  jobs,
  tenantId,
  upload,
}: {
  db: Db;
  jobs: JobQueue;
  tenantId: string;
  upload: KnowledgeUpload;
}): Promise<KnowledgeUploadResponse> {
  const documentId = newId('doc');
  const jobId = newId('job');
  await db.$transaction([
    db.knowledgeDocument.create({
      data: {
        id: documentId,
        tenantId,
        title: upload.title,
        contentType: upload.contentType,
        content: upload.content,
      },
    }),
    db.job.create({ data: { id: jobId, tenantId, kind: INGEST_JOB_KIND } }),
  ]);
  try {
    await jobs.enqueue(INGEST_JOB_KIND, jobId, { jobId, tenantId, documentId });
  } catch {
    const reason = 'The ingestion job could not be queued; upload the document again.';
    await db.$transaction([
      db.knowledgeDocument.updateMany({
        where: { id: documentId, tenantId },
        data: { status: 'failed', error: reason },
      }),
      db.job.updateMany({
        where: { id: jobId, tenantId },
        data: { status: 'failed', error: reason, finishedAt: new Date() },
      }),
    ]);
    throw new AppError('unavailable', 'The job queue is unavailable; retry later.');
  }
  return { documentId, jobId, status: 'pending' };
}
