import { defineConfig } from 'vitest/config';

// One run for the whole monorepo. Tests sit next to what they test:
//   *.test.ts      pure logic
//   *.int.test.ts  needs Postgres and/or Redis (each file gets its own database)
//   *.e2e.test.ts  drives real Chromium
export default defineConfig({
  test: {
    include: [
      'packages/**/*.test.ts',
      'services/**/*.test.ts',
      'apps/**/*.test.{ts,tsx}',
      'scripts/**/*.test.ts',
    ],
    exclude: ['**/node_modules/**', '**/dist/**'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
