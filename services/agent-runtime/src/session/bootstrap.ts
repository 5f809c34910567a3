import type { RuntimeBootstrap } from '@scenaro/api-contract';
import {
  type Orientation,
  renderOrientation,
  resolveVariables,
  type VariableValues,
  validateOrientation,
} from '@scenaro/orientation';
import { z } from 'zod';
import type { ControlApi } from '../control-api/client.js';
import { ConfigurationError } from '../errors.js';
import type { CachedVersion, VersionCache } from '../orientation/version-cache.js';

/** A playground session's draft snapshot: no version, the document came with the bootstrap. */
export interface DraftSnapshot {
  readonly id: null;
  readonly slug: string;
  readonly version: null;
  readonly orientation: Orientation;
}

/** Everything a job needs to build its agent, resolved from one session id. */
export interface SessionBootstrap {
  readonly sessionId: string;
  readonly bootstrap: RuntimeBootstrap;
  /** The pinned version (shared through the cache), or a playground session's draft snapshot. */
  readonly version: CachedVersion | DraftSnapshot;
  /** The orientation as published or snapshotted (tool parameters are derived from this one). */
  readonly orientation: Orientation;
  /** The orientation with the tenant's variables rendered into every templated string. */
  readonly rendered: Orientation;
  /** The tenant's variable values, defaults applied. */
  readonly variables: VariableValues;
}

const dispatchMetadataSchema = z.object({ sessionId: z.string().min(1).max(64) });

/** The session id carried by the dispatch metadata (`{ "sessionId": "…" }`). */
export function sessionIdFromMetadata(metadata: string | undefined): string {
  let json: unknown;
  try {
    json = JSON.parse(metadata ?? '');
  } catch {
    throw new ConfigurationError('The job metadata is not JSON: expected { "sessionId": "…" }.');
  }
  const parsed = dispatchMetadataSchema.safeParse(json);
  if (!parsed.success) {
    throw new ConfigurationError(
      'The job metadata has no sessionId: expected { "sessionId": "…" }.',
    );
  }
  return parsed.data.sessionId;
}

/** Session → bootstrap document → pinned version (cached) → orientation rendered for the tenant. */
export async function loadSession(options: {
  api: Pick<ControlApi, 'bootstrap'>;
  versions: VersionCache;
  sessionId: string;
}): Promise<SessionBootstrap> {
  const bootstrap = await options.api.bootstrap(options.sessionId);
  if (bootstrap.session.status === 'ended') {
    throw new ConfigurationError(`Session ${options.sessionId} has already ended.`);
  }
  const { versionId } = bootstrap.orientation;
  const version =
    versionId === null
      ? draftSnapshot(bootstrap.orientation)
      : await options.versions.get(versionId);
  const variables = resolveVariables(version.orientation, bootstrap.tenant.variables);
  return {
    sessionId: options.sessionId,
    bootstrap,
    version,
    orientation: version.orientation,
    rendered: renderOrientation(version.orientation, variables),
    variables,
  };
}

/** The inline draft of a playground session, validated as a published version would be. */
function draftSnapshot(pinned: RuntimeBootstrap['orientation']): DraftSnapshot {
  const result = validateOrientation(pinned.document ?? {});
  if (!result.ok) {
    const first = result.issues[0];
    throw new ConfigurationError(
      `The draft of ${pinned.slug} is invalid: ${first?.path ?? ''} ${first?.message ?? ''}`.trim(),
    );
  }
  return { id: null, slug: pinned.slug, version: null, orientation: result.orientation };
}
