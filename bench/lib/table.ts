/** A plain text table: the first column left-aligned, the others right-aligned. */
export function formatTable(title: string, header: readonly string[], rows: ReadonlyArray<readonly string[]>): string {
  const widths = header.map((name, i) => Math.max(name.length, ...rows.map((line) => (line[i] ?? '').length)));
  const render = (line: readonly string[]) =>
    line.map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join('  ');
  const rule = widths.map((width) => '─'.repeat(width)).join('  ');
  return [`\n${title}`, render(header), rule, ...rows.map(render)].join('\n');
}

export const fixed = (value: number, digits = 0): string => (Number.isFinite(value) ? value.toFixed(digits) : '–');
export const ratio = (value: number): string => (Number.isFinite(value) ? `${value.toFixed(2)}×` : '–');
