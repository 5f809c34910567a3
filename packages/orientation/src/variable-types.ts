import { z } from 'zod';

/** The types a variable may declare. */
export const variableTypes = [
  'string',
  'text',
  'number',
  'integer',
  'boolean',
  'url',
  'phone',
  'email',
] as const;

/** A variable type. */
export type VariableType = (typeof variableTypes)[number];

/** A resolved variable value (null: optional, no value and no default). */
export type VariableValue = string | number | boolean | null;

/** Resolved variable values, by variable name. */
export type VariableValues = Readonly<Record<string, VariableValue>>;

const valueSchemas: Record<VariableType, z.ZodType> = {
  string: z
    .string()
    .max(500)
    .regex(/^[^\r\n]*$/, 'Expected a single line of text.'),
  text: z.string().max(20_000),
  number: z.number(),
  integer: z.number().int(),
  boolean: z.boolean(),
  url: z.url({ protocol: /^https?$/, error: 'Expected an http or https URL.' }),
  phone: z
    .string()
    .regex(/^\+?[0-9][0-9 ().-]{2,30}$/, 'Expected a phone number (digits, spaces, + ( ) . -).'),
  email: z.email('Expected an email address.'),
};

/** The zod schema a value of a variable of this type must satisfy. */
export function variableValueSchema(type: VariableType): z.ZodType {
  return valueSchemas[type];
}
