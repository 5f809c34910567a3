import type { CreatedApiKey, CreateTenantBody, CreateTenantResponse } from '@scenaro/api-contract';
import type { DbTx } from '@scenaro/db';
import type { Principal } from '../../auth/principal.js';
import { AppError } from '../../errors.js';
import { newId } from '../../lib/ids.js';
import { issueApiKey } from '../api-keys/issue-api-key.js';
import { recordAudit } from '../audit/record-audit.js';
import type { TemplateStore } from '../templates/template-store.js';
import { tenantView } from '../views.js';
import { checkTenantVariables } from './check-tenant-variables.js';

/**
 * Creates a tenant from a template: the tenant, its orientation published as version 1 and
 * its first keys, all in the caller's transaction (so an idempotent retry sees all or nothing).
 */
export async function createTenant({
  tx,
  principal,
  templates,
  body,
}: {
  tx: DbTx;
  principal: Principal;
  templates: TemplateStore;
  body: CreateTenantBody;
}): Promise<CreateTenantResponse> {
  const partnerId = await owningPartner(tx, principal, body.partnerId);
  const template = await templates.get(body.template);
  const variables = body.variables ?? {};
  checkTenantVariables([template], variables);

  const tenant = await tx.tenant.create({
    data: { id: newId('ten'), name: body.name, template: body.template, partnerId, variables },
  });
  const orientation = await tx.orientation.create({
    data: {
      id: newId('ori'),
      tenantId: tenant.id,
      slug: template.slug,
      draft: template as object,
      currentVersion: 1,
      updatedBy: principal.keyId,
    },
  });
  await tx.orientationVersion.create({
    data: {
      id: newId('ver'),
      tenantId: tenant.id,
      orientationId: orientation.id,
      version: 1,
      document: template as object,
      note: `Created from template ${body.template}`,
      createdBy: principal.keyId,
    },
  });
  const keys: CreatedApiKey[] = [
    await issueApiKey(tx, { kind: 'tenant', name: 'First tenant key', tenantId: tenant.id }),
  ];
  if (body.allowedOrigins?.length) {
    keys.push(
      await issueApiKey(tx, {
        kind: 'publishable',
        name: 'First publishable key',
        tenantId: tenant.id,
        allowedOrigins: body.allowedOrigins,
      }),
    );
  }
  await recordAudit(tx, principal, {
    tenantId: tenant.id,
    action: 'tenant.created',
    targetType: 'tenant',
    targetId: tenant.id,
    details: { template: body.template, orientation: template.slug, version: 1 },
  });
  return { tenant: tenantView(tenant), keys, orientation: { slug: template.slug, version: 1 } };
}

/** Partners always own what they create; only an admin may name (or omit) the owner. */
async function owningPartner(
  tx: DbTx,
  principal: Principal,
  requested: string | undefined,
): Promise<string | null> {
  if (principal.kind === 'partner') {
    if (requested !== undefined && requested !== principal.partnerId) {
      throw new AppError('invalid_request', 'A partner creates tenants for itself only.', {
        details: [{ path: 'partnerId', message: 'omit it: it is taken from your key' }],
      });
    }
    return principal.partnerId;
  }
  if (requested === undefined) return null;
  const partner = await tx.partner.findUnique({ where: { id: requested } });
  if (!partner) {
    throw new AppError('invalid_request', `There is no partner ${requested}.`, {
      details: [{ path: 'partnerId', message: 'no such partner' }],
    });
  }
  return partner.id;
}
