import type { CreatedApiKey, CreateTenantResponse, TenantView } from '@scenaro/api-contract';
import { fetchAll, listPage } from '../providers/pagination';
import type { ResourceAdapter } from '../providers/resource-adapter';
import { fromVariableRows, toVariableRows, type VariableRow } from './variables';

/** A tenant as the screens use it: the API's view plus its variables as editable rows. */
export interface TenantRecord extends TenantView {
  variableRows: VariableRow[];
  /** Only right after creation: the first keys, with their secrets (shown once). */
  createdKeys?: CreatedApiKey[];
}

function toRecord(tenant: TenantView): TenantRecord {
  return { ...tenant, variableRows: toVariableRows(tenant.variables) };
}

const path = (id: unknown) => `/v1/tenants/${encodeURIComponent(String(id))}`;

/** Tenants are platform-wide: the current tenant does not scope them. */
export const tenantsAdapter: ResourceAdapter<TenantRecord> = {
  async getList({ api }, params) {
    const query = String(params.filter?.q ?? '')
      .trim()
      .toLowerCase();
    if (query) {
      // The API has no search on tenants; the list is short enough to filter here.
      const all = await fetchAll(
        async (cursor, limit) =>
          (
            await api.request<{ items: TenantView[]; nextCursor: string | null }>('/v1/tenants', {
              query: { cursor, limit },
            })
          ).data,
      );
      const matches = all.filter((tenant) => tenant.name.toLowerCase().includes(query));
      const { page = 1, perPage = 25 } = params.pagination ?? {};
      return {
        data: matches.slice((page - 1) * perPage, page * perPage).map(toRecord),
        total: matches.length,
      };
    }
    return listPage(api, '/v1/tenants', params, { map: toRecord });
  },
  async getOne({ api }, { id }) {
    return toRecord((await api.request<TenantView>(path(id))).data);
  },
  async create({ api }, { data }) {
    const body = {
      name: String(data.name ?? '').trim(),
      template: String(data.template ?? 'caviste').trim(),
      variables: fromVariableRows(data.variableRows),
      ...(data.partnerId ? { partnerId: data.partnerId } : {}),
    };
    const { data: created } = await api.request<CreateTenantResponse>('/v1/tenants', {
      method: 'POST',
      body,
    });
    return { ...toRecord(created.tenant), createdKeys: created.keys };
  },
  async update({ api }, { id, data, previousData }) {
    const { data: updated } = await api.request<TenantView>(path(id), {
      method: 'PATCH',
      body: {
        name: String(data.name ?? '').trim(),
        variables: fromVariableRows(data.variableRows, previousData?.variables),
      },
    });
    return toRecord(updated);
  },
  async delete({ api }, { id, previousData }) {
    await api.request(path(id), { method: 'DELETE' });
    return (previousData ?? { id }) as TenantRecord;
  },
};
