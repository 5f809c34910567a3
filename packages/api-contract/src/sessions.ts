import { z } from 'zod';
import { isoDate, pageQuerySchema } from './common.js';
import { slugSchema } from './orientations.js';

const id = z.string().min(1).max(64);

export const sessionParamsSchema = z.object({ tenantId: id, sessionId: id }).strict();

/** Runtime routes name only the session: the tenant always comes from the session row. */
export const runtimeSessionParamsSchema = z.object({ sessionId: id }).strict();
export const runtimeProductParamsSchema = z.object({ sessionId: id, productId: id }).strict();

/** Largest quantity a request may carry; the orientation's `maxQuantityPerLine` is usually lower. */
export const MAX_LINE_QUANTITY = 999;

export const sessionStatusSchema = z.enum(['created', 'active', 'ended']);

export const pinnedOrientationSchema = z.object({
  slug: z.string(),
  version: z.number().int(),
});

export const createSessionBodySchema = z
  .object({
    orientation: slugSchema
      .optional()
      .describe("The orientation to pin (default: the tenant's first orientation)"),
  })
  .strict();
export type CreateSessionBody = z.infer<typeof createSessionBodySchema>;

export const createSessionResponseSchema = z.object({
  sessionId: z.string(),
  roomName: z.string().describe('The LiveKit room of the session (`scn-<sessionId>`)'),
  serverUrl: z.string().describe('The LiveKit server to connect to'),
  participantToken: z
    .string()
    .describe('LiveKit token for this room only, valid 15 minutes; it dispatches the agent'),
  orientation: pinnedOrientationSchema.describe('The published version the session is pinned to'),
});
export type CreateSessionResponse = z.infer<typeof createSessionResponseSchema>;

/** `live`: a voice session; `playground`: a text session started from the console's playground. */
export const sessionModeSchema = z.enum(['live', 'playground']);
export type SessionMode = z.infer<typeof sessionModeSchema>;

/** `GET …/sessions`: a page, optionally of one mode only (default: every mode). */
export const sessionListQuerySchema = pageQuerySchema
  .extend({ mode: sessionModeSchema.optional() })
  .strict();
export type SessionListQuery = z.infer<typeof sessionListQuerySchema>;

/** The orientation a session runs: a published version, or (playground) a draft snapshot. */
export const sessionOrientationSchema = z.object({
  slug: z.string(),
  version: z
    .number()
    .int()
    .nullable()
    .describe('null: the draft, as it was when the (playground) session started'),
});

export const sessionSchema = z.object({
  id: z.string(),
  tenantId: z.string(),
  status: sessionStatusSchema,
  mode: sessionModeSchema,
  orientation: sessionOrientationSchema.nullable(),
  revision: z.number().int(),
  createdAt: isoDate,
  endedAt: isoDate.nullable(),
});
export type SessionView = z.infer<typeof sessionSchema>;

/** A session as `GET …/sessions` lists it: the session plus what a list of them shows. */
export const sessionListItemSchema = sessionSchema.extend({
  stats: z.object({
    durationMs: z.number().int().nullable().describe('null while the session runs'),
    turns: z.number().int().describe('User and agent transcript turns so far'),
    toolCalls: z.number().int(),
    cartTotalCents: z.number().int(),
    currency: z.string(),
  }),
});
export type SessionListItemView = z.infer<typeof sessionListItemSchema>;

export const selectionItemSchema = z.object({
  productId: z.string(),
  sku: z.string(),
  name: z.string(),
  priceCents: z.number().int(),
  currency: z.string(),
  note: z.string().nullable(),
});
export type SelectionItemView = z.infer<typeof selectionItemSchema>;

export const cartLineSchema = z.object({
  productId: z.string(),
  sku: z.string(),
  name: z.string(),
  quantity: z.number().int(),
  unitPriceCents: z.number().int().describe('Price when the line was added'),
  lineTotalCents: z.number().int(),
});
export type CartLineView = z.infer<typeof cartLineSchema>;

export const cartSchema = z.object({
  lines: z.array(cartLineSchema),
  totalCents: z.number().int(),
  currency: z.string(),
});
export type CartView = z.infer<typeof cartSchema>;

/** Selection and cart of a session; `revision` orders state messages. */
export const sessionStateSchema = z.object({
  selection: z.array(selectionItemSchema),
  cart: cartSchema,
  revision: z.number().int(),
});
export type SessionStateView = z.infer<typeof sessionStateSchema>;

// Runtime bodies and results: compact, what a spoken answer needs, with ids.

export const addToSelectionBodySchema = z
  .object({ productId: id, note: z.string().trim().max(500).optional() })
  .strict();
export type AddToSelectionBody = z.infer<typeof addToSelectionBodySchema>;

export const selectionResultSchema = z.object({
  selection: z.array(selectionItemSchema),
  revision: z.number().int(),
});
export type SelectionResult = z.infer<typeof selectionResultSchema>;

export const selectionChangeSchema = selectionResultSchema.extend({
  changed: z.boolean().describe('false when the product was already selected'),
  productId: z.string(),
});
export type SelectionChange = z.infer<typeof selectionChangeSchema>;

export const addToCartBodySchema = z
  .object({ productId: id, quantity: z.number().int().min(1).max(MAX_LINE_QUANTITY) })
  .strict();
export type AddToCartBody = z.infer<typeof addToCartBodySchema>;

export const updateCartQuantityBodySchema = z
  .object({
    quantity: z.number().int().min(0).max(MAX_LINE_QUANTITY).describe('0 removes the line'),
  })
  .strict();
