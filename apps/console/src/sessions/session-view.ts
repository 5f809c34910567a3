import type {
  SessionDetailView,
  SessionView,
  TranscriptEntry,
  TurnMetrics,
} from '@scenaro/api-contract';

// What the sessions screens compute from the API's session detail: the conversation with tool
// calls grouped between the turns they belong to, and the per-turn latency series of the chart.

type ToolEntry = Extract<TranscriptEntry, { kind: 'tool' }>;
type TurnEntry = Extract<TranscriptEntry, { kind: 'user' | 'agent' }>;

/** One line of the conversation as shown: a turn, or the tool calls made between two turns. */
export type ConversationItem =
  | (TurnEntry & { offsetMs: number | null })
  | {
      kind: 'tools';
      at: string;
      offsetMs: number | null;
      calls: (ToolEntry & { offsetMs: number | null })[];
    };

function offsetFrom(startedAt: string | null | undefined, at: string): number | null {
  if (!startedAt) return null;
  const start = Date.parse(startedAt);
  const time = Date.parse(at);
  if (Number.isNaN(start) || Number.isNaN(time)) return null;
  return Math.max(0, time - start);
}

/**
 * The transcript in order, user and agent turns interleaved with the tool calls made between
 * them; consecutive calls form one collapsible group. Offsets are from the session's start.
 */
export function conversationItems(
  transcript: readonly TranscriptEntry[],
  startedAt?: string | null,
): ConversationItem[] {
  const items: ConversationItem[] = [];
  for (const entry of transcript) {
    const offsetMs = offsetFrom(startedAt, entry.at);
    if (entry.kind === 'tool') {
      const last = items[items.length - 1];
      if (last?.kind === 'tools') last.calls.push({ ...entry, offsetMs });
      else items.push({ kind: 'tools', at: entry.at, offsetMs, calls: [{ ...entry, offsetMs }] });
    } else {
      items.push({ ...entry, offsetMs });
    }
  }
  return items;
}

/** The series of the latency chart. */
export const LATENCY_SERIES = ['endOfUtteranceDelayMs', 'llmTtftMs', 'ttsTtfbMs'] as const;
export type LatencySeries = (typeof LATENCY_SERIES)[number];

export interface LatencyPoint {
  /** 1-based turn number. */
  turn: number;
  speechId: string;
  values: Record<LatencySeries, number | null>;
  /** The sum of the known parts: roughly how long the user waited for the agent's voice. */
  totalMs: number | null;
}

export interface LatencyStats {
  points: LatencyPoint[];
  /** The largest value of any series or total, for the chart's scale. */
  maxMs: number;
  /** Mean of each series over the turns that report it (null when none does). */
  averages: Record<LatencySeries, number | null>;
}

/** Per-turn latency series from the detail's metrics (one entry per LiveKit speech id). */
export function latencyStats(metrics: readonly TurnMetrics[]): LatencyStats {
  const points: LatencyPoint[] = metrics.map((metric, index) => {
    const values = {
      endOfUtteranceDelayMs: metric.endOfUtteranceDelayMs,
      llmTtftMs: metric.llmTtftMs,
      ttsTtfbMs: metric.ttsTtfbMs,
    };
    const known = Object.values(values).filter((value): value is number => value !== null);
    return {
      turn: index + 1,
      speechId: metric.speechId,
      values,
      totalMs: known.length > 0 ? known.reduce((sum, value) => sum + value, 0) : null,
    };
  });
  const averages = Object.fromEntries(
    LATENCY_SERIES.map((series) => {
      const known = points
        .map((point) => point.values[series])
        .filter((value): value is number => value !== null);
      return [series, known.length > 0 ? known.reduce((a, b) => a + b, 0) / known.length : null];
    }),
  ) as Record<LatencySeries, number | null>;
  const maxMs = Math.max(
    0,
    ...points
      .flatMap((point) => [...Object.values(point.values), point.totalMs])
      .filter((value): value is number => value !== null),
  );
  return { points, maxMs, averages };
}

/** A round upper bound for a chart axis: 730 → 800, 1200 → 1500, 0 → 100. */
export function niceCeiling(value: number): number {
  if (!Number.isFinite(value) || value <= 0) return 100;
  const magnitude = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10]) {
    if (value <= step * magnitude) return step * magnitude;
  }
  return 10 * magnitude;
}

/** How long a session lasted: its summary's duration, else end − start; null while running. */
export function sessionDurationMs(
  session: Pick<SessionView, 'createdAt' | 'endedAt'> & {
    summary?: SessionDetailView['summary'];
  },
): number | null {
  if (session.summary?.durationMs !== undefined && session.summary?.durationMs !== null) {
    return session.summary.durationMs;
  }
  if (!session.endedAt) return null;
  const duration = Date.parse(session.endedAt) - Date.parse(session.createdAt);
  return Number.isNaN(duration) ? null : Math.max(0, duration);
}

/** User and agent turns: the summary's count once finalised, else counted in the transcript. */
export function turnCount(detail: Pick<SessionDetailView, 'summary' | 'transcript'>): number {
  return detail.summary?.turns ?? detail.transcript.filter((entry) => entry.kind !== 'tool').length;
}

/** Tool arguments as readable JSON. */
export function formatArguments(value: unknown): string {
  if (value === undefined || value === null) return '';
  try {
    return JSON.stringify(value, null, 2);
  } catch {
    return String(value);
  }
}
