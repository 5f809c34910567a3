import type { SessionStateView } from '@scenaro/api-contract';
import { describe, expect, it } from 'vitest';
import { applyEvent, type ChatState, formatPrice } from './chat-items';

const empty: ChatState = { items: [], state: null };
const state = (revision: number, totalCents: number): SessionStateView => ({
  selection: [],
  cart: { lines: [], totalCents, currency: 'EUR' },
  revision,
});

describe('Try-it chat', () => {
  it('completes a tool call with its output, matched by call id', () => {
    let chat = applyEvent(empty, { type: 'tool_call', callId: 'a', name: 'search', arguments: {} });
    chat = applyEvent(chat, { type: 'tool_call', callId: 'b', name: 'add', arguments: { q: 1 } });
    chat = applyEvent(chat, {
      type: 'tool_output',
      callId: 'b',
      name: 'add',
      output: '{"ok":true}',
      isError: false,
      durationMs: 40,
    });
    expect(chat.items).toEqual([
      { kind: 'tool', callId: 'a', name: 'search', arguments: {} },
      {
        kind: 'tool',
        callId: 'b',
        name: 'add',
        arguments: { q: 1 },
        output: '{"ok":true}',
        isError: false,
        durationMs: 40,
      },
    ]);
  });

  it('keeps the newest state when states arrive out of order', () => {
    let chat = applyEvent(empty, { type: 'state', ...state(3, 3000) });
    chat = applyEvent(chat, { type: 'state', ...state(2, 2000) });
    expect(chat.state?.cart.totalCents).toBe(3000);
    chat = applyEvent(chat, { type: 'state', ...state(4, 4000) });
    expect(chat.state).toEqual(state(4, 4000));
  });

  it('shows agent text and errors, ignores echoes of the user and done', () => {
    let chat = applyEvent(empty, { type: 'user', text: 'hi' });
    chat = applyEvent(chat, { type: 'agent', text: 'Bonjour' });
    chat = applyEvent(chat, { type: 'error', code: 'llm_unavailable', message: 'No LLM' });
    chat = applyEvent(chat, { type: 'done', durationMs: 1 });
    expect(chat.items).toEqual([
      { kind: 'agent', text: 'Bonjour' },
      { kind: 'error', code: 'llm_unavailable', message: 'No LLM' },
    ]);
  });

  it('writes prices the French way', () => {
    expect(formatPrice(2450, 'EUR').replace(/[\u202f\u00a0]/g, ' ')).toBe('24,50 €');
  });
});
