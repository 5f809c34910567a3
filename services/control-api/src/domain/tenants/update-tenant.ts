import type { TenantView, UpdateTenantBody } from '@scenaro/api-contract';
import type { Db } from '@scenaro/db';
import type { Orientation } from '@scenaro/orientation';
import type { Principal } from '../../auth/principal.js';
import { tenantNotFound } from '../../errors.js';
import { recordAudit } from '../audit/record-audit.js';
import { tenantView } from '../views.js';
import { checkTenantVariables } from './check-tenant-variables.js';

/**
 * Renames a tenant and/or replaces its variable values. New values are checked against every
 * orientation of the tenant, so a running shop cannot be left with an unresolvable prompt.
 */
export async function updateTenant({
  db,
  tenantId,
  principal,
  body,
}: {
  db: Db;
  tenantId: string;
  principal: Principal;
  body: UpdateTenantBody;
}): Promise<TenantView> {
  return db.$transaction(async (tx) => {
    const tenant = await tx.tenant.findUnique({ where: { id: tenantId } });
    if (!tenant) throw tenantNotFound(tenantId);
    if (body.variables) {
      const orientations = await tx.orientation.findMany({ where: { tenantId } });
      checkTenantVariables(
        orientations.map((orientation) => orientation.draft as unknown as Orientation),
        body.variables,
      );
    }
    const updated = await tx.tenant.update({
      where: { id: tenantId },
      data: {
        ...(body.name !== undefined && { name: body.name }),
        ...(body.variables !== undefined && { variables: body.variables }),
      },
    });
    await recordAudit(tx, principal, {
      tenantId,
      action: 'tenant.updated',
      targetType: 'tenant',
      targetId: tenantId,
      details: { fields: Object.keys(body) },
    });
    return tenantView(updated);
  });
}
