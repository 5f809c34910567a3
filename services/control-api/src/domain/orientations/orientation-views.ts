import { isDeepStrictEqual } from 'node:util';
import type { OrientationDetail, OrientationSummary } from '@scenaro/api-contract';
import type { Orientation as OrientationRow } from '@scenaro/db';

/** Public summary of an orientation; `published` is the current version's document, if any. */
export function orientationSummaryView(
  orientation: OrientationRow,
  published: unknown | undefined,
): OrientationSummary {
  const draft = orientation.draft as { name?: unknown };
  return {
    slug: orientation.slug,
    name: typeof draft.name === 'string' ? draft.name : orientation.slug,
    currentVersion: orientation.currentVersion > 0 ? orientation.currentVersion : null,
    hasUnpublishedChanges: !isDeepStrictEqual(orientation.draft, published),
    updatedAt: orientation.updatedAt.toISOString(),
    updatedBy: orientation.updatedBy,
  };
}

/** Public detail of an orientation, with its draft document. */
export function orientationDetailView(
  orientation: OrientationRow,
  published: unknown | undefined,
): OrientationDetail {
  return {
    ...orientationSummaryView(orientation, published),
    draft: orientation.draft as Record<string, unknown>,
  };
}

/** The ETag of a draft: changes whenever the draft is saved. */
export function draftEtag(orientation: OrientationRow): string {
  return `"${orientation.id}-${orientation.updatedAt.getTime()}"`;
}
