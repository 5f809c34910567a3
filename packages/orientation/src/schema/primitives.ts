import { z } from 'zod';

/**
 * A whole number. Checked with multipleOf(1) rather than `.int()` because zod's int check
 * aborts the whole parse, which would skip the document-level rules and hide their problems
 * until the author fixes this one (the JSON Schema still says `integer`, see json-schema.ts).
 */
export const wholeNumber = () => z.number().multipleOf(1);

/** A duration in seconds, 0..10. */
export const seconds = () => z.number().min(0).max(10);

/** A non-empty string of at most `max` characters. */
export const text = (max: number) => z.string().min(1).max(max);

/** A free-form, provider-specific options object, passed through untouched. */
export const options = () => z.record(z.string(), z.unknown()).default({});

/** A name matching `pattern`, with a message that says what was expected. */
export const name = (pattern: RegExp, expected: string) =>
  z.string().regex(pattern, `Expected ${expected}.`);

/** Tool and variable names: snake_case, like the function names an LLM sees. */
export const snakeName = () =>
  name(
    /^[a-z][a-z0-9_]{0,63}$/,
    'a name of 1 to 64 characters: a lowercase letter, then lowercase letters, digits or underscores',
  );

/** Parameter names and attribute keys: camelCase allowed, as they become tool parameters. */
export const camelName = () =>
  name(
    /^[a-z][a-zA-Z0-9_]{0,63}$/,
    'a name of 1 to 64 characters: a lowercase letter, then letters, digits or underscores',
  );

/** Ids of prompt sections and tool categories. */
export const itemId = () =>
  name(
    /^[a-z][a-z0-9_-]{0,63}$/,
    'an id of 1 to 64 characters: a lowercase letter, then lowercase letters, digits, hyphens or underscores',
  );

/**
 * An http(s) URL. Not z.httpUrl(): that one demands a dotted domain, and a self-hosted
 * OpenAI-compatible server is often `http://localhost:11434/v1`.
 */
export const httpUrl = () =>
  z.url({ protocol: /^https?$/, error: 'Expected an http or https URL.' });
