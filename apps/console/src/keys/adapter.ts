import type { ApiKeyView, CreatedApiKey } from '@scenaro/api-contract';
import { requireTenant, tenantPath } from '../catalog/tenant-scope';
import { listPage } from '../providers/pagination';
import type { AdapterContext, ResourceAdapter } from '../providers/resource-adapter';
import { originErrorsAtBox, parseOrigins } from './origins';

/** A key as listed (never its secret), or just created (with it, once). */
export interface KeyRecord extends ApiKeyView {
  active: boolean;
  secret?: string;
}

function toRecord(key: ApiKeyView | CreatedApiKey): KeyRecord {
  return { ...key, active: key.revokedAt === null };
}

function tenantKeysPath({ tenantId }: AdapterContext, keyId?: unknown): string {
  const keys = tenantPath(requireTenant(tenantId), '/keys');
  return keyId === undefined ? keys : `${keys}/${encodeURIComponent(String(keyId))}`;
}

/** The current tenant's keys: tenant (server) keys and publishable (browser) keys. */
export const keysAdapter: ResourceAdapter<KeyRecord> = {
  getList: (context, params) =>
    listPage(context.api, tenantKeysPath(context), params, { map: toRecord }),
  async create(context, { data }) {
    const kind = data.kind === 'publishable' ? 'publishable' : 'tenant';
    const origins = parseOrigins(data.allowedOriginsText);
    try {
      const { data: created } = await context.api.request<CreatedApiKey>(tenantKeysPath(context), {
        method: 'POST',
        body: {
          name: String(data.name ?? '').trim(),
          kind,
          ...(kind === 'publishable' ? { allowedOrigins: origins } : {}),
        },
      });
      return toRecord(created);
    } catch (error) {
      throw originErrorsAtBox(error, origins, 'allowedOriginsText');
    }
  },
  async delete(context, { id }) {
    const { data } = await context.api.request<ApiKeyView>(tenantKeysPath(context, id), {
      method: 'DELETE',
    });
    return toRecord(data);
  },
};

/** Platform keys (admin, runtime): platform admins only. */
export const platformKeysAdapter: ResourceAdapter<KeyRecord> = {
  getList: ({ api }, params) => listPage(api, '/v1/keys', params, { map: toRecord }),
  async create({ api }, { data }) {
    const { data: created } = await api.request<CreatedApiKey>('/v1/keys', {
      method: 'POST',
      body: {
        name: String(data.name ?? '').trim(),
        kind: data.kind === 'admin' ? 'admin' : 'runtime',
      },
    });
    return toRecord(created);
  },
  async delete({ api }, { id }) {
    const { data } = await api.request<ApiKeyView>(`/v1/keys/${encodeURIComponent(String(id))}`, {
      method: 'DELETE',
    });
    return toRecord(data);
  },
};
