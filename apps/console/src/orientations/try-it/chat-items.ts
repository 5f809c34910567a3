import type { PlaygroundEvent, SessionStateView } from '@scenaro/api-contract';

// The conversation as the Try-it panel shows it, built from the playground's events: a tool
// call and its output become one item, completed when the output arrives.

export type ChatItem =
  | { kind: 'user'; text: string }
  | { kind: 'agent'; text: string }
  | {
      kind: 'tool';
      callId: string;
      name: string;
      arguments: Record<string, unknown>;
      output?: string;
      isError?: boolean;
      durationMs?: number;
    }
  | { kind: 'error'; code: string; message: string };

export interface ChatState {
  items: ChatItem[];
  state: SessionStateView | null;
}

/** The chat after one event (`user` events are ignored: the panel shows the user's text at once). */
export function applyEvent(chat: ChatState, event: PlaygroundEvent): ChatState {
  switch (event.type) {
    case 'user':
    case 'done':
      return chat;
    case 'agent':
      return { ...chat, items: [...chat.items, { kind: 'agent', text: event.text }] };
    case 'tool_call':
      return {
        ...chat,
        items: [
          ...chat.items,
          { kind: 'tool', callId: event.callId, name: event.name, arguments: event.arguments },
        ],
      };
    case 'tool_output':
      return {
        ...chat,
        items: chat.items.map((item) =>
          item.kind === 'tool' && item.callId === event.callId
            ? {
                ...item,
                output: event.output,
                isError: event.isError,
                durationMs: event.durationMs,
              }
            : item,
        ),
      };
    case 'state': {
      const { type: _type, ...state } = event;
      // States can arrive out of order; the revision says which one is newer.
      if (chat.state && chat.state.revision > state.revision) return chat;
      return { ...chat, state };
    }
    case 'error':
      return {
        ...chat,
        items: [...chat.items, { kind: 'error', code: event.code, message: event.message }],
      };
  }
}

/** A price in cents, as a French shop writes it (`24,50 €`). */
export function formatPrice(cents: number, currency: string, locale = 'fr-FR'): string {
  return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(cents / 100);
}
