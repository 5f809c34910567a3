import type { VersionSummary } from '@scenaro/api-contract';
import type { Db } from '@scenaro/db';
import type { Principal } from '../../auth/principal.js';
import { recordAudit } from '../audit/record-audit.js';
import { findOrientation, findVersion } from './find-orientation.js';
import { appendVersion } from './publish-orientation.js';

/**
 * Makes an earlier version's document current again by publishing it as a new version that
 * records where it came from: history is only ever appended to, never rewritten. The draft is
 * left as it is (it may hold the fix in progress).
 */
export async function rollbackOrientation({
  db,
  tenantId,
  slug,
  principal,
  version,
  note,
}: {
  db: Db;
  tenantId: string;
  slug: string;
  principal: Principal;
  version: number;
  note?: string | undefined;
}): Promise<VersionSummary> {
  return db.$transaction(
    async (tx) => {
      const orientation = await findOrientation(tx, tenantId, slug);
      const target = await findVersion(tx, tenantId, orientation.id, version);
      const published = await appendVersion(tx, {
        tenantId,
        slug,
        document: target.document,
        principal,
        note: note ?? `Rollback to version ${version}`,
        rolledBackFrom: version,
      });
      await recordAudit(tx, principal, {
        tenantId,
        action: 'orientation.rolled_back',
        targetType: 'orientation',
        targetId: slug,
        details: { version: published.version, rolledBackFrom: version },
      });
      return published;
    },
    { maxWait: 10_000, timeout: 20_000 },
  );
}
