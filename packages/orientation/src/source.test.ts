import { describe, expect, it } from 'vitest';
import { findJsonSyntaxError } from './json-syntax.js';
import type { Orientation } from './schema.js';
import { parseOrientationSource, validateOrientationSource } from './source.js';
import { stringifyOrientation } from './stringify.js';
import { wineYaml } from './test-fixtures.js';

const lineOf = (text: string, needle: string) =>
  text.split('\n').findIndex((line) => line.includes(needle)) + 1;

function valid(text: string, format: 'yaml' | 'json'): Orientation {
  const result = validateOrientationSource(text, format);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.orientation;
}

describe('parseOrientationSource', () => {
  it('parses YAML and JSON', () => {
    expect(parseOrientationSource('a: 1\nb: [x]\n', 'yaml')).toEqual({
      ok: true,
      value: { a: 1, b: ['x'] },
    });
    expect(parseOrientationSource('{"a": 1}', 'json')).toEqual({ ok: true, value: { a: 1 } });
  });

  it('gives a YAML syntax error its line and column', () => {
    const result = parseOrientationSource('slug: x\nname: [a, b\nlocale: fr\n', 'yaml');
    expect(result).toMatchObject({ ok: false, issues: [{ path: '', line: 3, column: 1 }] });
    if (!result.ok) expect(result.issues[0]?.message).not.toMatch(/at line|\n/);
  });

  it('gives a YAML indentation error its line and column', () => {
    const result = parseOrientationSource(
      'voice:\n  stt:\n    provider: deepgram\n   model: nova-3\n',
      'yaml',
    );
    expect(result).toMatchObject({
      ok: false,
      issues: [{ line: 4, column: 1, message: expect.stringMatching(/same column/) }],
    });
  });

  it('reports a duplicate YAML key', () => {
    const result = parseOrientationSource('slug: a\nslug: b\n', 'yaml');
    expect(result).toMatchObject({
      ok: false,
      issues: [{ line: 2, column: 1, message: expect.stringMatching(/unique/) }],
    });
  });

  it('gives a JSON syntax error its line and column', () => {
    expect(parseOrientationSource('{\n  "a": 1,\n  "b": }', 'json')).toEqual({
      ok: false,
      issues: [{ path: '', message: 'Expected a value, but found "}".', line: 3, column: 8 }],
    });
    expect(parseOrientationSource('{\n  "a": [1, 2,],\n}', 'json')).toMatchObject({
      ok: false,
      issues: [{ line: 2, column: 14 }],
    });
  });

  it('locates JSON errors precisely', () => {
    expect(findJsonSyntaxError('{"a": 1,}')).toEqual({
      offset: 8,
      message: 'Expected a property name in double quotes, but found "}".',
    });
    expect(findJsonSyntaxError('{"a" 1}')?.offset).toBe(5);
    expect(findJsonSyntaxError('"abc')?.message).toMatch(/closing quote/);
    expect(findJsonSyntaxError('{"a": 1} x')?.offset).toBe(9);
    expect(findJsonSyntaxError('')?.message).toMatch(/the end of the text/);
    expect(findJsonSyntaxError('{"a": [true, null, -1.5e3, "\\u00e9"]}')).toBeNull();
  });
});

