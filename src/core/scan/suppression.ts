// Inline suppressions: our own markers plus the ones other scanners' users already have in
// their code (gitleaks, detect-secrets, secretlint), so adopting Keyward needs no rewrite.
// Only the lines of findings (and the line before each) are read: cost grows with findings,
// not with the size of the text.
//   keyward-ignore [rule-id, ...]            on the finding's line
//   keyward-ignore-next-line [rule-id, ...]  on the line before
import type { LineIndex } from './position';

const SAME_LINE_MARKERS = ['gitleaks:allow', 'pragma: allowlist secret', 'secretlint-disable-line'];
const NEXT_LINE_MARKERS = ['pragma: allowlist nextline secret', 'secretlint-disable-next-line'];
const OWN_MARKER = /keyward-ignore(-next-line)?\b[:\s]*([a-z0-9][a-z0-9-]*(?:\s*,\s*[a-z0-9][a-z0-9-]*)*)?/gi;

export class Suppressions {
  constructor(
    private readonly lines: LineIndex,
    private readonly knownRuleIds: ReadonlySet<string>,
  ) {}

  isSuppressed(ruleId: string, line: number): boolean {
    const here = this.lines.lineText(line);
    if (SAME_LINE_MARKERS.some((marker) => here.includes(marker))) return true;
    if (this.ownMarkerCovers(here, ruleId, false)) return true;
    if (line === 1) return false;
    const before = this.lines.lineText(line - 1);
    return NEXT_LINE_MARKERS.some((marker) => before.includes(marker)) || this.ownMarkerCovers(before, ruleId, true);
  }

  /**
   * A marker followed by known rule ids covers those rules only; followed by anything else
   * (or nothing) it covers every rule, so `// keyward-ignore: test fixture` still works.
   */
  private ownMarkerCovers(lineText: string, ruleId: string, nextLine: boolean): boolean {
    for (const match of lineText.matchAll(OWN_MARKER)) {
      if (Boolean(match[1]) !== nextLine) continue;
      const ids = (match[2] ?? '').split(',').map((id) => id.trim().toLowerCase());
      const named = ids.filter((id) => this.knownRuleIds.has(id));
      if (named.length === 0 || named.includes(ruleId.toLowerCase())) return true;
    }
    return false;
  }
}
