/** Deterministic generation of a wine catalogue from the reference tables. */
import { CUVEES, cuveesForPrice, ORANGE_CUVEES } from './cuvees.js';
import { Rng } from './prng.js';
import { type ProducerName, producerName } from './producers.js';
import { PROFILES } from './profiles.js';
import { APPELLATIONS, REGION_INFO } from './regions.js';
import type { Appellation, Profile, RegionInfo, Style, VolumeMix } from './table-types.js';
import { withoutArticle } from './text.js';
import type { CatalogOptions, Product, Region, Tag, WineAttributes } from './types.js';
import { REFERENCE_YEAR, TAGS } from './types.js';
import { agingPotential, description, drinkingWindow, tastingNotes, wineName } from './wording.js';

interface Producer {
  name: ProducerName;
  organic: boolean;
  biodynamic: boolean;
  wines: number;
}

/** A shop lists one to three wines of an estate in an appellation. */
const MAX_WINES_PER_PRODUCER = 3;

/** Price factor of a bottle size relative to 75 cl. */
export function volumeFactor(volumeMl: number): number {
  if (volumeMl === 375) return 0.55;
  if (volumeMl === 1500) return 2.2;
  return 1;
}

/** Splits `count` among regions in proportion to their weights (largest remainder). */
export function allocate(count: number, infos: readonly RegionInfo[]): Map<Region, number> {
  const total = infos.reduce((sum, info) => sum + info.weight, 0);
  const shares = infos.map((info) => {
    const exact = (count * info.weight) / total;
    return { region: info.region, n: Math.floor(exact), rest: exact - Math.floor(exact) };
  });
  let left = count - shares.reduce((sum, s) => sum + s.n, 0);
  const byRest = [...shares].sort((a, b) => b.rest - a.rest);
  for (const share of byRest) {
    if (left <= 0) break;
    share.n += 1;
    left -= 1;
  }
  return new Map(shares.map((s) => [s.region, s.n]));
}

/** A shop price in cents, ending in ,50 or ,90, inside [lo, hi] euros. */
export function shopPriceCents(rng: Rng, euros: number, lo: number, hi: number): number {
  const minInt = Math.ceil(lo);
  const maxInt = Math.max(minInt, Math.floor(hi) - 1);
  const whole = Math.min(maxInt, Math.max(minInt, Math.floor(euros)));
  return whole * 100 + (rng.chance(0.6) ? 90 : 50);
}

function defaultVolumes(style: Style, profile: Profile): VolumeMix {
  if (style.volumes) return style.volumes;
  if (style.profile === 'moelleux' || style.profile === 'liquoreux') {
    return [
      [750, 7],
      [375, 3],
    ];
  }
  if (profile.color === 'rouge' && profile.body !== 'léger' && style.price[0] >= 15) {
    return [
      [750, 95],
      [1500, 5],
    ];
  }
  return [[750, 1]];
}

function pickAlcohol(rng: Rng, range: readonly [number, number]): number {
  const steps = Math.round((range[1] - range[0]) / 0.5);
  return range[0] + 0.5 * rng.int(0, steps);
}

function localDishes(app: Appellation, style: Style, profile: Profile): readonly string[] {
  if (style.pairings) return style.pairings;
  const main = app.styles[0];
  return main && PROFILES[main.profile].color === profile.color ? (app.pairings ?? []) : [];
}

function pickDishes(rng: Rng, app: Appellation, style: Style, profile: Profile): string[] {
  const candidates = localDishes(app, style, profile);
  const local = rng.sample(candidates, Math.min(2, rng.int(1, 2)));
  const wanted = rng.int(3, 5);
  const dishes = [...local];
  for (const dish of rng.sample(profile.pairings, profile.pairings.length)) {
    if (dishes.length >= wanted) break;
    if (!dishes.some((d) => withoutArticle(d) === withoutArticle(dish))) dishes.push(dish);
  }
  return dishes;
}

function tagsFor(
  rng: Rng,
  p: {
    organic: boolean;
    biodynamic: boolean;
    priceCents: number;
    volumeMl: number;
    color: string;
    vintage?: number;
    until: number;
  },
): string[] {
  const tags = new Set<Tag>();
  if (p.organic) tags.add('bio');
  if (p.biodynamic) tags.add('biodynamie');
  if (rng.chance(0.07)) tags.add('coup de cœur');
  const recent = p.vintage === undefined || p.vintage >= REFERENCE_YEAR - 2;
  if (rng.chance(recent ? 0.1 : 0.02)) tags.add('nouveauté');
  if (p.volumeMl === 750 && p.priceCents <= 1290) tags.add('petit prix');
  const perBottle = p.priceCents / volumeFactor(p.volumeMl);
  if (
    perBottle >= 4000 ||
    p.volumeMl === 1500 ||
    (p.color === 'effervescent' && perBottle >= 3500)
  ) {
    tags.add('à offrir');
  }
  if (p.until - REFERENCE_YEAR >= 10) tags.add('à garder');
  if (p.volumeMl === 1500) tags.add('magnum');
  if (p.volumeMl === 375) tags.add('demi-bouteille');
  return TAGS.filter((t) => tags.has(t));
}

function regionPlan(rng: Rng, count: number): Region[] {
  const plan: Region[] = [];
  for (const [region, n] of allocate(count, REGION_INFO)) {
    for (let i = 0; i < n; i++) plan.push(region);
  }
  return rng.shuffle(plan);
}

