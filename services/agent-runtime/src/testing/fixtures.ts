import { readFileSync } from 'node:fs';
import type { RuntimeBootstrap } from '@scenaro/api-contract';
import { parseOrientationSource } from '@scenaro/orientation';
import { FakeControlApi, type FakeProduct } from './fake-control-api.js';

/** The reference caviste orientation, as a published version's document. */
export function cavisteDocument(): Record<string, unknown> {
  const text = readFileSync(
    new URL('../../../../orientations/caviste.yaml', import.meta.url),
    'utf8',
  );
  const parsed = parseOrientationSource(text, 'yaml');
  if (!parsed.ok) throw new Error('orientations/caviste.yaml does not parse');
  return parsed.value as Record<string, unknown>;
}

/** Two wines of the fake catalogue. */
export const morgon: FakeProduct = {
  productId: 'prd_morgon',
  sku: 'MORGON-2022',
  name: 'Morgon Côte du Py 2022',
  price: 18.5,
  currency: 'EUR',
  inStock: true,
  attributes: { color: 'rouge', region: 'Beaujolais' },
  stock: 40,
};

/** A white with little stock (3), to exercise stock refusals. */
export const chablis: FakeProduct = {
  productId: 'prd_chablis',
  sku: 'CHABLIS-2023',
  name: 'Chablis 2023',
  price: 21,
  currency: 'EUR',
  inStock: true,
  attributes: { color: 'blanc', region: 'Bourgogne' },
  stock: 3,
};

/** A fake control API holding one active caviste session, pinned to version `ver_1`. */
export function cavisteApi(options: { document?: Record<string, unknown> } = {}): FakeControlApi {
  const bootstrap: RuntimeBootstrap = {
    session: { id: 'ses_1', status: 'active', revision: 0 },
    tenant: {
      id: 'ten_1',
      name: 'Cave test',
      variables: { shop_name: 'La Cave Test', advisor_name: 'Léa', city: 'Nantes' },
    },
    orientation: { versionId: 'ver_1', slug: 'caviste', version: 1 },
  };
  const api = new FakeControlApi('ses_1', bootstrap);
  api.versions.set('ver_1', {
    id: 'ver_1',
    slug: 'caviste',
    version: 1,
    document: options.document ?? cavisteDocument(),
  });
  for (const product of [morgon, chablis]) api.products.set(product.productId, product);
  return api;
}
