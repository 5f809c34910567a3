import { z } from 'zod';
import type { HandlerId } from './handler-ids.js';
import { DEFAULT_MAX_QUANTITY_PER_LINE } from './schema/state.js';
import type { CatalogAttribute } from './schema.js';
import { type ParameterShape, searchFilters } from './search-filters.js';

/** What a handler's parameters depend on in an orientation. */
export interface ParameterContext {
  readonly attributes: readonly CatalogAttribute[];
  readonly maxQuantityPerLine: number;
}

/** A built-in handler: what it does and the parameters the LLM gives it. */
export interface HandlerDefinition {
  readonly id: HandlerId;
  /** Suggested tool category id. */
  readonly category: string;
  readonly description: string;
  /** Session state the handler works on; a tool using it needs that state enabled. */
  readonly requires: 'selection' | 'cart' | null;
  /** Parameter schemas (English descriptions, overridable per tool). */
  readonly parameters: (context: ParameterContext) => ParameterShape;
}

const productId = () =>
  z.string().min(1).max(128).describe('The product id, as returned by a catalogue tool.');
const limit = () =>
  z.number().int().min(1).max(10).default(5).describe('How many products to return (1 to 10).');
const amount = (description: string) =>
  z.number().min(0).max(1_000_000).optional().describe(description);
const quantity = (min: number, context: ParameterContext) =>
  z
    .number()
    .int()
    .min(min)
    .max(context.maxQuantityPerLine)
    .describe(`Number of units (${min} to ${context.maxQuantityPerLine}).`);

function handler(
  id: HandlerId,
  category: string,
  description: string,
  parameters: HandlerDefinition['parameters'],
  requires: HandlerDefinition['requires'] = null,
): HandlerDefinition {
  return { id, category, description, requires, parameters };
}

const definitions: HandlerDefinition[] = [
  handler(
    'catalog.search',
    'catalog',
    'Searches the catalogue by keywords and by the filters the orientation declares on its attributes; returns matching products.',
    (context) => ({
      query: z.string().min(1).max(200).optional().describe('Keywords to search for.'),
      ...searchFilters(context.attributes),
      priceMin: amount('Lowest price, in currency units.'),
      priceMax: amount('Highest price, in currency units.'),
      inStockOnly: z.boolean().default(true).describe('Only products in stock.'),
      sort: z
        .enum(['relevance', 'price_asc', 'price_desc'])
        .default('relevance')
        .describe('Result order.'),
      limit: limit(),
    }),
  ),
  handler('catalog.get', 'catalog', 'Returns every detail of one product.', () => ({
    productId: productId(),
  })),
  handler(
    'catalog.facets',
    'catalog',
    'Lists the values actually in stock for the facet attributes (and the price range).',
    (context) => {
      const keys = context.attributes.filter((a) => a.facet && a.type !== 'text').map((a) => a.key);
      const attribute =
        keys.length > 0 ? z.enum(keys as [string, ...string[]]) : z.string().min(1).max(64);
      return {
        attribute: attribute.optional().describe('Only this attribute; all facets when omitted.'),
      };
    },
  ),
  handler(
    'catalog.pairing',
    'advice',
    "Suggests products that go with a dish, using the catalogue's pairing attribute.",
    () => ({
      dish: z.string().min(1).max(200).describe('The dish or food to pair with.'),
      priceMax: amount('Highest price per product, in currency units.'),
      limit: limit(),
    }),
  ),
  handler(
    'catalog.occasion',
    'advice',
    'Suggests products and quantities for an occasion, a number of guests and a budget.',
    () => ({
      occasion: z.string().min(1).max(200).describe('The occasion (a dinner, a wedding…).'),
      guests: z.number().int().min(1).max(1000).optional().describe('Number of guests.'),
      budget: amount('Total budget, in currency units.'),
      limit: limit(),
    }),
  ),
  handler('catalog.compare', 'advice', 'Compares two to four products side by side.', () => ({
    productIds: z.array(productId()).min(2).max(4).describe('The ids of 2 to 4 products.'),
  })),
  handler(
    'selection.add',
    'selection',
    "Adds a product to the user's selection (a shortlist, not a cart).",
    () => ({
      productId: productId(),
      note: z.string().min(1).max(200).optional().describe('Why it was selected.'),
    }),
    'selection',
  ),
  handler(
    'selection.remove',
    'selection',
    'Removes a product from the selection.',
    () => ({ productId: productId() }),
    'selection',
  ),
  handler('selection.show', 'selection', 'Returns the selection.', () => ({}), 'selection'),
  handler(
    'cart.add',
    'cart',
    'Adds a quantity of a product to the cart.',
    (context) => ({ productId: productId(), quantity: quantity(1, context) }),
    'cart',
  ),
  handler(
    'cart.update',
    'cart',
    'Sets the quantity of a cart line; 0 removes the line.',
    (context) => ({ productId: productId(), quantity: quantity(0, context) }),
    'cart',
  ),
  handler(
    'cart.remove',
    'cart',
    'Removes a product from the cart.',
    () => ({ productId: productId() }),
    'cart',
  ),
  handler('cart.show', 'cart', 'Returns the cart and its total.', () => ({}), 'cart'),
  handler(
    'knowledge.ask',
    'knowledge',
    "Answers a question from the shop's knowledge base.",
    () => ({ question: z.string().min(1).max(500).describe('The question, in full.') }),
  ),
  handler(
    'shop.info',
    'knowledge',
    "Returns the shop's practical information (hours, address, delivery…).",
    () => ({
      topic: z.string().min(1).max(100).optional().describe('What the user asks about.'),
    }),
  ),
  handler('session.end', 'conversation', 'Ends the conversation.', () => ({
    reason: z.string().min(1).max(200).optional().describe('Why the conversation ends.'),
  })),
  handler(
    'http',
    'integration',
    "Calls a partner webhook declared in the tool's `http` block, with the parameters the tool declares.",
    () => ({}),
  ),
];

/** The built-in handler catalogue, by handler id. */
export const handlerCatalog: Readonly<Record<HandlerId, HandlerDefinition>> = Object.fromEntries(
  definitions.map((definition) => [definition.id, definition]),
) as Record<HandlerId, HandlerDefinition>;

/** Parameter context of an orientation-independent listing (no catalogue filters). */
export const defaultParameterContext: ParameterContext = {
  attributes: [],
  maxQuantityPerLine: DEFAULT_MAX_QUANTITY_PER_LINE,
};

/** One handler as served by GET /v1/tools. */
export interface HandlerJson {
  id: HandlerId;
  category: string;
  description: string;
  /** JSON Schema of the parameters (catalog.search without the per-orientation filters). */
  parameters: Record<string, unknown>;
}

/** The handler catalogue as JSON, parameters as JSON Schema. */
export function handlerCatalogJson(): HandlerJson[] {
  return definitions.map((definition) => {
    const { $schema: _, ...parameters } = z.toJSONSchema(
      z.object(definition.parameters(defaultParameterContext)),
      { io: 'input' },
    );
    return {
      id: definition.id,
      category: definition.category,
      description: definition.description,
      parameters,
    };
  });
}
