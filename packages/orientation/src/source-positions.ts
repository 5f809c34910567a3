import { type Document, isAlias, isMap, isScalar, isSeq, type LineCounter, type Node } from 'yaml';
import type { PathSegment } from './issues.js';

function keyOf(key: unknown): string {
  return isScalar(key) ? String(key.value) : String(key);
}

/**
 * The 1-based line and column of the node at `path` in a parsed YAML (or JSON) document: the
 * key of an object field, the item of a list, or the nearest existing ancestor when the path
 * goes further than the document (a missing field is shown where it should be).
 */
export function locatePath(
  document: Document,
  lineCounter: LineCounter,
  path: readonly PathSegment[],
): { line: number; column: number } | undefined {
  let node: unknown = document.contents;
  let offset = (node as Node | null)?.range?.[0];
  for (const segment of path) {
    if (isAlias(node)) node = node.resolve(document);
    if (isMap(node)) {
      const pair = node.items.find((item) => keyOf(item.key) === String(segment));
      if (!pair) break;
      offset = (pair.key as Node | null)?.range?.[0] ?? offset;
      node = pair.value;
    } else if (isSeq(node) && typeof segment === 'number') {
      const item = node.items[segment] as Node | undefined;
      if (!item) break;
      offset = item.range?.[0] ?? offset;
      node = item;
    } else break;
  }
  if (offset === undefined) return undefined;
  const { line, col } = lineCounter.linePos(offset);
  return { line, column: col };
}
