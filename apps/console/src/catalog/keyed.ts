/**
 * React keys for read-only lists shown in their given order (row issues, passages, transcript
 * lines): the item's natural key, made unique by a counter when it repeats.
 */
export function keyed<T>(
  items: readonly T[],
  keyOf: (item: T) => string,
): { key: string; item: T }[] {
  const seen = new Map<string, number>();
  return items.map((item) => {
    const base = keyOf(item);
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    return { key: count === 0 ? base : `${base}#${count}`, item };
  });
}
