import { z } from 'zod';
import { isoDate } from './common.js';
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

export const sessionSchema = z.object({
  id: z.string(),
  tenantId: z.string(),
  status: sessionStatusSchema,
  orientation: pinnedOrientationSchema.nullable(),
  revision: z.number().int(),
  createdAt: isoDate,
  endedAt: isoDate.nullable(),
});
export type SessionView = z.infer<typeof sessionSchema>;

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
