// Inline suppressions: our own markers plus the ones other scanners' users already have in
// their code (gitleaks, detect-secrets, secretlint), so adopting Keyward needs no rewrite.
// Only the lines of findings (and the line before each) are read, each once however many
// findings it holds: cost grows with the lines that have findings, not with the size of the
// text nor with findings times line length (a megabyte-long minified line can hold thousands).
//   keyward-ignore [rule-id, ...]            on the finding's line
//   keyward-ignore-next-line [rule-id, ...]  on the line before
import type { LineIndex } from './position';

const SAME_LINE_MARKERS = ['gitleaks:allow', 'pragma: allowlist secret', 'secretlint-disable-line'];
const NEXT_LINE_MARKERS = ['pragma: allowlist nextline secret', 'secretlint-disable-next-line'];
const OWN_MARKER = /keyward-ignore(-next-line)?\b[:\s]*([a-z0-9][a-z0-9-]*(?:\s*,\s*[a-z0-9][a-z0-9-]*)*)?/gi;

/** What a line's markers cover: every rule, some rule ids (lower case), or nothing. */
type Cover = 'all' | ReadonlySet<string> | undefined;

interface LineMarkers {
  /** Markers that cover the line itself. */
  here: Cover;
  /** Markers that cover the line after it. */
  next: Cover;
}

export class Suppressions {
  private readonly markers = new Map<number, LineMarkers>();

  constructor(
    private readonly lines: LineIndex,
    private readonly knownRuleIds: ReadonlySet<string>,
  ) {}

  isSuppressed(ruleId: string, line: number): boolean {
    const id = ruleId.toLowerCase();
    if (covers(this.markersOf(line).here, id)) return true;
    return line > 1 && covers(this.markersOf(line - 1).next, id);
  }

  private markersOf(line: number): LineMarkers {
    let markers = this.markers.get(line);
    if (!markers) {
      markers = this.parse(this.lines.lineText(line));
      this.markers.set(line, markers);
    }
    return markers;
  }

  /**
   * A marker followed by known rule ids covers those rules only; followed by anything else
   * (or nothing) it covers every rule, so `// keyward-ignore: test fixture` still works.
   */
  private parse(text: string): LineMarkers {
    let here: Cover = SAME_LINE_MARKERS.some((marker) => text.includes(marker)) ? 'all' : undefined;
    let next: Cover = NEXT_LINE_MARKERS.some((marker) => text.includes(marker)) ? 'all' : undefined;
    if (!/keyward-ignore/i.test(text)) return { here, next };
    for (const match of text.matchAll(OWN_MARKER)) {
      const ids = (match[2] ?? '').split(',').map((id) => id.trim().toLowerCase());
      const named = ids.filter((id) => this.knownRuleIds.has(id));
      const cover: Cover = named.length === 0 ? 'all' : new Set(named);
      if (match[1]) next = merge(next, cover);
      else here = merge(here, cover);
    }
    return { here, next };
  }
}

function covers(cover: Cover, ruleId: string): boolean {
  return cover === 'all' || (cover !== undefined && cover.has(ruleId));
}

function merge(a: Cover, b: Cover): Cover {
  if (a === 'all' || b === 'all') return 'all';
  if (!a || !b) return a ?? b;
  return new Set([...a, ...b]);
}
