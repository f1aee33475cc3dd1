// The subject lines of the commits a history scan reports, for labels in the editor. People do
// write tokens into commit messages ("use ghp_… for CI"), so a subject is scanned like any text
// and what the scanner finds there is replaced by its masked form before the subject goes anywhere.
import type { ConfiguredScanner } from '../configuredScanner';
import { LineIndex } from '../position';
import { type GitRunner, PLAIN_GIT } from '../sources/git/runner';

/** Long enough for any sensible subject line; a label has no room for more. */
const MAX_SUBJECT = 120;

/** Each commit's subject, safe to show: `shas` are full object ids from a scan of this repository. */
export async function commitSubjects(
  git: GitRunner,
  shas: readonly string[],
  scanner: ConfiguredScanner,
): Promise<Record<string, string>> {
  if (shas.length === 0) return {};
  // The ids go through stdin: a scan may report more commits than a command line holds.
  const out = await git.output(
    [...PLAIN_GIT, 'log', '--no-walk=unsorted', '--stdin', '--encoding=UTF-8', '--format=%x00%H%x00%s'],
    Buffer.from(shas.map((sha) => `${sha}\n`).join(''), 'latin1'),
  );
  const subjects: Record<string, string> = {};
  // One line per commit, `NUL sha NUL subject` (git joins a subject's lines with spaces).
  for (const line of out.toString('utf8').split('\n')) {
    const [, sha, ...subject] = line.split('\0');
    if (sha) subjects[sha] = safeSubject(subject.join(' '), scanner);
  }
  return subjects;
}

/** The subject with every secret the scanner finds in it masked, control characters dropped, and cut to a label's length. */
export function safeSubject(subject: string, scanner: ConfiguredScanner): string {
  const lines = new LineIndex(subject);
  // Replaced from the end, so earlier offsets stay valid.
  const spans = scanner
    .scanText(subject, 'COMMIT_EDITMSG')
    .map((f) => ({ start: lines.offsetOf(f.line, f.column), end: lines.offsetOf(f.endLine, f.endColumn), f }))
    .sort((a, b) => b.start - a.start);
  let text = subject;
  let before = Infinity;
  for (const { start, end, f } of spans) {
    if (end > before) continue; // overlaps a span already masked
    text = text.slice(0, start) + f.masked + text.slice(end);
    before = start;
  }
  // eslint-disable-next-line no-control-regex -- terminal escapes and the like have no place in a label
  text = text.replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ').trim();
  return text.length > MAX_SUBJECT ? `${text.slice(0, MAX_SUBJECT - 1)}…` : text;
}
