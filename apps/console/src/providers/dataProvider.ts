import type { DataProvider, RaRecord } from 'react-admin';
import { type ApiClient, ApiError } from '../api/client';
import { ERROR_MESSAGES, toDisplayError } from './errors';
import type { AdapterContext, ResourceAdapter, ResourceAdapters } from './resource-adapter';

type Operation = keyof ResourceAdapter;

function notSupported(resource: string, operation: Operation): ApiError {
  return new ApiError(405, 'not_supported', ERROR_MESSAGES.notSupported, [
    { path: resource, message: `${operation} is not supported` },
  ]);
}

/**
 * The one data provider: every feature's adapters, each called with the API client and the
 * current tenant. An operation a resource does not support fails with a clear message, and API
 * errors become what react-admin shows (field errors from validation details, generic messages
 * for 401/403/5xx/unreachable).
 */
export function createDataProvider({
  api,
  adapters,
  getTenantId,
}: {
  api: ApiClient;
  adapters: ResourceAdapters;
  getTenantId: () => string | null;
}): DataProvider {
  async function run<T>(
    resource: string,
    operation: Operation,
    call: (adapter: ResourceAdapter, context: AdapterContext) => Promise<T> | undefined,
  ): Promise<T> {
    const adapter = adapters[resource];
    if (!adapter?.[operation]) throw notSupported(resource, operation);
    try {
      // Inside the try: an adapter may throw before its first await (no tenant chosen).
      const pending = call(adapter, { api, tenantId: getTenantId() });
      if (!pending) throw notSupported(resource, operation);
      return await pending;
    } catch (error) {
      throw toDisplayError(error);
    }
  }

  return {
    getList: (resource, params) =>
      run(resource, 'getList', (adapter, context) => adapter.getList?.(context, params)) as never,
    getOne: (resource, params) =>
      run(resource, 'getOne', async (adapter, context) => ({
        data: (await adapter.getOne?.(context, params)) as RaRecord,
      })) as never,
    async getMany(resource, params) {
      const adapter = adapters[resource];
      // Without a getMany, references are fetched one by one.
      if (adapter && !adapter.getMany && adapter.getOne) {
        const data = await Promise.all(
          params.ids.map((id) =>
            run(resource, 'getOne', (one, context) => one.getOne?.(context, { id })),
          ),
        );
        return { data: data as never };
      }
      return run(resource, 'getMany', async (many, context) => ({
        data: (await many.getMany?.(context, params)) as never,
      }));
    },
    // A reference list is the resource's list filtered on the referencing field.
    getManyReference: (resource, { target, id, filter, pagination, sort, meta }) =>
      run(resource, 'getList', (adapter, context) =>
        adapter.getList?.(context, {
          pagination,
          sort,
          meta,
          filter: { ...filter, [target]: id },
        }),
      ) as never,
    create: (resource, params) =>
      run(resource, 'create', async (adapter, context) => ({
        data: (await adapter.create?.(context, params)) as never,
      })),
    update: (resource, params) =>
      run(resource, 'update', async (adapter, context) => ({
        data: (await adapter.update?.(context, params)) as never,
      })),
    async updateMany(resource, params) {
      const ids = await Promise.all(
        params.ids.map((id) =>
          run(resource, 'update', async (adapter, context) => {
            const record = await adapter.update?.(context, {
              id,
              data: params.data,
              previousData: { id },
            });
            return record?.id ?? id;
          }),
        ),
      );
      return { data: ids };
    },
    delete: (resource, params) =>
      run(resource, 'delete', async (adapter, context) => ({
        data: (await adapter.delete?.(context, params)) as never,
      })),
    async deleteMany(resource, params) {
      const ids = await Promise.all(
        params.ids.map((id) =>
          run(resource, 'delete', async (adapter, context) => {
            const record = await adapter.delete?.(context, { id, previousData: { id } });
            return record?.id ?? id;
          }),
        ),
      );
      return { data: ids };
    },
  };
}
