import type { Report } from '../issues.js';
import { asRecord } from './read.js';

/** The client cannot show session state that does not exist. */
export function uiRules(document: Record<string, unknown>, report: Report): void {
  const show = asRecord(asRecord(document.ui).show);
  const state = asRecord(document.state);
  for (const part of ['selection', 'cart'] as const) {
    if (show[part] === true && asRecord(state[part]).enabled === false) {
      report(
        ['ui', 'show', part],
        `The client cannot show the ${part}: state.${part}.enabled is false.`,
      );
    }
  }
}
