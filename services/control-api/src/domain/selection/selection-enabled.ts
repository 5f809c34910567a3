import { AppError } from '../../errors.js';
import type { StateLimits } from '../sessions/state-limits.js';

/** Refuses selection changes when the pinned orientation has no selection. */
export function requireSelection(limits: StateLimits): StateLimits['selection'] {
  if (!limits.selection.enabled) {
    throw new AppError('state_disabled', 'This shop does not keep a selection.');
  }
  return limits.selection;
}
