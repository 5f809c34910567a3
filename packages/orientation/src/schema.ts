import { z } from 'zod';
import { documentRules } from './rules/document.js';
import { type attributeSchema, catalogSchema } from './schema/catalog.js';
import { name, text } from './schema/primitives.js';
import { promptSchema } from './schema/prompt.js';
import { stateSchema } from './schema/state.js';
import {
  toolCategoriesSchema,
  type toolParameterSchema,
  type toolSchema,
  toolsSchema,
} from './schema/tools.js';
import { uiSchema } from './schema/ui.js';
import { type variableDeclarationSchema, variablesSchema } from './schema/variables.js';
import { voiceSchema } from './schema/voice.js';

// The document's shape; the cross-field rules are added below.
const orientationObjectSchema = z.strictObject({
  // Lets JSON editors find orientation.schema.json; ignored otherwise.
  $schema: z.string().optional(),
  slug: name(/^[a-z0-9-]{2,64}$/, 'a slug of 2 to 64 lowercase letters, digits or hyphens'),
  name: text(100),
  locale: name(/^[a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{2,8})*$/, 'a BCP 47 locale such as fr-FR'),
  description: z.string().max(1000).nullable().default(null),
  variables: variablesSchema,
  prompt: promptSchema,
  voice: voiceSchema,
  catalog: catalogSchema,
  toolCategories: toolCategoriesSchema,
  tools: toolsSchema,
  state: stateSchema,
  ui: uiSchema,
});

/**
 * The orientation document: the one schema the control API, the agent runtime and the
 * console share. The cross-field rules run even when other parts are invalid (`when`), so
 * that one parse reports every problem.
 */
export const orientationSchema = orientationObjectSchema.superRefine(
  (document, context) =>
    documentRules(document, (path, message) =>
      context.addIssue({ code: 'custom', path: [...path], message }),
    ),
  { when: () => true },
);

/** A validated orientation (defaults applied). */
export type Orientation = z.output<typeof orientationSchema>;
/** An orientation as written (defaults optional). */
export type OrientationInput = z.input<typeof orientationSchema>;
/** A variable declaration. */
export type VariableDeclaration = z.output<typeof variableDeclarationSchema>;
/** A catalogue attribute. */
export type CatalogAttribute = z.output<typeof attributeSchema>;
/** A tool of an orientation. */
export type Tool = z.output<typeof toolSchema>;
/** A tool parameter override or declaration. */
export type ToolParameter = z.output<typeof toolParameterSchema>;
