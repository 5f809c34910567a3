import type { Report } from '../issues.js';
import { catalogRules } from './catalog.js';
import { promptRules, voiceRules } from './prompt-voice.js';
import { isRecord } from './read.js';
import { uiRules } from './state-ui.js';
import { templateRules } from './templates.js';
import { toolRules } from './tools.js';
import { variableRules } from './variables.js';

/**
 * The cross-field rules of an orientation. They read a possibly malformed document (see
 * read.ts) so that they run, and report, even when the schema found other problems.
 */
export function documentRules(document: unknown, report: Report): void {
  if (!isRecord(document)) return;
  variableRules(document, report);
  promptRules(document, report);
  voiceRules(document, report);
  catalogRules(document, report);
  toolRules(document, report);
  uiRules(document, report);
  templateRules(document, report);
}
