/** What every bench reports: percentiles of its samples and a markdown table of them. */

/** p50, p95 and p99 of the samples (nearest rank), in their unit. */
export function summary(samples: readonly number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p: number) =>
    sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
  return { p50: at(50), p95: at(95), p99: at(99) };
}

/**
 * The summary of `samples` with its table cells: p50, p95 and p99, then p50 and p95 as ratios
 * to the baseline's, measured in the same run.
 */
export function summaryCells(samples: readonly number[], baseline: { p50: number; p95: number }) {
  const times = summary(samples);
  const cells = [
    times.p50.toFixed(2),
    times.p95.toFixed(2),
    times.p99.toFixed(2),
    (times.p50 / baseline.p50).toFixed(1),
    (times.p95 / baseline.p95).toFixed(1),
  ];
  return { ...times, cells };
}

/** Prints a markdown table, columns padded to their widest cell. */
export function printTable(header: readonly string[], rows: readonly (readonly string[])[]) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (row: readonly string[]) =>
    `| ${row.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  console.log(line(header));
  console.log(line(widths.map((w) => '-'.repeat(w))));
  for (const row of rows) console.log(line(row));
}
