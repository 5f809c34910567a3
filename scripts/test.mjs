// `npm test`: sets up whatever is missing, then runs the linter/formatter check, the type
// checker and every test (Postgres and Redis are real; each test file gets its own database).
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ensureChromium, ensureDependencies, ensureServices, root, run } from './lib.mjs';

const databaseUrl = process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/scenaro';
const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const failures = [];

function step(name, command, args) {
  console.log(`\n• ${name}`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) failures.push(name);
}

try {
  ensureDependencies();
  await ensureServices(databaseUrl, redisUrl);
  ensureChromium();
  run('npx', ['tsx', 'scripts/prepare-database.ts', '--generate-only']);
} catch (error) {
  console.error(`\n✗ ${error instanceof Error ? error.message : error}`);
  process.exit(1);
}

step('Lint and format (biome)', 'npx', ['biome', 'check', '.']);
step('Type check (tsc)', 'npx', ['tsc', '-p', 'tsconfig.json']);
// The voice client and the console are browser apps (DOM, JSX, Vite): their own projects,
// checked the same way.
step('Type check (tsc, voice client)', 'npx', ['tsc', '-p', 'apps/voice-client']);
step('Type check (tsc, console)', 'npx', ['tsc', '-p', 'apps/console']);

const report = join(root, 'test-output', 'vitest.json');
mkdirSync(join(root, 'test-output'), { recursive: true });
step('Tests (vitest)', 'npx', [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${report}`,
  ...process.argv.slice(2),
]);

let passed = 0;
let failed = 0;
let skipped = 0;
try {
  const results = JSON.parse(readFileSync(report, 'utf8'));
  passed = results.numPassedTests;
  failed = results.numFailedTests;
  skipped = results.numPendingTests + results.numTodoTests;
  // A file that fails to load counts no test but is a failure all the same.
  failed += results.testResults.filter(
    (file) => file.status === 'failed' && file.assertionResults.length === 0,
  ).length;
} catch {
  failures.push('reading the vitest report');
}
if (failures.length > 0) console.error(`\n✗ Failed: ${failures.join(', ')}`);
if (passed === 0) console.error('\n✗ No test ran.');
console.log(`\n${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failures.length > 0 || failed > 0 || passed === 0 ? 1 : 0);
