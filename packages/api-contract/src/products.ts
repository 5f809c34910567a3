import { z } from 'zod';
import { isoDate, MAX_PAGE_SIZE } from './common.js';

/** A product's business key within its tenant; also used in URLs, so no slash or space. */
export const skuSchema = z
  .string()
  .regex(
    /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/,
    'must be 1..64 letters, digits, dots, dashes or underscores',
  );

/** An attribute value: its type is checked against the orientation's catalogue. */
export const attributeValueSchema = z.union([
  z.string(),
  z.number(),
  z.boolean(),
  z.array(z.string()),
  z.null(),
]);

/** A product as written by a client (the attributes are checked against the orientation). */
export const productInputSchema = z
  .object({
    sku: skuSchema,
    name: z.string().trim().min(1).max(300),
    description: z.string().max(20_000).default(''),
    priceCents: z.number().int().min(0).max(100_000_000).describe('Price in cents of `currency`'),
    currency: z
      .string()
      .regex(/^[A-Z]{3}$/, 'must be an ISO 4217 code such as EUR')
      .optional()
      .describe("Defaults to the orientation's catalogue currency"),
    stock: z.number().int().min(0).max(10_000_000).default(0),
    tags: z.array(z.string().trim().min(1).max(100)).max(50).default([]),
    attributes: z.record(z.string(), attributeValueSchema).default({}),
  })
  .strict();
export type ProductInput = z.input<typeof productInputSchema>;

/** The body of `PUT …/products/{sku}`: a product without its sku (it is in the path). */
export const productReplaceBodySchema = z
  .record(z.string(), z.unknown())
  .describe('A product without `sku` (see ProductInput); checked against the orientation (422)');

/** The body of `POST …/products`. */
export const productCreateBodySchema = z
  .record(z.string(), z.unknown())
  .describe(
    'A product: sku, name, description?, priceCents, currency?, stock?, tags?, attributes? — attributes checked against the orientation (422)',
  );

/** Most products accepted by one batch call. */
export const MAX_BATCH_PRODUCTS = 1000;

export const productBatchBodySchema = z
  .object({
    products: z
      .array(z.record(z.string(), z.unknown()))
      .min(1)
      .max(MAX_BATCH_PRODUCTS)
      .describe('All validated first: one bad product and nothing is written (422)'),
  })
  .strict();

export const productBatchResponseSchema = z.object({
  inserted: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
});
export type UpsertCounts = z.infer<typeof productBatchResponseSchema>;

export const productParamsSchema = z
  .object({
    tenantId: z.string().min(1).max(64),
    sku: z.string().min(1).max(64).describe('The sku, or the product id'),
  })
  .strict();

export const productSchema = z.object({
  id: z.string(),
  sku: z.string(),
  name: z.string(),
  description: z.string(),
  priceCents: z.number().int(),
  currency: z.string(),
  stock: z.number().int(),
  tags: z.array(z.string()),
  attributes: z.record(z.string(), z.unknown()),
  createdAt: isoDate,
  updatedAt: isoDate,
});
export type ProductView = z.infer<typeof productSchema>;

export const productSorts = ['relevance', 'price_asc', 'price_desc'] as const;
export type ProductSort = (typeof productSorts)[number];

/**
 * `GET …/products`: free text plus filters. Attribute filters are `attr.<key>=value`
 * (`attr.<key>Min` / `attr.<key>Max` for numbers), checked against the orientation.
 */
export const productSearchQuerySchema = z
  .object({
    q: z
      .string()
      .trim()
      .max(200)
      .optional()
      .describe('French free text: "bourgogne rouge pas cher"'),
    priceMin: z.coerce.number().int().min(0).optional().describe('cents'),
    priceMax: z.coerce.number().int().min(0).optional().describe('cents'),
    inStock: z
      .enum(['true', 'false'])
      .transform((value) => value === 'true')
      .optional()
      .describe('Only products in stock'),
    sort: z
      .enum(productSorts)
      .optional()
      .describe('Default: relevance (price hints in q may change it)'),
    limit: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).default(20),
    cursor: z.string().min(1).max(500).optional(),
  })
  .catchall(z.string().max(200).describe('attr.<key>, attr.<key>Min, attr.<key>Max'));
export type ProductSearchQuery = z.infer<typeof productSearchQuerySchema>;

export const productHitSchema = z.object({
  id: z.string(),
  sku: z.string(),
  name: z.string(),
  priceCents: z.number().int(),
  currency: z.string(),
  stock: z.number().int(),
  attributes: z.record(z.string(), z.unknown()).describe('The filterable and facet attributes'),
  score: z.number().nullable().describe('Relevance (full text or similarity); null when browsing'),
});
export type ProductHit = z.infer<typeof productHitSchema>;

export const searchModes = ['fulltext', 'typo', 'browse'] as const;

export const productSearchResponseSchema = z.object({
  items: z.array(productHitSchema),
  nextCursor: z.string().nullable(),
  interpreted: z
    .object({
      text: z.string().describe('The words searched in full text'),
      filters: z.record(z.string(), z.unknown()),
      sort: z.enum(productSorts),
      mode: z.enum(searchModes),
    })
    .describe('How the query was understood'),
});
export type ProductSearchResult = z.infer<typeof productSearchResponseSchema>;

export const facetsResponseSchema = z.object({
  inStock: z.number().int().describe('Products in stock'),
  attributes: z.array(
    z.object({
      key: z.string(),
      label: z.string(),
      values: z.array(z.object({ value: z.unknown(), count: z.number().int() })),
    }),
  ),
  price: z.object({
    minCents: z.number().int().nullable(),
    maxCents: z.number().int().nullable(),
    bands: z.array(
      z.object({
        minCents: z.number().int(),
        maxCents: z.number().int().nullable().describe('exclusive; null for the last band'),
        count: z.number().int(),
      }),
    ),
  }),
});
export type FacetsView = z.infer<typeof facetsResponseSchema>;
