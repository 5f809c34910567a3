import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { orientationJsonSchema, orientationJsonSchemaText } from './json-schema.js';
import type { BreakableDocument } from './test-fixtures.js';

describe('orientation.schema.json', () => {
  it('is up to date with the zod schema (regenerate: npx tsx packages/orientation/scripts/write-json-schema.ts)', () => {
    const committed = readFileSync(new URL('../orientation.schema.json', import.meta.url), 'utf8');
    expect(committed).toBe(orientationJsonSchemaText());
  });

  it('is strict, marks whole numbers as integers and lists the handlers', () => {
    const schema = orientationJsonSchema() as BreakableDocument;
    expect(schema.additionalProperties).toBe(false);
    expect(schema.required).toEqual(['slug', 'name', 'locale', 'prompt', 'voice', 'catalog', 'ui']);
    expect(schema.properties.voice.properties.maxToolSteps).toMatchObject({
      type: 'integer',
      minimum: 1,
      maximum: 20,
      default: 5,
    });
    expect(schema.properties.tools.items.properties.handler.enum).toContain('catalog.search');
    expect(JSON.stringify(schema)).not.toContain('"multipleOf"');
  });
});
