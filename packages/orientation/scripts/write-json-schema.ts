// Writes orientation.schema.json from the zod schema: `npx tsx packages/orientation/scripts/write-json-schema.ts`.
// A test fails when the committed file differs from what this would write.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { orientationJsonSchemaText } from '../src/json-schema.js';

const target = fileURLToPath(new URL('../orientation.schema.json', import.meta.url));
writeFileSync(target, orientationJsonSchemaText());
console.log(`wrote ${target}`);
