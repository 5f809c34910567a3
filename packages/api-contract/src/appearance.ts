import { z } from 'zod';
import { slugSchema } from './orientations.js';

// What the voice client needs to look like the shop: the `ui` block of the tenant's current
// published orientation, rendered with the tenant's variables.

export const appearanceQuerySchema = z
  .object({
    orientation: slugSchema
      .optional()
      .describe("The orientation to read (default: the tenant's first orientation)"),
  })
  .strict();
export type AppearanceQuery = z.infer<typeof appearanceQuerySchema>;

const color = z.string().describe('#rgb, #rrggbb or #rrggbbaa');

export const appearanceSchema = z.object({
  name: z.string().describe("The orientation's display name"),
  locale: z.string().describe('BCP 47, e.g. fr-FR'),
  title: z.string(),
  subtitle: z.string().nullable(),
  colors: z.object({ primary: color, accent: color, background: color, text: color }),
  labels: z.object({ selection: z.string(), cart: z.string(), start: z.string() }),
  show: z.object({ selection: z.boolean(), cart: z.boolean(), transcript: z.boolean() }),
});
export type Appearance = z.infer<typeof appearanceSchema>;
