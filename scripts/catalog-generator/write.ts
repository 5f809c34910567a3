/** Streams products to a writable as a JSON array or CSV, respecting backpressure. */
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { csvHeader, csvRow } from './csv.js';
import { prettyJson } from './pretty.js';
import type { Product } from './types.js';

export type Format = 'json' | 'csv';

const CHUNK = 1 << 16;

export async function writeCatalog(
  products: Iterable<Product>,
  format: Format,
  out: Writable,
  options: { pretty?: boolean } = {},
): Promise<number> {
  let buffer = '';
  let count = 0;
  const flush = async () => {
    if (buffer.length === 0) return;
    const ok = out.write(buffer);
    buffer = '';
    if (!ok) await once(out, 'drain');
  };

  if (format === 'csv') buffer += csvHeader();
  else buffer += '[';
  for (const product of products) {
    if (format === 'csv') {
      buffer += csvRow(product);
    } else {
      const json = options.pretty ? prettyJson(product, '  ') : JSON.stringify(product);
      buffer += `${count === 0 ? '' : ','}\n  ${json}`;
    }
    count++;
    if (buffer.length >= CHUNK) await flush();
  }
  if (format === 'json') buffer += count === 0 ? ']\n' : '\n]\n';
  await flush();
  return count;
}
