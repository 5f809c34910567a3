/**
 * Indented JSON laid out as Biome formats it (objects expanded, arrays of scalars on one
 * line when they fit in 100 columns), so a committed catalogue passes `biome check` as is.
 */

const LINE_WIDTH = 100;

function isScalar(value: unknown): boolean {
  return value === null || typeof value !== 'object';
}

function layout(value: unknown, indent: string, prefixWidth: number, suffix: string): string {
  if (isScalar(value)) return JSON.stringify(value);
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    if (value.every(isScalar)) {
      const flat = `[${value.map((v) => JSON.stringify(v)).join(', ')}]`;
      if (prefixWidth + flat.length + suffix.length <= LINE_WIDTH) return flat;
    }
    const items = value.map(
      (v, i) => `${inner}${layout(v, inner, inner.length, i < value.length - 1 ? ',' : '')}`,
    );
    return `[\n${items.join(',\n')}\n${indent}]`;
  }
  const entries = Object.entries(value as Record<string, unknown>).filter(
    ([, v]) => v !== undefined,
  );
  if (entries.length === 0) return '{}';
  const lines = entries.map(([key, v], i) => {
    const head = `${inner}${JSON.stringify(key)}: `;
    return `${head}${layout(v, inner, head.length, i < entries.length - 1 ? ',' : '')}`;
  });
  return `{\n${lines.join(',\n')}\n${indent}}`;
}

/** `value` as indented JSON whose first line starts at `indent`. */
export function prettyJson(value: unknown, indent = ''): string {
  return layout(value, indent, indent.length, '');
}
