import {
  type Orientation,
  validateOrientation,
  validateOrientationSource,
} from '@scenaro/orientation';
import { AppError } from '../../errors.js';

/** An orientation as a request carries it: parsed JSON, or YAML text. */
export type OrientationInput =
  | { format: 'json'; value: unknown }
  | { format: 'yaml'; text: string };

/**
 * Validates a submitted orientation against the schema and the tenant's variables; every
 * problem comes back at once (422), with line and column when the input was YAML.
 */
export function readOrientationInput(
  input: OrientationInput,
  variables: Record<string, unknown> | undefined,
): Orientation {
  const result =
    input.format === 'yaml'
      ? validateOrientationSource(input.text, 'yaml', { variables })
      : validateOrientation(input.value, { variables });
  if (!result.ok) {
    throw new AppError('invalid_orientation', 'The orientation is not valid.', {
      details: result.issues,
    });
  }
  return result.orientation;
}
