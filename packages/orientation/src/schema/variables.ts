import { z } from 'zod';
import { variableTypes } from '../variable-types.js';
import { snakeName, text } from './primitives.js';

/** One typed variable declaration, filled per tenant. */
export const variableDeclarationSchema = z.strictObject({
  type: z.enum(variableTypes),
  label: text(100),
  description: z.string().max(500).nullable().default(null),
  required: z.boolean().default(false),
  // Checked against `type` by the document rules, so the message can name the type.
  default: z.union([z.string(), z.number(), z.boolean()]).nullable().default(null),
});

/** The `variables` section: variable name → declaration. */
export const variablesSchema = z.record(snakeName(), variableDeclarationSchema).default({});
