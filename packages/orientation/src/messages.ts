import type { z } from 'zod';

type RawIssue = z.core.$ZodRawIssue;

const TYPE_NAMES: Record<string, string> = {
  string: 'a string',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  object: 'an object (a set of named fields)',
  record: 'an object (a set of named fields)',
  array: 'a list',
  null: 'null',
};

function typeName(expected: unknown): string {
  return TYPE_NAMES[String(expected)] ?? `a value of type ${String(expected)}`;
}

/** Describes a received value for a message ("the number 25", "a list"…). */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return `a list of ${value.length} item${value.length === 1 ? '' : 's'}`;
  switch (typeof value) {
    case 'string':
      return value.length > 40
        ? `the text ${JSON.stringify(`${value.slice(0, 40)}…`)}`
        : `the text ${JSON.stringify(value)}`;
    case 'number':
      return `the number ${value}`;
    case 'boolean':
      return String(value);
    case 'object':
      return 'an object';
    default:
      return `a ${typeof value}`;
  }
}

function oneOf(values: readonly unknown[]): string {
  const quoted = values.map((v) => JSON.stringify(v));
  return quoted.length === 1 ? (quoted[0] as string) : `one of ${quoted.join(', ')}`;
}

function plural(count: number | bigint, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

function sizeMessage(issue: RawIssue & { code: 'too_small' | 'too_big' }): string {
  const small = issue.code === 'too_small';
  const limit = small ? issue.minimum : issue.maximum;
  const inclusive = issue.inclusive !== false;
  const input = issue.input;
  switch (issue.origin) {
    case 'string': {
      if (small && limit === 1) return 'Expected a non-empty string.';
      const got = typeof input === 'string' ? `, but got ${plural(input.length, 'character')}` : '';
      return `Expected ${small ? 'at least' : 'at most'} ${plural(limit, 'character')}${got}.`;
    }
    case 'array': {
      if (small && limit === 1) return 'Expected a non-empty list.';
      const got = Array.isArray(input) ? `, but got ${plural(input.length, 'item')}` : '';
      return `Expected ${small ? 'at least' : 'at most'} ${plural(limit, 'item')}${got}.`;
    }
    default: {
      const bound = inclusive
        ? `${small ? 'at least' : 'at most'} ${limit}`
        : `${small ? 'greater than' : 'less than'} ${limit}`;
      return `Expected a number ${bound}, but got ${describeValue(input)}.`;
    }
  }
}

function unionMessage(issue: RawIssue & { code: 'invalid_union' }): string | undefined {
  const expected = issue.errors
    .flat()
    .map((inner) => (inner.code === 'invalid_type' ? typeName(inner.expected) : undefined));
  if (expected.length === 0 || expected.includes(undefined)) return undefined;
  const names = [...new Set(expected)];
  const list =
    names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} or ${names.at(-1)}`;
  return `Expected ${list}, but got ${describeValue(issue.input)}.`;
}

/**
 * zod error map giving clear English sentences that say what was expected. Passed per
 * parse, so it never overrides a message a schema sets itself (regex and URL messages).
 */
export function englishIssueMessage(issue: RawIssue): string | undefined {
  switch (issue.code) {
    case 'invalid_type': {
      const last = issue.path?.at(-1);
      if (issue.input === undefined && typeof last === 'string') {
        return `Missing required field ${JSON.stringify(last)}: expected ${typeName(issue.expected)}.`;
      }
      return `Expected ${typeName(issue.expected)}, but got ${describeValue(issue.input)}.`;
    }
    case 'too_small':
    case 'too_big':
      return sizeMessage(issue);
    case 'invalid_value':
      return `Expected ${oneOf(issue.values)}, but got ${describeValue(issue.input)}.`;
    case 'not_multiple_of':
      return issue.divisor === 1
        ? `Expected a whole number, but got ${describeValue(issue.input)}.`
        : `Expected a multiple of ${issue.divisor}, but got ${describeValue(issue.input)}.`;
    case 'invalid_format':
      if (issue.format === 'url') return 'Expected an http or https URL.';
      if (issue.format === 'email') return 'Expected an email address.';
      return `Expected a string in ${issue.format} format, but got ${describeValue(issue.input)}.`;
    case 'invalid_key': {
      const reason = issue.issues[0]?.message ?? 'it is not allowed here.';
      return `Invalid name ${JSON.stringify(issue.input)}. ${reason}`;
    }
    case 'invalid_union':
      return unionMessage(issue);
    default:
      return undefined;
  }
}

/** Quotes a name for a message. */
export function q(value: unknown): string {
  return JSON.stringify(value);
}

/** `"a", "b" and "c"` (or `none` when empty), for messages that list what is allowed. */
export function quotedList(values: readonly unknown[]): string {
  if (values.length === 0) return 'none';
  const quoted = values.map(q);
  return quoted.length === 1
    ? (quoted[0] as string)
    : `${quoted.slice(0, -1).join(', ')} and ${quoted.at(-1)}`;
}
