import { describe, expect, it } from 'vitest';
import { allocate, generateCatalog, volumeFactor } from './generate.js';
import { PROFILES } from './profiles.js';
import { APPELLATIONS, REGION_INFO } from './regions.js';
import type { Product } from './types.js';
import {
  ATTRIBUTE_KEYS,
  BODY_STYLES,
  COLORS,
  FOREIGN_REGIONS,
  REFERENCE_YEAR,
  REGIONS,
  SWEETNESS,
  TAGS,
} from './types.js';

const products = generateCatalog({ seed: 42, count: 6000, skuPrefix: 'T' });

const of = (appellation: string, color?: string) =>
  products.filter(
    (p) =>
      p.attributes.appellation === appellation &&
      (color === undefined || p.attributes.color === color),
  );

/** For each region, appellation and colour: the grapes allowed and the widest price band. */
function reference() {
  const ref = new Map<string, { grapes: Set<string>; lo: number; hi: number }>();
  for (const region of REGIONS) {
    for (const app of APPELLATIONS[region]) {
      for (const style of app.styles) {
        const key = `${region}|${app.name}|${PROFILES[style.profile].color}`;
        const entry = ref.get(key) ?? { grapes: new Set<string>(), lo: Infinity, hi: 0 };
        for (const blend of style.grapes) for (const g of blend) entry.grapes.add(g);
        entry.lo = Math.min(entry.lo, style.price[0]);
        entry.hi = Math.max(entry.hi, style.price[1]);
        ref.set(key, entry);
      }
    }
  }
  return ref;
}
const REF = reference();
const refOf = (p: Product) => {
  const r = REF.get(`${p.attributes.region}|${p.attributes.appellation}|${p.attributes.color}`);
  if (!r) throw new Error(`no reference for ${p.name}`);
  return r;
};

