import type {
  ApiKeyView,
  AuditEventView,
  PartnerView,
  TenantView,
  VersionSummary,
} from '@scenaro/api-contract';
import type { ApiKey, AuditEvent, OrientationVersion, Partner, Tenant } from '@scenaro/db';

// Database rows → API shapes, in one place so every route shows a resource the same way.

/** Public shape of a tenant. */
export function tenantView(tenant: Tenant): TenantView {
  return {
    id: tenant.id,
    name: tenant.name,
    template: tenant.template,
    partnerId: tenant.partnerId,
    variables: tenant.variables as Record<string, unknown>,
    createdAt: tenant.createdAt.toISOString(),
    updatedAt: tenant.updatedAt.toISOString(),
  };
}

/** Public shape of a partner. */
export function partnerView(partner: Partner): PartnerView {
  return {
    id: partner.id,
    name: partner.name,
    createdAt: partner.createdAt.toISOString(),
    updatedAt: partner.updatedAt.toISOString(),
  };
}

/** Public shape of an API key: never its hash. */
export function apiKeyView(key: ApiKey): ApiKeyView {
  return {
    id: key.id,
    kind: key.kind,
    name: key.name,
    tenantId: key.tenantId,
    partnerId: key.partnerId,
    allowedOrigins: key.allowedOrigins,
    createdAt: key.createdAt.toISOString(),
    lastUsedAt: key.lastUsedAt?.toISOString() ?? null,
    revokedAt: key.revokedAt?.toISOString() ?? null,
  };
}

/** Public shape of a published version, without its document (authors: see versionAuthors). */
export function versionSummaryView(
  version: OrientationVersion,
  currentVersion: number,
  authors: ReadonlyMap<string, string>,
): VersionSummary {
  return {
    version: version.version,
    createdAt: version.createdAt.toISOString(),
    createdBy: version.createdBy,
    author: authors.get(version.createdBy) ?? version.createdBy,
    note: version.note,
    rolledBackFrom: version.rolledBackFrom,
    current: version.version === currentVersion,
  };
}

/** Public shape of an audit event. */
export function auditEventView(event: AuditEvent): AuditEventView {
  return {
    id: event.id,
    tenantId: event.tenantId,
    actorKeyId: event.actorKeyId,
    actorKind: event.actorKind,
    action: event.action,
    targetType: event.targetType,
    targetId: event.targetId,
    details: event.details as Record<string, unknown>,
    createdAt: event.createdAt.toISOString(),
  };
}
