/**
 * The demo shop's catalogue (La Cave du Coin, Lyon), committed as demo/caviste/catalog.json.
 * Regenerate it with:
 *
 *   npx tsx scripts/catalog-generator/cli.ts --seed 69001 --count 320 --sku-prefix CDC \
 *     --pretty --out demo/caviste/catalog.json
 */
export const DEMO_CATALOG = {
  seed: 69001,
  count: 320,
  skuPrefix: 'CDC',
  /** Relative to the repository root. */
  path: 'demo/caviste/catalog.json',
} as const;