describe('validateOrientationSource', () => {
  it('maps a validation issue to its YAML line', () => {
    const text = wineYaml.replace('maxToolSteps: 5', 'maxToolSteps: 50');
    const result = validateOrientationSource(text, 'yaml');
    expect(result).toEqual({
      ok: false,
      issues: [
        {
          path: 'voice.maxToolSteps',
          message: 'Expected a number at most 20, but got the number 50.',
          line: lineOf(text, 'maxToolSteps'),
          column: 3,
        },
      ],
    });
  });

  it('maps rule issues, unknown fields and list items, in reading order', () => {
    const text = wineYaml
      .replace('    category: conseil', '    category: sommelier')
      .replace('      minDelay: 0.5', '      minDelay: 4')
      .replace('      label: Couleur', '      label: Couleur\n      colour: red');
    const result = validateOrientationSource(text, 'yaml');
    if (result.ok) throw new Error('expected issues');
    expect(result.issues.map(({ path, line, column }) => ({ path, line, column }))).toEqual([
      {
        path: 'voice.turnHandling.endpointing.minDelay',
        line: lineOf(text, 'minDelay: 4'),
        column: 7,
      },
      { path: 'catalog.attributes[0].colour', line: lineOf(text, 'colour: red'), column: 7 },
      { path: 'tools[1].category', line: lineOf(text, 'category: sommelier'), column: 5 },
    ]);
  });

  it('shows a missing field at its parent', () => {
    const text = wineYaml.replace('  title: "{{shop_name}}"\n', '');
    const result = validateOrientationSource(text, 'yaml');
    expect(result).toMatchObject({
      ok: false,
      issues: [{ path: 'ui.title', line: lineOf(text, 'ui:'), column: 1 }],
    });
  });

  it('maps an issue to its JSON line too', () => {
    const json = stringifyOrientation(valid(wineYaml, 'yaml'), 'json').replace(
      '"maxToolSteps": 5',
      '"maxToolSteps": 0',
    );
    const result = validateOrientationSource(json, 'json');
    expect(result).toMatchObject({
      ok: false,
      issues: [{ path: 'voice.maxToolSteps', line: lineOf(json, '"maxToolSteps"'), column: 5 }],
    });
  });

  it('checks tenant variables when given', () => {
    const result = validateOrientationSource(wineYaml, 'yaml', { variables: { shop_name: 7 } });
    expect(result).toMatchObject({
      ok: false,
      issues: [{ path: 'variables.shop_name', line: lineOf(wineYaml, 'shop_name:') }],
    });
  });
});

describe('stringifyOrientation', () => {
  it('round-trips YAML → JSON → YAML to an equal document', () => {
    const fromYaml = valid(wineYaml, 'yaml');
    const json = stringifyOrientation(fromYaml, 'json');
    const fromJson = valid(json, 'json');
    expect(fromJson).toEqual(fromYaml);
    const yaml = stringifyOrientation(fromJson, 'yaml');
    const back = valid(yaml, 'yaml');
    expect(back).toEqual(fromYaml);
    expect(stringifyOrientation(back, 'yaml')).toBe(yaml);
    expect(yaml).toContain('body: |\n        Tu es le caviste de {{shop_name}}.\n');
  });

  it('writes fields in schema order whatever the order of the object, records as given', () => {
    const orientation = valid(wineYaml, 'yaml');
    // Reverses the fields of every object but records, whose order is the author's.
    const records = new Set(['variables', 'parameters', 'arguments', 'options', 'headers']);
    const reverse = (value: unknown, key = ''): unknown =>
      Array.isArray(value)
        ? value.map((item) => reverse(item))
        : value && typeof value === 'object' && !records.has(key)
          ? Object.fromEntries(
              Object.entries(value)
                .reverse()
                .map(([k, v]) => [k, reverse(v, k)]),
            )
          : value;
    const shuffled = reverse(orientation) as Orientation;
    expect(Object.keys(shuffled)[0]).toBe('ui');
    for (const format of ['yaml', 'json'] as const) {
      expect(stringifyOrientation(shuffled, format)).toBe(
        stringifyOrientation(orientation, format),
      );
    }
    const yaml = stringifyOrientation(shuffled, 'yaml');
    const topLevel = yaml
      .split('\n')
      .filter((line) => /^[a-zA-Z]/.test(line))
      .map((line) => line.split(':')[0]);
    expect(topLevel).toEqual([
      'slug',
      'name',
      'locale',
      'description',
      'variables',
      'prompt',
      'voice',
      'catalog',
      'toolCategories',
      'tools',
      'state',
      'ui',
    ]);
    expect(yaml).toMatch(/^ {6}values: \[ rouge, blanc, rosé, effervescent \]$/m);
  });
});
