/**
 * Writes a generated wine catalogue to a file or stdout.
 *
 *   npx tsx scripts/catalog-generator/cli.ts --count 50000 --seed 7 --format csv --out wines.csv
 */
import { createWriteStream } from 'node:fs';
import type { Writable } from 'node:stream';
import { parseArgs } from 'node:util';
import { generateProducts } from './generate.js';
import { type Format, writeCatalog } from './write.js';

const USAGE = `Usage: cli.ts [--count N] [--seed N] [--format json|csv] [--out FILE] [--sku-prefix P] [--pretty]
  --count       number of products (default 1000)
  --seed        PRNG seed: same seed, same catalogue (default 1)
  --format      json (an array) or csv (default: from --out's extension, else json)
  --out         file to write (default: stdout)
  --sku-prefix  SKU prefix (default VIN)
  --pretty      indented JSON`;

function integer(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new Error(`--${name} must be a natural number`);
  return n;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      count: { type: 'string' },
      seed: { type: 'string' },
      format: { type: 'string' },
      out: { type: 'string' },
      'sku-prefix': { type: 'string' },
      pretty: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const count = integer('count', values.count, 1000);
  const seed = integer('seed', values.seed, 1);
  const format = values.format ?? (values.out?.endsWith('.csv') ? 'csv' : 'json');
  if (format !== 'json' && format !== 'csv') throw new Error('--format must be json or csv');

  const started = performance.now();
  const out: Writable = values.out ? createWriteStream(values.out) : process.stdout;
  const written = await writeCatalog(
    generateProducts({ seed, count, skuPrefix: values['sku-prefix'] ?? 'VIN' }),
    format as Format,
    out,
    { pretty: values.pretty ?? false },
  );
  if (values.out) {
    out.end();
    await new Promise<void>((resolve, reject) => {
      out.on('finish', resolve);
      out.on('error', reject);
    });
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  process.stderr.write(
    `${written} products (${format}, seed ${seed}) written to ${values.out ?? 'stdout'} in ${seconds} s\n`,
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n${USAGE}\n`);
  process.exitCode = 1;
});
