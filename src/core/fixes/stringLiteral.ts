import { lineBounds } from './textEdit';

/** The string literal around a secret, as far as one line's worth of lexing can tell. */
export interface Literal {
  /** First character of the literal, string prefix (`r`, `f`, `@`...) included. */
  start: number;
  /** One past the closing quote(s). */
  end: number;
  /** The literal's prefix and opening quote(s), e.g. `f"` or `"""`. */
  open: string;
  /** The closing quote(s). */
  close: string;
  quote: string;
}

const QUOTES = '"\'`';
// r"..", b'..', f"..", rb"..", u"..", C#'s @"..".
const STRING_PREFIX = /[rRbBfFuU@]{1,2}$/;

/**
 * The quoted literal enclosing `[start, end)`: the nearest opening quote to the left on the
 * secret's first line (with an even number of that quote before it, so it opens a string) and
 * the same quote to the right on its last line. Undefined for unquoted values.
 */
export function enclosingLiteral(text: string, start: number, end: number): Literal | undefined {
  const first = lineBounds(text, start);
  const last = lineBounds(text, end);
  for (let i = start - 1; i >= first.start; i--) {
    const quote = text[i];
    if (!QUOTES.includes(quote) || isEscaped(text, i)) continue;
    if (countQuotes(text, first.start, i, quote) % 2 !== 0) return undefined;
    if (countQuotes(text, start, end, quote) > 0) return undefined;
    let close = -1;
    for (let j = end; j < last.end; j++) {
      if (text[j] === quote && !isEscaped(text, j)) {
        close = j;
        break;
      }
    }
    if (close === -1) return undefined;
    return widen(text, i, close, quote);
  }
  return undefined;
}

/** Takes in triple quotes (Python) and a string prefix directly before the opening quote. */
function widen(text: string, open: number, close: number, quote: string): Literal {
  let quotes = 1;
  while (quotes < 3 && text[open - quotes] === quote && text[close + quotes] === quote) quotes++;
  let start = open - quotes + 1;
  const prefix = STRING_PREFIX.exec(text.slice(Math.max(0, start - 2), start))?.[0] ?? '';
  const before = text[start - prefix.length - 1];
  if (prefix && (before === undefined || !/[\w$]/.test(before))) start -= prefix.length;
  const end = close + quotes;
  const openText = text.slice(start, open + 1);
  return { start, end, open: openText, close: quote.repeat(quotes), quote };
}

function countQuotes(text: string, from: number, to: number, quote: string): number {
  let count = 0;
  for (let i = from; i < to; i++) if (text[i] === quote && !isEscaped(text, i)) count++;
  return count;
}

function isEscaped(text: string, index: number): boolean {
  let slashes = 0;
  for (let i = index - 1; i >= 0 && text[i] === '\\'; i--) slashes++;
  return slashes % 2 === 1;
}
