import { z } from 'zod';
import { isoDate } from './common.js';

export const apiKeyKinds = ['admin', 'partner', 'tenant', 'runtime', 'publishable'] as const;
export const apiKeyKindSchema = z.enum(apiKeyKinds);
export type ApiKeyKindName = z.infer<typeof apiKeyKindSchema>;

/** An API key as listed: never its secret. */
export const apiKeySchema = z.object({
  id: z.string(),
  kind: apiKeyKindSchema,
  name: z.string(),
  tenantId: z.string().nullable(),
  partnerId: z.string().nullable(),
  allowedOrigins: z.array(z.string()),
  createdAt: isoDate,
  lastUsedAt: isoDate.nullable(),
  revokedAt: isoDate.nullable(),
});
export type ApiKeyView = z.infer<typeof apiKeySchema>;

/** A key just created: the only time its secret is shown. */
export const createdApiKeySchema = apiKeySchema.extend({
  secret: z.string().describe('The full key. Shown once; store it now.'),
});
export type CreatedApiKey = z.infer<typeof createdApiKeySchema>;

export const originSchema = z
  .string()
  .max(200)
  .regex(/^https?:\/\/[^/\s]+$/, 'must be an origin such as https://shop.example (no path)');

export const createTenantKeyBodySchema = z
  .object({
    name: z.string().trim().min(1).max(100),
    kind: z.enum(['tenant', 'publishable']),
    allowedOrigins: z.array(originSchema).max(20).optional(),
  })
  .strict()
  .superRefine((body, ctx) => {
    if (body.kind === 'publishable' && !body.allowedOrigins?.length) {
      ctx.addIssue({
        code: 'custom',
        path: ['allowedOrigins'],
        message: 'a publishable key needs at least one allowed origin',
      });
    }
    if (body.kind === 'tenant' && body.allowedOrigins?.length) {
      ctx.addIssue({
        code: 'custom',
        path: ['allowedOrigins'],
        message: 'only publishable keys are limited to origins',
      });
    }
  });
export type CreateTenantKeyBody = z.infer<typeof createTenantKeyBodySchema>;

export const createPlatformKeyBodySchema = z
  .object({
    name: z.string().trim().min(1).max(100),
    kind: z.enum(['admin', 'runtime']),
  })
  .strict();
export type CreatePlatformKeyBody = z.infer<typeof createPlatformKeyBodySchema>;
