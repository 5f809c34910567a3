import { Document, isCollection, isMap, isScalar, isSeq, visit } from 'yaml';
import type { Orientation } from './schema.js';
import { orientationSchema } from './schema.js';
import { orderLike } from './schema-walk.js';
import type { SourceFormat } from './source.js';

// Lists of single words (enum values, colours…) read best on one line, as people write them.
function isWordList(node: unknown): boolean {
  return (
    isSeq(node) &&
    node.items.length > 0 &&
    node.items.every(
      (item) => isScalar(item) && (typeof item.value !== 'string' || !/\s/.test(item.value)),
    )
  );
}

function toYaml(value: unknown): string {
  const document = new Document(value);
  visit(document, {
    Seq(_, node) {
      if (isWordList(node)) node.flow = true;
    },
  });
  // Top-level sections are separated by a blank line; the identity scalars stay together.
  if (isMap(document.contents)) {
    let previousWasSection = false;
    for (const pair of document.contents.items) {
      const section = isCollection(pair.value);
      if (
        (section || previousWasSection) &&
        isScalar(pair.key) &&
        pair !== document.contents.items[0]
      ) {
        pair.key.spaceBefore = true;
      }
      previousWasSection = section;
    }
  }
  return document.toString({ lineWidth: 0, blockQuote: 'literal' });
}

/**
 * An orientation as YAML or JSON text, keys in schema order whatever order the object has
 * (a database may have reordered them), so that exports are stable and diffable.
 */
export function stringifyOrientation(orientation: Orientation, format: SourceFormat): string {
  const ordered = orderLike(orientationSchema, orientation);
  return format === 'json' ? `${JSON.stringify(ordered, null, 2)}\n` : toYaml(ordered);
}
