import type { DbTx } from '@scenaro/db';
import { tenantNotFound } from '../../errors.js';

/** The tenant's variable values, against which its orientations are validated. */
export async function tenantVariables(
  db: DbTx,
  tenantId: string,
): Promise<Record<string, unknown>> {
  const tenant = await db.tenant.findUnique({
    where: { id: tenantId },
    select: { variables: true },
  });
  if (!tenant) throw tenantNotFound(tenantId);
  return tenant.variables as Record<string, unknown>;
}
