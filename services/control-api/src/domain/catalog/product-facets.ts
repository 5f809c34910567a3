import type { FacetsView } from '@scenaro/api-contract';
import { type DbTx, Prisma } from '@scenaro/db';
import type { CatalogOrientation } from './tenant-catalog.js';

/** Upper bounds (exclusive, in cents) of the price bands; the last band is open. */
const PRICE_BOUNDS = [1000, 2000, 3000, 5000, 10000] as const;

/**
 * What the in-stock catalogue offers: the count of each value of every `facet` attribute (list
 * attributes count each item) and of each price band. Two statements, one scan each.
 */
export async function productFacets({
  db,
  tenantId,
  orientation,
}: {
  db: DbTx;
  tenantId: string;
  orientation: CatalogOrientation;
}): Promise<FacetsView> {
  const facets = orientation.catalog.attributes.filter(
    (attribute) => attribute.facet && attribute.type !== 'text',
  );
  const [counts, bands] = await Promise.all([
    facets.length === 0
      ? Promise.resolve([])
      : db.$queryRaw<{ key: string; value: unknown; count: number }[]>`
          SELECT f.key, f.value, count(*)::int AS count
          FROM "Product" p
          CROSS JOIN LATERAL (${Prisma.join(
            facets.map((attribute) =>
              attribute.type === 'list'
                ? Prisma.sql`SELECT ${attribute.key}::text AS key, v AS value
                    FROM jsonb_array_elements(CASE WHEN jsonb_typeof(p.attributes -> ${attribute.key}::text) = 'array'
                      THEN p.attributes -> ${attribute.key}::text ELSE '[]'::jsonb END) AS v`
                : Prisma.sql`SELECT ${attribute.key}::text AS key, p.attributes -> ${attribute.key}::text AS value`,
            ),
            ' UNION ALL ',
          )}) f
          WHERE p."tenantId" = ${tenantId} AND p.stock > 0 AND f.value IS NOT NULL
            AND f.value <> 'null'::jsonb
          GROUP BY f.key, f.value
          ORDER BY f.key, count DESC, f.value`,
    db.$queryRaw<{ band: number; count: number; min: number; max: number }[]>`
      SELECT width_bucket("priceCents", ${[...PRICE_BOUNDS]}::int[]) AS band,
             count(*)::int AS count, min("priceCents") AS min, max("priceCents") AS max
      FROM "Product"
      WHERE "tenantId" = ${tenantId} AND stock > 0
      GROUP BY band ORDER BY band`,
  ]);

  const byKey = new Map<string, { value: unknown; count: number }[]>();
  for (const row of counts) {
    const values = byKey.get(row.key) ?? [];
    values.push({ value: row.value, count: row.count });
    byKey.set(row.key, values);
  }
  const bandCounts = new Map(bands.map((row) => [row.band, row.count]));
  return {
    inStock: bands.reduce((sum, row) => sum + row.count, 0),
    attributes: facets.map((attribute) => ({
      key: attribute.key,
      label: attribute.label,
      values: byKey.get(attribute.key) ?? [],
    })),
    price: {
      minCents: bands.length > 0 ? Math.min(...bands.map((row) => row.min)) : null,
      maxCents: bands.length > 0 ? Math.max(...bands.map((row) => row.max)) : null,
      bands: [0, ...PRICE_BOUNDS].map((minCents, index) => ({
        minCents,
        maxCents: PRICE_BOUNDS[index] ?? null,
        count: bandCounts.get(index) ?? 0,
      })),
    },
  };
}
