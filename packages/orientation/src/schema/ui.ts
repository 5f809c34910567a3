import { z } from 'zod';
import { name, text } from './primitives.js';

const color = () =>
  name(/^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6}|[0-9a-fA-F]{8})$/, 'a hex colour such as #7b1e3a');

/** The `ui` section: how the voice client looks for this orientation. */
export const uiSchema = z.strictObject({
  title: text(100),
  subtitle: z.string().min(1).max(200).nullable().default(null),
  colors: z.strictObject({
    primary: color(),
    accent: color(),
    background: color(),
    text: color(),
  }),
  labels: z.strictObject({ selection: text(50), cart: text(50), start: text(50) }),
  show: z
    .strictObject({
      selection: z.boolean().default(true),
      cart: z.boolean().default(true),
      transcript: z.boolean().default(true),
    })
    .prefault({}),
});
