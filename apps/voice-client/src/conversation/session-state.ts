import {
  type SelectionItemView,
  type SessionStateView,
  sessionStateSchema,
} from '@scenaro/api-contract';

/** A selected product; the runtime may send more than the contract requires (appellation…). */
export type ShownItem = SelectionItemView & Record<string, unknown>;
export type ShownState = Omit<SessionStateView, 'selection'> & { selection: ShownItem[] };

/** A `scenaro.state` message (or the state API's body), or null when it is not one. */
export function parseState(value: unknown): ShownState | null {
  let data = value;
  if (typeof value === 'string') {
    try {
      data = JSON.parse(value);
    } catch {
      return null;
    }
  }
  const parsed = sessionStateSchema.safeParse(data);
  if (!parsed.success) return null;
  // The schema strips unknown fields; keep them so the panels can show them.
  const raw = (data as { selection: Record<string, unknown>[] }).selection;
  return {
    ...parsed.data,
    selection: parsed.data.selection.map((item, index) => ({ ...raw[index], ...item })),
  };
}

/**
 * The state to show after `next` arrives. Messages may arrive out of order (and a resync
 * may race a message): only a newer revision replaces what is shown.
 */
export function applyState(current: ShownState | null, next: ShownState): ShownState {
  if (current && next.revision <= current.revision) return current;
  return next;
}

const DETAIL_KEYS = ['appellation', 'vintage', 'region', 'color'] as const;

/** The product details worth a second line (appellation, vintage…), when the message has them. */
export function itemDetails(item: ShownItem): string[] {
  const record: Record<string, unknown> = item;
  const attributes =
    typeof record.attributes === 'object' && record.attributes !== null
      ? (record.attributes as Record<string, unknown>)
      : {};
  const details: string[] = [];
  for (const key of DETAIL_KEYS) {
    const value = record[key] ?? attributes[key];
    if (typeof value === 'string' || typeof value === 'number') details.push(String(value));
    if (details.length === 2) break;
  }
  return details;
}
