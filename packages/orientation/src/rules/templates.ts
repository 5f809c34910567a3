import type { Report } from '../issues.js';
import { q, quotedList } from '../messages.js';
import { findTemplateVariables } from '../template.js';
import { forEachTemplatedString } from '../templated-fields.js';
import { asRecord } from './read.js';

/** Every `{{name}}` refers to a declared variable. */
export function templateRules(document: Record<string, unknown>, report: Report): void {
  const declared = Object.keys(asRecord(document.variables));
  forEachTemplatedString(document, (text, path) => {
    for (const name of findTemplateVariables(text)) {
      if (declared.includes(name)) continue;
      report(
        path,
        `{{${name}}} refers to ${q(name)}, which is not declared under \`variables\` (declared: ${quotedList(declared)}).`,
      );
    }
  });
}
