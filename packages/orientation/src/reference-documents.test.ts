import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateOrientationSource } from './source.js';

// Documents written outside this package that must always validate: the reference
// orientation, and the example of the format's documentation (so the doc cannot drift).
const caviste = new URL('../../../orientations/caviste.yaml', import.meta.url);
const formatDoc = new URL('../../../docs/orientation-format.md', import.meta.url);

describe('reference documents', () => {
  it.skipIf(!existsSync(caviste))('orientations/caviste.yaml validates', () => {
    const result = validateOrientationSource(readFileSync(caviste, 'utf8'), 'yaml');
    expect(result.ok ? [] : result.issues).toEqual([]);
  });

  it('the example of docs/orientation-format.md validates', () => {
    const example = /```yaml\n([\s\S]*?)```/.exec(readFileSync(formatDoc, 'utf8'))?.[1];
    expect(example).toBeDefined();
    const result = validateOrientationSource(example ?? '', 'yaml');
    expect(result.ok ? [] : result.issues).toEqual([]);
  });
});
