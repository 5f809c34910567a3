import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { builtinHandlerIds, handlerIds } from './handler-ids.js';
import { handlerCatalog, handlerCatalogJson } from './handlers.js';
import type { Orientation } from './schema.js';
import { at, cheeseDocument, wineDocument } from './test-fixtures.js';
import { applyFixedArguments, toolParameters } from './tool-parameters.js';
import { validateOrientation } from './validate.js';

function valid(document: unknown): Orientation {
  const result = validateOrientation(document);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.orientation;
}

const wineValues = { shop_name: 'La Cave', free_delivery_threshold: 150, phone: null };

function parametersOf(
  orientation: Orientation,
  toolName: string,
  values: Record<string, string | number | null> = wineValues,
) {
  const tool = orientation.tools.find((candidate) => candidate.name === toolName);
  if (!tool) throw new Error(`no tool ${toolName}`);
  return toolParameters(orientation, tool, values);
}

describe('handlerCatalog', () => {
  it('has every built-in handler and http, each with a category and a description', () => {
    expect(Object.keys(handlerCatalog).sort()).toEqual([...handlerIds].sort());
    expect(builtinHandlerIds).toHaveLength(16);
    for (const handler of Object.values(handlerCatalog)) {
      expect(handler.category).toMatch(/^[a-z]+$/);
      expect(handler.description.length).toBeGreaterThan(10);
    }
  });

  it('is served as JSON with JSON Schema parameters', () => {
    const json = handlerCatalogJson();
    expect(json.map((handler) => handler.id)).toEqual([...handlerIds]);
    const compare = json.find((handler) => handler.id === 'catalog.compare');
    expect(compare?.parameters).toMatchObject({
      type: 'object',
      properties: { productIds: { type: 'array', minItems: 2, maxItems: 4 } },
      required: ['productIds'],
    });
    const search = json.find((handler) => handler.id === 'catalog.search');
    expect(Object.keys((search?.parameters.properties ?? {}) as object)).toEqual([
      'query',
      'priceMin',
      'priceMax',
      'inStockOnly',
      'sort',
      'limit',
    ]);
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });
});

describe('toolParameters: catalog.search derives its filters from the catalogue', () => {
  it('adds one filter per filterable wine attribute and hides fixed arguments', () => {
    const schema = parametersOf(valid(wineDocument()), 'search_wines');
    expect(Object.keys(schema.shape)).toEqual([
      'query',
      'color',
      'grapes',
      'vintageMin',
      'vintageMax',
      'organic',
      'priceMin',
      'priceMax',
      'sort',
      'limit',
    ]);
    const json = z.toJSONSchema(schema, { io: 'input' }) as {
      properties: Record<string, Record<string, unknown>>;
    };
    expect(json.properties.color).toMatchObject({
      enum: ['rouge', 'blanc', 'rosé', 'effervescent'],
      description: 'La couleur du vin.',
    });
    expect(json.properties.query?.description).toBe('Mots-clés en français pour La Cave.');
    expect(json.properties.grapes).toMatchObject({ type: 'string' });
    expect(json.properties.vintageMin).toMatchObject({
      type: 'integer',
      minimum: 1900,
      maximum: 2100,
    });
    expect(json.properties.organic).toMatchObject({ type: 'boolean' });
  });

  it('parses what the LLM sends: defaults applied, bounds enforced', () => {
    const schema = parametersOf(valid(wineDocument()), 'search_wines');
    expect(schema.parse({ color: 'rouge' })).toEqual({
      color: 'rouge',
      sort: 'relevance',
      limit: 5,
    });
    expect(schema.safeParse({ color: 'vert' }).success).toBe(false);
    expect(schema.safeParse({ vintageMin: 1850 }).success).toBe(false);
    expect(schema.safeParse({ vintageMin: 2001.5 }).success).toBe(false);
    expect(schema.safeParse({ limit: 11 }).success).toBe(false);
    expect(schema.safeParse({ query: 'x'.repeat(201) }).success).toBe(false);
  });

  it('gives a list attribute with values an enum filter of one value', () => {
    const document = wineDocument();
    document.catalog.attributes[1].values = ['syrah', 'grenache'];
    const schema = parametersOf(valid(document), 'search_wines');
    expect(schema.shape.grapes?.safeParse('syrah').success).toBe(true);
    expect(schema.shape.grapes?.safeParse(['syrah']).success).toBe(false);
    expect(schema.shape.grapes?.safeParse('merlot').success).toBe(false);
  });

  it('derives other filters for another domain (cheese) from the same code', () => {
    const cheese = valid(cheeseDocument());
    const schema = parametersOf(cheese, 'find_cheese', { shop_name: 'The Cheese Board' });
    expect(Object.keys(schema.shape)).toEqual([
      'query',
      'milk',
      'ageMonthsMin',
      'ageMonthsMax',
      'raw',
      'country',
      'priceMin',
      'priceMax',
      'inStockOnly',
      'sort',
      'limit',
    ]);
    expect(
      schema.parse({ milk: 'goat', ageMonthsMin: 6.5, raw: true, country: 'France' }),
    ).toMatchObject({
      milk: 'goat',
      ageMonthsMin: 6.5,
      inStockOnly: true,
    });
    expect(schema.safeParse({ milk: 'rouge' }).success).toBe(false);
    expect(schema.safeParse({ ageMonthsMin: -1 }).success).toBe(false);
  });
});

