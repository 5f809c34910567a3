import { z } from 'zod';
import { wholeNumber } from './primitives.js';

/** Default cap on the quantity of one cart line. */
export const DEFAULT_MAX_QUANTITY_PER_LINE = 99;

/** The `state` section: which session state exists (and so which handlers can work). */
export const stateSchema = z
  .strictObject({
    selection: z
      .strictObject({
        enabled: z.boolean().default(true),
        maxItems: wholeNumber().min(1).max(100).default(20),
      })
      .prefault({}),
    cart: z
      .strictObject({
        enabled: z.boolean().default(true),
        maxQuantityPerLine: wholeNumber().min(1).max(999).default(DEFAULT_MAX_QUANTITY_PER_LINE),
        maxLines: wholeNumber().min(1).max(200).default(50),
      })
      .prefault({}),
  })
  .prefault({});
