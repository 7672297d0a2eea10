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

/** A titled table (see table()). */
export function formatTable(title: string, header: readonly string[], rows: ReadonlyArray<readonly string[]>): string {
  return `\n${title}\n${table(header, rows)}`;
}

export const fixed = (value: number, digits = 0): string => (Number.isFinite(value) ? value.toFixed(digits) : '–');
export const ratio = (value: number): string => (Number.isFinite(value) ? `${value.toFixed(2)}×` : '–');