describe('generateCatalog', () => {
  it('is deterministic for a seed', () => {
    const a = generateCatalog({ seed: 7, count: 500, skuPrefix: 'X' });
    const b = generateCatalog({ seed: 7, count: 500, skuPrefix: 'X' });
    expect(b).toEqual(a);
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
    const c = generateCatalog({ seed: 8, count: 500, skuPrefix: 'X' });
    expect(c.map((p) => p.name)).not.toEqual(a.map((p) => p.name));
  });

  it('returns exactly count products with unique SKUs', () => {
    expect(products).toHaveLength(6000);
    expect(new Set(products.map((p) => p.sku)).size).toBe(6000);
    expect(products[0]?.sku).toBe('T-00001');
    expect(generateCatalog({ seed: 1, count: 3 }).map((p) => p.sku)).toEqual([
      'VIN-00001',
      'VIN-00002',
      'VIN-00003',
    ]);
    expect(generateCatalog({ seed: 1, count: 0 })).toEqual([]);
  });

  it('mostly gives distinct names', () => {
    expect(new Set(products.map((p) => p.name)).size / products.length).toBeGreaterThan(0.995);
  });

  it('uses only the allowed keys and enum values', () => {
    const productKeys = [
      'attributes',
      'currency',
      'description',
      'name',
      'priceCents',
      'sku',
      'stock',
      'tags',
    ];
    const required = ATTRIBUTE_KEYS.filter((k) => k !== 'vintage');
    const foreign: readonly string[] = FOREIGN_REGIONS;
    const problems: string[] = [];
    const check = (ok: boolean, what: string, p: Product) => {
      if (!ok) problems.push(`${p.sku} ${p.name}: ${what}`);
    };
    for (const p of products) {
      const a = p.attributes;
      const keys = Object.keys(a);
      check(Object.keys(p).sort().join() === productKeys.join(), 'product keys', p);
      check(
        keys.every((k) => (ATTRIBUTE_KEYS as readonly string[]).includes(k)),
        'unknown attribute',
        p,
      );
      check(
        required.every((k) => keys.includes(k)),
        'missing attribute',
        p,
      );
      check(COLORS.includes(a.color), 'color', p);
      check(REGIONS.includes(a.region), 'region', p);
      check(BODY_STYLES.includes(a.bodyStyle), 'bodyStyle', p);
      check(SWEETNESS.includes(a.sweetness), 'sweetness', p);
      check(p.currency === 'EUR', 'currency', p);
      check(typeof a.organic === 'boolean', 'organic', p);
      check(a.grapes.length > 0 && a.grapes.every((g) => typeof g === 'string'), 'grapes', p);
      check(a.pairings.length >= 3 && a.pairings.length <= 5, 'pairings', p);
      check(
        p.tags.every((t) => (TAGS as readonly string[]).includes(t)),
        'tags',
        p,
      );
      check(new Set(p.tags).size === p.tags.length, 'duplicate tags', p);
      check([375, 620, 750, 1500].includes(a.volumeMl), 'volumeMl', p);
      check(
        a.alcohol * 2 === Math.round(a.alcohol * 2) && a.alcohol >= 7.5 && a.alcohol <= 20.5,
        'alcohol',
        p,
      );
      check(/^\d{1,2}-\d{1,2} °C$/.test(a.servingTemperature), 'servingTemperature', p);
      check(/^à (boire|ouvrir)/.test(a.agingPotential), 'agingPotential', p);
      check(a.vintage === undefined || Number.isInteger(a.vintage), 'vintage', p);
      check(
        foreign.includes(a.region) ? a.country !== 'France' : a.country === 'France',
        'country',
        p,
      );
    }
    expect(problems).toEqual([]);
  });

  it('keeps colour and sweetness consistent', () => {
    for (const { attributes: a, name } of products) {
      if (a.color === 'liquoreux') expect(['moelleux', 'liquoreux'], name).toContain(a.sweetness);
      if (a.sweetness === 'moelleux' || a.sweetness === 'liquoreux')
        expect(a.color, name).toBe('liquoreux');
      if (a.color === 'effervescent')
        expect(['brut', 'extra-brut', 'demi-sec'], name).toContain(a.sweetness);
      if (a.sweetness === 'brut' || a.sweetness === 'extra-brut')
        expect(a.color, name).toBe('effervescent');
      if (a.color === 'rouge' || a.color === 'orange') expect(a.sweetness, name).toBe('sec');
    }
  });

  it('only uses grapes allowed in each appellation', () => {
    for (const p of products) {
      const allowed = refOf(p).grapes;
      for (const g of p.attributes.grapes) expect(allowed.has(g), `${p.name}: ${g}`).toBe(true);
    }
  });

  it('gets the grapes of well-known appellations right', () => {
    const only = (list: Product[], grapes: string[]) => {
      expect(list.length).toBeGreaterThan(0);
      for (const p of list) expect(p.attributes.grapes, p.name).toEqual(grapes);
    };
    only(of('Chablis'), ['chardonnay']);
    only(of('Chablis Premier Cru'), ['chardonnay']);
    only(of('Sancerre', 'rouge'), ['pinot noir']);
    only(of('Sancerre', 'blanc'), ['sauvignon blanc']);
    only(of('Muscadet Sèvre et Maine'), ['melon de Bourgogne']);
    only(of('Condrieu'), ['viognier']);
    only(of('Crozes-Hermitage', 'rouge'), ['syrah']);
    only(of('Morgon'), ['gamay']);
    only(of('Fleurie'), ['gamay']);
    only(of('Moulin-à-Vent'), ['gamay']);
    only(of('Barolo'), ['nebbiolo']);
    only(of('Vin de Savoie Apremont'), ['jacquère']);
    only(
      products.filter((p) => p.name.includes('Champagne blanc de blancs')),
      ['chardonnay'],
    );
    only(
      products.filter((p) => p.attributes.appellation === 'Alsace' && p.name.includes(' Riesling')),
      ['riesling'],
    );
    const medoc = new Set(['cabernet sauvignon', 'merlot', 'cabernet franc', 'petit verdot']);
    for (const p of of('Pauillac')) {
      expect(p.attributes.grapes[0]).toBe('cabernet sauvignon');
      for (const g of p.attributes.grapes) expect(medoc.has(g)).toBe(true);
    }
    for (const p of of('Châteauneuf-du-Pape', 'rouge'))
      expect(p.attributes.grapes[0]).toBe('grenache');
    for (const p of of('Cahors')) expect(p.attributes.grapes[0]).toBe('malbec');
    for (const p of of('Madiran')) expect(p.attributes.grapes[0]).toBe('tannat');
    for (const p of of('Bandol', 'rouge')) expect(p.attributes.grapes[0]).toBe('mourvèdre');
    for (const p of of('Sauternes')) expect(p.attributes.grapes).toContain('sémillon');
  });

  it('prices bottles inside their band, like a shop (…,50 or …,90)', () => {
    for (const p of products) {
      const { lo, hi } = refOf(p);
      const f = volumeFactor(p.attributes.volumeMl);
      expect(Number.isInteger(p.priceCents)).toBe(true);
      expect([50, 90]).toContain(p.priceCents % 100);
      expect(p.priceCents, p.name).toBeGreaterThanOrEqual(lo * f * 100);
      expect(p.priceCents, p.name).toBeLessThanOrEqual(hi * f * 100);
    }
    const band = (list: Product[], lo: number, hi: number) => {
      const bottles = list.filter((p) => p.attributes.volumeMl === 750);
      expect(bottles.length).toBeGreaterThan(0);
      for (const p of bottles) {
        expect(p.priceCents, p.name).toBeGreaterThanOrEqual(lo * 100);
        expect(p.priceCents, p.name).toBeLessThanOrEqual(hi * 100);
      }
    };
    band(
      products.filter((p) => p.name.includes('Muscadet Sèvre et Maine sur lie')),
      8,
      14,
    );
    band(of('Côtes du Rhône'), 7, 15);
    band(of('Champagne'), 28, 90);
    band(of('Sauternes'), 25, 120);
    band(
      products.filter((p) => p.attributes.region === 'Bourgogne' && p.name.includes('Grand Cru')),
      70,
      250,
    );
  });

  it('dates wines like a real list', () => {
    const reds = products.filter((p) => p.attributes.color === 'rouge');
    const redYears = reds.map((p) => p.attributes.vintage);
    expect(redYears.every((v) => v !== undefined && v >= 2012 && v <= 2024)).toBe(true);
    expect(
      redYears.filter((v) => v !== undefined && v >= 2015 && v <= 2023).length / reds.length,
    ).toBeGreaterThan(0.9);

    const whites = products.filter(
      (p) =>
        p.attributes.color === 'blanc' &&
        !['Château-Chalon'].includes(p.attributes.appellation) &&
        !p.name.includes('Vin Jaune') &&
        !p.name.includes('Sous Voile'),
    );
    const whiteYears = whites.map((p) => p.attributes.vintage);
    expect(whiteYears.every((v) => v !== undefined && v >= 2016 && v <= 2024)).toBe(true);
    expect(
      whiteYears.filter((v) => v !== undefined && v >= 2019).length / whites.length,
    ).toBeGreaterThan(0.9);

    for (const p of products.filter((p) => p.attributes.color === 'rosé')) {
      expect(p.attributes.vintage).toBeGreaterThanOrEqual(2022);
    }
    for (const p of of('Champagne')) {
      const vintage = p.name.includes('millésimé');
      expect(p.attributes.vintage !== undefined, p.name).toBe(vintage);
      if (!vintage) expect(p.name).not.toMatch(/\b(19|20)\d\d\b/);
    }
    for (const p of products.filter(
      (p) => p.attributes.color === 'effervescent' && p.attributes.appellation !== 'Champagne',
    )) {
      expect(p.attributes.vintage, p.name).toBeUndefined();
    }
    for (const p of products) {
      const v = p.attributes.vintage;
      if (v !== undefined) {
        expect(v).toBeLessThanOrEqual(REFERENCE_YEAR - 1);
        expect(p.name).toContain(String(v));
      }
    }
  });

  it('stocks most wines, with about 8 % out of stock and 15 % organic', () => {
    const zero = products.filter((p) => p.stock === 0).length / products.length;
    expect(zero).toBeGreaterThan(0.06);
    expect(zero).toBeLessThan(0.1);
    for (const p of products) {
      expect(Number.isInteger(p.stock)).toBe(true);
      expect(p.stock).toBeGreaterThanOrEqual(0);
      expect(p.tags.includes('bio')).toBe(p.attributes.organic);
    }
    const organic = products.filter((p) => p.attributes.organic).length / products.length;
    expect(organic).toBeGreaterThan(0.11);
    expect(organic).toBeLessThan(0.19);
    const standard = products.filter((p) => p.attributes.volumeMl === 750).length / products.length;
    expect(standard).toBeGreaterThan(0.85);
  });

  it('writes French texts of one or two sentences', () => {
    const sentences = (text: string) => text.split(/(?<=[.!?])\s+/).filter(Boolean);
    for (const p of products) {
      const a = p.attributes;
      expect(sentences(p.description), p.description).toHaveLength(2);
      expect(sentences(a.tastingNotes).length).toBeGreaterThanOrEqual(1);
      expect(sentences(a.tastingNotes).length).toBeLessThanOrEqual(2);
      for (const text of [p.name, p.description, a.tastingNotes]) {
        expect(text).not.toMatch(/ {2}|’|undefined|\bde [aeiouéèh]\w|\bce [aeiouéè]/i);
      }
    }
  });

  it('fits the tasting notes to the colour', () => {
    for (const p of products) {
      const notes = p.attributes.tastingNotes;
      if (p.attributes.color === 'blanc') expect(notes).not.toMatch(/tanins/);
      if (p.attributes.color === 'rosé') expect(notes).not.toMatch(/tanins|beurre|\bbulle/);
      if (p.attributes.color !== 'effervescent') expect(notes).not.toMatch(/\b(bulle|mousse)/);
    }
  });

  it('reaches every region and every appellation of the tables', () => {
    const big = generateCatalog({ seed: 3, count: 20_000 });
    const seen = new Set(big.map((p) => `${p.attributes.region}|${p.attributes.appellation}`));
    for (const region of REGIONS) {
      for (const app of APPELLATIONS[region])
        expect(seen.has(`${region}|${app.name}`), app.name).toBe(true);
    }
  });
});

describe('allocate', () => {
  it('splits a count exactly by weight', () => {
    const split = allocate(320, REGION_INFO);
    expect([...split.values()].reduce((a, b) => a + b, 0)).toBe(320);
    expect(split.get('Bordeaux')).toBeGreaterThan(split.get('Jura') ?? 0);
  });
});