describe('toolParameters: other handlers', () => {
  it('bounds cart quantities by the orientation state', () => {
    const orientation = valid(wineDocument());
    const add = parametersOf(orientation, 'add_to_cart');
    expect(add.safeParse({ productId: 'p1', quantity: 36 }).success).toBe(true);
    expect(add.safeParse({ productId: 'p1', quantity: 37 }).success).toBe(false);
    expect(add.safeParse({ productId: 'p1', quantity: 0 }).success).toBe(false);
    expect(add.safeParse({ quantity: 1 }).success).toBe(false);
    const update = toolParameters(
      orientation,
      { ...at(orientation.tools, 2), handler: 'cart.update' },
      wineValues,
    );
    expect(update.safeParse({ productId: 'p1', quantity: 0 }).success).toBe(true);
  });

  it('bounds compare to 2..4 ids', () => {
    const orientation = valid(wineDocument());
    const compare = toolParameters(
      orientation,
      { ...at(orientation.tools, 0), handler: 'catalog.compare', parameters: {}, arguments: {} },
      wineValues,
    );
    expect(compare.safeParse({ productIds: ['a'] }).success).toBe(false);
    expect(compare.safeParse({ productIds: ['a', 'b'] }).success).toBe(true);
    expect(compare.safeParse({ productIds: ['a', 'b', 'c', 'd', 'e'] }).success).toBe(false);
  });

  it('offers the facet attributes of the catalogue to catalog.facets', () => {
    const orientation = valid(wineDocument());
    const facets = toolParameters(
      orientation,
      { ...at(orientation.tools, 0), handler: 'catalog.facets', parameters: {}, arguments: {} },
      wineValues,
    );
    expect(facets.safeParse({ attribute: 'grapes' }).success).toBe(true);
    expect(facets.safeParse({ attribute: 'vintage' }).success).toBe(false);
    expect(facets.safeParse({}).success).toBe(true);
  });

  it('builds an http tool from its declared parameters', () => {
    const schema = parametersOf(valid(wineDocument()), 'check_delivery_slot');
    expect(schema.safeParse({ postcode: '69001' }).success).toBe(true);
    expect(schema.safeParse({ postcode: '69001', slot: 'matin' }).success).toBe(true);
    expect(schema.safeParse({ postcode: '69001', slot: 'soir' }).success).toBe(false);
    expect(schema.safeParse({}).success).toBe(false);
    expect(z.toJSONSchema(schema).properties?.postcode).toMatchObject({
      type: 'string',
      description: 'Code postal de livraison.',
    });
  });
});

describe('applyFixedArguments', () => {
  it('puts the fixed arguments over what the LLM sent', () => {
    const orientation = valid(wineDocument());
    expect(
      applyFixedArguments(at(orientation.tools, 0), { query: 'bordeaux', inStockOnly: false }),
    ).toEqual({
      query: 'bordeaux',
      inStockOnly: true,
    });
  });
});
