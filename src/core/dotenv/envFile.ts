import { parse } from 'dotenv';
import { LineIndex } from '../scan/position';

/** One `NAME=value` assignment as it appears in the file, with where it sits. */
export interface EnvEntry {
  name: string;
  value: string;
  /** First and last line (0-based) the assignment occupies; a quoted value may span several. */
  firstLine: number;
  lastLine: number;
  /** Text before the name on its line (indentation and `export `), kept in a .env.example. */
  lead: string;
}

export interface EnvFile {
  /** LF-separated lines of the file (dotenv reads CRLF and CR as LF too). */
  lines: string[];
  /** Every assignment in order, duplicates included; as with dotenv, the last of a name wins. */
  entries: EnvEntry[];
  /** dotenv's own reading of the file: what a program loading this .env would see. */
  values: Map<string, string>;
  /**
   * Whether the spans found here give exactly dotenv's values. Only then may the file be
   * rewritten: a disagreement means this reading could leave a value behind or cut one up.
   */
  consistent: boolean;
}

/**
 * dotenv's documented grammar, piece by piece: at a line start, optional blanks and `export `, a
 * name of letters, digits, `_`, `.` or `-`, then `=` (blanks around it allowed) or `:` and a blank;
 * the value is single-, double- or backtick-quoted (quotes may span lines; a backslash-escaped
 * quote does not close them) or bare up to a `#` or the end of the line; then optional blanks and
 * a `#` comment to the end of the line.
 */
const NAME = String.raw`([\w.-]+)`;
const SEPARATOR = String.raw`(?:\s*=\s*?|:\s+?)`;
const quoted = (q: string) => String.raw`\s*${q}(?:\\${q}|[^${q}])*${q}`;
const VALUE = `(${[quoted("'"), quoted('"'), quoted('`'), String.raw`[^#\r\n]+`].join('|')})?`;
const ASSIGNMENT = new RegExp(String.raw`^(\s*(?:export\s+)?)${NAME}${SEPARATOR}${VALUE}\s*(?:#.*)?$`, 'gmd');

export function readEnvFile(text: string): EnvFile {
  const normalised = text.replace(/\r\n?/g, '\n');
  const lines = new LineIndex(normalised);
  // 0-based, as the entries count their lines.
  const lineOf = (offset: number) => lines.positionOf(offset).line - 1;
  const entries: EnvEntry[] = [];
  for (const match of normalised.matchAll(ASSIGNMENT)) {
    const [nameStart, nameEnd] = match.indices![2];
    const valueSpan = match.indices![3];
    const firstLine = lineOf(nameStart);
    const lineStart = normalised.lastIndexOf('\n', nameStart - 1) + 1;
    entries.push({
      name: match[2],
      value: unquote(match[3] ?? ''),
      firstLine,
      lastLine: lineOf(Math.max(nameEnd, (valueSpan?.[1] ?? 0) - 1)),
      lead: normalised.slice(lineStart, nameStart),
    });
  }
  const values = new Map(Object.entries(parse(normalised)));
  const mine = new Map(entries.map((e) => [e.name, e.value]));
  const consistent = mine.size === values.size && [...values].every(([name, value]) => mine.get(name) === value);
  return { lines: normalised.split('\n'), entries, values, consistent };
}

/** Trimmed, without surrounding quotes; in double quotes `\n` and `\r` stand for line breaks (dotenv's rule). */
function unquote(raw: string): string {
  const trimmed = raw.trim();
  const quote = trimmed[0];
  const inner =
    trimmed.length >= 2 && (quote === "'" || quote === '"' || quote === '`') && trimmed.endsWith(quote)
      ? trimmed.slice(1, -1)
      : trimmed;
  return quote === '"' ? inner.replace(/\\n/g, '\n').replace(/\\r/g, '\r') : inner;
}
