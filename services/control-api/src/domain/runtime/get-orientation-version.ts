import type { RuntimeOrientationVersion } from '@scenaro/api-contract';
import type { Db } from '@scenaro/db';
import { pinnedVersion } from './pinned-orientation.js';

/** A published (immutable) orientation version, for the runtime to cache by id. */
export async function getOrientationVersion({
  db,
  versionId,
}: {
  db: Db;
  versionId: string;
}): Promise<RuntimeOrientationVersion> {
  const version = await pinnedVersion(db, { versionId });
  return {
    id: version.id,
    slug: version.slug,
    version: version.version,
    document: version.document,
  };
}
