// Offsets to 1-based line/column, computed only for texts that have findings: the line
// starts are collected once, then each offset is a binary search.

export interface Position {
  line: number;
  column: number;
}

export class LineIndex {
  private starts: number[] | undefined;

  constructor(private readonly text: string) {}

  /** Line and column (UTF-16 units, as editors count) of the character at `offset`. */
  positionOf(offset: number): Position {
    const starts = (this.starts ??= lineStarts(this.text));
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid] <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - starts[low] + 1 };
  }

  /** The offset of a 1-based line and column (the inverse of positionOf). */
  offsetOf(line: number, column: number): number {
    const starts = (this.starts ??= lineStarts(this.text));
    return (starts[line - 1] ?? this.text.length) + column - 1;
  }

  /** The text of the 1-based line, without its line break. */
  lineText(line: number): string {
    const starts = (this.starts ??= lineStarts(this.text));
    const start = starts[line - 1];
    if (start === undefined) return '';
    const next = starts[line];
    const end = next === undefined ? this.text.length : next - 1;
    return this.text.slice(start, end > start && this.text.charCodeAt(end - 1) === 13 ? end - 1 : end);
  }
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}