/** Products one by one: the CLI streams them without holding the catalogue. */
export function* generateProducts(options: CatalogOptions): Generator<Product> {
  const { seed, count } = options;
  const skuPrefix = options.skuPrefix ?? 'VIN';
  if (!Number.isInteger(count) || count < 0) throw new Error(`count must be a natural number`);
  const rng = new Rng(seed);
  const plan = regionPlan(rng, count);
  const infoOf = new Map(REGION_INFO.map((info) => [info.region, info]));
  const pools = new Map<Appellation, Producer[]>();
  const names = new Set<string>();
  const width = Math.max(5, String(count).length);

  for (let i = 0; i < count; i++) {
    const region = plan[i] as Region;
    const info = infoOf.get(region) as RegionInfo;
    const app = rng.weighted(APPELLATIONS[region], (a) => a.weight);
    const style = rng.weighted(app.styles, (s) => s.weight ?? 1);
    const profile = PROFILES[style.profile];
    const producerStyle = app.producerStyle ?? info.producerStyle;

    // Producers of this appellation that may still add a wine to the list.
    let open = pools.get(app);
    if (!open) {
      open = [];
      pools.set(app, open);
    }
    let producer: Producer;
    if (open.length > 0 && rng.chance(0.3)) {
      producer = rng.pick(open);
    } else {
      const organic = rng.chance(0.15);
      producer = {
        name: producerName(rng, producerStyle),
        organic,
        biodynamic: organic && rng.chance(0.35),
        wines: 0,
      };
      open.push(producer);
    }
    producer.wines += 1;
    if (producer.wines >= MAX_WINES_PER_PRODUCER) open.splice(open.indexOf(producer), 1);

    const grapes = [...rng.pick(style.grapes)];
    const volumeMl = rng.weighted(defaultVolumes(style, profile), ([, w]) => w)[0];
    const factor = volumeFactor(volumeMl);
    const u = rng.next();
    const [lo, hi] = style.price;
    const euros = (lo + (hi - lo) * u ** 1.4) * factor;
    const priceCents = shopPriceCents(rng, euros, lo * factor, hi * factor);

    const vintages = style.vintages !== undefined ? style.vintages : profile.vintages;
    let vintage: number | undefined;
    if (vintages) {
      const t = Math.min(1, Math.max(0, 0.5 * u + 0.5 * rng.next()));
      vintage = vintages[1] - Math.round((vintages[1] - vintages[0]) * t);
    }
    const window = drinkingWindow(rng, vintage, style.drink ?? profile.drink, style.ready);
    const alcohol = pickAlcohol(rng, style.alcohol ?? profile.alcohol);
    const temperature = rng.pick(profile.temperatures);
    const dishes = pickDishes(rng, app, style, profile);
    const climat = style.climats ? rng.pick(style.climats) : undefined;
    const cuveePool =
      style.cuvees ??
      cuveesForPrice(
        style.profile === 'orange' ? ORANGE_CUVEES : CUVEES[producerStyle],
        priceCents / 100 / factor,
      );
    // A named vineyard is name enough: no cuvée on top, unless the table says so.
    const cuveeRate = style.cuveeRate ?? (climat ? 0 : info.cuveeRate);
    let cuvee = rng.chance(cuveeRate) ? rng.pick(cuveePool) : undefined;
    const nameOf = (c: string | undefined) =>
      wineName({
        producer: producer.name.name,
        chateau: producer.name.chateau,
        appellation: app.name,
        climat,
        label: style.label,
        cuvee: c,
        vintage,
        volumeMl,
      });
    let name = nameOf(cuvee);
    for (let attempt = 0; names.has(name) && attempt < 8; attempt++) {
      cuvee = rng.pick(cuveePool);
      name = nameOf(cuvee);
    }
    names.add(name);

    const attributes: WineAttributes = {
      color: profile.color,
      region,
      appellation: app.name,
      grapes,
      ...(vintage !== undefined ? { vintage } : {}),
      producer: producer.name.name,
      country: app.country,
      alcohol,
      volumeMl,
      organic: producer.organic,
      bodyStyle: style.body ?? profile.body,
      sweetness: style.sweetness ?? profile.sweetness,
      pairings: dishes.map(withoutArticle),
      tastingNotes: tastingNotes(rng, profile, style.aromas ?? profile.aromas),
      servingTemperature: temperature,
      agingPotential: agingPotential(window),
    };
    const text = description(rng, {
      profile,
      noun: style.noun ?? profile.noun,
      elevage: style.elevage ?? profile.elevage,
      soil: rng.pick(app.soils),
      family: producer.name.family,
      organic: producer.organic,
      biodynamic: producer.biodynamic,
      dishes,
      temperature,
      window,
    });
    const stock = rng.chance(0.08)
      ? 0
      : priceCents >= 8000
        ? rng.int(1, 6)
        : priceCents >= 4000
          ? rng.int(1, 18)
          : 1 + Math.floor(rng.next() ** 1.5 * 96);

    yield {
      sku: `${skuPrefix}-${String(i + 1).padStart(width, '0')}`,
      name,
      description: text,
      priceCents,
      currency: 'EUR',
      stock,
      tags: tagsFor(rng, {
        organic: producer.organic,
        biodynamic: producer.biodynamic,
        priceCents,
        volumeMl,
        color: profile.color,
        vintage,
        until: window.until,
      }),
      attributes,
    };
  }
}

/** The whole catalogue: pure and deterministic for a seed. */
export function generateCatalog(options: CatalogOptions): Product[] {
  return Array.from(generateProducts(options));
}
