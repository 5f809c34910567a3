import { formatPath, type PathSegment, type Report } from '../issues.js';
import { q } from '../messages.js';
import { asArray, asString, isRecord } from './read.js';

/** Reports each item of `list` whose `field` repeats an earlier item's. */
export function uniqueField(
  list: unknown,
  listPath: readonly PathSegment[],
  field: string,
  what: string,
  report: Report,
): void {
  const seen = new Map<string, number>();
  asArray(list).forEach((item, index) => {
    const value = isRecord(item) ? asString(item[field]) : undefined;
    if (value === undefined) return;
    const first = seen.get(value);
    if (first === undefined) seen.set(value, index);
    else
      report(
        [...listPath, index, field],
        `${what} ${q(value)} is already used by ${formatPath([...listPath, first])}; ${field}s must be unique.`,
      );
  });
}
