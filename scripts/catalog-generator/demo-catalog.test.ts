import { readFileSync } from 'node:fs';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { DEMO_CATALOG } from './demo.js';
import { generateCatalog } from './generate.js';
import type { Product } from './types.js';
import { COLORS, FOREIGN_REGIONS, FRENCH_REGIONS } from './types.js';
import { writeCatalog } from './write.js';

const file = new URL(`../../${DEMO_CATALOG.path}`, import.meta.url);
const text = readFileSync(file, 'utf8');
const committed = JSON.parse(text) as Product[];

describe('demo catalogue (demo/caviste/catalog.json)', () => {
  it('is exactly the generator output for its documented seed and count', async () => {
    const expected = generateCatalog(DEMO_CATALOG);
    expect(committed).toEqual(expected);
    const out = new PassThrough();
    const chunks: Buffer[] = [];
    out.on('data', (c: Buffer) => chunks.push(c));
    await writeCatalog(expected, 'json', out, { pretty: true });
    out.end();
    expect(text).toBe(Buffer.concat(chunks).toString('utf8'));
  });

  it('covers every region, with at least 8 wines per French region', () => {
    const count = (region: string) =>
      committed.filter((p) => p.attributes.region === region).length;
    for (const region of FRENCH_REGIONS) expect(count(region), region).toBeGreaterThanOrEqual(8);
    for (const region of FOREIGN_REGIONS) expect(count(region), region).toBeGreaterThanOrEqual(1);
    for (const color of COLORS) {
      expect(
        committed.some((p) => p.attributes.color === color),
        color,
      ).toBe(true);
    }
  });
});
