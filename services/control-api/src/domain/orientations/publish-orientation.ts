import type { VersionSummary } from '@scenaro/api-contract';
import type { Db, DbTx } from '@scenaro/db';
import type { Principal } from '../../auth/principal.js';
import { newId } from '../../lib/ids.js';
import { recordAudit } from '../audit/record-audit.js';
import { versionSummaryView } from '../views.js';
import { findOrientation } from './find-orientation.js';
import { readOrientationInput } from './read-orientation-input.js';
import { tenantVariables } from './tenant-variables.js';
import { versionAuthors } from './version-authors.js';

/**
 * Appends an immutable version and makes it current. The counter is bumped by an UPDATE on
 * the orientation row, which serialises concurrent publishes: never a duplicate, never a gap.
 */
export async function appendVersion(
  tx: DbTx,
  input: {
    tenantId: string;
    slug: string;
    document: unknown;
    principal: Principal;
    note: string | null;
    rolledBackFrom: number | null;
  },
): Promise<VersionSummary> {
  const orientation = await tx.orientation.update({
    where: { tenantId_slug: { tenantId: input.tenantId, slug: input.slug } },
    data: { currentVersion: { increment: 1 } },
  });
  const version = await tx.orientationVersion.create({
    data: {
      id: newId('ver'),
      tenantId: input.tenantId,
      orientationId: orientation.id,
      version: orientation.currentVersion,
      document: input.document as object,
      note: input.note,
      rolledBackFrom: input.rolledBackFrom,
      createdBy: input.principal.keyId,
    },
  });
  return versionSummaryView(
    version,
    orientation.currentVersion,
    await versionAuthors(tx, [version.createdBy]),
  );
}

/** Publishes the current draft as the next version (re-validated against today's variables). */
export async function publishOrientation({
  db,
  tenantId,
  slug,
  principal,
  note,
}: {
  db: Db;
  tenantId: string;
  slug: string;
  principal: Principal;
  note?: string | undefined;
}): Promise<VersionSummary> {
  return db.$transaction(
    async (tx) => {
      const orientation = await findOrientation(tx, tenantId, slug);
      // The tenant's variables may have changed since the draft was saved.
      readOrientationInput(
        { format: 'json', value: orientation.draft },
        await tenantVariables(tx, tenantId),
      );
      const published = await appendVersion(tx, {
        tenantId,
        slug,
        document: orientation.draft,
        principal,
        note: note ?? null,
        rolledBackFrom: null,
      });
      await recordAudit(tx, principal, {
        tenantId,
        action: 'orientation.published',
        targetType: 'orientation',
        targetId: slug,
        details: { version: published.version, note: note ?? null },
      });
      return published;
    },
    { maxWait: 10_000, timeout: 20_000 },
  );
}
