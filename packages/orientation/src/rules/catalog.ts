import { defaultParameterContext, handlerCatalog } from '../handlers.js';
import type { PathSegment, Report } from '../issues.js';
import { q, quotedList } from '../messages.js';
import { canFilter, searchFilterNames } from '../search-filters.js';
import { asArray, asNumber, asRecord, asString, isRecord } from './read.js';
import { uniqueField } from './unique.js';

const NUMERIC = new Set(['integer', 'number']);

function attributeRules(
  attribute: Record<string, unknown>,
  path: PathSegment[],
  report: Report,
): void {
  const type = asString(attribute.type);
  const values = attribute.values;
  const hasValues = Array.isArray(values);
  if (type === 'enum' && !hasValues) {
    report(
      [...path, 'values'],
      'An enum attribute needs `values`: the list of its allowed values.',
    );
  }
  if (hasValues && type !== undefined && type !== 'enum' && type !== 'list') {
    report(
      [...path, 'values'],
      `\`values\` is only allowed on enum and list attributes, not on ${q(type)}.`,
    );
  }
  const seen = new Set<unknown>();
  asArray(values).forEach((value, index) => {
    if (seen.has(value))
      report([...path, 'values', index], `The value ${q(value)} is listed twice.`);
    seen.add(value);
  });
  for (const bound of ['min', 'max'] as const) {
    const value = attribute[bound];
    if (value !== null && value !== undefined && type !== undefined && !NUMERIC.has(type)) {
      report(
        [...path, bound],
        `\`${bound}\` is only allowed on integer and number attributes, not on ${q(type)}.`,
      );
    }
  }
  const min = asNumber(attribute.min);
  const max = asNumber(attribute.max);
  if (min !== undefined && max !== undefined && min > max) {
    report([...path, 'min'], `min (${min}) must not be greater than max (${max}).`);
  }
  if (type !== undefined && !canFilter({ type })) {
    for (const flag of ['filterable', 'facet'] as const) {
      if (attribute[flag] === true) {
        report(
          [...path, flag],
          `A text attribute cannot be ${flag === 'facet' ? 'a facet' : 'filterable'}; make it \`searchable\` instead.`,
        );
      }
    }
  }
}

function filterNameRules(attributes: readonly unknown[], report: Report): void {
  const own = Object.keys(handlerCatalog['catalog.search'].parameters(defaultParameterContext));
  const taken = new Map<string, string>(
    own.map((name) => [name, 'a built-in parameter of catalog.search']),
  );
  attributes.forEach((attribute, index) => {
    if (!isRecord(attribute) || attribute.filterable !== true) return;
    const key = asString(attribute.key);
    const type = asString(attribute.type);
    if (key === undefined || type === undefined || !canFilter({ type })) return;
    const clashes: string[] = [];
    for (const name of searchFilterNames({ key, type })) {
      const owner = taken.get(name);
      if (owner !== undefined && owner !== `attribute ${q(key)}`)
        clashes.push(`${q(name)} clashes with ${owner}`);
      taken.set(name, `attribute ${q(key)}`);
    }
    if (clashes.length > 0) {
      report(
        ['catalog', 'attributes', index, 'key'],
        `This attribute's search filter ${clashes.join(', and ')}; rename the attribute.`,
      );
    }
  });
}

function namedAttributeRule(catalog: Record<string, unknown>, field: string, report: Report): void {
  const name = asString(catalog[field]);
  if (name === undefined) return;
  const attributes = asArray(catalog.attributes).filter(isRecord);
  const attribute = attributes.find((candidate) => candidate.key === name);
  const suitable = attributes
    .filter((a) => a.type === 'list' || a.type === 'text')
    .map((a) => a.key);
  if (!attribute) {
    report(
      ['catalog', field],
      `${q(name)} is not a declared attribute. Expected the key of a list or text attribute: ${quotedList(suitable)}.`,
    );
  } else if (attribute.type !== 'list' && attribute.type !== 'text') {
    report(
      ['catalog', field],
      `${q(name)} is a ${q(attribute.type)} attribute; expected a list or text attribute (${quotedList(suitable)}).`,
    );
  }
}

/** Attributes are coherent, their filters are distinct, and named attributes exist. */
export function catalogRules(document: Record<string, unknown>, report: Report): void {
  const catalog = asRecord(document.catalog);
  const attributes = asArray(catalog.attributes);
  uniqueField(attributes, ['catalog', 'attributes'], 'key', 'Attribute key', report);
  attributes.forEach((attribute, index) => {
    if (isRecord(attribute)) attributeRules(attribute, ['catalog', 'attributes', index], report);
  });
  filterNameRules(attributes, report);
  namedAttributeRule(catalog, 'pairingAttribute', report);
  namedAttributeRule(catalog, 'occasionAttribute', report);
}
