import { z } from 'zod';
import { isoDate } from './common.js';

export const slugSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{1,63}$/, 'must be a slug: lowercase letters, digits and dashes');

export const orientationParamsSchema = z
  .object({ tenantId: z.string().min(1).max(64), slug: slugSchema })
  .strict();

export const versionParamsSchema = orientationParamsSchema
  .extend({ version: z.coerce.number().int().min(1) })
  .strict();

export const orientationSummarySchema = z.object({
  slug: z.string(),
  name: z.string(),
  currentVersion: z.number().int().nullable().describe('null until first published'),
  hasUnpublishedChanges: z.boolean(),
  updatedAt: isoDate,
  updatedBy: z.string(),
});
export type OrientationSummary = z.infer<typeof orientationSummarySchema>;

export const orientationDetailSchema = orientationSummarySchema.extend({
  draft: z.record(z.string(), z.unknown()),
});
export type OrientationDetail = z.infer<typeof orientationDetailSchema>;

export const versionSummarySchema = z.object({
  version: z.number().int(),
  createdAt: isoDate,
  createdBy: z.string().describe('Id of the API key or console user that published it'),
  author: z
    .string()
    .describe("Who published it, for people: the console user's name and email, or the key's name"),
  note: z.string().nullable(),
  rolledBackFrom: z.number().int().nullable(),
  current: z.boolean(),
});
export type VersionSummary = z.infer<typeof versionSummarySchema>;

export const versionDetailSchema = versionSummarySchema.extend({
  id: z.string(),
  document: z.record(z.string(), z.unknown()),
});
export type VersionDetail = z.infer<typeof versionDetailSchema>;

export const publishBodySchema = z.object({ note: z.string().trim().max(500).optional() }).strict();

export const rollbackBodySchema = z
  .object({ version: z.number().int().min(1), note: z.string().trim().max(500).optional() })
  .strict();

const diffSide = z.union([z.literal('draft'), z.coerce.number().int().min(1)]);
export const diffQuerySchema = z
  .object({
    from: diffSide.describe('a version number, or "draft"'),
    to: diffSide.describe('a version number, or "draft"'),
  })
  .strict();

export const diffEntrySchema = z.object({
  path: z.string().describe('e.g. tools[search_wines].description'),
  kind: z.enum(['added', 'removed', 'changed']),
  before: z.unknown().optional(),
  after: z.unknown().optional(),
});
export type DiffEntry = z.infer<typeof diffEntrySchema>;

export const diffResponseSchema = z.object({
  from: z.union([z.literal('draft'), z.number().int()]),
  to: z.union([z.literal('draft'), z.number().int()]),
  changes: z.array(diffEntrySchema),
});

export const validationIssueSchema = z.object({
  path: z.string(),
  message: z.string(),
  line: z.number().int().optional(),
  column: z.number().int().optional(),
});

export const validateResponseSchema = z.object({
  valid: z.boolean(),
  issues: z.array(validationIssueSchema),
});
