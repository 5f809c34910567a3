import { type CatalogAttribute, validateOrientation } from '@scenaro/orientation';
import { describe, expect, it } from 'vitest';
import { cheeseDocument, wineDocument } from '../../../../packages/orientation/src/test-fixtures';
import {
  attributeFields,
  attributeFilterSpecs,
  attributesForApi,
  attributeValueForApi,
} from './attribute-fields';

/** The catalogue attributes of a fixture as the API stores them (validated, defaults filled). */
function declared(document: Record<string, unknown>): CatalogAttribute[] {
  const result = validateOrientation(document);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.orientation.catalog.attributes;
}

describe('attributeFields: the product form from the declaration', () => {
  it('picks an input per type for the wine declaration', () => {
    const fields = attributeFields(declared(wineDocument()));
    const byKey = Object.fromEntries(fields.map((field) => [field.key, field]));
    expect(byKey.color).toMatchObject({
      source: 'attributes.color',
      kind: 'select',
      required: true,
    });
    expect(byKey.color?.choices.map((choice) => choice.id)).toContain('rouge');
    expect(byKey.grapes?.kind).toBe('chips');
    expect(byKey.vintage).toMatchObject({ kind: 'integer' });
    expect(byKey.organic?.kind).toBe('boolean');
    expect(fields.map((field) => field.key)).toEqual(declared(wineDocument()).map((a) => a.key));
  });

  it('builds the cheese form from its own declaration, with nothing of wine in it', () => {
    const fields = attributeFields(declared(cheeseDocument()));
    expect(fields.map((field) => [field.key, field.kind, field.label])).toEqual([
      ['milk', 'select', 'Milk'],
      ['ageMonths', 'number', 'Age (months)'],
      ['raw', 'boolean', 'Raw milk'],
      ['country', 'string', 'Country'],
      ['goesWith', 'chips', 'Goes with'],
    ]);
    expect(fields[0]?.choices).toEqual([
      { id: 'cow', name: 'cow' },
      { id: 'goat', name: 'goat' },
      { id: 'sheep', name: 'sheep' },
      { id: 'buffalo', name: 'buffalo' },
    ]);
    expect(fields[1]).toMatchObject({ min: 0, max: null });
  });

  it('maps every declared type, text to a multi-line input and a valued list to a multi-select', () => {
    const attribute = (
      key: string,
      type: CatalogAttribute['type'],
      values: string[] | null = null,
    ) =>
      ({
        key,
        label: key,
        type,
        values,
        min: null,
        max: null,
        required: false,
        filterable: true,
        facet: false,
        searchable: false,
      }) satisfies CatalogAttribute;
    expect(
      attributeFields([
        attribute('notes', 'text'),
        attribute('labels', 'list', ['AOP', 'Bio']),
        attribute('maker', 'string'),
      ]).map((field) => field.kind),
    ).toEqual(['multiline', 'multiselect', 'string']);
  });
});

describe('attributeFilterSpecs: the list filters from the declaration', () => {
  it('offers ranges for numbers, choices for enums, yes/no for booleans, text otherwise', () => {
    const specs = attributeFilterSpecs(declared(cheeseDocument()));
    expect(specs).toEqual([
      {
        key: 'milk',
        label: 'Milk',
        kind: 'choice',
        choices: ['cow', 'goat', 'sheep', 'buffalo'].map((id) => ({ id, name: id })),
      },
      { key: 'ageMonths', label: 'Age (months)', kind: 'range', min: 0, max: null },
      { key: 'raw', label: 'Raw milk', kind: 'boolean' },
      { key: 'country', label: 'Country', kind: 'text' },
    ]);
  });

  it('leaves out attributes that are not filterable (wine producer, tasting notes…)', () => {
    const keys = attributeFilterSpecs(declared(wineDocument())).map((spec) => spec.key);
    const filterable = declared(wineDocument())
      .filter((attribute) => attribute.filterable && attribute.type !== 'text')
      .map((attribute) => attribute.key);
    expect(keys).toEqual(filterable);
    expect(keys).not.toContain('tastingNotes');
  });
});

describe('attributesForApi: form values to the product body', () => {
  const fields = attributeFields(declared(cheeseDocument()));

  it('converts numbers, booleans and lists, and drops empty values and undeclared keys', () => {
    expect(
      attributesForApi(fields, {
        milk: 'goat',
        ageMonths: '2,5',
        raw: false,
        country: '  ',
        goesWith: ['pear', ' ', 'honey'],
        colour: 'red',
      }),
    ).toEqual({ milk: 'goat', ageMonths: 2.5, raw: false, goesWith: ['pear', 'honey'] });
  });

  it('sends a number the user mistyped as typed, so the API reports it at its field', () => {
    expect(attributeValueForApi({ kind: 'integer' }, 'douze')).toBe('douze');
    expect(attributeValueForApi({ kind: 'integer' }, '')).toBeUndefined();
    expect(attributeValueForApi({ kind: 'chips' }, 'a|b')).toEqual(['a', 'b']);
  });
});
