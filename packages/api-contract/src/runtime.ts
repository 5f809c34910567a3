import { z } from 'zod';
import { sessionStatusSchema } from './sessions.js';

// The agent runtime's view of the control API (runtime key only). Runtime routes name
// only the session; the tenant always comes from the session row.

const id = z.string().min(1).max(64);

/** `Cache-Control` of an orientation version: versions are immutable. */
export const IMMUTABLE_CACHE_CONTROL = 'public, max-age=31536000, immutable';

export const runtimeVersionParamsSchema = z.object({ versionId: id }).strict();

/** `GET /v1/runtime/sessions/{sessionId}/bootstrap`: everything a job needs to start. */
export const runtimeBootstrapSchema = z.object({
  session: z.object({
    id: z.string(),
    status: sessionStatusSchema,
    revision: z.number().int(),
  }),
  tenant: z.object({
    id: z.string(),
    name: z.string(),
    variables: z
      .record(z.string(), z.unknown())
      .describe("The tenant's variable values for the pinned orientation"),
  }),
  orientation: z.object({
    versionId: z
      .string()
      .nullable()
      .describe(
        'Fetch the document from /v1/runtime/orientation-versions/{id}; null for a playground session on a draft (then `document` is inline)',
      ),
    slug: z.string(),
    version: z.number().int().nullable().describe('null: a draft, as it was at session creation'),
    document: z
      .record(z.string(), z.unknown())
      .optional()
      .describe(
        'Only when `versionId` is null: the draft snapshot the session runs (parse it with @scenaro/orientation)',
      ),
  }),
});
export type RuntimeBootstrap = z.infer<typeof runtimeBootstrapSchema>;

/** `GET /v1/runtime/orientation-versions/{versionId}`: immutable, cacheable forever. */
export const runtimeOrientationVersionSchema = z.object({
  id: z.string(),
  slug: z.string(),
  version: z.number().int(),
  document: z
    .record(z.string(), z.unknown())
    .describe('The published orientation document (parse it with @scenaro/orientation)'),
});
export type RuntimeOrientationVersion = z.infer<typeof runtimeOrientationVersionSchema>;

/** The data handlers served by `POST /v1/runtime/sessions/{sessionId}/tools/{handler}`. */
export const runtimeDataHandlerIds = [
  'catalog.search',
  'catalog.get',
  'catalog.facets',
  'catalog.pairing',
  'catalog.occasion',
  'catalog.compare',
  'knowledge.ask',
] as const;
export type RuntimeDataHandlerId = (typeof runtimeDataHandlerIds)[number];

/**
 * The body: the tool's arguments (fixed arguments already applied), validated against
 * the handler's parameters as derived from the session's pinned orientation. Unknown
 * fields are refused (400): the arguments never carry a tenant or session id.
 */
export const runtimeToolBodySchema = z
  .object({ arguments: z.record(z.string(), z.unknown()).default({}) })
  .strict();
export type RuntimeToolBody = z.input<typeof runtimeToolBodySchema>;

const attributes = z
  .record(z.string(), z.unknown())
  .describe("Key attributes: the orientation's filterable and facet attributes");

/** A product as a voice answer needs it; `productId` is what follow-up calls take. */
export const compactProductSchema = z.object({
  productId: z.string(),
  sku: z.string(),
  name: z.string(),
  price: z.number().describe('In currency units (e.g. 12.5 for 12,50 €)'),
  currency: z.string(),
  inStock: z.boolean(),
  attributes,
});
export type CompactProduct = z.infer<typeof compactProductSchema>;

export const productDetailResultSchema = compactProductSchema.extend({
  description: z.string().describe('Trimmed for speech'),
  stock: z.number().int(),
  attributes: z.record(z.string(), z.unknown()).describe('Every attribute with a value'),
});
export type ProductDetailResult = z.infer<typeof productDetailResultSchema>;

export const searchToolResultSchema = z.object({
  items: z.array(compactProductSchema),
  total: z.number().int().describe('How many products `items` holds'),
  more: z.boolean().describe('true when more products match than were returned'),
});

export const getToolResultSchema = z.object({ product: productDetailResultSchema });

export const facetsToolResultSchema = z.object({
  inStock: z.number().int(),
  facets: z.array(
    z.object({
      attribute: z.string(),
      label: z.string(),
      values: z.array(z.object({ value: z.unknown(), count: z.number().int() })),
    }),
  ),
  price: z
    .object({ min: z.number(), max: z.number(), currency: z.string() })
    .nullable()
    .describe('Price range in stock, in currency units'),
});

export const pairingToolResultSchema = z.object({
  dish: z.string(),
  items: z.array(compactProductSchema),
});

export const occasionToolResultSchema = z.object({
  occasion: z.string(),
  guests: z.number().int().nullable().describe('As asked; null when not given'),
  units: z.number().int().describe('Units needed for the guests'),
  items: z.array(compactProductSchema.extend({ quantity: z.number().int() })),
  total: z.number().describe('Cost of the suggested quantities, in currency units'),
  currency: z.string(),
  withinBudget: z.boolean().describe('false when the budget could not buy enough of anything'),
});

export const compareToolResultSchema = z.object({ items: z.array(productDetailResultSchema) });

export const knowledgeToolResultSchema = z.object({
  answers: z.array(
    z.object({
      heading: z.string(),
      text: z.string().describe('Trimmed to about 600 characters'),
      documentTitle: z.string(),
    }),
  ),
  noGoodAnswer: z.boolean().describe('true when nothing relevant was found'),
});

/** The result schema of each data handler. */
export const runtimeToolResultSchemas = {
  'catalog.search': searchToolResultSchema,
  'catalog.get': getToolResultSchema,
  'catalog.facets': facetsToolResultSchema,
  'catalog.pairing': pairingToolResultSchema,
  'catalog.occasion': occasionToolResultSchema,
  'catalog.compare': compareToolResultSchema,
  'knowledge.ask': knowledgeToolResultSchema,
} as const satisfies Record<RuntimeDataHandlerId, z.ZodType>;

export type RuntimeToolResult<H extends RuntimeDataHandlerId> = z.infer<
  (typeof runtimeToolResultSchemas)[H]
>;

/** The response of each data handler: `{ result }`. */
export const runtimeToolResponseSchemas = {
  'catalog.search': z.object({ result: searchToolResultSchema }),
  'catalog.get': z.object({ result: getToolResultSchema }),
  'catalog.facets': z.object({ result: facetsToolResultSchema }),
  'catalog.pairing': z.object({ result: pairingToolResultSchema }),
  'catalog.occasion': z.object({ result: occasionToolResultSchema }),
  'catalog.compare': z.object({ result: compareToolResultSchema }),
  'knowledge.ask': z.object({ result: knowledgeToolResultSchema }),
} as const satisfies Record<RuntimeDataHandlerId, z.ZodType>;

/** `{ result }` of handler `H` (of each, as a union, when `H` is a union). */
export type RuntimeToolResponse<H extends RuntimeDataHandlerId = RuntimeDataHandlerId> =
  H extends RuntimeDataHandlerId ? { result: RuntimeToolResult<H> } : never;
