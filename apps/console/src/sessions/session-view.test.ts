import type { SessionDetailView, TranscriptEntry } from '@scenaro/api-contract';
import { describe, expect, it } from 'vitest';
import {
  conversationItems,
  latencyStats,
  niceCeiling,
  sessionDurationMs,
  turnCount,
} from './session-view';
import { detailRecord, listRecord, sessionListQuery } from './sessions-adapter';

const START = '2026-11-24T10:00:00.000Z';
const at = (seconds: number) => new Date(Date.parse(START) + seconds * 1000).toISOString();

const user = (s: number, text: string): TranscriptEntry => ({
  kind: 'user',
  at: at(s),
  text,
  interrupted: false,
});
const agent = (s: number, text: string, interrupted = false): TranscriptEntry => ({
  kind: 'agent',
  at: at(s),
  text,
  interrupted,
});
const tool = (s: number, name: string, isError = false): TranscriptEntry => ({
  kind: 'tool',
  at: at(s),
  name,
  arguments: { q: 'rouge' },
  output: isError ? 'Produit inconnu.' : '3 vins',
  isError,
  durationMs: 40,
});

describe('conversationItems', () => {
  it('interleaves turns with the tool calls between them, consecutive calls in one group', () => {
    const items = conversationItems(
      [
        user(1, 'Un rouge pour ce soir ?'),
        tool(2, 'search_wines'),
        tool(3, 'add_to_cart', true),
        agent(4, 'Je vous propose un Morgon.', true),
        user(9, 'Parfait.'),
        tool(10, 'show_cart'),
      ],
      START,
    );
    expect(
      items.map((item) => (item.kind === 'tools' ? item.calls.map((c) => c.name) : item.kind)),
    ).toEqual(['user', ['search_wines', 'add_to_cart'], 'agent', 'user', ['show_cart']]);
    expect(items.map((item) => item.offsetMs)).toEqual([1000, 2000, 4000, 9000, 10000]);
    const group = items[1];
    expect(group?.kind === 'tools' && group.calls[1]).toMatchObject({
      isError: true,
      offsetMs: 3000,
    });
    expect(items[2]).toMatchObject({ interrupted: true });
  });

  it('has no offsets without a start time', () => {
    expect(conversationItems([user(1, 'Bonjour')], null)[0]?.offsetMs).toBeNull();
  });
});

describe('latencyStats', () => {
  const metrics = [
    { speechId: 'sp1', llmTtftMs: 230, ttsTtfbMs: 150, endOfUtteranceDelayMs: 410 },
    { speechId: 'sp2', llmTtftMs: 610, ttsTtfbMs: null, endOfUtteranceDelayMs: 300 },
    { speechId: 'sp3', llmTtftMs: null, ttsTtfbMs: null, endOfUtteranceDelayMs: null },
  ];

  it('gives one point per turn, in order, with the total of the known parts', () => {
    const stats = latencyStats(metrics);
    expect(stats.points.map((point) => [point.turn, point.speechId, point.totalMs])).toEqual([
      [1, 'sp1', 790],
      [2, 'sp2', 910],
      [3, 'sp3', null],
    ]);
    expect(stats.points[1]?.values).toEqual({
      endOfUtteranceDelayMs: 300,
      llmTtftMs: 610,
      ttsTtfbMs: null,
    });
    expect(stats.maxMs).toBe(910);
  });

  it('averages each series over the turns that report it', () => {
    expect(latencyStats(metrics).averages).toEqual({
      endOfUtteranceDelayMs: 355,
      llmTtftMs: 420,
      ttsTtfbMs: 150,
    });
    expect(latencyStats([]).averages.llmTtftMs).toBeNull();
    expect(latencyStats([]).maxMs).toBe(0);
  });

  it('rounds the axis up to a readable bound', () => {
    expect(niceCeiling(910)).toBe(1000);
    expect(niceCeiling(730)).toBe(800);
    expect(niceCeiling(1200)).toBe(1500);
    expect(niceCeiling(0)).toBe(100);
  });
});

const detail = (fields: Partial<SessionDetailView> = {}): SessionDetailView => ({
  id: 'ses_1',
  tenantId: 'ten_1',
  status: 'ended',
  mode: 'live',
  orientation: { slug: 'caviste', version: 3 },
  revision: 2,
  createdAt: START,
  endedAt: at(95),
  transcript: [user(1, 'Bonjour'), tool(2, 'search_wines'), agent(3, 'Bonsoir !')],
  metrics: [],
  selection: [],
  cart: { lines: [], totalCents: 2900, currency: 'EUR' },
  summary: null,
  eventsTruncated: false,
  ...fields,
});

describe('session list rows', () => {
  it('take the figures the API lists with each session', () => {
    const { transcript, metrics, selection, cart, summary, eventsTruncated, ...session } = detail();
    const stats = {
      durationMs: 95_000,
      turns: 2,
      toolCalls: 1,
      cartTotalCents: 2900,
      currency: 'EUR',
    };
    expect(listRecord({ ...session, stats })).toEqual({ ...session, ...stats });
  });

  it('count a detail as the list does: end − start, turns without tool calls, the cart total', () => {
    expect(detailRecord(detail())).toMatchObject({
      durationMs: 95_000,
      turns: 2,
      toolCalls: 1,
      cartTotalCents: 2900,
      currency: 'EUR',
    });
  });

  it("prefer the finalised summary's duration and counts", () => {
    const finalised = detail({
      summary: {
        durationMs: 90_000,
        turns: 7,
        toolCalls: 4,
        usage: {
          promptTokens: 1,
          completionTokens: 1,
          ttsCharacters: 1,
          sttAudioSeconds: 1,
          ttsAudioSeconds: 1,
        },
        finalizedAt: at(100),
      },
    });
    expect(detailRecord(finalised)).toMatchObject({ durationMs: 90_000, turns: 7, toolCalls: 4 });
    expect(turnCount(finalised)).toBe(7);
  });

  it('have no duration while the session runs', () => {
    const running = { ...detail(), status: 'active' as const, endedAt: null };
    expect(detailRecord(running).durationMs).toBeNull();
    expect(sessionDurationMs(running)).toBeNull();
  });

  it('filter by mode only for the two known modes', () => {
    expect(sessionListQuery({ mode: 'playground' })).toEqual({ mode: 'playground' });
    expect(sessionListQuery({ mode: 'live' })).toEqual({ mode: 'live' });
    expect(sessionListQuery({ mode: 'other' })).toEqual({});
  });
});
