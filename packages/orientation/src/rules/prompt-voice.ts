import type { Report } from '../issues.js';
import { asNumber, asRecord } from './read.js';
import { uniqueField } from './unique.js';

/** Prompt section ids are unique. */
export function promptRules(document: Record<string, unknown>, report: Report): void {
  uniqueField(
    asRecord(document.prompt).sections,
    ['prompt', 'sections'],
    'id',
    'Section id',
    report,
  );
}

/** Endpointing: the shortest wait cannot exceed the longest. */
export function voiceRules(document: Record<string, unknown>, report: Report): void {
  const endpointing = asRecord(asRecord(asRecord(document.voice).turnHandling).endpointing);
  const min = asNumber(endpointing.minDelay);
  const max = asNumber(endpointing.maxDelay);
  if (min !== undefined && max !== undefined && min > max) {
    report(
      ['voice', 'turnHandling', 'endpointing', 'minDelay'],
      `minDelay (${min} s) must not be greater than maxDelay (${max} s).`,
    );
  }
}
