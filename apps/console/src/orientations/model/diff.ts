import type { DiffEntry } from '@scenaro/api-contract';
import { stringify } from 'yaml';

// The API's per-field diff (`tools[search_wines].description`, kind, before/after), arranged for
// reading: grouped by the document's top-level section, in the document's order.

const SECTION_ORDER = [
  'slug',
  'name',
  'locale',
  'description',
  'variables',
  'prompt',
  'voice',
  'catalog',
  'toolCategories',
  'tools',
  'state',
  'ui',
];

export interface DiffGroup {
  section: string;
  entries: DiffEntry[];
}

/** The top-level key a diff path starts with (`tools[x].description` → `tools`). */
export function sectionOf(path: string): string {
  return /^[^.[]*/.exec(path)?.[0] ?? path;
}

/** Entries grouped by section: known sections in document order, then the others. */
export function groupDiff(entries: readonly DiffEntry[]): DiffGroup[] {
  const groups = new Map<string, DiffEntry[]>();
  for (const entry of entries) {
    const section = sectionOf(entry.path);
    groups.set(section, [...(groups.get(section) ?? []), entry]);
  }
  const rank = (section: string) => {
    const index = SECTION_ORDER.indexOf(section);
    return index === -1 ? SECTION_ORDER.length : index;
  };
  return [...groups.entries()]
    .sort(([a], [b]) => rank(a) - rank(b))
    .map(([section, items]) => ({ section, entries: items }));
}

/** A value as the diff shows it: scalars inline, structures as YAML. */
export function showValue(value: unknown): string {
  if (value === undefined) return '';
  if (value === null) return 'null';
  if (typeof value === 'string') return value;
  if (typeof value !== 'object') return String(value);
  return stringify(value, { lineWidth: 0 }).trimEnd();
}

/** How many entries of each kind, for the dialog's summary line. */
export function countKinds(entries: readonly DiffEntry[]): Record<DiffEntry['kind'], number> {
  const counts = { added: 0, removed: 0, changed: 0 };
  for (const entry of entries) counts[entry.kind]++;
  return counts;
}
