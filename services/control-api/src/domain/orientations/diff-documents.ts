import { isDeepStrictEqual } from 'node:util';
import type { DiffEntry } from '@scenaro/api-contract';

// Lists whose items carry one of these keys are compared item by item by identity, so moving
// or inserting a tool reads as "tool X added", not as every later tool changing.
const IDENTITY_KEYS = ['name', 'id', 'key'] as const;

/** A structured, per-field diff of two JSON documents (paths like `tools[search_wines].description`). */
export function diffDocuments(before: unknown, after: unknown, path = ''): DiffEntry[] {
  if (isDeepStrictEqual(before, after)) return [];
  if (isPlainObject(before) && isPlainObject(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
    return keys.flatMap((key) => {
      const child = path ? `${path}.${key}` : key;
      if (!(key in after)) return [{ path: child, kind: 'removed' as const, before: before[key] }];
      if (!(key in before)) return [{ path: child, kind: 'added' as const, after: after[key] }];
      return diffDocuments(before[key], after[key], child);
    });
  }
  if (Array.isArray(before) && Array.isArray(after)) {
    const identity = identityKey(before, after);
    if (identity) return diffKeyedLists(before, after, identity, path);
  }
  return [{ path, kind: 'changed', before, after }];
}

function diffKeyedLists(
  before: Record<string, unknown>[],
  after: Record<string, unknown>[],
  identity: string,
  path: string,
): DiffEntry[] {
  const byId = (items: Record<string, unknown>[]) =>
    new Map(items.map((item) => [String(item[identity]), item]));
  const old = byId(before);
  const next = byId(after);
  const entries: DiffEntry[] = [];
  for (const [id, item] of old) {
    const child = `${path}[${id}]`;
    const counterpart = next.get(id);
    if (counterpart === undefined) entries.push({ path: child, kind: 'removed', before: item });
    else entries.push(...diffDocuments(item, counterpart, child));
  }
  for (const [id, item] of next) {
    if (!old.has(id)) entries.push({ path: `${path}[${id}]`, kind: 'added', after: item });
  }
  const order = (items: Record<string, unknown>[]) => items.map((item) => String(item[identity]));
  const kept = (ids: string[]) => ids.filter((id) => old.has(id) && next.has(id));
  if (!isDeepStrictEqual(kept(order(before)), kept(order(after)))) {
    entries.push({ path, kind: 'changed', before: order(before), after: order(after) });
  }
  return entries;
}

function identityKey(...lists: unknown[][]): string | undefined {
  const items = lists.flat();
  if (items.length === 0 || !items.every(isPlainObject)) return undefined;
  return IDENTITY_KEYS.find((key) => {
    const values = lists.map((list) => list.map((item) => (item as Record<string, unknown>)[key]));
    return values.every(
      (ids) => ids.every((id) => typeof id === 'string') && new Set(ids).size === ids.length,
    );
  });
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
