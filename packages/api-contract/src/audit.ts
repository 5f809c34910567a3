import { z } from 'zod';
import { isoDate } from './common.js';

export const auditEventSchema = z.object({
  id: z.string(),
  tenantId: z.string().nullable(),
  actorKeyId: z.string(),
  actorKind: z.string(),
  action: z.string(),
  targetType: z.string(),
  targetId: z.string(),
  details: z.record(z.string(), z.unknown()),
  createdAt: isoDate,
});
export type AuditEventView = z.infer<typeof auditEventSchema>;
