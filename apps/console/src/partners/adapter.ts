import type { CreatedApiKey, PartnerView } from '@scenaro/api-contract';
import { fetchAll, listPage } from '../providers/pagination';
import type { ResourceAdapter } from '../providers/resource-adapter';

export interface PartnerRecord extends PartnerView {
  /** Only right after creation: the partner's first key, with its secret (shown once). */
  createdKeys?: CreatedApiKey[];
}

type Page = { items: PartnerView[]; nextCursor: string | null };

/** Partners (platform admins only). The API has no `GET /v1/partners/{id}`: one is found in the list. */
export const partnersAdapter: ResourceAdapter<PartnerRecord> = {
  getList: ({ api }, params) => listPage(api, '/v1/partners', params),
  async getMany({ api }, { ids }) {
    const wanted = new Set(ids.map(String));
    const all = await fetchAll(
      async (cursor, limit) =>
        (await api.request<Page>('/v1/partners', { query: { cursor, limit } })).data,
    );
    return all.filter((partner) => wanted.has(partner.id));
  },
  async create({ api }, { data }) {
    const { data: created } = await api.request<{ partner: PartnerView; key: CreatedApiKey }>(
      '/v1/partners',
      { method: 'POST', body: { name: String(data.name ?? '').trim() } },
    );
    return { ...created.partner, createdKeys: [created.key] };
  },
};
