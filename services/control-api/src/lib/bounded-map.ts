/**
 * Sets `key` in a cache that holds at most `max` entries, dropping the oldest insertion first.
 * For in-process caches of rows that never change (published versions, a session's snapshot): an
 * entry is never stale, so the oldest is as good a victim as any and needs no bookkeeping.
 */
export function setBounded<K, V>(cache: Map<K, V>, key: K, value: V, max: number): void {
  if (cache.size >= max && !cache.has(key)) {
    const oldest = cache.keys().next().value;
    if (oldest !== undefined) cache.delete(oldest);
  }
  cache.set(key, value);
}
