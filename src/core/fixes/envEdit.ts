// The "Move to Vault and Replace with Environment Reference" rewrite as plain text edits, so
// it can be unit tested without VS Code. The edits never contain the secret: only a reference.
import { envReplacement } from './envReference';
import { enclosingLiteral, type Literal } from './stringLiteral';
import { lineBounds, type TextEdit } from './textEdit';
import { importEdit } from './envImports';

export interface SecretSpan {
  /** UTF-16 offsets of the secret in `text`; `end` exclusive. */
  start: number;
  end: number;
}

// How each language joins string pieces; languages missing here get whole-literal rewrites only.
const CONCAT: Record<string, string> = {
  javascript: ' + ',
  javascriptreact: ' + ',
  typescript: ' + ',
  typescriptreact: ' + ',
  python: ' + ',
  go: ' + ',
  java: ' + ',
  kotlin: ' + ',
  ruby: ' + ',
  csharp: ' + ',
  php: ' . ',
};
const TEMPLATE_LANGUAGES = new Set(['javascript', 'javascriptreact', 'typescript', 'typescriptreact']);

/**
 * Edits that replace the secret at `span` with a reference to the environment variable `name`
 * in `languageId`'s syntax (plus the import it needs); undefined when the language has none.
 */
export function planEnvReplacement(
  text: string,
  span: SecretSpan,
  languageId: string,
  name: string,
): TextEdit[] | undefined {
  const replacement = envReplacement(languageId, name);
  if (!replacement) return undefined;
  const literal = enclosingLiteral(text, span.start, span.end);
  let edit: TextEdit | undefined;
  if (replacement.kind === 'remove-value') edit = removeValue(text, span, literal);
  else if (languageId === 'shellscript') edit = shellEdit(span, literal, name);
  else if (replacement.kind === 'value') edit = { ...span, newText: replacement.text };
  else edit = expressionEdit(text, span, literal, languageId, replacement.text);
  if (!edit) return undefined;
  const imported = importEdit(text, languageId);
  return imported ? [imported, edit] : [edit];
}

/** `.env`-style files keep `NAME=` and lose the whole value, quotes included. */
function removeValue(text: string, span: SecretSpan, literal: Literal | undefined): TextEdit {
  const line = lineBounds(text, span.start);
  const separator = text.slice(line.start, span.start).search(/[=:]/);
  let start = separator === -1 ? span.start : line.start + separator + 1;
  while (start < span.start && (text[start] === ' ' || text[start] === '\t')) start++;
  let end = literal ? literal.end : span.end;
  while (!literal && end < line.end && !/\s/.test(text[end])) end++;
  return { start: Math.min(start, literal?.start ?? start), end, newText: '' };
}

/**
 * Shell expands variables inside double quotes and in bare words, not inside single quotes:
 * a single-quoted piece is closed around a double-quoted reference (adjacent strings concatenate).
 */
function shellEdit(span: SecretSpan, literal: Literal | undefined, name: string): TextEdit {
  if (literal?.quote === '"') return { ...span, newText: `\${${name}}` };
  if (literal?.quote === "'") {
    const whole = literal.start + literal.open.length === span.start && span.end + literal.close.length === literal.end;
    if (whole) return { start: literal.start, end: literal.end, newText: `"$${name}"` };
    return { ...span, newText: `'"\${${name}}"'` };
  }
  return { ...span, newText: `"\${${name}}"` };
}

/**
 * Code languages replace the whole literal with the expression; a secret that is only part of
 * a literal (a password inside a URL) becomes literal + expression + literal, or a `${...}`
 * placeholder inside a JavaScript template literal.
 */
function expressionEdit(
  text: string,
  span: SecretSpan,
  literal: Literal | undefined,
  languageId: string,
  expression: string,
): TextEdit | undefined {
  if (!literal) return { ...span, newText: expression };
  const before = text.slice(literal.start + literal.open.length, span.start);
  const after = text.slice(span.end, literal.end - literal.close.length);
  if (!before && !after) return { start: literal.start, end: literal.end, newText: expression };
  if (literal.quote === '`' && TEMPLATE_LANGUAGES.has(languageId)) return { ...span, newText: `\${${expression}}` };
  const concat = CONCAT[languageId];
  if (!concat) return undefined;
  const pieces = [
    before && `${literal.open}${before}${literal.close}`,
    expression,
    after && `${literal.open}${after}${literal.close}`,
  ];
  return { start: literal.start, end: literal.end, newText: pieces.filter(Boolean).join(concat) };
}
