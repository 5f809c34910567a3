import { PrismaPg } from '@prisma/adapter-pg';
import { type Prisma, PrismaClient } from './generated/client.js';

/** The project's Prisma client type. */
export type Db = PrismaClient;

/** The client handed to an interactive `$transaction` callback (a `Db` is one too). */
export type DbTx = Prisma.TransactionClient;

/** Opens a Prisma client on a Postgres URL, through the pg driver adapter (no native engine). */
export function createDb(databaseUrl: string): Db {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString: databaseUrl }) });
}
