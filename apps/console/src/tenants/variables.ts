/** A tenant variable as the form edits it: one row per variable, the value as text. */
export interface VariableRow {
  name: string;
  value: string;
}

type VariableValue = string | number | boolean;

const NUMBER = /^-?\d+(\.\d+)?$/;

export function toVariableRows(variables: Record<string, unknown> | undefined): VariableRow[] {
  return Object.entries(variables ?? {}).map(([name, value]) => ({
    name,
    value: value === null || value === undefined ? '' : String(value),
  }));
}

/**
 * The form's rows back into the API's record. A value keeps the type it had (a number stays a
 * number); a new value that reads as a number or a boolean is sent as one, since the template
 * declares those types and would refuse their text.
 */
export function fromVariableRows(
  rows: VariableRow[] | undefined,
  previous: Record<string, unknown> = {},
): Record<string, VariableValue> {
  const variables: Record<string, VariableValue> = {};
  for (const row of rows ?? []) {
    const name = row?.name?.trim();
    if (!name) continue;
    const text = String(row.value ?? '');
    const before = previous[name];
    if (typeof before === 'string') variables[name] = text;
    else if (typeof before === 'number' || (before === undefined && NUMBER.test(text.trim()))) {
      const number = Number(text.trim());
      variables[name] = text.trim() !== '' && Number.isFinite(number) ? number : text;
    } else if (
      (typeof before === 'boolean' || before === undefined) &&
      (text === 'true' || text === 'false')
    ) {
      variables[name] = text === 'true';
    } else variables[name] = text;
  }
  return variables;
}
