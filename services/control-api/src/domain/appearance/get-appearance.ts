import type { Appearance } from '@scenaro/api-contract';
import type { Db } from '@scenaro/db';
import { OrientationError, renderOrientation, resolveVariables } from '@scenaro/orientation';
import { AppError, tenantNotFound } from '../../errors.js';
import { findCurrentVersion } from '../orientations/find-current-version.js';
import { pinnedVersion } from '../runtime/pinned-orientation.js';

/**
 * How the voice client looks for this tenant: the `ui` block of the orientation's current
 * published version (the one a new session would be pinned to), rendered with the tenant's
 * variables. Without `slug`, the tenant's first orientation, as when a session starts.
 */
export async function getAppearance({
  db,
  tenantId,
  slug,
}: {
  db: Db;
  tenantId: string;
  slug?: string | undefined;
}): Promise<Appearance> {
  const [{ version }, tenant] = await Promise.all([
    findCurrentVersion(db, tenantId, slug),
    db.tenant.findUnique({ where: { id: tenantId }, select: { variables: true } }),
  ]);
  if (!tenant) throw tenantNotFound(tenantId);
  const pinned = await pinnedVersion(db, { versionId: version.id, tenantId });

  let rendered: typeof pinned.orientation;
  try {
    const values = resolveVariables(
      pinned.orientation,
      (tenant.variables ?? {}) as Record<string, unknown>,
    );
    rendered = renderOrientation(pinned.orientation, values);
  } catch (error) {
    // The tenant's values no longer fit the published version (changed since publishing):
    // the shop must fix them; the browser only learns that the assistant is unavailable.
    if (error instanceof OrientationError) {
      throw new AppError('unavailable', "This shop's assistant cannot be shown right now.");
    }
    throw error;
  }
  const { ui } = rendered;
  return {
    name: rendered.name,
    locale: rendered.locale,
    title: ui.title,
    subtitle: ui.subtitle,
    colors: { ...ui.colors },
    labels: { ...ui.labels },
    show: { ...ui.show },
  };
}
