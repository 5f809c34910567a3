import type { OrientationSummary } from '@scenaro/api-contract';
import type { GetListParams, RaRecord } from 'react-admin';
import type { ResourceAdapter } from '../providers/resource-adapter';
import { getOrientation, listOrientations, requireTenant } from './api/orientations-api';

/** An orientation as react-admin lists it: its slug is its id. */
export type OrientationRecord = OrientationSummary & RaRecord & { id: string };

export function toRecord(summary: OrientationSummary): OrientationRecord {
  return { ...summary, id: summary.slug };
}

/**
 * The API lists a tenant's orientations in one answer (a tenant has a handful): sorting,
 * the `q` filter and pages are applied here.
 */
export function pageOfOrientations(
  items: readonly OrientationSummary[],
  params: Pick<GetListParams, 'pagination' | 'sort' | 'filter'>,
): { data: OrientationRecord[]; total: number } {
  const q = typeof params.filter?.q === 'string' ? params.filter.q.trim().toLowerCase() : '';
  const matching = items
    .map(toRecord)
    .filter(
      (item) => !q || item.slug.toLowerCase().includes(q) || item.name.toLowerCase().includes(q),
    );
  const { field = 'slug', order = 'ASC' } = params.sort ?? {};
  const direction = order === 'DESC' ? -1 : 1;
  const value = (item: OrientationRecord) => item[field as keyof OrientationRecord] ?? '';
  matching.sort((a, b) => {
    const left = value(a);
    const right = value(b);
    if (left === right) return 0;
    return (left > right ? 1 : -1) * direction;
  });
  const { page = 1, perPage = 25 } = params.pagination ?? {};
  const start = (page - 1) * perPage;
  return { data: matching.slice(start, start + perPage), total: matching.length };
}

export const orientationsAdapter: ResourceAdapter<OrientationRecord> = {
  async getList({ api, tenantId }, params) {
    return pageOfOrientations(await listOrientations(api, requireTenant(tenantId)), params);
  },
  async getOne({ api, tenantId }, params) {
    const { detail } = await getOrientation(api, requireTenant(tenantId), String(params.id));
    return toRecord(detail);
  },
  async getMany({ api, tenantId }, params) {
    const wanted = new Set(params.ids.map(String));
    const items = await listOrientations(api, requireTenant(tenantId));
    return items.filter((item) => wanted.has(item.slug)).map(toRecord);
  },
};
