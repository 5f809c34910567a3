import { initializeLogger } from '@livekit/agents';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  ListenerStatePublisher,
  RecordingStatePublisher,
  RoomStatePublisher,
  STATE_TOPIC,
} from './state-publisher.js';
import { StateTracker } from './state-tracker.js';

beforeAll(() => initializeLogger({ pretty: false, level: 'warn' }));

const state = {
  selection: [],
  cart: { lines: [], totalCents: 0, currency: 'EUR' },
  revision: 4,
};

describe('RoomStatePublisher', () => {
  it('sends the state as JSON on the scenaro.state topic', async () => {
    const sent: [string, unknown][] = [];
    const room = {
      localParticipant: {
        sendText: async (text: string, options: unknown) => {
          sent.push([text, options]);
        },
      },
    };
    await new RoomStatePublisher(room as never).publish(state);
    expect(sent).toEqual([[JSON.stringify(state), { topic: STATE_TOPIC }]]);
    expect(STATE_TOPIC).toBe('scenaro.state');
  });
});

describe('ListenerStatePublisher', () => {
  it('hands each state to the attached listener only, and keeps the last one', async () => {
    const publisher = new ListenerStatePublisher();
    await publisher.publish({ ...state, revision: 1 });
    const heard: number[] = [];
    publisher.attach((next) => heard.push(next.revision));
    await publisher.publish({ ...state, revision: 2 });
    publisher.detach();
    await publisher.publish({ ...state, revision: 3 });
    expect(heard).toEqual([2]);
    expect(publisher.last?.revision).toBe(3);
  });
});

describe('StateTracker', () => {
  it('fetches the whole state once, then merges each change by revision', async () => {
    let fetched = 0;
    const api = {
      state: async () => {
        fetched++;
        return { ...state, revision: 1 };
      },
    };
    const publisher = new RecordingStatePublisher();
    const tracker = new StateTracker({ api, sessionId: 'ses_1', publisher });
    const item = {
      productId: 'p1',
      sku: 's',
      name: 'n',
      priceCents: 100,
      currency: 'EUR',
      note: null,
    };
    await tracker.selectionChanged({ selection: [item], revision: 2 });
    const cart = { lines: [], totalCents: 500, currency: 'EUR' };
    await tracker.cartChanged({ cart, revision: 3 });
    expect(fetched).toBe(1);
    expect(publisher.published).toEqual([
      { selection: [item], cart: state.cart, revision: 2 },
      { selection: [item], cart, revision: 3 },
    ]);
  });
});
