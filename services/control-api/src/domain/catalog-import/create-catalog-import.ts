import type { ImportAccepted } from '@scenaro/api-contract';
import type { Db } from '@scenaro/db';
import { AppError } from '../../errors.js';
import type { JobQueue } from '../../jobs/queue.js';
import { newId } from '../../lib/ids.js';
import { tenantCatalog } from '../catalog/tenant-catalog.js';
import { openImportFile } from './import-file.js';
import { decodeImportText, importFormatOf, sniffFormat } from './import-format.js';
import { packInput } from './stored-input.js';

/**
 * Accepts a catalogue file for import: checks its type, encoding, shape and CSV header before
 * writing anything, then stores it in a queued job and enqueues the job (its id is the BullMQ
 * job id). Rows are checked by the worker, which reports each bad one on the job.
 */
export async function createCatalogImport({
  db,
  jobs,
  tenantId,
  contentType,
  body,
}: {
  db: Db;
  jobs: JobQueue;
  tenantId: string;
  contentType: string | undefined;
  body: Uint8Array | undefined;
}): Promise<ImportAccepted> {
  const format = importFormatOf(contentType);
  const text = decodeImportText(body);
  if (sniffFormat(text) !== format) {
    throw new AppError('invalid_request', `The file does not look like ${format.toUpperCase()}.`, {
      details: [
        {
          path: 'body',
          message: `looks like ${sniffFormat(text).toUpperCase()}; fix the Content-Type`,
        },
      ],
    });
  }
  const { catalog } = await tenantCatalog({ db, tenantId });
  const { total } = openImportFile({ text, format, catalog });
  if (total === 0) {
    throw new AppError('invalid_request', 'The file has no products.', {
      details: [{ path: 'body', message: 'has no rows after the header (or an empty list)' }],
    });
  }

  const jobId = newId('job');
  const input = await packInput(body as Uint8Array);
  // Raw SQL: Prisma's own handling of a multi-megabyte Bytes value is several times slower.
  await db.$executeRaw`
    INSERT INTO "Job" (id, "tenantId", kind, status, input, total, "createdAt", "updatedAt")
    VALUES (${jobId}, ${tenantId}, 'catalog.import', 'queued'::"JobStatus", ${input}, ${total},
            now(), now())`;
  try {
    await jobs.enqueue('catalog.import', jobId, { jobId, tenantId });
  } catch {
    // Without a queued message the row would wait forever: take it back and let the caller retry.
    await db.job.deleteMany({ where: { id: jobId, tenantId } }).catch(() => {});
    throw new AppError('unavailable', 'The job queue is unavailable; try again shortly.');
  }
  return { jobId, status: 'queued', total };
}
