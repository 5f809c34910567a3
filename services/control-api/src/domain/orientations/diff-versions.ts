import type { DiffEntry } from '@scenaro/api-contract';
import type { Db } from '@scenaro/db';
import { diffDocuments } from './diff-documents.js';
import { findOrientation, findVersion } from './find-orientation.js';

type Side = number | 'draft';

/** Per-field changes between two versions, or between a version and the draft. */
export async function diffVersions({
  db,
  tenantId,
  slug,
  from,
  to,
}: {
  db: Db;
  tenantId: string;
  slug: string;
  from: Side;
  to: Side;
}): Promise<{ from: Side; to: Side; changes: DiffEntry[] }> {
  const orientation = await findOrientation(db, tenantId, slug);
  const documentOf = async (side: Side) =>
    side === 'draft'
      ? orientation.draft
      : (await findVersion(db, tenantId, orientation.id, side)).document;
  return { from, to, changes: diffDocuments(await documentOf(from), await documentOf(to)) };
}
