import type { TenantView } from '@scenaro/api-contract';
import type { Db } from '@scenaro/db';
import { tenantNotFound } from '../../errors.js';
import { tenantView } from '../views.js';

/** One tenant (visibility already checked by the caller). */
export async function getTenant({
  db,
  tenantId,
}: {
  db: Db;
  tenantId: string;
}): Promise<TenantView> {
  const tenant = await db.tenant.findUnique({ where: { id: tenantId } });
  if (!tenant) throw tenantNotFound(tenantId);
  return tenantView(tenant);
}
