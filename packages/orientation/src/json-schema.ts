import { z } from 'zod';
import { orientationSchema } from './schema.js';

/** The JSON Schema of the orientation document (as written: defaults are optional), for editors. */
export function orientationJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(orientationSchema, {
    io: 'input',
    target: 'draft-2020-12',
    override: ({ jsonSchema }) => {
      // Whole numbers are multipleOf(1) in the zod schema (see schema/primitives.ts).
      if (jsonSchema.type === 'number' && jsonSchema.multipleOf === 1) {
        jsonSchema.type = 'integer';
        delete jsonSchema.multipleOf;
      }
    },
  });
  const { $schema, ...rest } = schema;
  return {
    $schema,
    title: 'Scenaro orientation',
    description:
      "An agent's orientation: prompt, tools, voice, turn-taking, catalogue attributes and UI. See docs/orientation-format.md.",
    ...rest,
  };
}

/** The JSON Schema as the text of orientation.schema.json. */
export function orientationJsonSchemaText(): string {
  return `${JSON.stringify(orientationJsonSchema(), null, 2)}\n`;
}
