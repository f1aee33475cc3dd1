// A file as a commit recorded it, and which vault keys a finding there is a copy of: what the
// editor needs to show a history finding and to respond to it. The text stays in the process
// that reads it; only key names leave keysLeakedAt.
import type { VaultCopy } from '../../vault/copies';
import { LineIndex } from '../position';
import { type GitRunner, PLAIN_GIT } from '../sources/git/runner';
import type { Finding } from '../types';

const decoder = new TextDecoder('utf-8');

/** The blob at `sha:file` as text, decoded as the scanner decoded it (so lines and columns match). */
export async function fileAtCommit(git: GitRunner, sha: string, file: string): Promise<string> {
  return decoder.decode(await git.output([...PLAIN_GIT, 'cat-file', 'blob', `${sha}:${file}`]));
}

/**
 * The vault keys whose values sit in the finding's span of `text`. The finding's whole lines are
 * searched (a copy is found as a token, which may reach past a rule's span) and copies that
 * overlap the span are kept.
 */
export function keysLeakedAt(
  text: string,
  span: Pick<Finding, 'line' | 'column' | 'endLine' | 'endColumn'>,
  findCopies: (text: string) => readonly VaultCopy[],
): string[] {
  const lines = new LineIndex(text);
  const from = lines.offsetOf(span.line, 1);
  const start = lines.offsetOf(span.line, span.column);
  const end = lines.offsetOf(span.endLine, span.endColumn);
  const to = lines.offsetOf(span.endLine, 1) + lines.lineText(span.endLine).length;
  const names = findCopies(text.slice(from, to))
    .filter((copy) => from + copy.start < end && from + copy.end > start)
    .map((copy) => copy.keyName);
  return [...new Set(names)];
}
