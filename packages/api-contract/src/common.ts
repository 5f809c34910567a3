import { z } from 'zod';

/** The one error body every endpoint answers with. */
export const errorBodySchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    details: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
    requestId: z.string().optional(),
  }),
});
export type ErrorBody = z.infer<typeof errorBodySchema>;

/** Largest page any list endpoint returns. */
export const MAX_PAGE_SIZE = 100;

/** `?limit=&cursor=` on every list endpoint. */
export const pageQuerySchema = z
  .object({
    limit: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).default(20),
    cursor: z.string().min(1).max(200).optional(),
  })
  .strict();
export type PageQuery = z.infer<typeof pageQuerySchema>;

/** A page of items and the cursor of the next page (null on the last one). */
export function pageSchema<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), nextCursor: z.string().nullable() });
}

export const isoDate = z.string().describe('ISO 8601 timestamp');

export const tenantParamsSchema = z.object({ tenantId: z.string().min(1).max(64) }).strict();
