import type { ImportAccepted, JobSummaryView, JobView } from '@scenaro/api-contract';
import { ApiError } from '../api/client';
import { CursorBook, queryKey } from '../catalog/cursor-pages';
import { withFieldErrors } from '../catalog/form-errors';
import { requireTenant, tenantPath } from '../catalog/tenant-scope';
import type { ResourceAdapter } from '../providers/resource-adapter';

export const CATALOG_IMPORT_KIND = 'catalog.import';

/** An import as react-admin holds it: a job. */
export type ImportRecord = (JobView | JobSummaryView) & { id: string };

/** The Content-Type an import file is sent with, from its type or its name; null if neither fits. */
export function importContentType(file: { name: string; type: string }): string | null {
  const type = file.type.toLowerCase();
  const name = file.name.toLowerCase();
  if (type === 'text/csv' || name.endsWith('.csv')) return 'text/csv';
  if (type === 'application/json' || name.endsWith('.json')) return 'application/json';
  return null;
}

/** The file of an import form: react-admin's FileInput gives `{ rawFile }`. */
function fileOf(data: Record<string, unknown>): File | null {
  const value = data.file as { rawFile?: unknown } | File | undefined;
  const candidate = value instanceof Blob ? value : value?.rawFile;
  return candidate instanceof Blob ? (candidate as File) : null;
}

/**
 * The `catalog-imports` resource: the tenant's jobs of kind catalog.import (the jobs endpoint
 * lists every kind, so a page may hold fewer imports than asked), one job with its row issues,
 * and `create` uploading a CSV or JSON file (answered 202 with the job to follow).
 */
export function createImportsAdapter(book = new CursorBook()): ResourceAdapter<ImportRecord> {
  return {
    async getList({ api, tenantId }, params) {
      const tenant = requireTenant(tenantId);
      const limit = Math.min(100, Math.max(1, params.pagination?.perPage ?? 20));
      const key = queryKey({ tenant, resource: 'jobs', limit });
      const page = await book.readPage(key, params.pagination?.page ?? 1, async (cursor) => {
        const { data } = await api.request<{ items: JobSummaryView[]; nextCursor: string | null }>(
          tenantPath(tenant, '/jobs'),
          { query: { limit, cursor }, signal: params.signal },
        );
        return data;
      });
      const pageNumber = params.pagination?.page ?? 1;
      const data = page.items.filter((job) => job.kind === CATALOG_IMPORT_KIND);
      return {
        data,
        // Other kinds are left out page by page, so only a single page knows its total.
        total: pageNumber === 1 && !page.hasNextPage ? data.length : undefined,
        pageInfo: { hasNextPage: page.hasNextPage, hasPreviousPage: page.hasPreviousPage },
      };
    },

    async getOne({ api, tenantId }, params) {
      const tenant = requireTenant(tenantId);
      const { data } = await api.request<JobView>(
        tenantPath(tenant, `/jobs/${encodeURIComponent(String(params.id))}`),
        { signal: params.signal },
      );
      return data;
    },

    async create({ api, tenantId }, params) {
      const tenant = requireTenant(tenantId);
      const file = fileOf(params.data);
      try {
        if (!file) {
          throw new ApiError(400, 'invalid_request', 'Choose a CSV or JSON file.', [
            { path: 'file', message: 'required' },
          ]);
        }
        const contentType = importContentType(file);
        if (!contentType) {
          throw new ApiError(
            415,
            'unsupported_media_type',
            'Only CSV and JSON files are imported.',
            [{ path: 'file', message: 'must be a .csv or .json file' }],
          );
        }
        const { data } = await api.request<ImportAccepted>(tenantPath(tenant, '/catalog/imports'), {
          method: 'POST',
          body: file,
          headers: { 'content-type': contentType },
        });
        const now = new Date().toISOString();
        return {
          id: data.jobId,
          kind: CATALOG_IMPORT_KIND,
          status: data.status,
          total: data.total,
          processed: 0,
          succeeded: 0,
          failed: 0,
          error: null,
          attempts: 0,
          createdAt: now,
          updatedAt: now,
          finishedAt: null,
          issues: [],
        };
      } catch (error) {
        // The form has one input: every problem with the file (its type, its header…) is shown
        // there, with the API's message.
        throw withFieldErrors(error, { known: () => false, field: 'file' });
      }
    },
  };
}
