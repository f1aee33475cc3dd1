import { ignoreComment } from './envReference';
import { lineBounds, type TextEdit } from './textEdit';

// Formats where a value runs to the end of the line for some readers (Docker's env-file takes
// `# ...` as part of the value), so a trailing marker could corrupt the value it sits next to.
const MARKER_ABOVE = new Set(['dotenv', 'properties', 'ini']);

/**
 * The edit that adds a `keyward-ignore <rule-id>` marker for a finding at `[start, end)`:
 * at the end of its line, or as `keyward-ignore-next-line` on a line of its own above it where
 * a trailing comment is risky: the formats above, a finding spanning lines (the end of its
 * first line may be inside a string) and a line continued with a backslash. Naming the rule
 * keeps other rules active on the line. Undefined when the language has no comments.
 */
export function planIgnoreComment(
  text: string,
  start: number,
  end: number,
  languageId: string,
  ruleId: string,
): TextEdit | undefined {
  const comment = ignoreComment(languageId);
  if (!comment) return undefined;
  const line = lineBounds(text, start);
  const lineText = text.slice(line.start, line.end);
  const multiline = text.slice(start, end).includes('\n');
  if (MARKER_ABOVE.has(languageId) || multiline || /\\\s*$/.test(lineText)) {
    const indent = /^[ \t]*/.exec(lineText)![0];
    const eol = text.includes('\r\n') ? '\r\n' : '\n';
    const marker = comment.replace('keyward-ignore', `keyward-ignore-next-line ${ruleId}`);
    return { start: line.start, end: line.start, newText: `${indent}${marker}${eol}` };
  }
  const trimmedEnd = line.start + lineText.trimEnd().length;
  return {
    start: trimmedEnd,
    end: line.end,
    newText: ` ${comment.replace('keyward-ignore', `keyward-ignore ${ruleId}`)}`,
  };
}
