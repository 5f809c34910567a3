import { z } from 'zod';
import { handlerIds } from '../handler-ids.js';
import { camelName, httpUrl, itemId, name, snakeName, text, wholeNumber } from './primitives.js';

/** The types an `http` tool parameter may have. */
export const parameterTypes = ['string', 'integer', 'number', 'boolean'] as const;

/**
 * A tool parameter: a description override for a built-in handler's parameter, or a full
 * declaration for an `http` tool. One shape for both so that the document rules can say
 * precisely which field is missing or not allowed, rather than "no union member matched".
 */
export const toolParameterSchema = z.strictObject({
  type: z.enum(parameterTypes).optional(),
  description: text(1000).optional(),
  required: z.boolean().optional(),
  enum: z
    .array(z.union([z.string(), z.number()]))
    .min(1)
    .max(100)
    .nullable()
    .optional(),
});

/** How an `http` tool calls its partner webhook. */
export const httpSpecSchema = z.strictObject({
  method: z.enum(['GET', 'POST']).default('POST'),
  url: httpUrl(),
  headers: z
    .record(name(/^[A-Za-z0-9-]{1,64}$/, 'an HTTP header name'), z.string().max(1000))
    .default({}),
  timeoutMs: wholeNumber().min(100).max(30_000).default(5000),
});

/** One tool the LLM sees. */
export const toolSchema = z.strictObject({
  name: snakeName(),
  category: itemId(),
  handler: z.enum(handlerIds, {
    error: (iss) =>
      iss.input === undefined
        ? undefined
        : `Expected a built-in handler id (${handlerIds.filter((id) => id !== 'http').join(', ')}) or "http".`,
  }),
  description: text(2000),
  parameters: z.record(camelName(), toolParameterSchema).default({}),
  arguments: z.record(camelName(), z.unknown()).default({}),
  http: httpSpecSchema.nullable().default(null),
});

/** The `toolCategories` section. */
export const toolCategoriesSchema = z
  .array(
    z.strictObject({
      id: itemId(),
      label: text(100),
      description: z.string().max(500).nullable().default(null),
    }),
  )
  .max(50)
  .default([]);

/** The `tools` section. */
export const toolsSchema = z.array(toolSchema).max(64).default([]);
