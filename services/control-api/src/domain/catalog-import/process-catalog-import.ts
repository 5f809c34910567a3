import { type JobIssue, MAX_JOB_ISSUES } from '@scenaro/api-contract';
import type { Db } from '@scenaro/db';
import { AppError } from '../../errors.js';
import { tenantCatalog } from '../catalog/tenant-catalog.js';
import { upsertProducts } from '../catalog/upsert-products.js';
import { type ValidProduct, validateProduct } from '../catalog/validate-product.js';
import { openImportFile } from './import-file.js';
import { sniffFormat } from './import-format.js';
import { unpackInput } from './stored-input.js';

/** Rows read between two writes (and two progress updates). */
export const IMPORT_BATCH_SIZE = 1000;

const GENERIC_FAILURE = 'The import could not be completed; import the file again.';

/** An error about the file, with its first details, short enough for the job's `error`. */
function describe(error: AppError): string {
  const details = (error.details ?? []).slice(0, 5).map((d) => `${d.path}: ${d.message}`);
  return [error.message, ...details].join(' ').slice(0, 2000);
}

/**
 * Runs a `catalog.import` job: reads the stored file, checks each row against the tenant's
 * catalogue, upserts the valid ones by sku batch after batch and records progress and row
 * issues on the job as it goes.
 *
 * Safe to run again from the start (a retry after a crash): counters and issues are reset,
 * and rows already written are unchanged by the upsert. A problem with the file itself fails
 * the job at once; anything else (database down…) is thrown so that the queue retries it,
 * and the job is marked failed only on the last attempt.
 */
export async function processCatalogImport({
  db,
  tenantId,
  jobId,
  isLastAttempt,
  batchSize = IMPORT_BATCH_SIZE,
}: {
  db: Db;
  tenantId: string;
  jobId: string;
  isLastAttempt: boolean;
  batchSize?: number;
}): Promise<void> {
  // The file travels as base64 text: much faster through Prisma than a Bytes column.
  const [job] = await db.$queryRaw<{ status: string; input: string | null }[]>`
    SELECT status::text AS status, encode(input, 'base64') AS input FROM "Job"
    WHERE id = ${jobId} AND "tenantId" = ${tenantId} AND kind = 'catalog.import'`;
  // Gone with its tenant, or finished by an earlier delivery of the same message.
  if (!job || job.status === 'completed') return;

  const update = (data: Parameters<Db['job']['updateMany']>[0]['data']) =>
    db.job.updateMany({ where: { id: jobId, tenantId }, data });

  try {
    await update({
      status: 'running',
      attempts: { increment: 1 },
      processed: 0,
      succeeded: 0,
      failed: 0,
      issues: [],
      error: null,
      finishedAt: null,
    });
    const orientation = await tenantCatalog({ db, tenantId });
    const text = await unpackInput(job.input === null ? null : Buffer.from(job.input, 'base64'));
    const file = openImportFile({ text, format: sniffFormat(text), catalog: orientation.catalog });

    const issues: JobIssue[] = [];
    const firstRowOfSku = new Map<string, number>();
    let processed = 0;
    let succeeded = 0;
    let failed = 0;
    let pending: ValidProduct[] = [];
    let pendingRows = 0;
    let issuesChanged = false;

    const reject = (row: number, rowIssues: readonly { field: string; message: string }[]) => {
      failed++;
      for (const issue of rowIssues) {
        if (issues.length >= MAX_JOB_ISSUES) break;
        issues.push({ row, ...issue });
        issuesChanged = true;
      }
    };
    const flush = async () => {
      if (pending.length > 0) {
        await upsertProducts({ db, tenantId, orientation, products: pending });
      }
      processed += pendingRows;
      succeeded += pending.length;
      pending = [];
      pendingRows = 0;
      await update({
        processed,
        succeeded,
        failed,
        ...(issuesChanged ? { issues } : {}),
      });
      issuesChanged = false;
    };

    for (const { row, input, issues: readIssues } of file.rows()) {
      pendingRows++;
      const checked = validateProduct(input, orientation.catalog);
      if (readIssues.length > 0 || !checked.ok) {
        reject(row, [
          ...readIssues,
          ...(checked.ok ? [] : checked.issues).map((issue) => ({
            field: file.fieldOf(issue.path),
            message: issue.message,
          })),
        ]);
      } else {
        const earlier = firstRowOfSku.get(checked.product.sku);
        if (earlier !== undefined) {
          reject(row, [{ field: 'sku', message: `repeats the sku of row ${earlier}` }]);
        } else {
          firstRowOfSku.set(checked.product.sku, row);
          pending.push(checked.product);
        }
      }
      if (pendingRows >= batchSize) await flush();
    }
    await flush();
    await update({ status: 'completed', finishedAt: new Date() });
  } catch (error) {
    // The file cannot be imported as it is (e.g. the catalogue changed since it was sent):
    // retrying would not help.
    if (error instanceof AppError) {
      await update({ status: 'failed', error: describe(error), finishedAt: new Date() });
      return;
    }
    if (isLastAttempt) {
      await update({ status: 'failed', error: GENERIC_FAILURE, finishedAt: new Date() }).catch(
        () => {},
      );
    }
    throw error;
  }
}
