import { type Orientation, validateOrientation } from '@scenaro/orientation';
import type { ControlApi } from '../control-api/client.js';
import { ConfigurationError } from '../errors.js';

/** A published orientation version, validated (defaults applied), not yet rendered. */
export interface CachedVersion {
  readonly id: string;
  readonly slug: string;
  readonly version: number;
  readonly orientation: Orientation;
}

/**
 * Orientation versions by id. Published versions are immutable, so an entry never expires;
 * concurrent requests for the same id share one fetch. A failed fetch is forgotten so that the
 * next session retries it.
 */
export class VersionCache {
  readonly #api: Pick<ControlApi, 'orientationVersion'>;
  readonly #entries = new Map<string, Promise<CachedVersion>>();

  constructor(api: Pick<ControlApi, 'orientationVersion'>) {
    this.#api = api;
  }

  /** The version, fetched and validated on first use. */
  get(versionId: string): Promise<CachedVersion> {
    const cached = this.#entries.get(versionId);
    if (cached) return cached;
    const loading = this.#load(versionId);
    this.#entries.set(versionId, loading);
    loading.catch(() => this.#entries.delete(versionId));
    return loading;
  }

  /** How many versions are held (fetched or being fetched). */
  get size(): number {
    return this.#entries.size;
  }

  async #load(versionId: string): Promise<CachedVersion> {
    const fetched = await this.#api.orientationVersion(versionId);
    const result = validateOrientation(fetched.document);
    if (!result.ok) {
      // A published version was validated at publish time; failing here means the schema and
      // the stored document have drifted, which no retry will fix.
      const first = result.issues[0];
      throw new ConfigurationError(
        `Orientation version ${fetched.slug} v${fetched.version} is invalid: ${first?.path ?? ''} ${first?.message ?? ''}`.trim(),
      );
    }
    return {
      id: fetched.id,
      slug: fetched.slug,
      version: fetched.version,
      orientation: result.orientation,
    };
  }
}
