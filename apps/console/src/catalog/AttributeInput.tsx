import {
  AutocompleteArrayInput,
  BooleanInput,
  maxValue,
  minValue,
  NumberInput,
  number,
  required,
  SelectInput,
  TextArrayInput,
  TextInput,
  type Validator,
} from 'react-admin';
import type { AttributeField } from './attribute-fields';

function validators(field: AttributeField): Validator[] {
  const list: Validator[] = [];
  if (field.required && field.kind !== 'boolean') list.push(required());
  if (field.kind === 'integer' || field.kind === 'number') {
    list.push(number());
    if (field.min !== null) list.push(minValue(field.min));
    if (field.max !== null) list.push(maxValue(field.max));
  }
  return list;
}

/** The input of one declared attribute: its type picks the widget. */
export function AttributeInput({ field, disabled }: { field: AttributeField; disabled?: boolean }) {
  const common = {
    source: field.source,
    label: field.label,
    validate: validators(field),
    disabled,
  };
  switch (field.kind) {
    case 'select':
      return <SelectInput {...common} choices={field.choices} emptyText="—" />;
    case 'multiselect':
      return <AutocompleteArrayInput {...common} choices={field.choices} />;
    case 'chips':
      return <TextArrayInput {...common} />;
    case 'integer':
      return (
        <NumberInput
          {...common}
          step={1}
          min={field.min ?? undefined}
          max={field.max ?? undefined}
        />
      );
    case 'number':
      return (
        <NumberInput
          {...common}
          step={0.1}
          min={field.min ?? undefined}
          max={field.max ?? undefined}
        />
      );
    case 'boolean':
      return <BooleanInput {...common} />;
    case 'multiline':
      return <TextInput {...common} multiline minRows={3} fullWidth />;
    default:
      return <TextInput {...common} />;
  }
}
