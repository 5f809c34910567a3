import { z } from 'zod';
import { camelName, name, text } from './primitives.js';

/** The types a catalogue attribute may have. */
export const attributeTypes = [
  'string',
  'text',
  'integer',
  'number',
  'boolean',
  'enum',
  'list',
] as const;

/** One product attribute of this domain (colour, vintage, milk…). */
export const attributeSchema = z.strictObject({
  key: camelName(),
  label: text(100),
  type: z.enum(attributeTypes),
  values: z.array(text(100)).min(1).max(200).nullable().default(null),
  min: z.number().nullable().default(null),
  max: z.number().nullable().default(null),
  required: z.boolean().default(false),
  filterable: z.boolean().default(false),
  facet: z.boolean().default(false),
  searchable: z.boolean().default(false),
});

/** The `catalog` section: what a product of this domain is. */
export const catalogSchema = z.strictObject({
  itemName: z.strictObject({ singular: text(100), plural: text(100) }),
  currency: name(/^[A-Z]{3}$/, 'an ISO 4217 currency code such as EUR'),
  attributes: z.array(attributeSchema).max(100).default([]),
  pairingAttribute: camelName().nullable().default(null),
  occasionAttribute: camelName().nullable().default(null),
});
