import { noTenantChosen } from '../providers/errors';

/** The tenant a tenant-scoped adapter works on; a clear error when none is chosen yet. */
export function requireTenant(tenantId: string | null): string {
  if (!tenantId) throw noTenantChosen();
  return tenantId;
}

/** `/v1/tenants/{tenantId}` followed by `path`, with the tenant id escaped. */
export function tenantPath(tenantId: string, path: string): string {
  return `/v1/tenants/${encodeURIComponent(tenantId)}${path}`;
}
