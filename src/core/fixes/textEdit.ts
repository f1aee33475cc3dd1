/** A replacement of `[start, end)` (UTF-16 offsets into a document's text) by `newText`. */
export interface TextEdit {
  start: number;
  end: number;
  newText: string;
}

/** Offsets of the line holding `offset`: its first character and its end (before the line break). */
export function lineBounds(text: string, offset: number): { start: number; end: number } {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  let end = text.indexOf('\n', offset);
  if (end === -1) end = text.length;
  if (end > start && text[end - 1] === '\r') end--;
  return { start, end };
}
