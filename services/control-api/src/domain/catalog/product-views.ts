import type { ProductHit, ProductView } from '@scenaro/api-contract';
import type { Catalog } from './tenant-catalog.js';

/** A product row as Prisma returns it. */
export interface ProductRow {
  id: string;
  sku: string;
  name: string;
  description: string;
  priceCents: number;
  currency: string;
  stock: number;
  tags: string[];
  attributes: unknown;
  createdAt: Date;
  updatedAt: Date;
}

/** The API form of a product. */
export function productView(row: ProductRow): ProductView {
  return {
    id: row.id,
    sku: row.sku,
    name: row.name,
    description: row.description,
    priceCents: row.priceCents,
    currency: row.currency,
    stock: row.stock,
    tags: row.tags,
    attributes: (row.attributes ?? {}) as Record<string, unknown>,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** The columns a search reads. */
export interface HitRow {
  id: string;
  sku: string;
  name: string;
  priceCents: number;
  currency: string;
  stock: number;
  attributes: unknown;
  score: number | null;
}

/** A compact search result: only the attributes worth showing in a list (filters, facets). */
export function hitView(row: HitRow, catalog: Catalog): ProductHit {
  const all = (row.attributes ?? {}) as Record<string, unknown>;
  const attributes: Record<string, unknown> = {};
  for (const attribute of catalog.attributes) {
    if ((attribute.filterable || attribute.facet) && all[attribute.key] !== undefined) {
      attributes[attribute.key] = all[attribute.key];
    }
  }
  return {
    id: row.id,
    sku: row.sku,
    name: row.name,
    priceCents: row.priceCents,
    currency: row.currency,
    stock: row.stock,
    attributes,
    score: row.score === null ? null : Math.round(row.score * 10_000) / 10_000,
  };
}
