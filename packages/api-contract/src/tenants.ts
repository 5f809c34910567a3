import { z } from 'zod';
import { isoDate } from './common.js';
import { createdApiKeySchema, originSchema } from './keys.js';

const variableValues = z
  .record(z.string().min(1).max(64), z.union([z.string().max(10_000), z.number(), z.boolean()]))
  .describe("Values for the orientation's declared variables");

export const partnerSchema = z.object({
  id: z.string(),
  name: z.string(),
  createdAt: isoDate,
  updatedAt: isoDate,
});
export type PartnerView = z.infer<typeof partnerSchema>;

export const createPartnerBodySchema = z
  .object({ name: z.string().trim().min(1).max(200) })
  .strict();
export const createPartnerResponseSchema = z.object({
  partner: partnerSchema,
  key: createdApiKeySchema,
});

export const tenantSchema = z.object({
  id: z.string(),
  name: z.string(),
  template: z.string(),
  partnerId: z.string().nullable(),
  variables: z.record(z.string(), z.unknown()),
  createdAt: isoDate,
  updatedAt: isoDate,
});
export type TenantView = z.infer<typeof tenantSchema>;

export const createTenantBodySchema = z
  .object({
    name: z.string().trim().min(1).max(200),
    template: z
      .string()
      .regex(/^[a-z0-9][a-z0-9-]{1,63}$/, 'must be a template slug such as "caviste"'),
    variables: variableValues.optional(),
    partnerId: z
      .string()
      .min(1)
      .max(64)
      .optional()
      .describe('Admin only: the partner that will own the tenant'),
    allowedOrigins: z
      .array(originSchema)
      .max(20)
      .optional()
      .describe('When given, a first publishable key is issued for these browser origins'),
  })
  .strict();
export type CreateTenantBody = z.infer<typeof createTenantBodySchema>;

export const createTenantResponseSchema = z.object({
  tenant: tenantSchema,
  keys: z.array(createdApiKeySchema),
  orientation: z.object({ slug: z.string(), version: z.number().int() }),
});
export type CreateTenantResponse = z.infer<typeof createTenantResponseSchema>;

export const updateTenantBodySchema = z
  .object({
    name: z.string().trim().min(1).max(200).optional(),
    variables: variableValues.optional(),
  })
  .strict()
  .refine((body) => body.name !== undefined || body.variables !== undefined, {
    message: 'nothing to update: give name and/or variables',
  });
export type UpdateTenantBody = z.infer<typeof updateTenantBodySchema>;
