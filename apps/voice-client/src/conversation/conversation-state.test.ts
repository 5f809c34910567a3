import { describe, expect, it } from 'vitest';
import {
  type ConversationAction,
  type ConversationState,
  conversationReducer,
  initialConversation,
} from './conversation-state';
import type { ShownState } from './session-state';

const run = (actions: ConversationAction[], from: ConversationState = initialConversation) =>
  actions.reduce(conversationReducer, from);

const state = (revision: number): ShownState => ({
  selection: [],
  cart: { lines: [], totalCents: revision * 100, currency: 'EUR' },
  revision,
});

describe('conversationReducer', () => {
  it('goes from start to connected and keeps only the newest state revision', () => {
    const after = run([
      { type: 'start' },
      { type: 'session', sessionId: 'ses_1' },
      { type: 'connection', status: 'connected' },
      { type: 'state', state: state(2) },
      { type: 'state', state: state(1) },
    ]);
    expect(after).toMatchObject({ phase: 'connected', sessionId: 'ses_1' });
    expect(after.state?.revision).toBe(2);
  });

  it('says the agent is late only while connected and not yet joined', () => {
    expect(run([{ type: 'start' }, { type: 'agentLate' }]).agentLate).toBe(false);
    const late = run([
      { type: 'start' },
      { type: 'session', sessionId: 's' },
      { type: 'connection', status: 'connected' },
      { type: 'agentLate' },
    ]);
    expect(late.agentLate).toBe(true);
    expect(conversationReducer(late, { type: 'agentState', state: 'listening' })).toMatchObject({
      agentLate: false,
      agentJoined: true,
      agentState: 'listening',
    });
  });

  it('turns a lost connection into a failure with a retry, but not after the user ended', () => {
    const connected = run([
      { type: 'start' },
      { type: 'session', sessionId: 's' },
      { type: 'connection', status: 'connected' },
    ]);
    expect(
      conversationReducer(connected, { type: 'connection', status: 'disconnected' }),
    ).toMatchObject({ phase: 'failed', failure: 'disconnected' });
    const ended = conversationReducer(connected, { type: 'ended' });
    expect(conversationReducer(ended, { type: 'connection', status: 'disconnected' }).phase).toBe(
      'ended',
    );
  });

  it('starts afresh on a new start: no transcript or state from the previous session', () => {
    const used = run([
      { type: 'start' },
      { type: 'transcript', segment: { id: 'a', speaker: 'agent', text: 'Bonjour', final: true } },
      { type: 'state', state: state(5) },
      { type: 'failed', failure: 'connectFailed' },
    ]);
    expect(conversationReducer(used, { type: 'start' })).toEqual({
      ...initialConversation,
      phase: 'starting',
    });
  });
});
