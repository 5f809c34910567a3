import type { CatalogAttribute } from '@scenaro/orientation';

// The product form and the list filters are generated from the attributes the tenant's
// orientation declares (`catalog.attributes`), so a cheese shop's catalogue works like a wine
// shop's without a line of domain code here.

export type AttributeInputKind =
  | 'select'
  | 'multiselect'
  | 'chips'
  | 'integer'
  | 'number'
  | 'boolean'
  | 'string'
  | 'multiline';

export interface Choice {
  id: string;
  name: string;
}

/** One input of the product form. */
export interface AttributeField {
  key: string;
  /** Where the value sits in the form's record. */
  source: string;
  label: string;
  kind: AttributeInputKind;
  choices: Choice[];
  min: number | null;
  max: number | null;
  required: boolean;
}

/** How the list filters one attribute (the API's `attr.<key>` or `attr.<key>Min|Max`). */
export type AttributeFilterSpec =
  | { key: string; label: string; kind: 'choice'; choices: Choice[] }
  | { key: string; label: string; kind: 'boolean' }
  | { key: string; label: string; kind: 'range'; min: number | null; max: number | null }
  | { key: string; label: string; kind: 'text' };

const choicesOf = (attribute: Pick<CatalogAttribute, 'values'>): Choice[] =>
  (attribute.values ?? []).map((value) => ({ id: value, name: value }));

function inputKind(attribute: CatalogAttribute): AttributeInputKind {
  switch (attribute.type) {
    case 'enum':
      return 'select';
    case 'list':
      return attribute.values && attribute.values.length > 0 ? 'multiselect' : 'chips';
    case 'integer':
      return 'integer';
    case 'number':
      return 'number';
    case 'boolean':
      return 'boolean';
    case 'text':
      return 'multiline';
    default:
      return 'string';
  }
}

/** The product form's attribute inputs, in declaration order. */
export function attributeFields(attributes: readonly CatalogAttribute[]): AttributeField[] {
  return attributes.map((attribute) => ({
    key: attribute.key,
    source: `attributes.${attribute.key}`,
    label: attribute.label,
    kind: inputKind(attribute),
    choices: choicesOf(attribute),
    min: attribute.min ?? null,
    max: attribute.max ?? null,
    required: attribute.required ?? false,
  }));
}

/** The list filters of the attributes declared `filterable` (text is searched, not filtered). */
export function attributeFilterSpecs(
  attributes: readonly CatalogAttribute[],
): AttributeFilterSpec[] {
  const specs: AttributeFilterSpec[] = [];
  for (const attribute of attributes) {
    if (!attribute.filterable || attribute.type === 'text') continue;
    const { key, label } = attribute;
    if (attribute.type === 'integer' || attribute.type === 'number') {
      specs.push({
        key,
        label,
        kind: 'range',
        min: attribute.min ?? null,
        max: attribute.max ?? null,
      });
    } else if (attribute.type === 'boolean') {
      specs.push({ key, label, kind: 'boolean' });
    } else if (attribute.values && attribute.values.length > 0) {
      specs.push({ key, label, kind: 'choice', choices: choicesOf(attribute) });
    } else {
      specs.push({ key, label, kind: 'text' });
    }
  }
  return specs;
}

/** A form value as the API wants it for this field: numbers as numbers, empty as absent. */
export function attributeValueForApi(
  field: Pick<AttributeField, 'kind'>,
  value: unknown,
): string | number | boolean | string[] | undefined {
  if (value === undefined || value === null) return undefined;
  switch (field.kind) {
    case 'integer':
    case 'number': {
      if (value === '') return undefined;
      const number = typeof value === 'number' ? value : Number(String(value).replace(',', '.'));
      // Left as typed so that the API reports it at its field rather than it vanishing here.
      return Number.isFinite(number) ? number : String(value);
    }
    case 'boolean':
      return value === true || value === 'true';
    case 'multiselect':
    case 'chips': {
      const list = Array.isArray(value) ? value : String(value).split('|');
      const cleaned = list.map((item) => String(item).trim()).filter((item) => item !== '');
      return cleaned.length > 0 ? cleaned : undefined;
    }
    default: {
      const text = String(value).trim();
      return text === '' ? undefined : text;
    }
  }
}

/**
 * The `attributes` object of a product body, from the form's values. Only declared attributes
 * are sent: the API refuses the others, and the form can only edit declared ones anyway.
 */
export function attributesForApi(
  fields: readonly AttributeField[],
  values: Record<string, unknown> | undefined,
): Record<string, string | number | boolean | string[]> {
  const result: Record<string, string | number | boolean | string[]> = {};
  const source = values ?? {};
  for (const field of fields) {
    const value = attributeValueForApi(field, source[field.key]);
    if (value !== undefined) result[field.key] = value;
  }
  return result;
}
