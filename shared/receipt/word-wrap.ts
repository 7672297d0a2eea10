/**
 * Breaks text into lines of at most `columns` characters at spaces, so a long store name wraps
 * between words; a single word longer than a line is cut, as nothing else would fit.
 */
export function wordWrap(text: string, columns: number): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(/\s+/).filter((part) => part !== '')) {
    const candidate = current === '' ? word : `${current} ${word}`;
    if ([...candidate].length <= columns) {
      current = candidate;
      continue;
    }
    if (current !== '') lines.push(current);
    let rest = word;
    while ([...rest].length > columns) {
      lines.push([...rest].slice(0, columns).join(''));
      rest = [...rest].slice(columns).join('');
    }
    current = rest;
  }
  if (current !== '') lines.push(current);
  return lines;
}
