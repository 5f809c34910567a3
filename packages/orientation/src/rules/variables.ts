import type { Report } from '../issues.js';
import { englishIssueMessage, q } from '../messages.js';
import { type VariableType, variableTypes, variableValueSchema } from '../variable-types.js';
import { asRecord, isRecord } from './read.js';

/** A variable's default must be a valid value of its type. */
export function variableRules(document: Record<string, unknown>, report: Report): void {
  for (const [name, declaration] of Object.entries(asRecord(document.variables))) {
    if (!isRecord(declaration)) continue;
    const { type, default: value } = declaration;
    if (value === null || value === undefined) continue;
    if (!variableTypes.includes(type as VariableType)) continue;
    const result = variableValueSchema(type as VariableType).safeParse(value, {
      error: englishIssueMessage,
    });
    if (!result.success) {
      report(
        ['variables', name, 'default'],
        `The default does not match the variable's type ${q(type)}. ${result.error.issues[0]?.message ?? ''}`.trim(),
      );
    }
  }
}
