export { createDb, type Db, type DbTx } from './client.js';
export type {
  ApiKey,
  AuditEvent,
  IdempotencyRecord,
  Orientation,
  OrientationVersion,
  Partner,
  Tenant,
} from './generated/client.js';
export { ApiKeyKind, Prisma } from './generated/client.js';
export { ensureDatabase, generateClient, migrateDeploy, runPrisma } from './setup.js';
