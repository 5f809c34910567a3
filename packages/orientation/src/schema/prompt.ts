import { z } from 'zod';
import { itemId, text } from './primitives.js';

/** One ordered section of the orientation's own instructions. */
export const promptSectionSchema = z.strictObject({
  id: itemId(),
  title: text(200),
  body: text(20_000),
});

/** The `prompt` section: instructions, greeting and speech style rules. */
export const promptSchema = z.strictObject({
  sections: z.array(promptSectionSchema).min(1).max(50),
  // null: the agent waits for the user to speak first.
  greeting: z.string().min(1).max(1000).nullable().default(null),
  style: z.array(text(500)).max(50).default([]),
});
