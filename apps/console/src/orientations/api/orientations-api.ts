import {
  type DiffEntry,
  type OrientationDetail,
  type OrientationSummary,
  type VersionDetail,
  type VersionSummary,
  validateResponseSchema,
} from '@scenaro/api-contract';
import { type ApiClient, ApiError } from '../../api/client';
import { fetchAll } from '../../providers/pagination';
import type { EditorIssue } from '../model/issues';

// The orientation endpoints the console uses (packages/api-contract/src/orientations.ts,
// services/control-api/src/routes/orientations.ts), each a plain function of an ApiClient.

/** The tenant-scoped path of an orientation. */
export function orientationPath(tenantId: string, slug?: string, rest = ''): string {
  const base = `/v1/tenants/${encodeURIComponent(tenantId)}/orientations`;
  return slug === undefined ? base : `${base}/${encodeURIComponent(slug)}${rest}`;
}

/** The clear error a tenant-scoped call gives before a tenant is chosen. */
export function requireTenant(tenantId: string | null): string {
  if (!tenantId) {
    throw new ApiError(400, 'no_tenant', 'Choose a tenant first.', [
      { path: 'tenant', message: 'no tenant is selected' },
    ]);
  }
  return tenantId;
}

export async function listOrientations(
  api: ApiClient,
  tenantId: string,
): Promise<OrientationSummary[]> {
  const { data } = await api.request<{ items: OrientationSummary[] }>(orientationPath(tenantId));
  return data.items;
}

/** The draft and the ETag that protects it from being overwritten by a stale editor. */
export async function getOrientation(
  api: ApiClient,
  tenantId: string,
  slug: string,
): Promise<{ detail: OrientationDetail; etag: string | null }> {
  const { data, headers } = await api.request<OrientationDetail>(orientationPath(tenantId, slug));
  return { detail: data, etag: headers.get('etag') };
}

/** Saves the draft with If-Match: a 412 means someone else saved since `etag` was loaded. */
export async function saveDraft(
  api: ApiClient,
  tenantId: string,
  slug: string,
  document: Record<string, unknown>,
  etag: string | null,
): Promise<{ detail: OrientationDetail; etag: string | null }> {
  const { data, headers } = await api.request<OrientationDetail>(orientationPath(tenantId, slug), {
    method: 'PUT',
    body: document,
    headers: etag ? { 'if-match': etag } : {},
  });
  return { detail: data, etag: headers.get('etag') };
}

/** Validates YAML text; issues carry their line and column in that text. */
export async function validateYaml(
  api: ApiClient,
  text: string,
  signal?: AbortSignal,
): Promise<{ valid: boolean; issues: EditorIssue[] }> {
  const { data } = await api.request<unknown>('/v1/orientations/validate', {
    method: 'POST',
    body: text,
    headers: { 'content-type': 'application/yaml' },
    signal,
  });
  return validateResponseSchema.parse(data);
}

export async function publish(
  api: ApiClient,
  tenantId: string,
  slug: string,
  note: string,
): Promise<VersionSummary> {
  const trimmed = note.trim();
  const { data } = await api.request<VersionSummary>(orientationPath(tenantId, slug, '/publish'), {
    method: 'POST',
    body: trimmed ? { note: trimmed } : {},
  });
  return data;
}

export async function rollback(
  api: ApiClient,
  tenantId: string,
  slug: string,
  version: number,
  note: string,
): Promise<VersionSummary> {
  const trimmed = note.trim();
  const { data } = await api.request<VersionSummary>(orientationPath(tenantId, slug, '/rollback'), {
    method: 'POST',
    body: trimmed ? { version, note: trimmed } : { version },
  });
  return data;
}

/** Every published version, newest first (orientations have tens of versions, not thousands). */
export async function listVersions(
  api: ApiClient,
  tenantId: string,
  slug: string,
): Promise<VersionSummary[]> {
  return fetchAll(async (cursor, limit) => {
    const { data } = await api.request<{ items: VersionSummary[]; nextCursor: string | null }>(
      orientationPath(tenantId, slug, '/versions'),
      { query: { limit, cursor } },
    );
    return data;
  }, 2000);
}

export async function getVersion(
  api: ApiClient,
  tenantId: string,
  slug: string,
  version: number,
): Promise<VersionDetail> {
  const { data } = await api.request<VersionDetail>(
    orientationPath(tenantId, slug, `/versions/${version}`),
  );
  return data;
}

export type DiffSide = number | 'draft';

export async function diff(
  api: ApiClient,
  tenantId: string,
  slug: string,
  from: DiffSide,
  to: DiffSide,
): Promise<DiffEntry[]> {
  const { data } = await api.request<{ changes: DiffEntry[] }>(
    orientationPath(tenantId, slug, '/diff'),
    { query: { from, to } },
  );
  return data.changes;
}

export interface ToolHandler {
  id: string;
  category: string;
  description: string;
  parameters: Record<string, unknown>;
}

/** The built-in handler catalogue (`GET /v1/tools`). */
export async function listHandlers(api: ApiClient): Promise<ToolHandler[]> {
  const { data } = await api.request<{ items: ToolHandler[] }>('/v1/tools');
  return data.items;
}

/** Any failure as an ApiError, so the editor and the Try-it panel show one kind of error. */
export function asApiError(error: unknown): ApiError {
  return error instanceof ApiError
    ? error
    : new ApiError(0, 'unexpected', error instanceof Error ? error.message : String(error));
}
