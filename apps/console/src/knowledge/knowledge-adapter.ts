import type {
  KnowledgeAskResponse,
  KnowledgeContentType,
  KnowledgeDocumentDetail,
  KnowledgeDocumentSummary,
  KnowledgeUploadResponse,
} from '@scenaro/api-contract';
import { ApiError } from '../api/client';
import { CursorBook, queryKey, totalIfLast } from '../catalog/cursor-pages';
import { withFieldErrors } from '../catalog/form-errors';
import { requireTenant, tenantPath } from '../catalog/tenant-scope';
import type { ResourceAdapter } from '../providers/resource-adapter';

export type KnowledgeDocumentRecord = KnowledgeDocumentSummary &
  Partial<Pick<KnowledgeDocumentDetail, 'content'>>;

/** Ingestion is over, one way or the other: stop refreshing. */
export function isSettled(status: KnowledgeDocumentSummary['status']): boolean {
  return status === 'ready' || status === 'failed';
}

/** The content type of an uploaded file, from its type or its name. */
export function documentContentType(file: { name: string; type: string }): KnowledgeContentType {
  const name = file.name.toLowerCase();
  if (file.type === 'text/markdown' || /\.(md|markdown)$/.test(name)) return 'text/markdown';
  return 'text/plain';
}

/** A title from a file name: "livraison-et-retours.md" → "livraison-et-retours". */
export function titleFromFileName(name: string): string {
  return name.replace(/\.[^.]+$/, '').trim();
}

interface UploadForm {
  title?: unknown;
  content?: unknown;
  contentType?: unknown;
  file?: { rawFile?: unknown } | null;
}

/** The JSON upload body from the form: a chosen file wins over pasted text. */
export async function uploadBody(
  form: UploadForm,
): Promise<{ title: string; content: string; contentType: KnowledgeContentType }> {
  const raw = form.file?.rawFile;
  const title = typeof form.title === 'string' ? form.title.trim() : '';
  if (raw instanceof Blob) {
    const file = raw as File;
    return {
      title: title || titleFromFileName(file.name ?? ''),
      content: await file.text(),
      contentType: documentContentType({ name: file.name ?? '', type: file.type }),
    };
  }
  return {
    title,
    content: typeof form.content === 'string' ? form.content : '',
    contentType: form.contentType === 'text/plain' ? 'text/plain' : 'text/markdown',
  };
}

/** The `knowledge-documents` resource: list with ingestion status, detail, upload, delete. */
export function createKnowledgeDocumentsAdapter(
  book = new CursorBook(),
): ResourceAdapter<KnowledgeDocumentRecord> {
  return {
    async getList({ api, tenantId }, params) {
      const tenant = requireTenant(tenantId);
      const limit = Math.min(100, Math.max(1, params.pagination?.perPage ?? 20));
      const key = queryKey({ tenant, resource: 'knowledge', limit });
      const page = await book.readPage(key, params.pagination?.page ?? 1, async (cursor) => {
        const { data } = await api.request<{
          items: KnowledgeDocumentSummary[];
          nextCursor: string | null;
        }>(tenantPath(tenant, '/knowledge/documents'), {
          query: { limit, cursor },
          signal: params.signal,
        });
        return data;
      });
      return {
        data: page.items,
        total: totalIfLast(page, params.pagination?.page ?? 1, limit),
        pageInfo: { hasNextPage: page.hasNextPage, hasPreviousPage: page.hasPreviousPage },
      };
    },

    async getOne({ api, tenantId }, params) {
      const tenant = requireTenant(tenantId);
      const { data } = await api.request<KnowledgeDocumentDetail>(
        tenantPath(tenant, `/knowledge/documents/${encodeURIComponent(String(params.id))}`),
        { signal: params.signal },
      );
      return data;
    },

    async create({ api, tenantId }, params) {
      const tenant = requireTenant(tenantId);
      try {
        const body = await uploadBody(params.data as UploadForm);
        if (body.content.trim() === '') {
          throw new ApiError(400, 'invalid_request', 'The document is empty.', [
            { path: 'content', message: 'paste a text or choose a file' },
          ]);
        }
        const { data } = await api.request<KnowledgeUploadResponse>(
          tenantPath(tenant, '/knowledge/documents'),
          { method: 'POST', body },
        );
        const now = new Date().toISOString();
        return {
          id: data.documentId,
          title: body.title,
          contentType: body.contentType,
          status: data.status,
          error: null,
          passageCount: 0,
          createdAt: now,
          updatedAt: now,
        };
      } catch (error) {
        throw withFieldErrors(error, {
          rename: { 'body.title': 'title', 'body.content': 'content' },
          known: (source) => source === 'title' || source === 'content',
          field: 'content',
        });
      }
    },

    async delete({ api, tenantId }, params) {
      const tenant = requireTenant(tenantId);
      await api.request(
        tenantPath(tenant, `/knowledge/documents/${encodeURIComponent(String(params.id))}`),
        { method: 'DELETE' },
      );
      return (
        (params.previousData as KnowledgeDocumentRecord | undefined) ??
        ({
          id: String(params.id),
        } as KnowledgeDocumentRecord)
      );
    },
  };
}

/** Retrieval tried from the console: `knowledge-answers` getOne, the id being the question. */
export const knowledgeAnswersAdapter: ResourceAdapter<KnowledgeAskResponse & { id: string }> = {
  async getOne({ api, tenantId }, params) {
    const tenant = requireTenant(tenantId);
    const question = String(params.id).trim();
    const limit = Number((params.meta as { limit?: number } | undefined)?.limit ?? 5);
    const { data } = await api.request<KnowledgeAskResponse>(tenantPath(tenant, '/knowledge/ask'), {
      query: { q: question, limit },
      signal: params.signal,
    });
    return { id: question, ...data };
  },
};