export type UpdateCartQuantityBody = z.infer<typeof updateCartQuantityBodySchema>;

export const cartResultSchema = z.object({ cart: cartSchema, revision: z.number().int() });
export type CartResult = z.infer<typeof cartResultSchema>;

export const cartChangeSchema = cartResultSchema.extend({
  productId: z.string(),
  line: cartLineSchema.nullable().describe('The line after the change; null once removed'),
});
export type CartChange = z.infer<typeof cartChangeSchema>;

/** Event types the runtime may append; state changes are recorded by the API itself. */
export const runtimeEventTypes = [
  'transcript.user',
  'transcript.agent',
  'tool.call',
  'metrics',
  'runtime.error',
] as const;

/** Largest serialised payload of one appended event. */
export const MAX_EVENT_PAYLOAD_BYTES = 16 * 1024;

export const appendSessionEventBodySchema = z
  .object({
    type: z.enum(runtimeEventTypes),
    payload: z.record(z.string(), z.unknown()).default({}),
  })
  .strict();
export type AppendSessionEventBody = z.infer<typeof appendSessionEventBodySchema>;

export const sessionEventSchema = z.object({
  id: z.string(),
  type: z.string(),
  createdAt: isoDate,
});
export type SessionEventView = z.infer<typeof sessionEventSchema>;

export const endSessionBodySchema = z
  .object({ reason: z.string().trim().max(200).optional() })
  .strict();
export type EndSessionBody = z.infer<typeof endSessionBodySchema>;

export const endSessionResponseSchema = z.object({
  sessionId: z.string(),
  status: sessionStatusSchema,
  endedAt: isoDate.nullable(),
});
export type EndSessionResponse = z.infer<typeof endSessionResponseSchema>;

// Payloads of the events the runtime appends (services/agent-runtime/src/session/event-forwarder.ts).
// Parsed leniently: an event that does not match is skipped by the reader, never fatal.

export const transcriptEventPayloadSchema = z.object({
  itemId: z.string().optional(),
  text: z.string(),
  interrupted: z.boolean().optional(),
  createdAt: z.union([z.number(), z.string()]).optional(),
});
export type TranscriptEventPayload = z.infer<typeof transcriptEventPayloadSchema>;

export const toolCallEventPayloadSchema = z.object({
  callId: z.string().optional(),
  name: z.string(),
  arguments: z.unknown().optional(),
  output: z.string().nullable().optional(),
  isError: z.boolean().optional(),
  durationMs: z.number().nullable().optional(),
});
export type ToolCallEventPayload = z.infer<typeof toolCallEventPayloadSchema>;

/** The fields of LiveKit's metrics the API reads; other metric kinds pass through untouched. */
export const metricsEventPayloadSchema = z.looseObject({
  type: z.string(),
  speechId: z.string().optional(),
  ttftMs: z.number().optional(),
  ttfbMs: z.number().optional(),
  endOfUtteranceDelayMs: z.number().optional(),
  promptTokens: z.number().optional(),
  completionTokens: z.number().optional(),
  totalTokens: z.number().optional(),
  charactersCount: z.number().optional(),
  audioDurationMs: z.number().optional(),
});
export type MetricsEventPayload = z.infer<typeof metricsEventPayloadSchema>;

export const transcriptEntrySchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.enum(['user', 'agent']),
    at: isoDate,
    text: z.string(),
    interrupted: z.boolean(),
  }),
  z.object({
    kind: z.literal('tool'),
    at: isoDate,
    name: z.string(),
    arguments: z.unknown(),
    output: z.string().nullable(),
    isError: z.boolean(),
    durationMs: z.number().nullable(),
  }),
]);
export type TranscriptEntry = z.infer<typeof transcriptEntrySchema>;

export const turnMetricsSchema = z.object({
  speechId: z.string(),
  llmTtftMs: z.number().nullable(),
  ttsTtfbMs: z.number().nullable(),
  endOfUtteranceDelayMs: z.number().nullable(),
});
export type TurnMetrics = z.infer<typeof turnMetricsSchema>;

/** Stored as a `session.summary` event by the `session.finalize` job. */
export const sessionSummarySchema = z.object({
  durationMs: z.number().int().nullable(),
  turns: z.number().int().describe('User and agent transcript turns'),
  toolCalls: z.number().int(),
  usage: z.object({
    promptTokens: z.number().int(),
    completionTokens: z.number().int(),
    ttsCharacters: z.number().int(),
    sttAudioSeconds: z.number(),
    ttsAudioSeconds: z.number(),
  }),
  finalizedAt: isoDate,
});
export type SessionSummary = z.infer<typeof sessionSummarySchema>;

/** Most events a session detail reads; a longer session says so with `eventsTruncated`. */
export const MAX_DETAIL_EVENTS = 2000;

export const sessionDetailSchema = sessionSchema.extend({
  transcript: z.array(transcriptEntrySchema),
  metrics: z.array(turnMetricsSchema).describe('Per turn (LiveKit speech id), in order'),
  selection: z.array(selectionItemSchema),
  cart: cartSchema,
  summary: sessionSummarySchema.nullable().describe('Set once the session was finalised'),
  eventsTruncated: z
    .boolean()
    .describe(
      `true when the session has more than ${MAX_DETAIL_EVENTS} events (the first are read)`,
    ),
});
export type SessionDetailView = z.infer<typeof sessionDetailSchema>;
