import type { RunFigures } from './stats.js';

export interface TableRow extends RunFigures {
  /** Throughput as a share of the reference run at the same client count, or null for the reference. */
  ratio: number | null;
  referenceLabel: string | null;
}

/** Pairs each run with the reference run of the same client count (or the nearest one below). */
export function compareWith(runs: readonly RunFigures[], reference: readonly RunFigures[]): TableRow[] {
  return runs.map((run) => {
    const candidates = reference.filter((ref) => ref.clients <= run.clients).sort((a, b) => b.clients - a.clients);
    const match = candidates[0];
    return {
      ...run,
      ratio: match ? run.transactionsPerSecond / match.transactionsPerSecond : null,
      referenceLabel: match ? `${match.label} @${match.clients}` : null,
    };
  });
}

export function referenceRows(runs: readonly RunFigures[]): TableRow[] {
  return runs.map((run) => ({ ...run, ratio: null, referenceLabel: null }));
}

const COLUMNS = ['run', 'clients', 'redemptions/s', 'p50 ms', 'p99 ms', 'errors', 'vs reference'] as const;

export function formatTable(title: string, rows: readonly TableRow[]): string {
  const cells = rows.map((row) => [
    row.label,
    String(row.clients),
    row.transactionsPerSecond.toFixed(0),
    row.p50LatencyMs.toFixed(2),
    row.p99LatencyMs.toFixed(2),
    String(row.errorCount),
    row.ratio === null ? 'reference' : `${row.ratio.toFixed(2)}× ${row.referenceLabel ?? ''}`.trim(),
  ]);
  return `\n${title}\n${table(COLUMNS, cells)}`;
}

/** Columns padded to their widest cell: the first and last left-aligned, the others right. */
export function table(columns: readonly string[], cells: readonly (readonly string[])[]): string {
  const widths = columns.map((name, i) => Math.max(name.length, ...cells.map((line) => (line[i] ?? '').length)));
  const render = (line: readonly string[]) =>
    line
      .map((cell, i) =>
        i === 0 || i === line.length - 1 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0),
      )
      .join('  ');
  const rule = widths.map((width) => '─'.repeat(width)).join('  ');
  return [render(columns), rule, ...cells.map(render)].join('\n');
}
