import { fileURLToPath } from 'node:url';
import { defineConfig } from 'prisma/config';

// The Prisma CLI wants to download a native schema engine, which these machines cannot.
// Our bridge runs the WebAssembly build of the same engine that ships inside `prisma`
// (see packages/db/bin/schema-engine.mjs); an explicit setting still wins.
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= fileURLToPath(
  new URL('./packages/db/bin/schema-engine.mjs', import.meta.url),
);

export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  datasource: {
    url: process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/scenaro',
  },
});
