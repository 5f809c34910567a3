import type {
  CreateParams,
  DeleteParams,
  GetListParams,
  GetManyParams,
  GetOneParams,
  RaRecord,
  UpdateParams,
} from 'react-admin';
import type { ApiClient } from '../api/client';

/**
 * How one react-admin resource maps onto the API. Each feature folder exports the adapters of
 * its resources; the data provider composes them (src/providers/dataProvider.ts) and answers
 * a clear error for an operation a resource does not support.
 *
 * `tenantId` is the console's current tenant (null for platform-wide resources or when none is
 * chosen; tenant-scoped adapters then throw `noTenantChosen()`).
 */
export interface AdapterContext {
  api: ApiClient;
  tenantId: string | null;
}

/** A list page: the API pages with cursors, so the total is often unknown (partial pagination). */
export interface ListResult<R extends RaRecord = RaRecord> {
  data: R[];
  total?: number;
  pageInfo?: { hasNextPage: boolean; hasPreviousPage: boolean };
}

export interface ResourceAdapter<R extends RaRecord = RaRecord> {
  getList?(context: AdapterContext, params: GetListParams): Promise<ListResult<R>>;
  getOne?(context: AdapterContext, params: GetOneParams): Promise<R>;
  getMany?(context: AdapterContext, params: GetManyParams): Promise<R[]>;
  create?(context: AdapterContext, params: CreateParams): Promise<R>;
  update?(context: AdapterContext, params: UpdateParams): Promise<R>;
  delete?(context: AdapterContext, params: DeleteParams): Promise<R>;
}

export type ResourceAdapters = Record<string, ResourceAdapter>;
